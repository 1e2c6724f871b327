import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { beforeKeyset } from '../../platform/db/keyset.js';
import type { NewSmsMessageRow, SmsMessageRow, SmsMessageRowUpdate } from './sms-messages.table.js';

type Db = Kysely<Database>;

/** Inserts unless (business_id, dedupe_key) exists; returns whether this call inserted. */
export async function insertMessageIfAbsent(db: Db, row: NewSmsMessageRow): Promise<boolean> {
  const result = await db
    .insertInto('sms_messages')
    .values(row)
    .onConflict((oc) => oc.columns(['business_id', 'dedupe_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export function findMessageByDedupeKey(
  db: Db,
  businessId: string,
  dedupeKey: string,
): Promise<SmsMessageRow | undefined> {
  return db
    .selectFrom('sms_messages')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('dedupe_key', '=', dedupeKey)
    .executeTakeFirst();
}

export function findMessageById(db: Db, businessId: string, id: string): Promise<SmsMessageRow | undefined> {
  return db
    .selectFrom('sms_messages')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Failed sends whose retry time has come, any tenant, oldest first. The sweep is cross-tenant by
 * nature; the resend itself names the tenant. Reads use sms_messages_retry_idx (status, retry_at).
 */
export function findDueRetries(db: Db, now: string, limit: number): Promise<SmsMessageRow[]> {
  return db
    .selectFrom('sms_messages')
    .selectAll()
    .where('status', '=', 'failed')
    .where('retry_at', 'is not', null)
    .where('retry_at', '<=', now)
    .orderBy('retry_at')
    .limit(limit)
    .execute();
}

/**
 * Takes a failed message for another send: only while it is still failed after `attempts` sends,
 * so of several callers retrying at once exactly one wins.
 */
export async function claimRetry(
  db: Db,
  businessId: string,
  id: string,
  attempts: number,
  changes: SmsMessageRowUpdate,
): Promise<boolean> {
  const result = await db
    .updateTable('sms_messages')
    .set(changes)
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .where('attempts', '=', attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Updates a message only while it still has `fromStatus`, so a late writer never undoes a later one. */
export async function updateMessageFromStatus(
  db: Db,
  businessId: string,
  id: string,
  fromStatus: string,
  changes: SmsMessageRowUpdate,
): Promise<boolean> {
  const result = await db
    .updateTable('sms_messages')
    .set(changes)
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .where('status', '=', fromStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Provider delivery reports carry only the provider's SID, which is globally unique. Statuses in
 * `unlessStatusIn` are not overwritten (a late "sent" must not replace "delivered").
 */
export async function updateMessageBySid(
  db: Db,
  sid: string,
  unlessStatusIn: readonly string[],
  changes: SmsMessageRowUpdate,
): Promise<boolean> {
  let query = db.updateTable('sms_messages').set(changes).where('provider_sid', '=', sid);
  if (unlessStatusIn.length > 0) query = query.where('status', 'not in', unlessStatusIn);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface MessageListFilter {
  direction?: 'outbound' | 'inbound';
  kind?: string;
  limit: number;
  before?: { created_at: string; id: string };
}

/** Newest first, keyset-paginated on (created_at, id). */
export function listMessages(
  db: Db,
  businessId: string,
  filter: MessageListFilter,
): Promise<SmsMessageRow[]> {
  let query = db
    .selectFrom('sms_messages')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit);
  if (filter.direction) query = query.where('direction', '=', filter.direction);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  const before = filter.before;
  if (before) query = query.where(beforeKeyset('created_at', before.created_at, before.id));
  return query.execute();
}
