import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';

describeEachDialect('CRM tenant isolation', (ctx) => {
  let app: FastifyInstance;
  let services: Services;
  let mine: TestBusiness;
  let theirs: TestBusiness;
  const ids = { customer: '', conversation: '', callback: '' };
  beforeAll(async () => {
    ({ app, services } = await buildTestApp({ overrides: { sql: ctx.sql() } }));
    mine = await createBusiness(app, { name: 'Mine' });
    theirs = await createBusiness(app, { name: 'Theirs' });
    const created = await app.inject({
      method: 'POST',
      url: '/v1/crm/customers',
      headers: { 'x-api-key': mine.apiKey },
      payload: { phone: '512-555-0230', name: 'Private Person', email: 'private@example.com' },
    });
    ids.customer = created.json().id;
    ids.conversation = (
      await services.conversations.start(mine.id, { channel: 'web', customer_id: ids.customer })
    ).conversation.id;
    await services.conversations.appendMessage(mine.id, ids.conversation, { role: 'user', text: 'secret' });
    ids.callback = (await services.callbacks.record(mine.id, { reason: 'VOICEMAIL', phone: '512-555-0230' }))
      .callback!.id;
  });
  afterAll(() => app.close());

  const request = (method: 'GET' | 'PATCH', url: string, payload?: object) =>
    app.inject({ method, url, headers: { 'x-api-key': theirs.apiKey }, ...(payload ? { payload } : {}) });

  it.each([
    ['GET', () => `/v1/crm/customers/${ids.customer}`, undefined],
    ['PATCH', () => `/v1/crm/customers/${ids.customer}`, { name: 'Hijacked', sms_opt_out: true }],
    ['GET', () => `/v1/crm/customers/${ids.customer}/timeline`, undefined],
    ['GET', () => `/v1/crm/conversations/${ids.conversation}`, undefined],
    ['PATCH', () => `/v1/owner/callbacks/${ids.callback}`, { status: 'RESOLVED' }],
  ] as const)('answers 404 to another tenant: %s %s', async (method, url, payload) => {
    const response = await request(method, url(), payload);
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).not.toContain('Private Person');
  });

  it('left my records unchanged after the foreign PATCHes', async () => {
    const customer = await services.customers.get(mine.id, ids.customer);
    expect(customer).toMatchObject({ name: 'Private Person', sms_opt_out: false });
    expect((await services.callbacks.get(mine.id, ids.callback)).status).toBe('OPEN');
  });

  it('never lists or finds my rows for another tenant', async () => {
    for (const url of [
      '/v1/crm/customers',
      '/v1/crm/customers/search?q=private',
      '/v1/crm/customers/search?q=5125550230',
      '/v1/crm/conversations',
      `/v1/crm/conversations?customer_id=${ids.customer}`,
      '/v1/owner/callbacks',
      '/v1/owner/callbacks?status=OPEN',
    ]) {
      const response = await request('GET', url);
      expect(response.statusCode, url).toBe(200);
      expect(response.json(), url).toEqual({ items: [], next_cursor: null });
    }
  });

  it('gives another tenant its own customer for the same phone', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/crm/customers',
      headers: { 'x-api-key': theirs.apiKey },
      payload: { phone: '+15125550230', name: 'Their Person' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().id).not.toBe(ids.customer);
    expect((await services.customers.get(mine.id, ids.customer)).name).toBe('Private Person');
  });

  it('still shows everything to the owner', async () => {
    const headers = { 'x-api-key': mine.apiKey };
    const timeline = await app.inject({ url: `/v1/crm/customers/${ids.customer}/timeline`, headers });
    expect(
      timeline
        .json()
        .items.map((i: { type: string }) => i.type)
        .sort(),
    ).toEqual(['callback', 'conversation']);
    const conversation = await app.inject({ url: `/v1/crm/conversations/${ids.conversation}`, headers });
    expect(conversation.json().messages).toHaveLength(1);
  });
});
