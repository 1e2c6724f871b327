import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signedIn } from '../accounts/helpers.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { manualClock } from '../helpers/manual-clock.js';
import { adminRequest, buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';

// GET /v1/owner/stats (any signed-in role, own tenant only) and GET /v1/admin/usage (admin key).

describeEachDialect('insights routes', (ctx) => {
  const clock = manualClock('2026-03-04T18:00:00.000Z');
  let app: FastifyInstance;
  let mine: TestBusiness;
  let theirs: TestBusiness;
  beforeAll(async () => {
    ({ app } = await buildTestApp({
      env: { JWT_SECRET: 'z'.repeat(40) },
      overrides: { clock, sql: ctx.sql() },
    }));
    mine = await createBusiness(app, { name: 'Mine', time_zone: 'America/Chicago' });
    theirs = await createBusiness(app, { name: 'Theirs' });
    // One booking made through the API today (local), in each tenant.
    for (const business of [mine, theirs]) {
      const customer = await app.inject({
        method: 'POST',
        url: '/v1/crm/customers',
        headers: { 'x-api-key': business.apiKey },
        payload: { phone: '512-555-0240', name: 'Stats Customer' },
      });
      const booked = await app.inject({
        method: 'POST',
        url: '/v1/crm/appointments',
        headers: { 'x-api-key': business.apiKey },
        payload: { customer_id: customer.json().id, start_time: '2026-03-10T10:00:00', is_emergency: true },
      });
      expect(booked.statusCode, booked.body).toBe(201);
    }
  });
  afterAll(() => app.close());

  it('answers every role its own tenant’s numbers, 7 local days by default', async () => {
    for (const role of ['owner', 'staff', 'viewer'] as const) {
      const user = await signedIn(app, mine.apiKey, role);
      const response = await app.inject({ method: 'GET', url: '/v1/owner/stats', headers: user.bearer });
      expect(response.statusCode, response.body).toBe(200);
      const stats = response.json();
      expect(stats).toMatchObject({
        days: 7,
        from: '2026-02-26T06:00:00.000Z',
        to: '2026-03-05T06:00:00.000Z',
        calls: 0,
        chats: 0,
        bookings: 1,
        conversion_rate: 0,
        emergencies: 1,
      });
      expect(stats.bookings_per_day).toHaveLength(7);
      expect(stats.bookings_per_day.at(-1)).toEqual({ date: '2026-03-04', count: 1 });
    }
  });

  it('answers 30 days when asked', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/v1/owner/stats?days=30',
      headers: { 'x-api-key': theirs.apiKey },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().days).toBe(30);
    expect(response.json().bookings_per_day).toHaveLength(30);
    expect(response.json().bookings).toBe(1);
  });

  it('refuses a period other than 7 or 30 with a 422 problem naming the field', async () => {
    for (const days of ['14', 'abc', '-7', '']) {
      const response = await app.inject({
        method: 'GET',
        url: `/v1/owner/stats?days=${days}`,
        headers: { 'x-api-key': mine.apiKey },
      });
      expect(response.statusCode, days).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors[0].path).toContain('days');
    }
  });

  it('needs owner credentials', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/v1/owner/stats' });
    expect(anonymous.statusCode).toBe(401);
    const widget = await app.inject({
      method: 'GET',
      url: '/v1/owner/stats',
      headers: { 'x-widget-token': mine.widgetToken },
    });
    expect(widget.statusCode).toBe(401);
  });

  it('lists every tenant’s usage for the admin, and only for the admin', async () => {
    const response = await adminRequest(app, { method: 'GET', url: '/v1/admin/usage?days=30' });
    expect(response.statusCode, response.body).toBe(200);
    const row = response.json().items.find((item: { business_id: string }) => item.business_id === mine.id);
    expect(row).toEqual({
      business_id: mine.id,
      name: 'Mine',
      calls: 0,
      chats: 0,
      bookings: 1,
      emergencies: 1,
      sms_sent: expect.any(Number),
    });
    const owner = await app.inject({
      method: 'GET',
      url: '/v1/admin/usage',
      headers: { 'x-api-key': mine.apiKey },
    });
    expect(owner.statusCode).toBe(401);
    const bad = await adminRequest(app, { method: 'GET', url: '/v1/admin/usage?days=0' });
    expect(bad.statusCode).toBe(422);
  });
});
