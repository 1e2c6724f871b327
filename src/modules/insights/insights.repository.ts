// Counts for the owner's numbers and the admin's usage page, read straight from the tables that
// record the activity (conversations, appointments, texts). A reporting read model: it only
// counts, so it reads through the shared Database type instead of calling every module's service
// for whole rows. Every owner query takes the tenant id; timestamps are ISO text on both dialects,
// so ranges compare as strings.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';

type Db = Kysely<Database>;

export interface TimeRange {
  /** ISO 8601 UTC, inclusive. */
  from: string;
  /** ISO 8601 UTC, exclusive. */
  to: string;
}

export interface ConversationCount {
  business_id: string;
  channel: string;
  outcome: string | null;
  count: number;
}

/** Customer conversations (owner test chats excluded) per channel and outcome. */
export async function countConversations(
  db: Db,
  range: TimeRange,
  businessId: string | null,
): Promise<ConversationCount[]> {
  let query = db
    .selectFrom('conversations')
    .select(['business_id', 'channel', 'outcome', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .where('is_test', '=', 0)
    .groupBy(['business_id', 'channel', 'outcome']);
  if (businessId !== null) query = query.where('business_id', '=', businessId);
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

export interface DayBookings {
  day: number;
  bookings: number;
  emergencies: number;
}

/**
 * Appointments created per local day of one tenant. `boundaries` are the UTC starts of each local
 * day plus the end of the last (so N days have N + 1); the day index is computed in SQL with one
 * CASE, which groups correctly across DST changes and fixed offsets on both dialects. Appointments
 * imported from the tenant's own calendar are not bookings and are left out.
 */
export async function countBookingsByDay(
  db: Db,
  businessId: string,
  boundaries: string[],
): Promise<DayBookings[]> {
  if (boundaries.length < 2) return [];
  const whens = boundaries.slice(1).map((end, index) => sql`when created_at < ${end} then ${sql.lit(index)}`);
  const day = sql<number>`case ${sql.join(whens, sql` `)} end`;
  const rows = await db
    .selectFrom('appointments')
    .select([
      day.as('day'),
      (eb) => eb.fn.countAll<number | string>().as('bookings'),
      (eb) => eb.fn.sum<number | string | null>('is_emergency').as('emergencies'),
    ])
    .where('business_id', '=', businessId)
    .where('created_at', '>=', boundaries[0]!)
    .where('created_at', '<', boundaries[boundaries.length - 1]!)
    .where('source', '!=', 'calendar')
    .groupBy(sql.ref('day'))
    .execute();
  return rows.map((row) => ({
    day: Number(row.day),
    bookings: Number(row.bookings),
    emergencies: Number(row.emergencies ?? 0),
  }));
}

export interface TenantUsageCounts {
  business_id: string;
  bookings: number;
  emergencies: number;
  sms_sent: number;
}

/** Bookings and outbound texts of every tenant in one range (the admin's usage page). */
export async function countUsageByTenant(db: Db, range: TimeRange): Promise<TenantUsageCounts[]> {
  const [bookings, texts] = await Promise.all([
    db
      .selectFrom('appointments')
      .select([
        'business_id',
        (eb) => eb.fn.countAll<number | string>().as('bookings'),
        (eb) => eb.fn.sum<number | string | null>('is_emergency').as('emergencies'),
      ])
      .where('created_at', '>=', range.from)
      .where('created_at', '<', range.to)
      .where('source', '!=', 'calendar')
      .groupBy('business_id')
      .execute(),
    db
      .selectFrom('sms_messages')
      .select(['business_id', (eb) => eb.fn.countAll<number | string>().as('sent')])
      .where('created_at', '>=', range.from)
      .where('created_at', '<', range.to)
      .where('direction', '=', 'outbound')
      .groupBy('business_id')
      .execute(),
  ]);
  const byTenant = new Map<string, TenantUsageCounts>();
  const entry = (id: string) => {
    let found = byTenant.get(id);
    if (!found) {
      found = { business_id: id, bookings: 0, emergencies: 0, sms_sent: 0 };
      byTenant.set(id, found);
    }
    return found;
  };
  for (const row of bookings) {
    Object.assign(entry(row.business_id), {
      bookings: Number(row.bookings),
      emergencies: Number(row.emergencies ?? 0),
    });
  }
  for (const row of texts) entry(row.business_id).sms_sent = Number(row.sent);
  return [...byTenant.values()];
}
