import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/database.js';
import type { AppointmentStatus } from './appointments.model.js';
import type { AppointmentRow, AppointmentRowUpdate, NewAppointmentRow } from './appointments.table.js';

type Db = Kysely<Database>;

/**
 * Longest appointment the range queries can see. Overlap is `start < to AND end > from`, but only
 * start_time is indexed (business_id, start_time); bounding start from below by `from - MAX_JOB`
 * turns the scan into an index range. The booking service refuses longer appointments (422), so
 * the bound never hides a row.
 */
export const MAX_JOB_MINUTES = 24 * 60;
const MAX_JOB_MS = MAX_JOB_MINUTES * 60_000;

/** A half-open UTC range [from, to). */
export interface TimeRange {
  readonly from: Date;
  readonly to: Date;
}

export interface BusyRow {
  id: string;
  start_time: string;
  end_time: string;
}

export async function insertAppointment(db: Db, row: NewAppointmentRow): Promise<void> {
  await db.insertInto('appointments').values(row).execute();
}

export function findAppointmentById(
  db: Db,
  businessId: string,
  id: string,
): Promise<AppointmentRow | undefined> {
  return db
    .selectFrom('appointments')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findByIdempotencyKey(
  db: Db,
  businessId: string,
  key: string,
): Promise<AppointmentRow | undefined> {
  return db
    .selectFrom('appointments')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/** Non-cancelled appointments overlapping [from, to), ordered by start. */
function overlapping(db: Db, businessId: string, range: TimeRange) {
  return db
    .selectFrom('appointments')
    .where('business_id', '=', businessId)
    .where('start_time', '<', range.to.toISOString())
    .where('start_time', '>=', new Date(range.from.getTime() - MAX_JOB_MS).toISOString())
    .where('end_time', '>', range.from.toISOString())
    .where('status', '!=', 'CANCELLED');
}

/** The busy intervals availability needs: only times and ids, no row bodies. */
export function listBusyBetween(db: Db, businessId: string, range: TimeRange): Promise<BusyRow[]> {
  return overlapping(db, businessId, range)
    .select(['id', 'start_time', 'end_time'])
    .orderBy('start_time')
    .orderBy('id')
    .execute();
}

export async function findFirstOverlap(
  db: Db,
  businessId: string,
  range: TimeRange,
  excludeId?: string,
): Promise<BusyRow | undefined> {
  let query = overlapping(db, businessId, range).select(['id', 'start_time', 'end_time']);
  if (excludeId !== undefined) query = query.where('id', '!=', excludeId);
  return query.orderBy('start_time').limit(1).executeTakeFirst();
}

export async function updateAppointment(
  db: Db,
  businessId: string,
  id: string,
  changes: AppointmentRowUpdate,
): Promise<void> {
  await db
    .updateTable('appointments')
    .set(changes)
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .execute();
}

export interface AppointmentFilters {
  /** Inclusive lower bound on start_time (ISO UTC). */
  readonly startFrom?: string;
  /** Exclusive upper bound on start_time (ISO UTC). */
  readonly startTo?: string;
  readonly status?: AppointmentStatus;
}

/** Keyset page ordered by (start_time, id); `after` is the last row of the previous page. */
export function listAppointments(
  db: Db,
  businessId: string,
  filters: AppointmentFilters,
  page: { limit: number; after?: { start_time: string; id: string } },
): Promise<AppointmentRow[]> {
  let query = db.selectFrom('appointments').selectAll().where('business_id', '=', businessId);
  if (filters.startFrom !== undefined) query = query.where('start_time', '>=', filters.startFrom);
  if (filters.startTo !== undefined) query = query.where('start_time', '<', filters.startTo);
  if (filters.status !== undefined) query = query.where('status', '=', filters.status);
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('start_time', '>', after.start_time),
        eb.and([eb('start_time', '=', after.start_time), eb('id', '>', after.id)]),
      ]),
    );
  }
  return query.orderBy('start_time').orderBy('id').limit(page.limit).execute();
}

/** Every appointment starting in [from, to), cancelled ones too, ordered by start (one day's worth). */
export function listStartingBetween(db: Db, businessId: string, range: TimeRange): Promise<AppointmentRow[]> {
  return db
    .selectFrom('appointments')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('start_time', '>=', range.from.toISOString())
    .where('start_time', '<', range.to.toISOString())
    .orderBy('start_time')
    .orderBy('id')
    .limit(1000)
    .execute();
}

/** One customer's SCHEDULED or CONFIRMED appointments starting at or after `from`, soonest first. */
export function listUpcomingForCustomer(
  db: Db,
  businessId: string,
  customerId: string,
  from: Date,
  limit: number,
): Promise<AppointmentRow[]> {
  return db
    .selectFrom('appointments')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('customer_id', '=', customerId)
    .where('start_time', '>=', from.toISOString())
    .where('status', 'in', ['SCHEDULED', 'CONFIRMED'])
    .orderBy('start_time')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The first SCHEDULED or CONFIRMED appointment starting at or after `from`. */
export function findNextUpcoming(
  db: Db,
  businessId: string,
  from: Date,
): Promise<AppointmentRow | undefined> {
  return db
    .selectFrom('appointments')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('start_time', '>=', from.toISOString())
    .where('status', 'in', ['SCHEDULED', 'CONFIRMED'])
    .orderBy('start_time')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}
