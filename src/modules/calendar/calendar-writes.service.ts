import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import type { Business } from '../tenants/tenants.model.js';
import { CalendarError, errorFacts } from './calendar.errors.js';
import type { EventDetails } from './calendar.port.js';
import * as repo from './calendar.repository.js';
import type { CalendarEventWriteRow } from './calendar.table.js';
import type { CalendarAppointments } from './calendar-appointments.port.js';
import type { CalendarConnections, WarnLogger } from './calendar-connections.service.js';
import { eventIdFor } from './event-id.js';

// Appointment changes → calendar events, through an outbox. A change is recorded first (its sync
// status), then tried at once; a failure never reaches the booking: the row waits for the sweep,
// which claims it (one instance per row) and retries with backoff. Passing failures (network,
// timeout, 429, 5xx) retry; a rejected write or a revoked grant stops the row (`blocked`).

/** What the calendar needs from an appointment (an Appointment satisfies it). */
export interface AppointmentSnapshot {
  readonly id: string;
  readonly start_time: string;
  readonly end_time: string;
  readonly status: string;
  readonly customer_name: string | null;
  readonly customer_phone: string | null;
  readonly service_type: string | null;
  readonly description: string | null;
  readonly address: string | null;
  readonly is_emergency: boolean;
  /** An event the owner linked; else the event id is derived from the appointment (event-id.ts). */
  readonly calendar_event_id: string | null;
}

/** The port scheduling calls after a booking change commits. Never throws. */
export interface AppointmentCalendarHook {
  /** Returns the event id the appointment is now linked to (null: the tenant has no calendar). */
  appointmentChanged(business: Business, appointment: AppointmentSnapshot): Promise<string | null>;
}

export interface CalendarWritesDeps {
  db: Kysely<Database>;
  clock: Clock;
  connections: Pick<CalendarConnections, 'calendarFor' | 'markRevoked'>;
  tenants: { findById(id: string): Promise<Business | null> };
  appointments: Pick<CalendarAppointments, 'linkEvent'>;
  log: WarnLogger;
  metrics?: { calendarWrite(outcome: 'synced' | 'retry' | 'blocked'): void };
}

/** Minutes to wait after the n-th failed attempt; past the last, the row is blocked. */
const BACKOFF_MINUTES = [1, 5, 15, 60, 180, 360, 720];
/** An attempt holding a claim longer than this died with its instance; another may take the row. */
const CLAIM_STALE_MS = 2 * 60_000;
/** How many times an attempt overtaken by a newer change writes the newest state again. */
const MAX_CATCH_UP_ROUNDS = 3;

export type CalendarWrites = ReturnType<typeof createCalendarWrites>;

export function createCalendarWrites(deps: CalendarWritesDeps) {
  const { db, clock, connections, log } = deps;
  const now = () => clock.now().toISOString();

  async function appointmentChanged(
    business: Business,
    appointment: AppointmentSnapshot,
  ): Promise<string | null> {
    try {
      const calendar = await connections.calendarFor(business);
      if (!calendar) return null;
      const eventId = appointment.calendar_event_id ?? eventIdFor(business.id, appointment.id);
      const wanted: repo.WantedWrite = {
        business_id: business.id,
        appointment_id: appointment.id,
        event_id: eventId,
        operation: appointment.status === 'CANCELLED' ? 'delete' : 'upsert',
        payload: JSON.stringify(eventDetails(business, appointment)),
      };
      const version = await repo.recordWrite(db, wanted, now());
      if (!appointment.calendar_event_id)
        await deps.appointments.linkEvent(business.id, appointment.id, eventId);
      const row = await repo.findWrite(db, business.id, appointment.id);
      // The change is recorded (and claimed by us); Google is called after the answer goes out, so a
      // slow or hanging Google never holds up a booking. A lost attempt is retried by the sweep.
      if (row && row.version === version) track(attempt(business, row));
      return eventId;
    } catch (error) {
      // The booking stands whatever happens here; the outbox row (if written) is retried later.
      log.warn(
        { ...errorFacts(error), business_id: business.id, appointment_id: appointment.id },
        'calendar write deferred',
      );
      return appointment.calendar_event_id;
    }
  }

  async function attempt(business: Business, row: CalendarEventWriteRow, round = 0): Promise<void> {
    const calendar = await connections.calendarFor(business);
    if (!calendar) {
      await finish(row, 'blocked', row.attempts, 'not_connected');
      return;
    }
    let current: boolean;
    try {
      if (row.operation === 'delete') await calendar.provider.deleteEvent(row.event_id);
      else await calendar.provider.upsertEvent(row.event_id, parseDetails(row.payload));
      current = await finish(row, 'synced', row.attempts + 1, null);
    } catch (error) {
      current = await failed(business, row, error);
    }
    // A newer change was recorded while this write was under way, and its own write may have reached
    // Google first: write the newest state once more, so the last write to land is the newest one.
    if (!current && round < MAX_CATCH_UP_ROUNDS) {
      const latest = await repo.findWrite(db, row.business_id, row.appointment_id);
      if (latest && latest.status !== 'blocked') await attempt(business, latest, round + 1);
    }
  }

  async function failed(business: Business, row: CalendarEventWriteRow, error: unknown): Promise<boolean> {
    const kind = error instanceof CalendarError ? error.kind : 'transient';
    const attempts = row.attempts + 1;
    log.warn(
      { business_id: business.id, appointment_id: row.appointment_id, kind, attempts },
      'calendar write failed',
    );
    if (kind === 'auth_revoked') await connections.markRevoked(business);
    if (kind !== 'transient' || attempts > BACKOFF_MINUTES.length) {
      return finish(row, 'blocked', attempts, kind);
    }
    const waitMs = BACKOFF_MINUTES[attempts - 1]! * 60_000;
    return finish(row, 'failed', attempts, kind, new Date(clock.now().getTime() + waitMs).toISOString());
  }

  async function finish(
    row: CalendarEventWriteRow,
    status: 'synced' | 'failed' | 'blocked',
    attempts: number,
    lastError: string | null,
    nextAttemptAt: string | null = null,
  ): Promise<boolean> {
    const current = await repo.finishWrite(
      db,
      row,
      { status, attempts, next_attempt_at: nextAttemptAt, last_error: lastError },
      now(),
    );
    deps.metrics?.calendarWrite(status === 'synced' ? 'synced' : status === 'failed' ? 'retry' : 'blocked');
    return current;
  }

  /** The sweep: every due write nobody holds, each claimed so exactly one instance tries it. */
  async function retryDue(options: { limit?: number; signal?: AbortSignal } = {}): Promise<number> {
    const at = clock.now();
    const staleBefore = new Date(at.getTime() - CLAIM_STALE_MS).toISOString();
    const due = await repo.findDueWrites(db, {
      now: at.toISOString(),
      staleBefore,
      limit: options.limit ?? 100,
    });
    let tried = 0;
    for (const row of due) {
      if (options.signal?.aborted) break;
      if (!(await repo.claimWrite(db, row, at.toISOString(), staleBefore))) continue;
      const business = await deps.tenants.findById(row.business_id);
      if (!business) continue;
      await attempt(business, row).catch((error) =>
        log.warn({ ...errorFacts(error), business_id: row.business_id }, 'calendar write retry failed'),
      );
      tried += 1;
    }
    return tried;
  }

  /** The appointment's calendar sync status (null: never written, e.g. no calendar connected). */
  async function statusOf(businessId: string, appointmentId: string) {
    const row = await repo.findWrite(db, businessId, appointmentId);
    return row
      ? {
          status: row.status,
          attempts: row.attempts,
          event_id: row.event_id,
          next_attempt_at: row.next_attempt_at,
          last_error: row.last_error,
        }
      : null;
  }

  const inFlight = new Set<Promise<void>>();
  function track(work: Promise<void>): void {
    const settled = work
      .catch((error) => log.warn({ ...errorFacts(error) }, 'calendar write attempt failed'))
      .finally(() => inFlight.delete(settled));
    inFlight.add(settled);
  }

  /** Resolves when every write started so far has finished (shutdown, tests). */
  async function idle(): Promise<void> {
    while (inFlight.size > 0) await Promise.all([...inFlight]);
  }

  return { appointmentChanged, retryDue, statusOf, idle };
}

function eventDetails(business: Business, appointment: AppointmentSnapshot): EventDetails {
  const what = appointment.service_type ?? 'Appointment';
  const who = appointment.customer_name ?? 'Customer';
  const lines = [
    appointment.is_emergency ? 'EMERGENCY' : null,
    appointment.customer_name ? `Customer: ${appointment.customer_name}` : null,
    appointment.customer_phone ? `Phone: ${appointment.customer_phone}` : null,
    appointment.description ? `Problem: ${appointment.description}` : null,
    `Booked through ${business.name} (appointment ${appointment.id})`,
  ].filter((line): line is string => line !== null);
  return {
    summary: `${appointment.is_emergency ? '[EMERGENCY] ' : ''}${what} – ${who}`,
    description: lines.join('\n'),
    location: appointment.address,
    start: new Date(appointment.start_time),
    end: new Date(appointment.end_time),
  };
}

function parseDetails(payload: string): EventDetails {
  const raw = JSON.parse(payload) as Omit<EventDetails, 'start' | 'end'> & { start: string; end: string };
  return { ...raw, start: new Date(raw.start), end: new Date(raw.end) };
}
