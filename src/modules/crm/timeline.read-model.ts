import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { beforeKeyset } from '../../platform/db/keyset.js';
import type { TimeKey } from './crm-cursor.js';

// The customer timeline's read model: read-only views of tables that other modules own
// (appointments: scheduling; sms_messages: notifications) beside the CRM's own.
// Why a read model and not calls to those modules' services: crm sits below notifications and
// scheduling in the layers, so it may not import them, and one page of a merged timeline needs a
// keyset query per table, which no service offers. Nothing here writes; each owner module still
// alone writes its table. Each query returns at most `limit` rows older than `before`, newest
// first, so merging them yields one bounded page.

type Db = Kysely<Database>;

export interface TimelineScope {
  businessId: string;
  customerId: string;
  phone: string;
  limit: number;
  before?: TimeKey | undefined;
}

export function timelineAppointments(db: Db, scope: TimelineScope) {
  let query = db
    .selectFrom('appointments')
    .select(['id', 'start_time', 'end_time', 'status', 'service_type', 'description', 'is_emergency'])
    .where('business_id', '=', scope.businessId)
    .where('customer_id', '=', scope.customerId)
    .orderBy('start_time', 'desc')
    .orderBy('id', 'desc')
    .limit(scope.limit);
  const before = scope.before;
  if (before) query = query.where(beforeKeyset('start_time', before.at, before.id));
  return query.execute();
}

// A customer's rows are found by customer id or by phone. One query with `customer_id = ? OR phone = ?`
// reads the whole tenant's history on SQLite (without statistics it walks the (business_id,
// created_at) index to avoid a sort), so each way of belonging is its own indexed query, cut at the
// page size, and the short lists are merged: a row both ways is one row.

export async function timelineConversations(db: Db, scope: TimelineScope) {
  const page = (branch: (eb: ExpressionBuilder<Database, 'conversations'>) => Expression<SqlBool>) => {
    let query = db
      .selectFrom('conversations')
      .select(['id', 'created_at', 'channel', 'status', 'outcome', 'summary'])
      .where('business_id', '=', scope.businessId)
      .where(branch)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(scope.limit);
    const before = scope.before;
    if (before) query = query.where(beforeKeyset('created_at', before.at, before.id));
    return query.execute();
  };
  return newestOf(
    await Promise.all([
      page((eb) => eb('customer_id', '=', scope.customerId)),
      page((eb) => eb.and([eb('customer_id', 'is', null), eb('caller_phone', '=', scope.phone)])),
    ]),
    scope.limit,
  );
}

export async function timelineCallbacks(db: Db, scope: TimelineScope) {
  const page = (branch: (eb: ExpressionBuilder<Database, 'callbacks'>) => Expression<SqlBool>) => {
    let query = db
      .selectFrom('callbacks')
      .select(['id', 'created_at', 'reason', 'status', 'summary', 'voicemail_url'])
      .where('business_id', '=', scope.businessId)
      .where(branch)
      .where('status', 'in', ['OPEN', 'RESOLVED'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(scope.limit);
    const before = scope.before;
    if (before) query = query.where(beforeKeyset('created_at', before.at, before.id));
    return query.execute();
  };
  return newestOf(
    await Promise.all([
      page((eb) => eb('customer_id', '=', scope.customerId)),
      page((eb) => eb('phone', '=', scope.phone)),
    ]),
    scope.limit,
  );
}

export async function timelineSmsMessages(db: Db, scope: TimelineScope) {
  const page = (branch: (eb: ExpressionBuilder<Database, 'sms_messages'>) => Expression<SqlBool>) => {
    let query = db
      .selectFrom('sms_messages')
      .select(['id', 'created_at', 'direction', 'kind', 'status', 'body'])
      .where('business_id', '=', scope.businessId)
      .where(branch)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(scope.limit);
    const before = scope.before;
    if (before) query = query.where(beforeKeyset('created_at', before.at, before.id));
    return query.execute();
  };
  return newestOf(
    await Promise.all([
      page((eb) => eb('customer_id', '=', scope.customerId)),
      page((eb) => eb('to_phone', '=', scope.phone)),
      page((eb) => eb('from_phone', '=', scope.phone)),
    ]),
    scope.limit,
  );
}

/** Newest first (created_at desc, id desc, as the SQL), each id once, at most `limit`. */
function newestOf<R extends { id: string; created_at: string }>(pages: R[][], limit: number): R[] {
  const byId = new Map<string, R>();
  for (const row of pages.flat()) byId.set(row.id, row);
  return [...byId.values()]
    .sort((a, b) => {
      if (a.created_at !== b.created_at) return a.created_at < b.created_at ? 1 : -1;
      return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
    })
    .slice(0, limit);
}
