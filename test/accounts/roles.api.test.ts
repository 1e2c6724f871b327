import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/dialects.js';
import { manualClock } from '../helpers/manual-clock.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';
import { signedIn } from './helpers.js';

// Bearer tokens on owner and CRM routes: the role decides what may be written, the token's tenant
// decides whose data is seen, and an expired token is refused.

describeEachDialect('roles on owner and CRM routes', (ctx) => {
  const clock = manualClock('2026-03-02T15:00:00.000Z');
  let app: FastifyInstance;
  let mine: TestBusiness;
  let theirs: TestBusiness;
  let theirCustomer: string;
  beforeAll(async () => {
    ({ app } = await buildTestApp({
      env: { JWT_SECRET: 'y'.repeat(40) },
      overrides: { clock, sql: ctx.sql() },
    }));
    mine = await createBusiness(app, { name: 'Mine' });
    theirs = await createBusiness(app, { name: 'Theirs' });
    const created = await app.inject({
      method: 'POST',
      url: '/v1/crm/customers',
      headers: { 'x-api-key': theirs.apiKey },
      payload: { phone: '512-555-0231', name: 'Their Customer' },
    });
    theirCustomer = created.json().id;
  });
  afterAll(() => app.close());

  const newCustomer = { phone: '512-555-0232', name: 'Walk-in' };

  it('a viewer reads but every write answers 403 and changes nothing', async () => {
    const viewer = await signedIn(app, mine.apiKey, 'viewer');
    const list = await app.inject({ method: 'GET', url: '/v1/crm/customers', headers: viewer.bearer });
    expect(list.statusCode).toBe(200);
    const writes = [
      { method: 'POST' as const, url: '/v1/crm/customers', payload: newCustomer },
      { method: 'PATCH' as const, url: '/v1/owner/business', payload: { name: 'Renamed' } },
      { method: 'POST' as const, url: '/v1/owner/lockdown', payload: { enabled: true } },
      { method: 'POST' as const, url: '/v1/chat', payload: { text: 'Who called today?' } },
    ];
    for (const write of writes) {
      const response = await app.inject({ ...write, headers: viewer.bearer });
      expect(response.statusCode, write.url).toBe(403);
      expect(response.json().code).toBe('INSUFFICIENT_ROLE');
    }
    const business = await app.inject({ method: 'GET', url: '/v1/owner/business', headers: viewer.bearer });
    expect(business.json()).toMatchObject({ name: 'Mine', lockdown_mode: false });
    const after = await app.inject({ method: 'GET', url: '/v1/crm/customers', headers: viewer.bearer });
    expect(after.json().items).toHaveLength(list.json().items.length);
  });

  it('staff write CRM data but not settings or lockdown; an owner may change both', async () => {
    const staff = await signedIn(app, mine.apiKey, 'staff');
    const created = await app.inject({
      method: 'POST',
      url: '/v1/crm/customers',
      headers: staff.bearer,
      payload: newCustomer,
    });
    expect(created.statusCode).toBe(201);
    const settings = await app.inject({
      method: 'PATCH',
      url: '/v1/owner/business',
      headers: staff.bearer,
      payload: { name: 'Staff Co' },
    });
    expect(settings.statusCode).toBe(403);
    const lockdown = await app.inject({
      method: 'POST',
      url: '/v1/owner/lockdown',
      headers: staff.bearer,
      payload: { enabled: true },
    });
    expect(lockdown.statusCode).toBe(403);
    for (const [method, url] of [
      ['GET', '/v1/calendar/google/connect'],
      ['POST', '/v1/calendar/google/watch'],
    ] as const) {
      const calendar = await app.inject({ method, url, headers: staff.bearer, payload: {} });
      expect(calendar.statusCode, url).toBe(403);
    }

    const owner = await signedIn(app, mine.apiKey, 'owner');
    const renamed = await app.inject({
      method: 'PATCH',
      url: '/v1/owner/business',
      headers: owner.bearer,
      payload: { greeting: 'Hello from Mine' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().greeting).toBe('Hello from Mine');
  });

  it("a token of tenant A never reaches tenant B's data", async () => {
    const owner = await signedIn(app, mine.apiKey, 'owner');
    const read = await app.inject({
      method: 'GET',
      url: `/v1/crm/customers/${theirCustomer}`,
      headers: owner.bearer,
    });
    expect(read.statusCode).toBe(404);
    const write = await app.inject({
      method: 'PATCH',
      url: `/v1/crm/customers/${theirCustomer}`,
      headers: owner.bearer,
      payload: { name: 'Hijacked' },
    });
    expect(write.statusCode).toBe(404);
    const claimed = await app.inject({
      method: 'GET',
      url: '/v1/owner/business',
      headers: { ...owner.bearer, 'x-business-id': theirs.id },
    });
    expect(claimed.statusCode).toBe(403);
    const theirView = await app.inject({
      method: 'GET',
      url: `/v1/crm/customers/${theirCustomer}`,
      headers: { 'x-api-key': theirs.apiKey },
    });
    expect(theirView.json().name).toBe('Their Customer');
  });

  it('an access token stops working once it expires (15 minutes by default)', async () => {
    const owner = await signedIn(app, mine.apiKey, 'owner');
    const me = () => app.inject({ method: 'GET', url: '/v1/owner/business', headers: owner.bearer });
    clock.advance(899_000);
    expect((await me()).statusCode).toBe(200);
    clock.advance(2_000);
    const expired = await me();
    expect(expired.statusCode).toBe(401);
    // The refresh token still gets a fresh pair.
    const refreshed = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refresh_token: owner.refresh_token },
    });
    expect(refreshed.statusCode).toBe(200);
  });
});
