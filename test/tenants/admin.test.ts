import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/dialects.js';
import { adminRequest, buildTestApp, createBusiness, TEST_ADMIN_KEY } from '../helpers/test-app.js';

describeEachDialect('admin businesses API', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildTestApp({ overrides: { sql: ctx.sql() } }));
  });
  afterAll(() => app.close());

  describe('happy path', () => {
    it('creates a business with defaults and shows its secrets once', async () => {
      const response = await adminRequest(app, {
        method: 'POST',
        url: '/v1/admin/businesses',
        payload: { name: "Joe's Plumbing", time_zone: 'America/Chicago', owner_phone: '(512) 555-0142' },
      });
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body).toMatchObject({
        name: "Joe's Plumbing",
        status: 'active',
        time_zone: 'America/Chicago',
        language_code: 'en',
        lockdown_mode: false,
        owner_phone: '+15125550142',
        default_duration_minutes: 60,
        voice_mode: 'gather',
        after_hours_transfer: false,
      });
      expect(body.id).toMatch(/^joe-s-plumbing-[0-9a-f]{6}$/);
      expect(body.api_key).toMatch(/^tk_[A-Za-z0-9_-]{43}$/);
      expect(body.widget_token).toMatch(/^wt_[A-Za-z0-9_-]{43}$/);
      expect(body.created_at).toMatch(/Z$/);

      const fetched = await adminRequest(app, { method: 'GET', url: `/v1/admin/businesses/${body.id}` });
      expect(fetched.statusCode).toBe(200);
      expect(fetched.json()).not.toHaveProperty('api_key');
      expect(fetched.json()).not.toHaveProperty('widget_token');
    });

    it('accepts every contract field, a fixed offset zone and 24:00 closing, and reads them back exactly', async () => {
      const fields = {
        id: `full-${Date.now()}`,
        name: 'Full Fields',
        time_zone: '-06:00',
        language_code: 'es',
        owner_name: 'Ana',
        owner_email: 'ana@example.com',
        twilio_phone_number: `+1737555${String(Date.now()).slice(-4)}`,
        business_hours: {
          mon: [['00:00', '24:00']],
          tue: [
            ['08:00', '12:00'],
            ['13:00', '17:00'],
          ],
          sun: [],
        },
        services: [{ name: 'Drain cleaning', duration_minutes: 45 }],
        default_duration_minutes: 90,
        emergency_keywords: ['geyser'],
        greeting: 'Hola',
        service_area: ['78701'],
        calendar_id: 'primary',
        voice_mode: 'relay',
        after_hours_transfer: true,
        widget_allowed_origins: ['https://example.com'],
      };
      const response = await adminRequest(app, {
        method: 'POST',
        url: '/v1/admin/businesses',
        payload: fields,
      });
      expect(response.statusCode).toBe(201);
      const { business_hours, ...rest } = fields;
      expect(response.json()).toMatchObject(rest);
      expect(response.json().business_hours).toEqual({
        ...business_hours,
        wed: [],
        thu: [],
        fri: [],
        sat: [],
      });
    });

    it('patches fields, including status and lockdown_mode, and null clears a setting', async () => {
      const business = await createBusiness(app, { owner_name: 'Old' });
      const response = await adminRequest(app, {
        method: 'PATCH',
        url: `/v1/admin/businesses/${business.id}`,
        payload: {
          name: 'New Name',
          status: 'suspended',
          lockdown_mode: true,
          owner_name: null,
          time_zone: '+05:30',
        },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        name: 'New Name',
        status: 'suspended',
        lockdown_mode: true,
        owner_name: null,
        time_zone: '+05:30',
      });
    });

    it('lists businesses with a cursor', async () => {
      for (let i = 0; i < 3; i += 1) await createBusiness(app);
      const first = await adminRequest(app, { method: 'GET', url: '/v1/admin/businesses?limit=2' });
      expect(first.statusCode).toBe(200);
      expect(first.json().items).toHaveLength(2);
      expect(first.json().next_cursor).toEqual(expect.any(String));
      const second = await adminRequest(app, {
        method: 'GET',
        url: `/v1/admin/businesses?limit=2&cursor=${first.json().next_cursor}`,
      });
      const firstIds = first.json().items.map((b: { id: string }) => b.id);
      expect(second.json().items.map((b: { id: string }) => b.id)).not.toContain(firstIds[0]);
      expect(second.json().items[0].id > firstIds[1]).toBe(true);
    });

    it('rotates the API key and the widget token; old secrets stop working', async () => {
      const business = await createBusiness(app);
      const rotated = await adminRequest(app, {
        method: 'POST',
        url: `/v1/admin/businesses/${business.id}/rotate-key`,
      });
      expect(rotated.statusCode).toBe(200);
      const newKey = rotated.json().api_key;
      expect(newKey).not.toBe(business.apiKey);
      const oldKey = await app.inject({
        url: '/v1/owner/business',
        headers: { 'x-api-key': business.apiKey },
      });
      expect(oldKey.statusCode).toBe(401);
      const withNew = await app.inject({ url: '/v1/owner/business', headers: { 'x-api-key': newKey } });
      expect(withNew.statusCode).toBe(200);

      const widget = await adminRequest(app, {
        method: 'POST',
        url: `/v1/admin/businesses/${business.id}/rotate-widget-token`,
      });
      expect(widget.json().widget_token).not.toBe(business.widgetToken);
      const oldToken = await app.inject({
        url: '/v1/widget/business',
        headers: { 'x-widget-token': business.widgetToken },
      });
      expect(oldToken.statusCode).toBe(401);
    });
  });

  describe('errors', () => {
    it('answers 404 with a problem for an unknown business on every route', async () => {
      for (const [method, suffix] of [
        ['GET', ''],
        ['PATCH', ''],
        ['POST', '/rotate-key'],
        ['POST', '/rotate-widget-token'],
      ] as const) {
        const response = await adminRequest(app, {
          method,
          url: `/v1/admin/businesses/nope${suffix}`,
          ...(method === 'PATCH' ? { payload: { name: 'x' } } : {}),
        });
        expect(response.statusCode).toBe(404);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({ status: 404, code: 'BUSINESS_NOT_FOUND' });
      }
    });

    it.each([
      [{ name: 'Bad Zone', time_zone: 'Mars/Olympus' }, 'body.time_zone'],
      [{ name: 'Bad Offset', time_zone: '+25:00' }, 'body.time_zone'],
      [{ name: 'Bad Hours', business_hours: { mon: [['17:00', '08:00']] } }, 'body.business_hours.mon.0'],
      [{ name: 'Bad Hours', business_hours: { mon: [['8am', '5pm']] } }, 'body.business_hours.mon.0.0'],
      [
        {
          name: 'Overlap',
          business_hours: {
            mon: [
              ['08:00', '12:00'],
              ['11:00', '13:00'],
            ],
          },
        },
        'body.business_hours.mon',
      ],
      [{ name: 'Bad Day', business_hours: { funday: [] } }, 'body.business_hours'],
      [{ name: 'Bad Number', twilio_phone_number: '512-555-0100' }, 'body.twilio_phone_number'],
      [{ name: 'Bad Phone', owner_phone: 'call me' }, 'body.owner_phone'],
      [{ name: 'Bad Lang', language_code: 'fr' }, 'body.language_code'],
      [{ name: 'Bad Id', id: 'Has Spaces' }, 'body.id'],
      [{ name: '' }, 'body.name'],
      [{ name: 'Typo', timezone: 'UTC' }, 'body'],
      [{ name: 'No Such Day', closed_dates: ['2026-02-30'] }, 'body.closed_dates.0'],
      [{ name: 'No Such Month', closed_dates: ['2026-12-25', '2026-13-01'] }, 'body.closed_dates.1'],
      [{ name: 'Long Ago', closed_dates: ['1970-01-01'] }, 'body.closed_dates.0'],
    ])('answers 422 naming the field for %o', async (payload, path) => {
      const response = await adminRequest(app, { method: 'POST', url: '/v1/admin/businesses', payload });
      expect(response.statusCode).toBe(422);
      const body = response.json();
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.errors.map((e: { path: string }) => e.path)).toContain(path);
    });

    it('answers 422 for a bad time zone on PATCH and changes nothing', async () => {
      const business = await createBusiness(app, { time_zone: 'America/Denver' });
      const response = await adminRequest(app, {
        method: 'PATCH',
        url: `/v1/admin/businesses/${business.id}`,
        payload: { time_zone: 'Not/AZone', name: 'Changed' },
      });
      expect(response.statusCode).toBe(422);
      const after = await adminRequest(app, { method: 'GET', url: `/v1/admin/businesses/${business.id}` });
      expect(after.json()).toMatchObject({ time_zone: 'America/Denver', name: 'Test Plumbing' });
    });

    it('answers 409 for a duplicate id', async () => {
      const business = await createBusiness(app);
      const response = await adminRequest(app, {
        method: 'POST',
        url: '/v1/admin/businesses',
        payload: { id: business.id, name: 'Again' },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'BUSINESS_EXISTS', errors: [{ path: 'body.id' }] });
    });

    it('answers 409 when a Twilio number already belongs to another business', async () => {
      const number = `+1512555${String(Math.floor(Math.random() * 9000) + 1000)}`;
      await createBusiness(app, { twilio_phone_number: number });
      const other = await createBusiness(app);
      const response = await adminRequest(app, {
        method: 'PATCH',
        url: `/v1/admin/businesses/${other.id}`,
        payload: { twilio_phone_number: number },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('TWILIO_NUMBER_TAKEN');
    });

    it.each([
      ['not*a*cursor'],
      [''],
      [Buffer.from('not an id!').toString('base64url')],
    ])('answers 422 naming the cursor %j when it is not one the API issued', async (cursor) => {
      const response = await adminRequest(app, {
        method: 'GET',
        url: `/v1/admin/businesses?cursor=${cursor}`,
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual([
        { path: 'querystring.cursor', message: 'is not a valid cursor' },
      ]);
    });
  });

  describe('security', () => {
    it('answers 401 without the admin key, with a wrong key, and never with data', async () => {
      for (const headers of [
        {},
        { 'x-admin-api-key': 'wrong' },
        { 'x-admin-api-key': `${TEST_ADMIN_KEY}x` },
      ]) {
        const response = await app.inject({ method: 'GET', url: '/v1/admin/businesses', headers });
        expect(response.statusCode).toBe(401);
        expect(response.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      }
    });

    it('does not accept tenant credentials on admin routes', async () => {
      const business = await createBusiness(app);
      const response = await app.inject({
        method: 'GET',
        url: '/v1/admin/businesses',
        headers: { 'x-api-key': business.apiKey },
      });
      expect(response.statusCode).toBe(401);
    });

    it('rejects before parsing: an unauthenticated create with a bad body is 401, and nothing is created', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/v1/admin/businesses',
        payload: { id: 'sneaky-create', name: 'Sneaky' },
      });
      expect(response.statusCode).toBe(401);
      const check = await adminRequest(app, { method: 'GET', url: '/v1/admin/businesses/sneaky-create' });
      expect(check.statusCode).toBe(404);
    });
  });
});

describe('admin API without ADMIN_API_KEY', () => {
  it('answers 401 to everyone', async () => {
    const { app } = await buildTestApp({ env: { ADMIN_API_KEY: '' } });
    try {
      const response = await app.inject({
        method: 'GET',
        url: '/v1/admin/businesses',
        headers: { 'x-admin-api-key': '' },
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().detail).toMatch(/ADMIN_API_KEY/);
    } finally {
      await app.close();
    }
  });
});
