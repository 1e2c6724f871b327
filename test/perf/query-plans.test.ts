// Every hot query reads through an index, never the whole history of a table: asked of the planner
// (SQLite EXPLAIN QUERY PLAN, PostgreSQL EXPLAIN (FORMAT JSON)) for the statements the repositories
// really send (see plans.ts). `npm run bench -- scale` measures what these plans are worth.
//
// How PostgreSQL is asked: it chooses plans from statistics, and on a nearly empty table a Seq Scan
// is the right plan, so an empty schema says nothing. `enable_seqscan = off` would only ask whether
// some index path exists at all; it would still accept reading a whole tenant in index order (the
// plan a bad query shape gets), and it is not how production plans. So the suite grows one tenant
// with the scale benchmark's own generator (thousands of rows a table, a second tenant beside it),
// runs ANALYZE as autovacuum would after such a load, and asks for the plan production would get.
// SQLite is asked as production runs it: without ANALYZE statistics (the service never gathers
// them), where the planner guesses that `business_id = ?` is selective: the shapes must not rely on it.

import { type Kysely, sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { historySize, seedHistory } from '../../bench/scale/history.js';
import { type Probe, seedProbe } from '../../bench/scale/probe.js';
import * as callbacks from '../../src/modules/crm/callbacks.repository.js';
import * as conversations from '../../src/modules/crm/conversations.repository.js';
import * as customers from '../../src/modules/crm/customers.repository.js';
import * as timeline from '../../src/modules/crm/timeline.read-model.js';
import * as appointments from '../../src/modules/scheduling/appointments/appointments.repository.js';
import { createTenantService } from '../../src/modules/tenants/tenants.service.js';
import type { SqlStore } from '../../src/platform/db/create-database.js';
import type { Database } from '../../src/platform/db/database.js';
import { localDayBoundsUtc } from '../../src/platform/time/tenant-time.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { describePlan, explain, recordQueries } from './plans.js';

const TIME_ZONE = 'America/Chicago';
const NOW = new Date();
const PHONE = '+14159900100'; // the probe's timeline customer

async function addTenant(store: SqlStore, name: string): Promise<string> {
  const tenants = createTenantService({ db: store.db, clock: { now: () => NOW } });
  return (await tenants.create({ name, time_zone: TIME_ZONE })).id;
}

type Indexes = { sqlite: string[]; postgres: string[] };

describeEachDialect('hot queries read through their indexes', (ctx) => {
  let businessId = '';
  let probe: Probe;

  beforeAll(async () => {
    const store = ctx.sql();
    businessId = await addTenant(store, 'Grown Plumbing');
    const other = await addTenant(store, 'Other Plumbing');
    probe = await seedProbe(store.db, businessId, 'p', TIME_ZONE, NOW);
    const size = { ...historySize(0.1), messagesPerConversation: 2, callbacks: 5_000 };
    await seedHistory(store.db, businessId, 'h', size, NOW);
    await seedHistory(store.db, other, 'o', { ...historySize(0.02), messagesPerConversation: 2 }, NOW);
    if (store.dialect === 'postgres') await sql`analyze`.execute(store.db);
  }, 180_000);

  /**
   * Explains every statement `work` sends: none may read `table` whole, each must use one of the
   * `indexes` and no other index (an index on business_id alone walks the tenant's history too).
   */
  async function expectIndexed(
    table: string,
    indexes: Indexes,
    work: (db: Kysely<Database>) => Promise<unknown>,
  ): Promise<void> {
    const store = ctx.sql();
    const expected = indexes[store.dialect];
    const queries = await recordQueries(store.dialect, work);
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) {
      const plan = await explain(store, query);
      const shown = `${describePlan(plan)}\n  for ${query.sql}`;
      expect(
        plan.filter((step) => step.fullScan && step.table === table).map((s) => s.what),
        shown,
      ).toEqual([]);
      const used = plan.flatMap((step) => (step.index ? [step.index] : []));
      expect(used.length, shown).toBeGreaterThan(0);
      for (const index of used) expect(expected, shown).toContain(index);
    }
  }

  const scope = () => ({ businessId, customerId: probe.timelineCustomerId, phone: PHONE, limit: 51 });
  const bookedDay = () => {
    const day = localDayBoundsUtc(probe.bookedDay, TIME_ZONE);
    return { from: day.start, to: day.end };
  };

  it('finds a caller by phone through the (business, phone) key', () =>
    expectIndexed(
      'customers',
      { sqlite: ['sqlite_autoindex_customers_2'], postgres: ['customers_business_phone_unique'] },
      (db) => customers.findCustomerByPhone(db, businessId, PHONE),
    ));

  it('finds a call by CallSid and its latest transcript lines by conversation', async () => {
    await expectIndexed(
      'conversations',
      {
        sqlite: ['sqlite_autoindex_conversations_2'],
        postgres: ['conversations_business_channel_external_unique'],
      },
      (db) => conversations.findConversationByExternal(db, businessId, 'phone', 'CAp000001'),
    );
    await expectIndexed(
      'conversation_messages',
      {
        sqlite: ['conversation_messages_conversation_idx'],
        postgres: ['conversation_messages_conversation_idx'],
      },
      (db) => conversations.listMessages(db, businessId, 'con_p_p0001', 20),
    );
  });

  it.each([
    ['a name', 'zabrisk'],
    ['an address', 'xylophone'],
    ['phone digits', '415-990-01'],
  ])('searches customers by %s through the trigram index', (_, q) =>
    expectIndexed(
      'customers',
      {
        sqlite: ['virtual table', 'rowid'],
        postgres: ['customers_search_trgm_idx', 'customers_phone_trgm_idx'],
      },
      (db) => customers.searchCustomers(db, ctx.dialect, businessId, q, { limit: 51 }),
    ));

  it("reads slot search's busy times and the owner's day by start time", async () => {
    const start = {
      sqlite: ['appointments_business_start_idx'],
      postgres: ['appointments_business_start_idx'],
    };
    await expectIndexed('appointments', start, (db) =>
      appointments.listBusyBetween(db, businessId, bookedDay()),
    );
    await expectIndexed('appointments', start, (db) =>
      appointments.listStartingBetween(db, businessId, bookedDay()),
    );
  });

  it("looks up the day's customers by primary key", () =>
    expectIndexed(
      'customers',
      { sqlite: ['sqlite_autoindex_customers_1'], postgres: ['customers_pkey'] },
      (db) =>
        customers.findCustomersByIds(db, businessId, [
          'cus_p_p0001',
          'cus_p_p0002',
          'cus_p_p0003',
          'cus_p_p0004',
          'cus_p_p0005',
          'cus_h_00000007',
        ]),
    ));

  it("reads a customer's timeline by customer and by phone, never by tenant", async () => {
    await expectIndexed(
      'appointments',
      { sqlite: ['appointments_customer_idx'], postgres: ['appointments_customer_idx'] },
      (db) => timeline.timelineAppointments(db, scope()),
    );
    const byConversation = ['conversations_customer_idx', 'conversations_business_caller_idx'];
    await expectIndexed('conversations', { sqlite: byConversation, postgres: byConversation }, (db) =>
      timeline.timelineConversations(db, scope()),
    );
    const byCallback = ['callbacks_business_customer_idx', 'callbacks_business_phone_idx'];
    await expectIndexed('callbacks', { sqlite: byCallback, postgres: byCallback }, (db) =>
      timeline.timelineCallbacks(db, scope()),
    );
    const bySms = [
      'sms_messages_business_customer_id_idx',
      'sms_messages_business_to_phone_idx',
      'sms_messages_business_from_phone_idx',
    ];
    await expectIndexed('sms_messages', { sqlite: bySms, postgres: bySms }, (db) =>
      timeline.timelineSmsMessages(db, scope()),
    );
  });

  it('reads the callback queue by status, newest first', async () => {
    const byStatus = {
      sqlite: ['callbacks_business_status_idx'],
      postgres: ['callbacks_business_status_idx'],
    };
    await expectIndexed('callbacks', byStatus, (db) =>
      callbacks.listCallbacks(db, businessId, {}, { limit: 51 }),
    );
    await expectIndexed('callbacks', byStatus, (db) =>
      callbacks.listCallbacks(db, businessId, { status: 'OPEN' }, { limit: 51 }),
    );
  });
});
