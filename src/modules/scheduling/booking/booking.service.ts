import type { Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock.js';
import type { SqlDialect } from '../../../platform/db/create-database.js';
import type { Database } from '../../../platform/db/database.js';
import { newId } from '../../../platform/ids.js';
import type { Metrics } from '../../../platform/metrics/metrics.js';
import type { AppointmentCalendarHook } from '../../calendar/calendar-writes.service.js';
import type { CustomerService } from '../../crm/customers.service.js';
import type { Notifier } from '../../notifications/notifier.js';
import type { Business } from '../../tenants/tenants.model.js';
import {
  type Appointment,
  type AppointmentSource,
  appointmentFromRow,
  type CustomerContact,
  presentAppointments,
} from '../appointments/appointments.model.js';
import * as repo from '../appointments/appointments.repository.js';
import type { AppointmentRow, AppointmentRowUpdate } from '../appointments/appointments.table.js';
import {
  type AppointmentListQuery,
  decodeListCursor,
  listFilters,
  listPage,
} from '../appointments/list-page.js';
import type { AvailabilityService } from '../availability/availability.service.js';
import {
  appointmentClosed,
  appointmentNotFound,
  idempotencyKeyReused,
  invalidField,
  slotTaken,
  slotUnavailable,
} from '../scheduling.errors.js';
import type { BusyInterval } from '../scheduling-types.js';
import { withTenantWriteLock } from './booking-lock.js';
import { createBookingNotifications, silentLogger, type WarnLogger } from './booking-notifications.js';
import {
  type AppointmentPatch,
  assertChangeAllowed,
  type BookingInput,
  fieldChanges,
  type MoveInput,
  moveTarget,
  parseMove,
  requestFingerprint,
  resolveBookingTimes,
} from './booking-rules.js';

/** A customer rarely has more than a handful of open appointments; callers ask for their next. */
const UPCOMING_LIMIT = 20;

// Owner/API bookings (`book`, `update`, `reschedule`, `cancel`) enforce only what the database must:
// no overlap with another non-cancelled appointment of the tenant (back-to-back is fine). Business
// hours, the travel buffer, the daily cap and the lead time are NOT applied there: the owner may book
// a Saturday emergency or two jobs next door on purpose. The assistant's paths (`bookFromSlot`,
// `{ fromSlot: true }`) additionally require the time to be a slot availability offers right now.

export interface BookingDeps {
  db: Kysely<Database>;
  dialect: SqlDialect;
  clock: Clock;
  customers: Pick<CustomerService, 'get' | 'getMany'>;
  availability: AvailabilityService;
  notifier: Notifier;
  log?: WarnLogger;
  /** Counts new bookings by source. */
  metrics?: Pick<Metrics, 'booking'>;
  /** Mirrors committed changes into the owner's calendar (never fails a booking). */
  calendar?: AppointmentCalendarHook;
}

export interface BookingOptions {
  /** A retry with the same key and request returns the first appointment and books nothing. */
  idempotencyKey?: string;
  /** Where the booking came from; default 'api'. */
  source?: AppointmentSource;
}

export interface BookingResult {
  appointment: Appointment;
  /** True when an Idempotency-Key retry returned the appointment booked earlier. */
  replayed: boolean;
}

export interface ChangeOptions {
  /** Require the new time to be a slot availability offers (the assistant's path); needs start_time. */
  fromSlot?: boolean;
}

export type { AppointmentListQuery, AppointmentPatch, BookingInput, MoveInput };

export type BookingService = ReturnType<typeof createBookingService>;

export function createBookingService(deps: BookingDeps) {
  const { db, clock, customers, availability } = deps;
  const store = { db, dialect: deps.dialect };
  const notifications = createBookingNotifications(deps.notifier, deps.log ?? silentLogger);
  const now = () => clock.now().toISOString();

  const present = (businessId: string, rows: AppointmentRow[]) =>
    presentAppointments(customers, businessId, rows);

  const presentOne = async (businessId: string, row: AppointmentRow) =>
    (await present(businessId, [row]))[0]!;

  // After COMMIT, like the texts: the calendar event follows the appointment, keyed by its id.
  async function mirror(business: Business, appointment: Appointment): Promise<Appointment> {
    if (!deps.calendar) return appointment;
    const eventId = await deps.calendar.appointmentChanged(business, appointment);
    return eventId && !appointment.calendar_event_id
      ? { ...appointment, calendar_event_id: eventId }
      : appointment;
  }

  async function get(business: Business, id: string): Promise<Appointment> {
    const row = await repo.findAppointmentById(db, business.id, id);
    if (!row) throw appointmentNotFound(id);
    return presentOne(business.id, row);
  }

  async function list(business: Business, query: AppointmentListQuery) {
    const after = decodeListCursor(query.cursor);
    const filters = listFilters(business, query);
    const rows = await repo.listAppointments(db, business.id, filters, {
      limit: query.limit + 1,
      ...(after ? { after } : {}),
    });
    const result = listPage(rows, query.limit);
    return { items: await present(business.id, result.items), next_cursor: result.next_cursor };
  }

  /** The customer's open (scheduled or confirmed) appointments from `from` on, soonest first. */
  async function upcomingForCustomer(
    business: Business,
    customerId: string,
    from: Date,
    limit = UPCOMING_LIMIT,
  ): Promise<Appointment[]> {
    const rows = await repo.listUpcomingForCustomer(db, business.id, customerId, from, limit);
    return present(business.id, rows);
  }

  /** Occupied = overlaps a non-cancelled appointment; with `calendar`, also "not an offered slot". */
  async function assertFree(
    trx: Kysely<Database>,
    business: Business,
    range: repo.TimeRange,
    excludeId: string | undefined,
    calendar: readonly BusyInterval[] | null,
  ): Promise<void> {
    if (await repo.findFirstOverlap(trx, business.id, range, excludeId)) throw slotTaken();
    if (calendar && !(await availability.isOffered(trx, business, range, calendar, excludeId))) {
      throw slotUnavailable();
    }
  }

  async function create(
    business: Business,
    input: BookingInput,
    options: BookingOptions,
    fromSlot: boolean,
  ): Promise<BookingResult> {
    const source = options.source ?? 'api';
    const range = resolveBookingTimes(business, input);
    const customer = await customers.get(business.id, input.customer_id);
    const key = options.idempotencyKey;
    const fingerprint = key === undefined ? null : requestFingerprint(business, input, source, range.from);
    // The calendar is outside our database: read it before taking the lock, never while holding it.
    const calendar = fromSlot ? await availability.calendarBusyForDay(business, range.from) : null;
    const outcome = await withTenantWriteLock(store, business.id, async (trx) => {
      if (key !== undefined) {
        const earlier = await repo.findByIdempotencyKey(trx, business.id, key);
        if (earlier && earlier.idempotency_fingerprint !== fingerprint) throw idempotencyKeyReused();
        if (earlier) return { row: earlier, replayed: true };
      }
      await assertFree(trx, business, range, undefined, calendar);
      const at = now();
      const row: AppointmentRow = {
        id: newId('apt'),
        business_id: business.id,
        customer_id: input.customer_id,
        start_time: range.from.toISOString(),
        end_time: range.to.toISOString(),
        status: 'SCHEDULED',
        source,
        is_emergency: input.is_emergency ? 1 : 0,
        service_type: input.service_type ?? null,
        description: input.description ?? null,
        // The job happens at the customer's address unless the booking names another one.
        address: input.address ?? customer.address ?? null,
        calendar_event_id: input.calendar_event_id ?? null,
        idempotency_key: key ?? null,
        idempotency_fingerprint: fingerprint,
        reminder_claimed_at: null,
        reminder_sent_at: null,
        created_at: at,
        updated_at: at,
      };
      await repo.insertAppointment(trx, row);
      return { row, replayed: false };
    });
    let appointment = appointmentFromRow(outcome.row, contactOf(customer));
    if (!outcome.replayed) {
      deps.metrics?.booking(source);
      appointment = await mirror(business, appointment);
      await notifications.booked(business, appointment, Boolean(input.notify_customer));
    }
    return { appointment, replayed: outcome.replayed };
  }

  /** Owner/API booking: refuses only an overlap (409 SLOT_TAKEN). */
  function book(business: Business, input: BookingInput, options: BookingOptions = {}) {
    return create(business, input, options, false);
  }

  /** Assistant booking: the time must still be an offered slot (409 SLOT_UNAVAILABLE otherwise). */
  function bookFromSlot(
    business: Business,
    input: BookingInput,
    options: BookingOptions & { source: AppointmentSource },
  ) {
    return create(business, input, options, true);
  }

  async function update(
    business: Business,
    id: string,
    patch: AppointmentPatch,
    options: ChangeOptions = {},
  ): Promise<Appointment> {
    const move = parseMove(business, patch);
    if (options.fromSlot && !move.start)
      throw invalidField('body.start_time', 'is required to move to a slot');
    const calendar =
      options.fromSlot && move.start ? await availability.calendarBusyForDay(business, move.start) : null;
    const outcome = await withTenantWriteLock(store, business.id, async (trx) => {
      const row = await repo.findAppointmentById(trx, business.id, id);
      if (!row) throw appointmentNotFound(id);
      const target = moveTarget(row, move);
      assertChangeAllowed(row, patch.status, target !== null);
      if (target) await assertFree(trx, business, target, row.id, calendar);
      const changes: AppointmentRowUpdate = { ...fieldChanges(patch), updated_at: now() };
      if (target) {
        // A moved job is unconfirmed again and gets a fresh reminder for its new time.
        Object.assign(changes, {
          start_time: target.from.toISOString(),
          end_time: target.to.toISOString(),
          status: patch.status ?? 'SCHEDULED',
          reminder_claimed_at: null,
          reminder_sent_at: null,
        });
      }
      await repo.updateAppointment(trx, business.id, id, changes);
      return { before: row, after: { ...row, ...changes } as AppointmentRow, moved: target !== null };
    });
    const appointment = await mirror(business, await presentOne(business.id, outcome.after));
    if (outcome.moved) {
      const notify = Boolean(patch.notify_customer);
      await notifications.rescheduled(business, appointment, outcome.before.start_time, notify);
    }
    return appointment;
  }

  /** Moves an appointment; the same time again is a no-op. Completed or cancelled ones answer 409. */
  function reschedule(
    business: Business,
    id: string,
    move: MoveInput & { notify_customer?: boolean },
    options: ChangeOptions = {},
  ): Promise<Appointment> {
    if (move.start_time === undefined && move.end_time === undefined) {
      return Promise.reject(invalidField('body.start_time', 'is required'));
    }
    const { start_time, end_time, notify_customer } = move;
    return update(business, id, { start_time, end_time, notify_customer }, options);
  }

  /** Idempotent: cancelling a cancelled appointment returns it unchanged and sends nothing. */
  async function cancel(
    business: Business,
    id: string,
    options: { notifyCustomer?: boolean } = {},
  ): Promise<Appointment> {
    const outcome = await withTenantWriteLock(store, business.id, async (trx) => {
      const row = await repo.findAppointmentById(trx, business.id, id);
      if (!row) throw appointmentNotFound(id);
      if (row.status === 'CANCELLED') return { row, changed: false };
      if (row.status === 'COMPLETED') throw appointmentClosed('COMPLETED');
      const changes = { status: 'CANCELLED', updated_at: now() };
      await repo.updateAppointment(trx, business.id, id, changes);
      return { row: { ...row, ...changes }, changed: true };
    });
    const appointment = await presentOne(business.id, outcome.row);
    if (outcome.changed) {
      await mirror(business, appointment);
      await notifications.cancelled(business, appointment, Boolean(options.notifyCustomer));
    }
    return appointment;
  }

  return { get, list, upcomingForCustomer, book, bookFromSlot, update, reschedule, cancel };
}

function contactOf(customer: { name: string | null; phone: string }): CustomerContact {
  return { name: customer.name, phone: customer.phone };
}
