import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/dialects.js';
import { adminRequest, buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';

// Every list route answers a cursor it did not issue with 422, never with the first page: a client
// that mangled its cursor would otherwise loop over page one forever.

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

const MALFORMED = [
  ['empty', ''],
  ['not base64url', '!!!'],
  ['no separator', b64('2026-01-01T00:00:00.000Z')],
  ['not a timestamp', b64('foo|bar')],
  ['a date, not a stored timestamp', b64('2026-01-01|cus_1')],
  ['an id with a space', b64('2026-01-01T00:00:00.000Z|cus 1')],
] as const;

describeEachDialect('list cursors', (ctx) => {
  let app: FastifyInstance;
  let business: TestBusiness;
  let customerId: string;
  beforeAll(async () => {
    ({ app } = await buildTestApp({ overrides: { sql: ctx.sql() } }));
    business = await createBusiness(app);
    const created = await app.inject({
      method: 'POST',
      url: '/v1/crm/customers',
      headers: { 'x-api-key': business.apiKey },
      payload: { phone: '+15125550142' },
    });
    customerId = created.json().id;
  });
  afterAll(() => app.close());

  const routes = () => [
    '/v1/crm/customers?',
    '/v1/crm/customers/search?q=512&',
    `/v1/crm/customers/${customerId}/timeline?`,
    '/v1/crm/conversations?',
    '/v1/crm/appointments?',
    '/v1/owner/callbacks?',
    '/v1/owner/messages?',
  ];

  it.each(
    MALFORMED,
  )('answers 422 on every owner list route for a cursor that is %s', async (_what, cursor) => {
    for (const route of routes()) {
      const response = await app.inject({
        url: `${route}cursor=${cursor}`,
        headers: { 'x-api-key': business.apiKey },
      });
      expect(response.statusCode, route).toBe(422);
      expect(response.json().errors, route).toEqual([
        { path: 'querystring.cursor', message: 'is not a valid cursor' },
      ]);
    }
  });

  it('still pages with a cursor it issued', async () => {
    for (const phone of ['+15125550143', '+15125550144']) {
      await app.inject({
        method: 'POST',
        url: '/v1/crm/customers',
        headers: { 'x-api-key': business.apiKey },
        payload: { phone },
      });
    }
    const first = await app.inject({
      url: '/v1/crm/customers?limit=2',
      headers: { 'x-api-key': business.apiKey },
    });
    const next = first.json().next_cursor;
    expect(next).toEqual(expect.any(String));
    const second = await app.inject({
      url: `/v1/crm/customers?limit=2&cursor=${next}`,
      headers: { 'x-api-key': business.apiKey },
    });
    expect(second.statusCode).toBe(200);
    expect(second.json().items).toHaveLength(1);
  });

  it('answers 422 on the admin list for an empty cursor', async () => {
    const response = await adminRequest(app, { url: '/v1/admin/businesses?cursor=' });
    expect(response.statusCode).toBe(422);
  });
});
