import type { Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock.js';
import type { Database } from '../../../platform/db/database.js';
import type { CalendarAppointments } from '../../calendar/calendar-appointments.port.js';
import type { InboundChange, LinkedAppointment } from '../../calendar/inbound-changes.js';
import type { Business } from '../../tenants/tenants.model.js';
import * as repo from '../appointments/appointments.repository.js';
import { withTenantWriteLock } from './booking-lock.js';
import type { WarnLogger } from './booking-notifications.js';

// Changes the owner made in their own calendar, applied to the appointments they belong to. Only
// scheduling writes appointments, so calendar sync reaches them through this port.
//
// The owner's calendar is the authority here: a move is applied even onto a time another appointment
// holds (the owner did it on purpose, and refusing would leave the two schedules disagreeing); it is
// logged. Nobody is texted: the owner made the change and tells the customer as they see fit. A
// moved job is unconfirmed again and gets a fresh reminder. Closed (cancelled, completed)
// appointments are history and do not change.

const EVENT_ID_BATCH = 500;

export interface CalendarInboundDeps {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  clock: Clock;
  log: WarnLogger;
}

export function createCalendarInbound(deps: CalendarInboundDeps): CalendarAppointments {
  const { db, clock } = deps;
  const store = { db, dialect: deps.dialect };

  async function findLinked(businessId: string, eventIds: readonly string[]): Promise<LinkedAppointment[]> {
    const found: LinkedAppointment[] = [];
    for (let i = 0; i < eventIds.length; i += EVENT_ID_BATCH) {
      const batch = eventIds.slice(i, i + EVENT_ID_BATCH);
      const rows = await db
        .selectFrom('appointments')
        .select(['id', 'calendar_event_id', 'start_time', 'end_time', 'status'])
        .where('business_id', '=', businessId)
        .where('calendar_event_id', 'in', batch)
        .execute();
      for (const row of rows)
        if (row.calendar_event_id) found.push({ ...row, calendar_event_id: row.calendar_event_id });
    }
    return found;
  }

  async function tenantsWithEvent(eventId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('appointments')
      .select('business_id')
      .distinct()
      .where('calendar_event_id', '=', eventId)
      .limit(2)
      .execute();
    return rows.map((row) => row.business_id);
  }

  async function apply(business: Business, appointmentId: string, change: InboundChange): Promise<boolean> {
    return withTenantWriteLock(store, business.id, (trx) => applyIn(trx, business, appointmentId, change));
  }

  // One lock and transaction for a whole page of changes: a sync of many events stays cheap.
  async function applyAll(
    business: Business,
    changes: ReadonlyArray<{ appointmentId: string; change: InboundChange }>,
  ): Promise<string[]> {
    if (changes.length === 0) return [];
    return withTenantWriteLock(store, business.id, async (trx) => {
      const changed: string[] = [];
      for (const { appointmentId, change } of changes) {
        if (await applyIn(trx, business, appointmentId, change)) changed.push(appointmentId);
      }
      return changed;
    });
  }

  async function applyIn(
    trx: Kysely<Database>,
    business: Business,
    appointmentId: string,
    change: InboundChange,
  ): Promise<boolean> {
    const row = await repo.findAppointmentById(trx, business.id, appointmentId);
    if (!row || row.status === 'CANCELLED' || row.status === 'COMPLETED') return false;
    const at = clock.now().toISOString();
    if (change.kind === 'cancelled') {
      await repo.updateAppointment(trx, business.id, row.id, { status: 'CANCELLED', updated_at: at });
      return true;
    }
    const range = { from: change.start, to: change.end };
    if (await repo.findFirstOverlap(trx, business.id, range, row.id)) {
      deps.log.warn(
        { business_id: business.id, appointment_id: row.id },
        'calendar move overlaps another appointment',
      );
    }
    await repo.updateAppointment(trx, business.id, row.id, {
      start_time: change.start.toISOString(),
      end_time: change.end.toISOString(),
      status: 'SCHEDULED',
      reminder_claimed_at: null,
      reminder_sent_at: null,
      updated_at: at,
    });
    return true;
  }

  async function linkEvent(businessId: string, appointmentId: string, eventId: string): Promise<void> {
    // Only fills a gap: an event id set by the owner (or an earlier write) is never replaced.
    await db
      .updateTable('appointments')
      .set({ calendar_event_id: eventId })
      .where('business_id', '=', businessId)
      .where('id', '=', appointmentId)
      .where('calendar_event_id', 'is', null)
      .execute();
  }

  return { findLinked, tenantsWithEvent, apply, applyAll, linkEvent };
}
