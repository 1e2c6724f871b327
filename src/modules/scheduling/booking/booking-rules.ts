// Pure rules shared by every booking path: how request times are read, how long a job lasts, and
// what makes two requests "the same" for an Idempotency-Key.

import { createHash } from 'node:crypto';
import { parseTimestampInZone } from '../../../platform/time/tenant-time.js';
import type { Business } from '../../tenants/tenants.model.js';
import type { AppointmentSource } from '../appointments/appointments.model.js';
import { MAX_JOB_MINUTES, type TimeRange } from '../appointments/appointments.repository.js';
import type { AppointmentRow, AppointmentRowUpdate } from '../appointments/appointments.table.js';
import { appointmentClosed, invalidField } from '../scheduling.errors.js';
import { serviceDurationMinutes } from '../scheduling-settings.js';

const MINUTE_MS = 60_000;

/** An ISO 8601 timestamp (naive = tenant-local wall time; with Z or an offset = absolute) or a Date. */
export type TimeInput = string | Date;

export interface BookingInput {
  customer_id: string;
  start_time: TimeInput;
  /** Default: start + the service's duration (else the tenant's default_duration_minutes). */
  end_time?: TimeInput | null;
  service_type?: string | null;
  description?: string | null;
  address?: string | null;
  is_emergency?: boolean;
  calendar_event_id?: string | null;
  /** Send the customer a confirmation SMS after the booking commits. */
  notify_customer?: boolean;
}

export interface MoveInput {
  start_time?: TimeInput;
  end_time?: TimeInput;
}

/** PATCH: plain fields, a status step, and a move (start/end) that follows the reschedule rules. */
export interface AppointmentPatch extends MoveInput {
  service_type?: string | null;
  description?: string | null;
  address?: string | null;
  is_emergency?: boolean;
  calendar_event_id?: string | null;
  status?: 'CONFIRMED' | 'COMPLETED';
  /** Tell the customer when the time moves. */
  notify_customer?: boolean;
}

export function parseInstant(value: TimeInput, timeZone: string, path: string): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalidField(path, 'must be a valid time');
    return value;
  }
  try {
    return parseTimestampInZone(value, timeZone);
  } catch {
    throw invalidField(
      path,
      'must be an ISO 8601 timestamp such as 2026-03-10T09:00 or 2026-03-10T14:00:00Z',
    );
  }
}

/** end > start, and no longer than the range queries can see (MAX_JOB_MINUTES). */
export function assertValidSpan(range: TimeRange, endPath = 'body.end_time'): void {
  const lengthMs = range.to.getTime() - range.from.getTime();
  if (lengthMs <= 0) throw invalidField(endPath, 'must be after start_time');
  if (lengthMs > MAX_JOB_MINUTES * MINUTE_MS) {
    throw invalidField(endPath, `must be at most ${MAX_JOB_MINUTES / 60} hours after start_time`);
  }
}

export function resolveBookingTimes(business: Business, input: BookingInput): TimeRange {
  const from = parseInstant(input.start_time, business.time_zone, 'body.start_time');
  const to =
    input.end_time == null
      ? new Date(from.getTime() + serviceDurationMinutes(business, input.service_type) * MINUTE_MS)
      : parseInstant(input.end_time, business.time_zone, 'body.end_time');
  const range = { from, to };
  assertValidSpan(range);
  return range;
}

/** Parses the requested move without the current row (so bad input fails before any lock). */
export function parseMove(business: Business, move: MoveInput): { start?: Date; end?: Date } {
  return {
    ...(move.start_time === undefined
      ? {}
      : { start: parseInstant(move.start_time, business.time_zone, 'body.start_time') }),
    ...(move.end_time === undefined
      ? {}
      : { end: parseInstant(move.end_time, business.time_zone, 'body.end_time') }),
  };
}

/**
 * The new time of `row`, or null when nothing moves. A new start without an end keeps the current
 * length; a new end alone keeps the start.
 */
export function moveTarget(row: AppointmentRow, move: { start?: Date; end?: Date }): TimeRange | null {
  if (move.start === undefined && move.end === undefined) return null;
  const currentStart = new Date(row.start_time);
  const currentEnd = new Date(row.end_time);
  const from = move.start ?? currentStart;
  const to = move.end ?? new Date(from.getTime() + (currentEnd.getTime() - currentStart.getTime()));
  const range = { from, to };
  assertValidSpan(range);
  const unchanged = from.getTime() === currentStart.getTime() && to.getTime() === currentEnd.getTime();
  return unchanged ? null : range;
}

/**
 * Identifies a create request for Idempotency-Key replays. Times are compared as instants (a naive and
 * an offset spelling of one time are the same request); an omitted end stays "omitted" so a later
 * change of service durations does not turn a retry into a "different" request.
 */
export function requestFingerprint(
  business: Business,
  input: BookingInput,
  source: AppointmentSource,
  start: Date,
): string {
  const end =
    input.end_time == null ? null : parseInstant(input.end_time, business.time_zone, 'body.end_time');
  const canonical = JSON.stringify([
    input.customer_id,
    start.toISOString(),
    end?.toISOString() ?? null,
    input.service_type ?? null,
    input.description ?? null,
    input.address ?? null,
    Boolean(input.is_emergency),
    input.calendar_event_id ?? null,
    Boolean(input.notify_customer),
    source,
  ]);
  return createHash('sha256').update(canonical).digest('base64url');
}

/** CANCELLED and COMPLETED are final: no move and no status step (COMPLETED → COMPLETED is a no-op). */
export function assertChangeAllowed(
  row: AppointmentRow,
  nextStatus: AppointmentPatch['status'],
  moving: boolean,
): void {
  if (row.status === 'CANCELLED' && (moving || nextStatus !== undefined))
    throw appointmentClosed('CANCELLED');
  if (row.status === 'COMPLETED' && (moving || (nextStatus !== undefined && nextStatus !== 'COMPLETED'))) {
    throw appointmentClosed('COMPLETED');
  }
}

export function fieldChanges(patch: AppointmentPatch): AppointmentRowUpdate {
  const changes: AppointmentRowUpdate = {};
  if (patch.service_type !== undefined) changes.service_type = patch.service_type;
  if (patch.description !== undefined) changes.description = patch.description;
  if (patch.address !== undefined) changes.address = patch.address;
  if (patch.calendar_event_id !== undefined) changes.calendar_event_id = patch.calendar_event_id;
  if (patch.status !== undefined) changes.status = patch.status;
  if (patch.is_emergency !== undefined) changes.is_emergency = patch.is_emergency ? 1 : 0;
  return changes;
}
