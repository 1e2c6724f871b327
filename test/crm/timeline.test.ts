import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';

describeEachDialect('customer timeline', (ctx) => {
  let app: FastifyInstance;
  let services: Services;
  let mine: TestBusiness;
  beforeAll(async () => {
    ({ app, services } = await buildTestApp({ overrides: { sql: ctx.sql() } }));
    mine = await createBusiness(app, { name: 'Timeline Plumbing' });
  });
  afterAll(() => app.close());

  const get = (url: string) => app.inject({ url, headers: { 'x-api-key': mine.apiKey } });

  async function insertAppointment(customerId: string, id: string, start: string) {
    await ctx
      .sql()
      .db.insertInto('appointments')
      .values({
        id,
        business_id: mine.id,
        customer_id: customerId,
        start_time: start,
        end_time: new Date(Date.parse(start) + 3_600_000).toISOString(),
        status: 'SCHEDULED',
        source: 'phone',
        is_emergency: 1,
        service_type: 'water_heater',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
  }

  async function insertSms(customerId: string | null, id: string, at: string, toPhone: string) {
    await ctx
      .sql()
      .db.insertInto('sms_messages')
      .values({
        id,
        business_id: mine.id,
        customer_id: customerId,
        direction: 'outbound',
        to_phone: toPhone,
        from_phone: '+15125550000',
        body: 'Your visit is confirmed',
        kind: 'confirmation',
        status: 'sent',
        created_at: at,
        updated_at: at,
      })
      .execute();
  }

  it('merges appointments, conversations, callbacks and texts newest first, and pages', async () => {
    const customer = (await services.customers.upsertByPhone(mine.id, { phone: '512-555-0220', name: 'Ana' }))
      .customer;
    const other = (await services.customers.upsertByPhone(mine.id, { phone: '512-555-0221' })).customer;
    await insertAppointment(customer.id, 'apt_t1', '2099-05-01T15:00:00.000Z');
    await insertAppointment(other.id, 'apt_other', '2099-05-02T15:00:00.000Z');
    await insertSms(customer.id, 'sms_t1', '2020-02-01T10:00:00.000Z', customer.phone);
    await insertSms(null, 'sms_t2', '2020-02-02T10:00:00.000Z', customer.phone);
    await insertSms(other.id, 'sms_other', '2020-02-03T10:00:00.000Z', other.phone);
    const { conversation } = await services.conversations.start(mine.id, {
      channel: 'phone',
      external_id: 'CA-timeline',
      caller_phone: customer.phone,
    });
    const { callback } = await services.callbacks.record(mine.id, {
      reason: 'VOICEMAIL',
      phone: customer.phone,
    });

    const response = await get(`/v1/crm/customers/${customer.id}/timeline`);
    expect(response.statusCode).toBe(200);
    const { items, next_cursor } = response.json();
    expect(next_cursor).toBeNull();
    const keys = items.map((i: { type: string; id: string }) => `${i.type}:${i.id}`);
    expect(keys[0]).toBe('appointment:apt_t1');
    expect(keys.slice(1, 3).sort()).toEqual(
      [`callback:${callback!.id}`, `conversation:${conversation.id}`].sort(),
    );
    expect(keys.slice(3)).toEqual(['sms:sms_t2', 'sms:sms_t1']);
    expect(items).toHaveLength(5);
    expect(items[0]).toMatchObject({
      type: 'appointment',
      at: '2099-05-01T15:00:00.000Z',
      status: 'SCHEDULED',
      is_emergency: true,
      service_type: 'water_heater',
    });
    expect(items.find((i: { type: string }) => i.type === 'sms')).toMatchObject({
      kind: 'confirmation',
      body: 'Your visit is confirmed',
    });
    const ats = items.map((i: { at: string }) => i.at);
    expect(ats).toEqual([...ats].sort().reverse());

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = (await get(`/v1/crm/customers/${customer.id}/timeline${query}`)).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      paged.push(...page.items.map((i: { id: string }) => i.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(paged).toEqual(items.map((i: { id: string }) => i.id));
  });

  it('answers 404 for an unknown customer', async () => {
    const response = await get('/v1/crm/customers/cus_missing/timeline');
    expect(response.statusCode).toBe(404);
  });
});
