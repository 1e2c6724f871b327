import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { decodeTimeKey, encodeTimeKey, type Page, type PageQuery, pageSize } from './crm-cursor.js';
import * as customers from './customers.repository.js';
import type { TimelineItem } from './customers.schemas.js';
import { customerNotFound } from './customers.service.js';
import * as readModel from './timeline.read-model.js';

export type { TimelineItem };
export type TimelineService = ReturnType<typeof createTimelineService>;

/** A customer's appointments, conversations, callbacks and text messages, merged newest first. */
export function createTimelineService(deps: { db: Kysely<Database> }) {
  const { db } = deps;

  async function forCustomer(
    businessId: string,
    customerId: string,
    query: PageQuery,
  ): Promise<Page<TimelineItem>> {
    const customer = await customers.findCustomerById(db, businessId, customerId);
    if (!customer) throw customerNotFound(customerId);
    const limit = pageSize(query.limit);
    const scope: readModel.TimelineScope = {
      businessId,
      customerId,
      phone: customer.phone,
      limit: limit + 1,
      before: decodeTimeKey(query.cursor),
    };
    const [appointments, conversations, callbacks, messages] = await Promise.all([
      readModel.timelineAppointments(db, scope),
      readModel.timelineConversations(db, scope),
      readModel.timelineCallbacks(db, scope),
      readModel.timelineSmsMessages(db, scope),
    ]);
    const merged: TimelineItem[] = [
      ...appointments.map(
        (row): TimelineItem => ({
          type: 'appointment',
          id: row.id,
          at: row.start_time,
          status: row.status,
          start_time: row.start_time,
          end_time: row.end_time,
          service_type: row.service_type,
          description: row.description,
          is_emergency: Boolean(row.is_emergency),
        }),
      ),
      ...conversations.map((row): TimelineItem => ({ type: 'conversation', at: row.created_at, ...row })),
      ...callbacks.map((row): TimelineItem => ({ type: 'callback', at: row.created_at, ...row })),
      ...messages.map((row): TimelineItem => ({ type: 'sms', at: row.created_at, ...row })),
    ].sort(newestFirst);
    const items = merged.slice(0, limit);
    const last = items.at(-1);
    return {
      items,
      next_cursor: merged.length > limit && last ? encodeTimeKey({ at: last.at, id: last.id }) : null,
    };
  }

  return { forCustomer };
}

// The same order as the SQL (at desc, id desc), so a page boundary never skips or repeats an item.
function newestFirst(a: TimelineItem, b: TimelineItem): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? 1 : -1;
}
