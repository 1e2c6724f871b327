import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { buildTestApp, createBusiness, TEST_ADMIN_KEY, type TestBusiness } from '../helpers/test-app.js';
import { signedTwilioRequest, TEST_TWILIO_TOKEN, uniqueTwilioPhone } from '../helpers/twilio.js';
import {
  createTarget,
  type FuzzTarget,
  problemViolations,
  type Snapshot,
  snapshot,
  snapshotChanges,
} from './harness.js';

// Found by the fuzz: PostgreSQL text cannot hold U+0000, so a NUL in any value the JSON API looked
// up or wrote (a body field, a path id, a search) failed in the driver and answered 500. It is the
// caller's bad input: 400 on PostgreSQL, with nothing written. SQLite stores it (unchanged). The
// Twilio webhooks keep answering TwiML (their own error handler apologises to the texter).

describeEachDialect('a NUL character (U+0000) in a request', (ctx) => {
  let app: FastifyInstance;
  let services: Services;
  let target: FuzzTarget;
  beforeAll(async () => {
    ({ app, services } = await buildTestApp({
      overrides: { sql: ctx.sql() },
      env: { TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN },
    }));
    target = await createTarget(app, services);
  });
  afterAll(() => app.close());

  const owner = () => ({ 'x-api-key': target.tenant.apiKey, 'content-type': 'application/json' });
  const cases = (): Array<[string, string, string | undefined]> => [
    ['PATCH', `/v1/crm/customers/${target.ids.customerId}`, '{"notes":"a\\u0000b"}'],
    ['POST', '/v1/crm/customers', '{"phone":"+15125550199","name":"\\u0000"}'],
    ['PATCH', `/v1/crm/appointments/${target.ids.appointmentId}`, '{"description":"a\\u0000b"}'],
    [
      'POST',
      '/v1/crm/appointments',
      `{"customer_id":"${target.ids.customerId}","start_time":"2040-01-01T10:00:00Z","address":"\\u0000"}`,
    ],
    ['POST', '/v1/crm/appointments', '{"customer_id":"cus_\\u0000","start_time":"2040-01-01T10:00:00Z"}'],
    ['GET', '/v1/crm/customers/%00', undefined],
    ['GET', '/v1/crm/customers/a%00b/timeline', undefined],
    ['GET', '/v1/crm/appointments/%00', undefined],
    ['GET', '/v1/crm/conversations/%00', undefined],
    ['PATCH', '/v1/owner/callbacks/%00', '{"status":"RESOLVED"}'],
    ['GET', '/v1/crm/customers/search?q=%00', undefined],
    ['GET', '/v1/crm/conversations?customer_id=%00', undefined],
  ];

  it('never answers 5xx on the JSON API; PostgreSQL refuses it with 400 and writes nothing', async () => {
    for (const [method, url, payload] of cases()) {
      const before: Snapshot = await snapshot(target);
      const response = await app.inject({
        method: method as 'GET',
        url,
        headers: owner(),
        ...(payload ? { payload } : {}),
      });
      const label = `${method} ${url} ${payload ?? ''}`;
      expect(response.statusCode, label).toBeLessThan(500);
      if (response.statusCode >= 400) expect(problemViolations(response), label).toEqual([]);
      if (ctx.dialect === 'postgres') {
        expect(response.statusCode, label).toBe(400);
        expect(response.json(), label).toMatchObject({
          code: 'BAD_REQUEST',
          detail: 'The request contains a NUL character (U+0000), which cannot be stored or looked up',
        });
        expect(snapshotChanges(before, await snapshot(target)), label).toEqual([]);
      }
    }
  });

  it('is refused on the admin API too (PostgreSQL), and stored by SQLite', async () => {
    const response = await app.inject({
      method: 'PATCH',
      url: `/v1/admin/businesses/${target.adminTarget.id}`,
      headers: {
        'x-admin-api-key': TEST_ADMIN_KEY,
        'content-type': 'application/json',
      },
      payload: '{"name":"Nul\\u0000Co"}',
    });
    expect(response.statusCode).toBe(ctx.dialect === 'postgres' ? 400 : 200);
  });

  it('keeps an inbound text that carries one, without the NUL', async () => {
    const phone = uniqueTwilioPhone();
    const business: TestBusiness = await createBusiness(app, { twilio_phone_number: phone });
    const response = await signedTwilioRequest(app, {
      path: `/v1/twilio/sms?business_id=${business.id}`,
      params: {
        From: '+15125550177',
        To: phone,
        Body: 'hello\u0000there',
        MessageSid: `SM${'a'.repeat(32)}`,
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('xml');
    expect(response.body).not.toContain('something went wrong');
    const inbound = await services.notifier.list(business.id, { direction: 'inbound', limit: 10 });
    expect(inbound.items.map((m) => m.body)).toEqual(['hellothere']);
  });
});
