// The owner's numbers over the last 7 or 30 local days, and every tenant's usage for the admin.
// Definitions (README, "Dashboard"): calls are phone conversations; chats are widget chats and SMS
// threads; owner test chats are never counted; bookings are appointments created in the period
// (calendar imports excluded); conversion is the share of calls and chats that ended booked;
// emergencies are emergency bookings plus calls and chats that ended as an emergency without one.
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { addLocalDays, localDateOf, localDayBoundsUtc } from '../../platform/time/tenant-time.js';
import type { Business } from '../tenants/tenants.model.js';
import * as repo from './insights.repository.js';

export interface OwnerStats {
  days: number;
  from: string;
  to: string;
  calls: number;
  chats: number;
  bookings: number;
  conversion_rate: number;
  emergencies: number;
  bookings_per_day: Array<{ date: string; count: number }>;
}

export interface TenantUsage {
  business_id: string;
  name: string;
  calls: number;
  chats: number;
  bookings: number;
  emergencies: number;
  sms_sent: number;
}

const CALL_CHANNELS = new Set(['phone']);
const CHAT_CHANNELS = new Set(['web', 'sms']);

interface ConversationTotals {
  calls: number;
  chats: number;
  booked: number;
  emergencies: number;
}

function conversationTotals(rows: repo.ConversationCount[]): ConversationTotals {
  const totals = { calls: 0, chats: 0, booked: 0, emergencies: 0 };
  for (const row of rows) {
    const isCall = CALL_CHANNELS.has(row.channel);
    if (!isCall && !CHAT_CHANNELS.has(row.channel)) continue;
    if (isCall) totals.calls += row.count;
    else totals.chats += row.count;
    if (row.outcome === 'booked') totals.booked += row.count;
    if (row.outcome === 'emergency') totals.emergencies += row.count;
  }
  return totals;
}

/** The tenants the admin page lists, a page at a time (the tenants service's own paging). */
export interface TenantDirectory {
  list(query: { limit: number; cursor?: string }): Promise<{
    items: Array<Pick<Business, 'id' | 'name'>>;
    next_cursor: string | null;
  }>;
}

export function createInsightsService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  tenants: TenantDirectory;
}) {
  const { db, clock, tenants } = deps;

  async function ownerStats(business: Business, days: number): Promise<OwnerStats> {
    const zone = business.time_zone;
    const today = localDateOf(clock.now(), zone);
    const dates = Array.from({ length: days }, (_, index) => addLocalDays(today, index - days + 1));
    const boundaries = [
      ...dates.map((date) => localDayBoundsUtc(date, zone).start.toISOString()),
      localDayBoundsUtc(today, zone).end.toISOString(),
    ];
    const range = { from: boundaries[0]!, to: boundaries[boundaries.length - 1]! };
    const [conversations, perDay] = await Promise.all([
      repo.countConversations(db, range, business.id),
      repo.countBookingsByDay(db, business.id, boundaries),
    ]);
    const totals = conversationTotals(conversations);
    const counts = new Map(perDay.map((row) => [row.day, row]));
    const bookings = perDay.reduce((sum, row) => sum + row.bookings, 0);
    const emergencyBookings = perDay.reduce((sum, row) => sum + row.emergencies, 0);
    const conversationsTotal = totals.calls + totals.chats;
    return {
      days,
      ...range,
      calls: totals.calls,
      chats: totals.chats,
      bookings,
      conversion_rate: conversationsTotal === 0 ? 0 : round(totals.booked / conversationsTotal),
      emergencies: emergencyBookings + totals.emergencies,
      bookings_per_day: dates.map((date, index) => ({ date, count: counts.get(index)?.bookings ?? 0 })),
    };
  }

  // The admin's period is in UTC: tenants live in different zones and the page compares them.
  async function usage(days: number): Promise<TenantUsage[]> {
    const now = clock.now().getTime();
    // `to` is exclusive: one millisecond past now includes what happened this very instant.
    const range = {
      from: new Date(now - days * 86_400_000).toISOString(),
      to: new Date(now + 1).toISOString(),
    };
    const [conversations, counts, directory] = await Promise.all([
      repo.countConversations(db, range, null),
      repo.countUsageByTenant(db, range),
      allTenants(),
    ]);
    return directory.map(({ id, name }) => {
      const totals = conversationTotals(conversations.filter((row) => row.business_id === id));
      const own = counts.find((row) => row.business_id === id);
      return {
        business_id: id,
        name,
        calls: totals.calls,
        chats: totals.chats,
        bookings: own?.bookings ?? 0,
        emergencies: (own?.emergencies ?? 0) + totals.emergencies,
        sms_sent: own?.sms_sent ?? 0,
      };
    });
  }

  async function allTenants(): Promise<Array<Pick<Business, 'id' | 'name'>>> {
    const all: Array<Pick<Business, 'id' | 'name'>> = [];
    let cursor: string | undefined;
    do {
      const page = await tenants.list({ limit: 200, ...(cursor ? { cursor } : {}) });
      all.push(...page.items.map(({ id, name }) => ({ id, name })));
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    return all;
  }

  return { ownerStats, usage };
}

export type InsightsService = ReturnType<typeof createInsightsService>;

const round = (value: number) => Math.round(value * 1000) / 1000;
