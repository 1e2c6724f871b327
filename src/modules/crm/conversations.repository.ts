import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { beforeKeyset } from '../../platform/db/keyset.js';
import type {
  ConversationMessageRow,
  ConversationMessageTable,
  ConversationRow,
  ConversationTable,
} from './crm.table.js';
import type { TimeKey } from './crm-cursor.js';

type Db = Kysely<Database>;

export function findConversationById(
  db: Db,
  businessId: string,
  id: string,
): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findConversationByExternal(
  db: Db,
  businessId: string,
  channel: string,
  externalId: string,
): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('channel', '=', channel)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

/** Inserts unless (business_id, channel, external_id) exists; returns whether this call inserted. */
export async function insertConversationIfAbsent(
  db: Db,
  row: Insertable<ConversationTable>,
): Promise<boolean> {
  const result = await db
    .insertInto('conversations')
    .values(row)
    .onConflict((oc) => oc.columns(['business_id', 'channel', 'external_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateConversation(
  db: Db,
  businessId: string,
  id: string,
  changes: Updateable<ConversationTable>,
): Promise<void> {
  await db
    .updateTable('conversations')
    .set(changes)
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .execute();
}

/**
 * Open conversations on `channels`, of every tenant, untouched since `before`: the one query that
 * crosses tenants, for the sweep that settles chats and voice sessions their visitor walked away
 * from. Oldest first; the partial index on open conversations keeps it flat as history grows.
 */
export function findIdleConversations(
  db: Db,
  query: { channels: readonly string[]; before: string; limit: number },
): Promise<ConversationRow[]> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('status', '=', 'OPEN')
    .where('updated_at', '<', query.before)
    .where('channel', 'in', [...query.channels])
    .orderBy('updated_at', 'asc')
    .limit(query.limit)
    .execute();
}

export interface ConversationFilters {
  channel?: string | undefined;
  customerId?: string | undefined;
  status?: string | undefined;
  since?: string | undefined;
}

export function listConversations(
  db: Db,
  businessId: string,
  filters: ConversationFilters,
  page: { limit: number; before?: TimeKey | undefined },
): Promise<ConversationRow[]> {
  let query = db
    .selectFrom('conversations')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit);
  if (filters.channel) query = query.where('channel', '=', filters.channel);
  if (filters.customerId) query = query.where('customer_id', '=', filters.customerId);
  if (filters.status) query = query.where('status', '=', filters.status);
  if (filters.since) query = query.where('created_at', '>=', filters.since);
  const before = page.before;
  if (before) query = query.where(beforeKeyset('created_at', before.at, before.id));
  return query.execute();
}

export async function countMessages(
  db: Db,
  businessId: string,
  conversationIds: string[],
): Promise<Map<string, number>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('conversation_messages')
    .select(['conversation_id', (eb) => eb.fn.countAll<number | string | bigint>().as('count')])
    .where('business_id', '=', businessId)
    .where('conversation_id', 'in', conversationIds)
    .groupBy('conversation_id')
    .execute();
  return new Map(rows.map((row) => [row.conversation_id, Number(row.count)]));
}

export async function insertMessage(db: Db, row: Insertable<ConversationMessageTable>): Promise<void> {
  await db.insertInto('conversation_messages').values(row).execute();
}

/** Several messages in one statement (a turn's caller and assistant lines). */
export async function insertMessages(
  db: Db,
  rows: Array<Insertable<ConversationMessageTable>>,
): Promise<void> {
  if (rows.length > 0) await db.insertInto('conversation_messages').values(rows).execute();
}

/**
 * Sets updated_at and, in the same statement, reads the conversation's latest message time (null
 * when it has none); the whole result is null when the business has no such conversation. An
 * append needs both, and a separate select for the latest time was a statement per turn.
 */
export async function touchConversation(
  db: Db,
  businessId: string,
  id: string,
  at: string,
): Promise<{ latestMessageAt: string | null } | null> {
  const row = await db
    .updateTable('conversations')
    .set({ updated_at: at })
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .returning((eb) =>
      eb
        .selectFrom('conversation_messages')
        .select('created_at')
        .where('conversation_id', '=', id)
        .where('business_id', '=', businessId)
        .orderBy('created_at', 'desc')
        .limit(1)
        .as('latest_message_at'),
    )
    .executeTakeFirst();
  return row ? { latestMessageAt: row.latest_message_at ?? null } : null;
}

/** How touchConversations names a conversation in its answer. */
export function conversationKey(businessId: string, id: string): string {
  return `${businessId}\u0000${id}`;
}

/**
 * touchConversation for several conversations in one statement (a batch of transcript appends):
 * the latest message time of each conversation that exists, by conversationKey. Each conversation
 * is matched on its business and id together, so a batch never touches another tenant's row.
 */
export async function touchConversations(
  db: Db,
  keys: ReadonlyArray<{ businessId: string; conversationId: string }>,
  at: string,
): Promise<Map<string, string | null>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .updateTable('conversations')
    .set({ updated_at: at })
    .where((eb) =>
      eb.or(
        keys.map((key) =>
          eb.and([eb('business_id', '=', key.businessId), eb('id', '=', key.conversationId)]),
        ),
      ),
    )
    .returning((eb) => [
      'conversations.business_id',
      'conversations.id',
      eb
        .selectFrom('conversation_messages')
        .select('conversation_messages.created_at')
        .whereRef('conversation_messages.conversation_id', '=', 'conversations.id')
        .whereRef('conversation_messages.business_id', '=', 'conversations.business_id')
        .orderBy('conversation_messages.created_at', 'desc')
        .limit(1)
        .as('latest_message_at'),
    ])
    .execute();
  return new Map(
    rows.map((row) => [conversationKey(row.business_id, row.id), row.latest_message_at ?? null]),
  );
}

/**
 * Rewrites the conversation's latest message when it has `role`: to `text`, or removes it when
 * `text` is empty. False when the latest message has another role (or there is none).
 */
export async function reviseLatestMessage(
  db: Db,
  businessId: string,
  conversationId: string,
  role: string,
  text: string,
): Promise<boolean> {
  const latest = await db
    .selectFrom('conversation_messages')
    .select(['id', 'role'])
    .where('conversation_id', '=', conversationId)
    .where('business_id', '=', businessId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest || latest.role !== role) return false;
  if (text) {
    await db
      .updateTable('conversation_messages')
      .set({ text })
      .where('business_id', '=', businessId)
      .where('id', '=', latest.id)
      .execute();
  } else {
    await db
      .deleteFrom('conversation_messages')
      .where('business_id', '=', businessId)
      .where('id', '=', latest.id)
      .execute();
  }
  return true;
}

/** The latest `limit` messages, oldest first. */
export async function listMessages(
  db: Db,
  businessId: string,
  conversationId: string,
  limit: number,
): Promise<ConversationMessageRow[]> {
  const rows = await db
    .selectFrom('conversation_messages')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .where('business_id', '=', businessId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse();
}
