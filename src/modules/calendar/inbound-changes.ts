import { isValidTimeZone, parseTimestampInZone } from '../../platform/time/tenant-time.js';
import type { CalendarEvent, EventTime } from './calendar.port.js';

// Pure rules for changes that arrive from the calendar (push sync and relay webhook alike):
// - stored times are UTC; an inbound time with Z or an offset is absolute, a naive one is read in the
//   event's own time zone when it names one, else in the tenant's `time_zone` (IANA or ±HH:MM);
// - a cancelled (or declined) event cancels its appointment;
// - an all-day event is not a time a job can take: a linked appointment turned all-day is left as it
//   is (reported as skipped) rather than stretched over a whole day;
// - an instance of a recurring series counts for the appointment only when it is the occurrence that
//   started at the appointment's time (the owner turned our event into a series, then moved that one).

export type InboundChange =
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'moved'; readonly start: Date; readonly end: Date };

export type InboundDecision =
  | InboundChange
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'skipped'; readonly reason: 'all_day' | 'invalid_time' | 'other_occurrence' };

export interface LinkedAppointment {
  readonly id: string;
  readonly calendar_event_id: string;
  readonly start_time: string;
  readonly end_time: string;
  readonly status: string;
}

const CANCELLED = new Set(['cancelled', 'canceled', 'declined']);

export function isCancelledStatus(status: string | null | undefined): boolean {
  return status !== null && status !== undefined && CANCELLED.has(status.toLowerCase());
}

/** A calendar time as a UTC instant; null for all-day dates and unreadable values. */
export function instantOf(time: EventTime | string | null | undefined, tenantZone: string): Date | null {
  if (time === null || time === undefined) return null;
  if (typeof time === 'string') return parseOrNull(time, tenantZone);
  if (!('dateTime' in time)) return null;
  const zone = time.timeZone && isValidTimeZone(time.timeZone) ? time.timeZone : tenantZone;
  return parseOrNull(time.dateTime, zone);
}

function parseOrNull(value: string, zone: string): Date | null {
  // A bare date is an all-day value, not midnight: it never moves a job.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return null;
  try {
    return parseTimestampInZone(value, isValidTimeZone(zone) ? zone : 'UTC');
  } catch {
    return null;
  }
}

export function isAllDay(time: EventTime | string | null | undefined): boolean {
  if (time === null || time === undefined) return false;
  if (typeof time === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(time.trim());
  return 'date' in time;
}

/** What a changed event means for its appointment. */
export function decide(
  appointment: LinkedAppointment,
  change: { status?: string | null; start?: EventTime | string | null; end?: EventTime | string | null },
  tenantZone: string,
): InboundDecision {
  if (isCancelledStatus(change.status)) {
    return appointment.status === 'CANCELLED' ? { kind: 'unchanged' } : { kind: 'cancelled' };
  }
  if (change.start === undefined && change.end === undefined) return { kind: 'unchanged' };
  // A closed appointment is history: the calendar moving it changes nothing here.
  if (appointment.status === 'CANCELLED' || appointment.status === 'COMPLETED') return { kind: 'unchanged' };
  if (isAllDay(change.start) || isAllDay(change.end)) return { kind: 'skipped', reason: 'all_day' };
  const currentStart = new Date(appointment.start_time);
  const currentEnd = new Date(appointment.end_time);
  const hasStart = change.start !== undefined && change.start !== null;
  const hasEnd = change.end !== undefined && change.end !== null;
  const start = hasStart ? instantOf(change.start, tenantZone) : currentStart;
  // A new start alone keeps the job's length; a new end alone keeps its start.
  const end = hasEnd
    ? instantOf(change.end, tenantZone)
    : start && new Date(start.getTime() + currentEnd.getTime() - currentStart.getTime());
  if (!start || !end || end.getTime() <= start.getTime()) return { kind: 'skipped', reason: 'invalid_time' };
  if (start.getTime() === currentStart.getTime() && end.getTime() === currentEnd.getTime()) {
    return { kind: 'unchanged' };
  }
  return { kind: 'moved', start, end };
}

/** The appointment an event from a listing belongs to, among those linked by event id. */
export function appointmentFor(
  event: CalendarEvent,
  linked: ReadonlyMap<string, LinkedAppointment>,
  tenantZone: string,
): LinkedAppointment | InboundDecision | null {
  const direct = linked.get(event.id);
  if (direct) return direct;
  const series = event.recurringEventId ? linked.get(event.recurringEventId) : undefined;
  if (!series) return null;
  const original = instantOf(event.originalStart, tenantZone);
  if (!original || original.getTime() !== new Date(series.start_time).getTime()) {
    return { kind: 'skipped', reason: 'other_occurrence' };
  }
  return series;
}
