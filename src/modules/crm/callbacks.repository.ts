import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { beforeKeyset } from '../../platform/db/keyset.js';
import type { CallbackRow, CallbackTable } from './crm.table.js';
import type { TimeKey } from './crm-cursor.js';

type Db = Kysely<Database>;

/** Statuses an owner sees; SUPPRESSED rows only block later records for a booked call. */
export const VISIBLE_STATUSES = ['OPEN', 'RESOLVED'];

export function findCallbackById(db: Db, businessId: string, id: string): Promise<CallbackRow | undefined> {
  return db
    .selectFrom('callbacks')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findCallbackByDedupeKey(
  db: Db,
  businessId: string,
  dedupeKey: string,
): Promise<CallbackRow | undefined> {
  return db
    .selectFrom('callbacks')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('dedupe_key', '=', dedupeKey)
    .executeTakeFirst();
}

/** Inserts unless (business_id, dedupe_key) exists; returns whether this call inserted. */
export async function insertCallbackIfAbsent(db: Db, row: Insertable<CallbackTable>): Promise<boolean> {
  const result = await db
    .insertInto('callbacks')
    .values(row)
    .onConflict((oc) => oc.columns(['business_id', 'dedupe_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Writes the row, or turns the existing row with its dedupe key into it (status and updated_at). */
export async function upsertCallbackStatus(db: Db, row: Insertable<CallbackTable>): Promise<void> {
  await db
    .insertInto('callbacks')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['business_id', 'dedupe_key'])
        .doUpdateSet({ status: row.status, updated_at: row.updated_at }),
    )
    .execute();
}

export async function updateCallback(
  db: Db,
  businessId: string,
  id: string,
  changes: Updateable<CallbackTable>,
): Promise<number> {
  const result = await db
    .updateTable('callbacks')
    .set(changes)
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * A page of callbacks in `status` (or both visible statuses), newest first. Each status is its own
 * range of the (business_id, status, created_at) index, read in order and cut at the page size; the
 * two short lists are merged here. One query with `status in (…)` could not use the index order and
 * sorted every visible callback the business ever had for each page.
 */
export async function listCallbacks(
  db: Db,
  businessId: string,
  filters: { status?: string | undefined },
  page: { limit: number; before?: TimeKey | undefined },
): Promise<CallbackRow[]> {
  const statuses = filters.status ? [filters.status] : VISIBLE_STATUSES;
  const pages = await Promise.all(
    statuses.map((status) => callbackPageQuery(db, businessId, status, page).execute()),
  );
  return pages.length === 1 ? (pages[0] ?? []) : pages.flat().sort(newestFirst).slice(0, page.limit);
}

/** One status's page, newest first. */
function callbackPageQuery(
  db: Db,
  businessId: string,
  status: string,
  page: { limit: number; before?: TimeKey | undefined },
) {
  let query = db
    .selectFrom('callbacks')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('status', '=', status)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit);
  const before = page.before;
  if (before) query = query.where(beforeKeyset('created_at', before.at, before.id));
  return query;
}

// The SQL's order (created_at desc, id desc; ids compare bytewise on both dialects' collations).
function newestFirst(a: CallbackRow, b: CallbackRow): number {
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? 1 : -1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? 1 : -1;
}

export async function hasOpenCallback(db: Db, businessId: string, phone: string): Promise<boolean> {
  const row = await db
    .selectFrom('callbacks')
    .select('id')
    .where('business_id', '=', businessId)
    .where('phone', '=', phone)
    .where('status', '=', 'OPEN')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Deletes the call's callbacks of these reasons, except the row holding `keepDedupeKey`. */
export async function deleteCallbacksForCall(
  db: Db,
  businessId: string,
  callSid: string,
  reasons: string[],
  keepDedupeKey: string,
): Promise<number> {
  if (reasons.length === 0) return 0;
  const result = await db
    .deleteFrom('callbacks')
    .where('business_id', '=', businessId)
    .where('call_sid', '=', callSid)
    .where('reason', 'in', reasons)
    .where((eb) => eb.or([eb('dedupe_key', 'is', null), eb('dedupe_key', '!=', keepDedupeKey)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
