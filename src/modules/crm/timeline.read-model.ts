import type { Kysely } from 'kysely';
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

export function timelineConversations(db: Db, scope: TimelineScope) {
  let query = db
    .selectFrom('conversations')
    .select(['id', 'created_at', 'channel', 'status', 'outcome', 'summary'])
    .where('business_id', '=', scope.businessId)
    .where((eb) =>
      eb.or([
        eb('customer_id', '=', scope.customerId),
        eb.and([eb('customer_id', 'is', null), eb('caller_phone', '=', scope.phone)]),
      ]),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(scope.limit);
  const before = scope.before;
  if (before) query = query.where(beforeKeyset('created_at', before.at, before.id));
  return query.execute();
}

export function timelineCallbacks(db: Db, scope: TimelineScope) {
  let query = db
    .selectFrom('callbacks')
    .select(['id', 'created_at', 'reason', 'status', 'summary', 'voicemail_url'])
    .where('business_id', '=', scope.businessId)
    .where('status', 'in', ['OPEN', 'RESOLVED'])
    .where((eb) => eb.or([eb('customer_id', '=', scope.customerId), eb('phone', '=', scope.phone)]))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(scope.limit);
  const before = scope.before;
  if (before) query = query.where(beforeKeyset('created_at', before.at, before.id));
  return query.execute();
}

export function timelineSmsMessages(db: Db, scope: TimelineScope) {
  let query = db
    .selectFrom('sms_messages')
    .select(['id', 'created_at', 'direction', 'kind', 'status', 'body'])
    .where('business_id', '=', scope.businessId)
    .where((eb) =>
      eb.or([
        eb('customer_id', '=', scope.customerId),
        eb('to_phone', '=', scope.phone),
        eb('from_phone', '=', scope.phone),
      ]),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(scope.limit);
  const before = scope.before;
  if (before) query = query.where(beforeKeyset('created_at', before.at, before.id));
  return query.execute();
}
