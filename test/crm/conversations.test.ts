import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { createConversationService } from '../../src/modules/crm/conversations.service.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';

describeEachDialect('CRM conversations routes', (ctx) => {
  let app: FastifyInstance;
  let services: Services;
  let mine: TestBusiness;
  beforeAll(async () => {
    ({ app, services } = await buildTestApp({ overrides: { sql: ctx.sql() } }));
    mine = await createBusiness(app, { name: 'Conversations Plumbing' });
  });
  afterAll(() => app.close());

  const get = (url: string, business = mine) =>
    app.inject({ url, headers: { 'x-api-key': business.apiKey } });

  it('shows a conversation with its messages in order', async () => {
    const { conversation } = await services.conversations.start(mine.id, {
      channel: 'phone',
      external_id: 'CA-http-1',
      caller_phone: '+15125550200',
    });
    for (const [role, text] of [
      ['assistant', 'Thanks for calling, how can I help?'],
      ['user', 'My water heater is leaking'],
      ['assistant', 'I can send someone tomorrow at 9.'],
    ] as const) {
      await services.conversations.appendMessage(mine.id, conversation.id, { role, text });
    }
    const response = await get(`/v1/crm/conversations/${conversation.id}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      id: conversation.id,
      channel: 'phone',
      external_id: 'CA-http-1',
      caller_phone: '+15125550200',
      status: 'OPEN',
      message_count: 3,
    });
    expect(body.messages.map((m: { role: string }) => m.role)).toEqual(['assistant', 'user', 'assistant']);
    expect(body.messages[1]).toEqual({
      role: 'user',
      text: 'My water heater is leaking',
      created_at: expect.stringMatching(/Z$/),
    });
    expect(body).not.toHaveProperty('business_id');
  });

  it('opens one conversation per external id, however many turns ask at once', async () => {
    const business = await createBusiness(app);
    const customer = (await services.customers.upsertByPhone(business.id, { phone: '512-555-0209' }))
      .customer;
    const open = () =>
      services.conversations.openId(business.id, {
        channel: 'phone',
        external_id: 'CA-open-1',
        caller_phone: '+15125550209',
      });
    const ids = await Promise.all(Array.from({ length: 10 }, open));
    expect(new Set(ids).size).toBe(1);
    expect(await open()).toBe(ids[0]);
    const found = await services.conversations.findByExternal(business.id, 'phone', 'CA-open-1');
    expect(found).toMatchObject({ id: ids[0], customer_id: customer.id, status: 'OPEN', message_count: 0 });
    const listed = await services.conversations.list(business.id, {});
    expect(listed.items).toHaveLength(1);
  });

  it('lists newest first and filters by channel and customer', async () => {
    const business = await createBusiness(app);
    const customer = (await services.customers.upsertByPhone(business.id, { phone: '512-555-0201' }))
      .customer;
    await services.conversations.start(business.id, {
      channel: 'sms',
      external_id: '+15125550201',
      caller_phone: '+15125550201',
    });
    await services.conversations.start(business.id, { channel: 'web', customer_id: customer.id });
    await services.conversations.start(business.id, { channel: 'web' });
    const all = (await get('/v1/crm/conversations', business)).json();
    expect(all.items).toHaveLength(3);
    expect(all.next_cursor).toBeNull();
    const web = (await get('/v1/crm/conversations?channel=web', business)).json();
    expect(web.items.map((c: { channel: string }) => c.channel)).toEqual(['web', 'web']);
    const sms = (await get('/v1/crm/conversations?channel=sms', business)).json();
    expect(sms.items[0]).toMatchObject({ customer_id: customer.id, message_count: 0 });
    const byCustomer = (await get(`/v1/crm/conversations?customer_id=${customer.id}`, business)).json();
    expect(byCustomer.items).toHaveLength(2);
  });

  it('pages with a cursor', async () => {
    const business = await createBusiness(app);
    for (let i = 0; i < 5; i += 1) await services.conversations.start(business.id, { channel: 'api' });
    const first = (await get('/v1/crm/conversations?limit=2', business)).json();
    const second = (await get(`/v1/crm/conversations?limit=2&cursor=${first.next_cursor}`, business)).json();
    const third = (await get(`/v1/crm/conversations?limit=2&cursor=${second.next_cursor}`, business)).json();
    expect(third.next_cursor).toBeNull();
    const ids = [...first.items, ...second.items, ...third.items].map((c: { id: string }) => c.id);
    expect(new Set(ids).size).toBe(5);
  });

  it('answers 422 for an unknown channel filter and 404 for an unknown id', async () => {
    const bad = await get('/v1/crm/conversations?channel=fax');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('querystring.channel');
    const missing = await get('/v1/crm/conversations/conv_missing');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('CONVERSATION_NOT_FOUND');
  });

  it('keeps message timestamps increasing when the clock stalls or goes back', async () => {
    let at = Date.parse('2026-11-23T15:00:00.000Z');
    const conversations = createConversationService({ db: ctx.sql().db, clock: { now: () => new Date(at) } });
    const { conversation } = await conversations.start(mine.id, { channel: 'api' });
    await conversations.appendMessages(mine.id, conversation.id, [
      { role: 'user', text: 'one' },
      { role: 'assistant', text: 'two' },
    ]);
    at -= 60_000;
    await conversations.appendMessage(mine.id, conversation.id, { role: 'user', text: 'three' });
    await conversations.appendMessages(mine.id, conversation.id, [{ role: 'assistant', text: 'four' }]);
    const { messages } = await conversations.get(mine.id, conversation.id);
    expect(messages.map((m) => m.text)).toEqual(['one', 'two', 'three', 'four']);
    expect(messages.map((m) => m.created_at)).toEqual([
      '2026-11-23T15:00:00.000Z',
      '2026-11-23T15:00:00.001Z',
      '2026-11-23T15:00:00.002Z',
      '2026-11-23T15:00:00.003Z',
    ]);
    await expect(conversations.appendMessages(mine.id, 'conv_missing', [])).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
