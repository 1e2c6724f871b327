import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRequest, buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';
import { signedTwilioRequest, TEST_TWILIO_TOKEN, uniqueTwilioPhone } from '../helpers/twilio.js';

// One policy for every JSON route: JSON bodies only (form bodies are for the Twilio webhooks), no
// unknown fields, a nesting limit, and a refusal that says what was refused.

describe('JSON request bodies', () => {
  let app: FastifyInstance;
  let business: TestBusiness;
  beforeAll(async () => {
    ({ app } = await buildTestApp({ env: { TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN } }));
    business = await createBusiness(app, { twilio_phone_number: uniqueTwilioPhone() });
  });
  afterAll(() => app.close());

  const postJson = (url: string, payload: string, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url,
      headers: { 'x-api-key': business.apiKey, 'content-type': 'application/json', ...headers },
      payload,
    });

  const customers = async () =>
    (await app.inject({ url: '/v1/crm/customers', headers: { 'x-api-key': business.apiKey } })).json().items;

  describe('forbidden keys', () => {
    it.each([
      ['{"phone":"+15125550142","__proto__":{"admin":true}}', '__proto__'],
      ['{"phone":"+15125550142","notes":{"\\u005f_proto__":{}}}', '__proto__'],
      ['[{"constructor":{"prototype":{"admin":true}}}]', 'constructor.prototype'],
    ])('refuses %s with 400 naming the key %s', async (payload, key) => {
      const response = await postJson('/v1/crm/customers', payload);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        code: 'BAD_REQUEST',
        detail: `The request body contains a forbidden key ${key}`,
      });
    });

    it('accepts a harmless "constructor" field value and ordinary JSON', async () => {
      const response = await postJson(
        '/v1/crm/customers',
        '{"phone":"+15125550160","notes":"constructor of the extension"}',
        { 'content-type': 'application/json; charset=utf-8' },
      );
      expect(response.statusCode).toBe(201);
    });

    it('still says what is wrong with malformed JSON', async () => {
      const response = await postJson('/v1/crm/customers', '{"phone": ');
      expect(response.statusCode).toBe(400);
      expect(response.json().detail).toMatch(/^The request body is not valid JSON: /);
    });
  });

  describe('nesting', () => {
    const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

    it('refuses a 10,000-deep body on appointment create with 400 and books nothing', async () => {
      const payload = `{"customer_id":"cus_x","start_time":"2027-01-05T10:00:00Z","x":${nested(10_000)}}`;
      const response = await postJson('/v1/crm/appointments', payload);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'BAD_REQUEST',
        detail: 'The JSON body is nested deeper than 32 levels',
      });
    });

    it('counts brackets inside strings as text', async () => {
      const notes = '['.repeat(100);
      const response = await postJson('/v1/crm/customers', JSON.stringify({ phone: '+15125550161', notes }));
      expect(response.statusCode).toBe(201);
    });

    it('lets a body 32 levels deep reach validation', async () => {
      const response = await postJson('/v1/crm/customers', `{"phone":"+15125550162","notes":${nested(31)}}`);
      expect(response.statusCode).toBe(422);
    });
  });

  describe('form bodies', () => {
    it.each([
      ['POST', '/v1/crm/customers', 'phone=%2B15125550170'],
      ['PATCH', '/v1/owner/business', 'greeting=hello'],
      ['POST', '/v1/owner/lockdown', 'enabled=true'],
    ] as const)('answer 415 on the JSON route %s %s and change nothing', async (method, url, payload) => {
      const before = await customers();
      const response = await app.inject({
        method,
        url,
        headers: { 'x-api-key': business.apiKey, 'content-type': 'application/x-www-form-urlencoded' },
        payload,
      });
      expect(response.statusCode).toBe(415);
      expect(response.json()).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
      expect(await customers()).toEqual(before);
      const settings = await app.inject({
        url: '/v1/owner/business',
        headers: { 'x-api-key': business.apiKey },
      });
      expect(settings.json()).toMatchObject({ greeting: null, lockdown_mode: false });
    });

    it('answer 415 on the admin create', async () => {
      const response = await adminRequest(app, {
        method: 'POST',
        url: '/v1/admin/businesses',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'name=Form+Co',
      });
      expect(response.statusCode).toBe(415);
    });

    it('are still read on the Twilio webhooks', async () => {
      const response = await signedTwilioRequest(app, {
        path: `/v1/twilio/voice?business_id=${business.id}&uptime_check=1`,
        params: { CallSid: 'CA0123' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<Response');
    });
  });

  describe('unknown fields', () => {
    it.each([
      ['POST', '/v1/crm/customers', { phone: '+15125550180', nickname: 'Al' }],
      ['PATCH', '/v1/owner/business', { greting: 'typo' }],
      ['POST', '/v1/owner/lockdown', { enabled: true, reason: 'x' }],
      ['POST', '/v1/crm/appointments', { customer_id: 'cus_x', start_time: '2027-01-05T10:00', tags: [] }],
    ] as const)('answer 422 on %s %s', async (method, url, payload) => {
      const response = await app.inject({ method, url, headers: { 'x-api-key': business.apiKey }, payload });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].message).toMatch(/Unrecognized key/);
    });
  });
});
