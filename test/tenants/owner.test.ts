import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { adminRequest, buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';

describeEachDialect('owner business routes', (ctx) => {
  let app: FastifyInstance;
  let services: Services;
  let mine: TestBusiness;
  let theirs: TestBusiness;
  beforeAll(async () => {
    ({ app, services } = await buildTestApp({ overrides: { sql: ctx.sql() } }));
    mine = await createBusiness(app, { name: 'Mine' });
    theirs = await createBusiness(app, { name: 'Theirs' });
  });
  afterAll(() => app.close());

  const owner = (business: TestBusiness) => ({ 'x-api-key': business.apiKey });

  it("shows only the caller's own business", async () => {
    const response = await app.inject({ url: '/v1/owner/business', headers: owner(mine) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: mine.id, name: 'Mine' });
    expect(response.json()).not.toHaveProperty('api_key');
  });

  it('ignores an X-Business-ID naming another tenant when an API key is given', async () => {
    const response = await app.inject({
      url: '/v1/owner/business',
      headers: { ...owner(mine), 'x-business-id': theirs.id },
    });
    expect(response.json().id).toBe(mine.id);
  });

  it('patches settings of its own business only', async () => {
    const response = await app.inject({
      method: 'PATCH',
      url: '/v1/owner/business',
      headers: owner(mine),
      payload: { greeting: 'Thanks for calling Mine', default_duration_minutes: 45 },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      greeting: 'Thanks for calling Mine',
      default_duration_minutes: 45,
    });
    const other = await app.inject({ url: '/v1/owner/business', headers: owner(theirs) });
    expect(other.json().greeting).toBeNull();
  });

  it.each([
    { status: 'suspended' },
    { api_key: 'tk_mine' },
    { widget_token: 'wt_mine' },
    { id: 'renamed' },
  ])('refuses %o from an owner with 422 and changes nothing', async (payload) => {
    const response = await app.inject({
      method: 'PATCH',
      url: '/v1/owner/business',
      headers: owner(mine),
      payload,
    });
    expect(response.statusCode).toBe(422);
    const after = await adminRequest(app, { url: `/v1/admin/businesses/${mine.id}` });
    expect(after.json().status).toBe('active');
  });

  describe('closed dates', () => {
    const patch = (business: TestBusiness, payload: object) =>
      app.inject({ method: 'PATCH', url: '/v1/owner/business', headers: owner(business), payload });

    it.each([
      [['2026-02-30'], 'body.closed_dates.0', 'must be a real calendar date YYYY-MM-DD'],
      [['2026-12-25', '2026-13-01'], 'body.closed_dates.1', 'must be a real calendar date YYYY-MM-DD'],
      [['1970-01-01'], 'body.closed_dates.0', 'must be between the years 2000 and 2100'],
    ])('refuses %j with 422 naming %s and changes nothing', async (dates, path, message) => {
      const business = await createBusiness(app, { closed_dates: ['2026-12-25'] });
      const response = await patch(business, { closed_dates: dates });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual([{ path, message }]);
      const after = await app.inject({ url: '/v1/owner/business', headers: owner(business) });
      expect(after.json().closed_dates).toEqual(['2026-12-25']);
    });

    it('drops an impossible date stored before dates were checked, so availability still answers', async () => {
      const business = await createBusiness(app, { closed_dates: ['2026-12-25'] });
      const row = await services.sql.db
        .selectFrom('businesses')
        .select('settings')
        .where('id', '=', business.id)
        .executeTakeFirstOrThrow();
      const settings = { ...JSON.parse(row.settings), closed_dates: ['2026-02-30', '2026-12-25'] };
      await services.sql.db
        .updateTable('businesses')
        .set({ settings: JSON.stringify(settings) })
        .where('id', '=', business.id)
        .execute();
      const read = await app.inject({ url: '/v1/owner/business', headers: owner(business) });
      expect(read.statusCode).toBe(200);
      expect(read.json().closed_dates).toEqual(['2026-12-25']);
      const slots = await app.inject({ url: '/v1/owner/availability', headers: owner(business) });
      expect(slots.statusCode).toBe(200);
    });
  });

  it('answers 401 without credentials, with an unknown key, and with a bare X-Business-ID', async () => {
    for (const headers of [{}, { 'x-api-key': 'tk_unknown' }, { 'x-business-id': mine.id }]) {
      const response = await app.inject({ url: '/v1/owner/business', headers });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('does not accept a widget token on owner routes', async () => {
    const response = await app.inject({
      url: '/v1/owner/business',
      headers: { 'x-widget-token': mine.widgetToken },
    });
    expect(response.statusCode).toBe(401);
  });

  it('answers 401 to a Bearer token while no verifier is configured', async () => {
    const response = await app.inject({
      url: '/v1/owner/business',
      headers: { authorization: 'Bearer abc.def.ghi' },
    });
    expect(response.statusCode).toBe(401);
  });

  describe('lockdown', () => {
    it('makes automation routes answer 423 while owner routes keep working, and unlocks', async () => {
      const business = await createBusiness(app, { name: 'Locky' });
      const widget = () =>
        app.inject({ url: '/v1/widget/business', headers: { 'x-widget-token': business.widgetToken } });
      expect((await widget()).statusCode).toBe(200);

      const locked = await app.inject({
        method: 'POST',
        url: '/v1/owner/lockdown',
        headers: owner(business),
        payload: { enabled: true },
      });
      expect(locked.json()).toEqual({ lockdown_mode: true });
      const blocked = await widget();
      expect(blocked.statusCode).toBe(423);
      expect(blocked.json()).toMatchObject({ status: 423, code: 'LOCKDOWN' });
      expect(
        (await app.inject({ url: '/v1/owner/business', headers: owner(business) })).json().lockdown_mode,
      ).toBe(true);

      // Other tenants are unaffected.
      const other = await app.inject({
        url: '/v1/widget/business',
        headers: { 'x-widget-token': theirs.widgetToken },
      });
      expect(other.statusCode).toBe(200);

      const unlocked = await app.inject({
        method: 'POST',
        url: '/v1/owner/lockdown',
        headers: owner(business),
        payload: { enabled: false },
      });
      expect(unlocked.json()).toEqual({ lockdown_mode: false });
      expect((await widget()).statusCode).toBe(200);
    });

    it('is also set through the admin PATCH', async () => {
      const business = await createBusiness(app);
      await adminRequest(app, {
        method: 'PATCH',
        url: `/v1/admin/businesses/${business.id}`,
        payload: { lockdown_mode: true },
      });
      const response = await app.inject({
        url: '/v1/widget/business',
        headers: { 'x-widget-token': business.widgetToken },
      });
      expect(response.statusCode).toBe(423);
    });

    it('rejects a malformed lockdown body with 422', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/v1/owner/lockdown',
        headers: owner(mine),
        payload: { enabled: 'yes please' },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].path).toBe('body.enabled');
    });

    it('answers 403 on automation routes for a suspended business', async () => {
      const business = await createBusiness(app, { status: 'suspended' });
      const response = await app.inject({
        url: '/v1/widget/business',
        headers: { 'x-widget-token': business.widgetToken },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('BUSINESS_SUSPENDED');
    });
  });

  describe('a suspended business', () => {
    let business: TestBusiness;
    let customerId: string;
    let appointmentId: string;
    beforeAll(async () => {
      business = await createBusiness(app, { name: 'Paused Plumbing' });
      const customer = await app.inject({
        method: 'POST',
        url: '/v1/crm/customers',
        headers: owner(business),
        payload: { phone: '+15125550142', name: 'Ann' },
      });
      customerId = customer.json().id;
      const appointment = await app.inject({
        method: 'POST',
        url: '/v1/crm/appointments',
        headers: owner(business),
        payload: { customer_id: customerId, start_time: '2030-01-07T10:00:00Z' },
      });
      appointmentId = appointment.json().id;
      await adminRequest(app, {
        method: 'PATCH',
        url: `/v1/admin/businesses/${business.id}`,
        payload: { status: 'suspended' },
      });
    });

    it('lets its owner read everything', async () => {
      for (const url of [
        '/v1/owner/business',
        '/v1/crm/customers',
        `/v1/crm/customers/${customerId}`,
        `/v1/crm/customers/${customerId}/timeline`,
        '/v1/crm/appointments',
        `/v1/crm/appointments/${appointmentId}`,
        '/v1/crm/conversations',
        '/v1/owner/callbacks',
        '/v1/owner/messages',
        '/v1/owner/schedule?date=2030-01-07',
      ]) {
        const response = await app.inject({ url, headers: owner(business) });
        expect(response.statusCode, url).toBe(200);
      }
    });

    it('lets its owner change its settings and lockdown', async () => {
      const settings = await app.inject({
        method: 'PATCH',
        url: '/v1/owner/business',
        headers: owner(business),
        payload: { greeting: 'We are sorting out our account' },
      });
      expect(settings.statusCode).toBe(200);
      expect(settings.json()).toMatchObject({
        status: 'suspended',
        greeting: 'We are sorting out our account',
      });
      const lockdown = await app.inject({
        method: 'POST',
        url: '/v1/owner/lockdown',
        headers: owner(business),
        payload: { enabled: false },
      });
      expect(lockdown.statusCode).toBe(200);
    });

    it('answers 403 BUSINESS_SUSPENDED to every CRM write, and nothing changes', async () => {
      const writes = [
        { method: 'POST', url: '/v1/crm/customers', payload: { phone: '+15125550143' } },
        { method: 'PATCH', url: `/v1/crm/customers/${customerId}`, payload: { name: 'Changed' } },
        {
          method: 'POST',
          url: '/v1/crm/appointments',
          payload: { customer_id: customerId, start_time: '2030-01-08T10:00:00Z', notify_customer: true },
        },
        { method: 'PATCH', url: `/v1/crm/appointments/${appointmentId}`, payload: { description: 'x' } },
        { method: 'DELETE', url: `/v1/crm/appointments/${appointmentId}?notify_customer=true` },
        { method: 'PATCH', url: '/v1/owner/callbacks/cb_any', payload: { status: 'RESOLVED' } },
      ] as const;
      for (const write of writes) {
        const response = await app.inject({ ...write, headers: owner(business) });
        expect(response.statusCode, `${write.method} ${write.url}`).toBe(403);
        expect(response.json()).toMatchObject({ status: 403, code: 'BUSINESS_SUSPENDED' });
      }
      const customers = await app.inject({ url: '/v1/crm/customers', headers: owner(business) });
      expect(customers.json().items).toEqual([expect.objectContaining({ id: customerId, name: 'Ann' })]);
      const appointment = await app.inject({
        url: `/v1/crm/appointments/${appointmentId}`,
        headers: owner(business),
      });
      expect(appointment.json()).toMatchObject({ status: 'SCHEDULED', description: null });
      const appointments = await app.inject({ url: '/v1/crm/appointments', headers: owner(business) });
      expect(appointments.json().items).toHaveLength(1);
    });

    it('writes again once the admin lifts the suspension', async () => {
      const other = await createBusiness(app, { status: 'suspended' });
      const create = () =>
        app.inject({
          method: 'POST',
          url: '/v1/crm/customers',
          headers: owner(other),
          payload: { phone: '+15125550144' },
        });
      expect((await create()).statusCode).toBe(403);
      await adminRequest(app, {
        method: 'PATCH',
        url: `/v1/admin/businesses/${other.id}`,
        payload: { status: 'active' },
      });
      expect((await create()).statusCode).toBe(201);
    });
  });
});

describe('owner credentials options', () => {
  it('requires X-Owner-Token with an API key when OWNER_DASHBOARD_TOKEN is set', async () => {
    const { app } = await buildTestApp({ env: { OWNER_DASHBOARD_TOKEN: 'owner-secret-token' } });
    try {
      const business = await createBusiness(app);
      const without = await app.inject({
        url: '/v1/owner/business',
        headers: { 'x-api-key': business.apiKey },
      });
      expect(without.statusCode).toBe(401);
      const wrong = await app.inject({
        url: '/v1/owner/business',
        headers: { 'x-api-key': business.apiKey, 'x-owner-token': 'nope' },
      });
      expect(wrong.statusCode).toBe(401);
      const right = await app.inject({
        url: '/v1/owner/business',
        headers: { 'x-api-key': business.apiKey, 'x-owner-token': 'owner-secret-token' },
      });
      expect(right.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('accepts a bare X-Business-ID only when REQUIRE_BUSINESS_API_KEY=false', async () => {
    const { app } = await buildTestApp({ env: { REQUIRE_BUSINESS_API_KEY: 'false' } });
    try {
      const business = await createBusiness(app);
      const response = await app.inject({
        url: '/v1/owner/business',
        headers: { 'x-business-id': business.id },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().id).toBe(business.id);
      const unknown = await app.inject({ url: '/v1/owner/business', headers: { 'x-business-id': 'ghost' } });
      expect(unknown.statusCode).toBe(401);
      const widget = await app.inject({
        url: '/v1/widget/business',
        headers: { 'x-business-id': business.id },
      });
      expect(widget.json()).toEqual({ id: business.id, name: 'Test Plumbing', language_code: 'en' });
    } finally {
      await app.close();
    }
  });

  it('accepts a Bearer token through the configured verifier and rejects a business mismatch', async () => {
    const { app } = await buildTestApp();
    const business = await createBusiness(app);
    await app.close();
    const built = await buildTestApp({
      overrides: {
        sql: undefined,
        verifyBearer: async (token) =>
          token === 'good' ? { businessId: business.id, userId: 'u1', role: 'owner' } : null,
      },
    });
    try {
      // A fresh in-memory database: recreate the tenant with the same id.
      await createBusiness(built.app, { id: business.id });
      const ok = await built.app.inject({
        url: '/v1/owner/business',
        headers: { authorization: 'Bearer good' },
      });
      expect(ok.statusCode).toBe(200);
      const mismatch = await built.app.inject({
        url: '/v1/owner/business',
        headers: { authorization: 'Bearer good', 'x-business-id': 'someone-else' },
      });
      expect(mismatch.statusCode).toBe(403);
      const bad = await built.app.inject({
        url: '/v1/owner/business',
        headers: { authorization: 'Bearer bad' },
      });
      expect(bad.statusCode).toBe(401);
    } finally {
      await built.app.close();
    }
  });
});
