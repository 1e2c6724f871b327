import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type {
  CalendarConnectionRow,
  CalendarConnectionUpdate,
  CalendarEventWriteRow,
  NewCalendarConnectionRow,
} from './calendar.table.js';

// Calendar connections and the calendar-write outbox. Sweeps are cross-tenant by nature; every write
// still names the tenant. Claims are conditional UPDATEs: of several instances racing for one row,
// exactly one sees one affected row.

type Db = Kysely<Database>;

export function findConnection(db: Db, businessId: string): Promise<CalendarConnectionRow | undefined> {
  return db
    .selectFrom('calendar_connections')
    .selectAll()
    .where('business_id', '=', businessId)
    .executeTakeFirst();
}

export function findConnectionByChannel(
  db: Db,
  channelId: string,
): Promise<CalendarConnectionRow | undefined> {
  return db
    .selectFrom('calendar_connections')
    .selectAll()
    .where('channel_id', '=', channelId)
    .executeTakeFirst();
}

/** Creates the tenant's row or changes the given columns of it. */
export async function saveConnection(db: Db, row: NewCalendarConnectionRow): Promise<void> {
  const { business_id, created_at, ...changes } = row;
  await db
    .insertInto('calendar_connections')
    .values(row)
    .onConflict((oc) => oc.column('business_id').doUpdateSet(changes))
    .execute();
}

export async function updateConnection(
  db: Db,
  businessId: string,
  changes: CalendarConnectionUpdate,
  expect: { channelId?: string | null } = {},
): Promise<boolean> {
  let query = db.updateTable('calendar_connections').set(changes).where('business_id', '=', businessId);
  if (expect.channelId !== undefined) {
    query =
      expect.channelId === null
        ? query.where('channel_id', 'is', null)
        : query.where('channel_id', '=', expect.channelId);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Channels expiring before `before` whose renewal nobody holds (or whose holder died). */
export function findChannelsToRenew(
  db: Db,
  query: { before: string; staleBefore: string; limit: number },
): Promise<CalendarConnectionRow[]> {
  return db
    .selectFrom('calendar_connections')
    .selectAll()
    .where('status', '=', 'connected')
    .where('channel_id', 'is not', null)
    .where('channel_expires_at', '<', query.before)
    .where((eb) =>
      eb.or([eb('renew_claimed_at', 'is', null), eb('renew_claimed_at', '<', query.staleBefore)]),
    )
    .orderBy('channel_expires_at')
    .limit(query.limit)
    .execute();
}

export async function claimRenewal(
  db: Db,
  row: { business_id: string; channel_id: string | null },
  claimAt: string,
  staleBefore: string,
): Promise<boolean> {
  if (!row.channel_id) return false;
  const result = await db
    .updateTable('calendar_connections')
    .set({ renew_claimed_at: claimAt })
    .where('business_id', '=', row.business_id)
    .where('channel_id', '=', row.channel_id)
    .where((eb) => eb.or([eb('renew_claimed_at', 'is', null), eb('renew_claimed_at', '<', staleBefore)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface WantedWrite {
  business_id: string;
  appointment_id: string;
  event_id: string;
  operation: 'upsert' | 'delete';
  payload: string;
}

/**
 * Records the latest wanted state of an appointment's event, claimed by the caller (who tries it at
 * once). Returns the row's new version: a result for an older version must not mark it synced.
 */
export async function recordWrite(db: Db, wanted: WantedWrite, now: string): Promise<number> {
  const row = await db
    .insertInto('calendar_event_writes')
    .values({
      ...wanted,
      version: 1,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      claimed_at: now,
      last_error: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['business_id', 'appointment_id']).doUpdateSet({
        event_id: wanted.event_id,
        operation: wanted.operation,
        payload: wanted.payload,
        version: sql<number>`calendar_event_writes.version + 1`,
        status: 'pending',
        attempts: 0,
        next_attempt_at: now,
        claimed_at: now,
        last_error: null,
        updated_at: now,
      }),
    )
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

export function findWrite(
  db: Db,
  businessId: string,
  appointmentId: string,
): Promise<CalendarEventWriteRow | undefined> {
  return db
    .selectFrom('calendar_event_writes')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('appointment_id', '=', appointmentId)
    .executeTakeFirst();
}

/** Writes waiting for an attempt (pending or failed) whose time has come and that nobody holds. */
export function findDueWrites(
  db: Db,
  query: { now: string; staleBefore: string; limit: number },
): Promise<CalendarEventWriteRow[]> {
  return db
    .selectFrom('calendar_event_writes')
    .selectAll()
    .where('status', 'in', ['pending', 'failed'])
    .where('next_attempt_at', '<=', query.now)
    .where((eb) => eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', query.staleBefore)]))
    .orderBy('next_attempt_at')
    .limit(query.limit)
    .execute();
}

export async function claimWrite(
  db: Db,
  row: Pick<CalendarEventWriteRow, 'business_id' | 'appointment_id' | 'version'>,
  claimAt: string,
  staleBefore: string,
): Promise<boolean> {
  const result = await db
    .updateTable('calendar_event_writes')
    .set({ claimed_at: claimAt })
    .where('business_id', '=', row.business_id)
    .where('appointment_id', '=', row.appointment_id)
    .where('version', '=', row.version)
    .where('status', 'in', ['pending', 'failed'])
    .where((eb) => eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', staleBefore)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records an attempt's outcome and releases the claim; false when a newer change arrived meanwhile. */
export async function finishWrite(
  db: Db,
  row: Pick<CalendarEventWriteRow, 'business_id' | 'appointment_id' | 'version'>,
  outcome: { status: string; attempts: number; next_attempt_at: string | null; last_error: string | null },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('calendar_event_writes')
    .set({ ...outcome, claimed_at: null, updated_at: now })
    .where('business_id', '=', row.business_id)
    .where('appointment_id', '=', row.appointment_id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The calendar itself changed the appointment (the owner moved or cancelled the event): a write still
 * waiting to go out would undo that, so it is dropped.
 */
export async function supersedeWrite(
  db: Db,
  businessId: string,
  appointmentId: string,
  now: string,
): Promise<void> {
  await supersedeWrites(db, businessId, [appointmentId], now);
}

export async function supersedeWrites(
  db: Db,
  businessId: string,
  appointmentIds: readonly string[],
  now: string,
): Promise<void> {
  for (let i = 0; i < appointmentIds.length; i += 500) {
    await db
      .updateTable('calendar_event_writes')
      .set({
        status: 'synced',
        last_error: 'superseded_by_calendar',
        claimed_at: null,
        next_attempt_at: null,
        updated_at: now,
      })
      .where('business_id', '=', businessId)
      .where('appointment_id', 'in', appointmentIds.slice(i, i + 500))
      .where('status', 'in', ['pending', 'failed'])
      .execute();
  }
}
