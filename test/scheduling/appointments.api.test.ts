import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { manualClock } from '../helpers/manual-clock.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';
import { CHICAGO_HOURS, randomPhone } from './fixtures.js';

const APPOINTMENT_FIELDS = [
  'address',
  'calendar_event_id',
  'created_at',
  'customer_id',
  'customer_name',
  'customer_phone',
  'description',
  'end_time',
  'id',
  'is_emergency',
  'service_type',
  'source',
  'start_time',
  'status',
  'updated_at',
];

describeEachDialect('CRM appointments API', (ctx) => {
  let app: FastifyInstance;
  let services: Services;
  let mine: TestBusiness;
  let theirs: TestBusiness;
  let customerId: string;
  let theirCustomerId: string;
  beforeAll(async () => {
    const clock = manualClock('2026-04-06T11:00:00Z');
    ({ app, services } = await buildTestApp({ overrides: { sql: ctx.sql(), clock } }));
    const fields = {
      time_zone: 'America/Chicago',
      business_hours: CHICAGO_HOURS,
      services: [{ name: 'Drain cleaning', duration_minutes: 90 }],
    };
    mine = await createBusiness(app, { name: 'Mine', ...fields });
    theirs = await createBusiness(app, { name: 'Theirs', ...fields });
    customerId = (await services.customers.upsertByPhone(mine.id, { phone: randomPhone(), name: 'Ann' }))
      .customer.id;
    theirCustomerId = (await services.customers.upsertByPhone(theirs.id, { phone: randomPhone() })).customer
      .id;
  });
  afterAll(() => app.close());

  const auth = (business = mine) => ({ 'x-api-key': business.apiKey });
  const post = (payload: object, headers: Record<string, string> = {}, business = mine) =>
    app.inject({
      method: 'POST',
      url: '/v1/crm/appointments',
      headers: { ...auth(business), ...headers },
      payload,
    });

  describe('create', () => {
    it('answers 201 with the contract shape, naive time read in the tenant zone, end from the service', async () => {
      const response = await post({
        customer_id: customerId,
        start_time: '2026-04-07T09:00',
        service_type: 'Drain cleaning',
      });
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(Object.keys(body).sort()).toEqual(APPOINTMENT_FIELDS);
      expect(body).toMatchObject({
        id: expect.stringMatching(/^apt_/),
        customer_id: customerId,
        customer_name: 'Ann',
        start_time: '2026-04-07T14:00:00.000Z',
        end_time: '2026-04-07T15:30:00.000Z',
        status: 'SCHEDULED',
        source: 'api',
        is_emergency: false,
        created_at: '2026-04-06T11:00:00.000Z',
      });
    });

    it('answers 409 SLOT_TAKEN for an overlap and 201 for back-to-back', async () => {
      await post({ customer_id: customerId, start_time: '2026-04-08T09:00', end_time: '2026-04-08T10:00' });
      const clash = await post({ customer_id: customerId, start_time: '2026-04-08T09:30' });
      expect(clash.statusCode).toBe(409);
      expect(clash.headers['content-type']).toContain('application/problem+json');
      expect(clash.json()).toMatchObject({ status: 409, code: 'SLOT_TAKEN' });
      const next = await post({ customer_id: customerId, start_time: '2026-04-08T10:00' });
      expect(next.statusCode).toBe(201);
    });

    it.each([
      [{ start_time: '2026-04-09T10:00', end_time: '2026-04-09T09:00' }, 'body.end_time'],
      [{ start_time: 'tomorrow at ten' }, 'body.start_time'],
      [{ start_time: '2026-02-30T10:00' }, 'body.start_time'],
    ])('answers 422 for %o naming %s', async (times, path) => {
      const response = await post({ customer_id: customerId, ...times });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    });

    it.each([
      ['1970-01-01T10:00:00Z', 'body.start_time'],
      ['1999-12-31T10:00', 'body.start_time'],
      ['2101-01-01T10:00', 'body.start_time'],
    ])('answers 422 for a start in %s, outside the years 2000–2100, and books nothing', async (start, path) => {
      const response = await post({ customer_id: customerId, start_time: start });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual([{ path, message: 'must be between the years 2000 and 2100' }]);
      const list = await app.inject({ url: '/v1/crm/appointments?limit=200', headers: auth() });
      expect(list.json().items.map((a: { start_time: string }) => a.start_time.slice(0, 4))).not.toContain(
        start.slice(0, 4),
      );
    });

    it('answers 422 for an end outside the years 2000–2100', async () => {
      const response = await post({
        customer_id: customerId,
        start_time: '2026-04-09T10:00',
        end_time: '2101-04-09T10:00',
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].path).toBe('body.end_time');
    });

    it('answers 422 for an unknown field instead of dropping it, and books nothing', async () => {
      const response = await post({
        customer_id: customerId,
        start_time: '2026-04-09T15:00',
        notify_custmer: true,
        lead_source: 'flyer',
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0]).toMatchObject({ path: 'body' });
      expect(response.json().errors[0].message).toMatch(/notify_custmer/);
      const retry = await post({ customer_id: customerId, start_time: '2026-04-09T15:00' });
      expect(retry.statusCode).toBe(201);
    });

    it('answers 400 for malformed JSON', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/v1/crm/appointments',
        headers: { ...auth(), 'content-type': 'application/json' },
        payload: '{"customer_id": ',
      });
      expect(response.statusCode).toBe(400);
    });

    it("answers 404 for an unknown customer and for another tenant's customer", async () => {
      for (const id of ['cus_nope', theirCustomerId]) {
        const response = await post({ customer_id: id, start_time: '2026-04-09T13:00' });
        expect(response.statusCode).toBe(404);
      }
    });
  });

  describe('Idempotency-Key', () => {
    it('replays the same 201 body for a retry and books once', async () => {
      const payload = { customer_id: customerId, start_time: '2026-04-10T09:00', description: 'Leak' };
      const first = await post(payload, { 'idempotency-key': 'abc-1' });
      const second = await post(payload, { 'idempotency-key': 'abc-1' });
      expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
      expect(second.body).toBe(first.body);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const listed = await app.inject({
        url: '/v1/crm/appointments?start_time_from=2026-04-10&start_time_to=2026-04-11',
        headers: auth(),
      });
      expect(listed.json().items).toHaveLength(1);
    });

    it('answers 422 IDEMPOTENCY_KEY_REUSED for the same key with a different body', async () => {
      await post({ customer_id: customerId, start_time: '2026-04-10T13:00' }, { 'idempotency-key': 'abc-2' });
      const response = await post(
        { customer_id: customerId, start_time: '2026-04-10T15:00' },
        { 'idempotency-key': 'abc-2' },
      );
      expect(response.statusCode).toBe(422);
      expect(response.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('keeps keys per tenant', async () => {
      const payload = { customer_id: theirCustomerId, start_time: '2026-04-10T09:00', description: 'Leak' };
      const response = await post(payload, { 'idempotency-key': 'abc-1' }, theirs);
      expect(response.statusCode).toBe(201);
    });
  });

  describe('read, change, cancel', () => {
    let id: string;
    beforeAll(async () => {
      id = (await post({ customer_id: customerId, start_time: '2026-04-13T09:00' })).json().id;
      await post({ customer_id: customerId, start_time: '2026-04-13T11:00' });
    });

    it('gets, patches calendar_event_id and refuses a move onto another appointment', async () => {
      expect((await app.inject({ url: `/v1/crm/appointments/${id}`, headers: auth() })).json().id).toBe(id);
      const patched = await app.inject({
        method: 'PATCH',
        url: `/v1/crm/appointments/${id}`,
        headers: auth(),
        payload: { calendar_event_id: 'evt_42' },
      });
      expect(patched.json()).toMatchObject({
        calendar_event_id: 'evt_42',
        start_time: '2026-04-13T14:00:00.000Z',
      });
      const clash = await app.inject({
        method: 'PATCH',
        url: `/v1/crm/appointments/${id}`,
        headers: auth(),
        payload: { start_time: '2026-04-13T10:30' },
      });
      expect(clash.statusCode).toBe(409);
      const backwards = await app.inject({
        method: 'PATCH',
        url: `/v1/crm/appointments/${id}`,
        headers: auth(),
        payload: { end_time: '2026-04-13T08:00' },
      });
      expect(backwards.statusCode).toBe(422);
      expect(backwards.json().errors[0].path).toBe('body.end_time');
    });

    it('refuses a patch with an unknown field or a start in 1970, and changes nothing', async () => {
      for (const payload of [{ descripton: 'typo' }, { start_time: '1970-01-01T09:00:00Z' }]) {
        const response = await app.inject({
          method: 'PATCH',
          url: `/v1/crm/appointments/${id}`,
          headers: auth(),
          payload,
        });
        expect(response.statusCode).toBe(422);
      }
      const after = (await app.inject({ url: `/v1/crm/appointments/${id}`, headers: auth() })).json();
      expect(after).toMatchObject({ start_time: '2026-04-13T14:00:00.000Z', description: null });
    });

    it("answers 404 for another tenant's appointment on GET, PATCH and DELETE", async () => {
      for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
        const response = await app.inject({
          method,
          url: `/v1/crm/appointments/${id}`,
          headers: auth(theirs),
          ...(method === 'PATCH' ? { payload: { description: 'hijack' } } : {}),
        });
        expect(response.statusCode).toBe(404);
      }
      const theirList = await app.inject({ url: '/v1/crm/appointments?limit=200', headers: auth(theirs) });
      expect(theirList.json().items.map((a: { id: string }) => a.id)).not.toContain(id);
      expect(
        (await app.inject({ url: `/v1/crm/appointments/${id}`, headers: auth() })).json().description,
      ).toBeNull();
    });

    it('cancels with DELETE, idempotently, and frees the time', async () => {
      const first = await app.inject({
        method: 'DELETE',
        url: `/v1/crm/appointments/${id}`,
        headers: auth(),
      });
      expect(first.statusCode).toBe(200);
      expect(first.json().status).toBe('CANCELLED');
      const second = await app.inject({
        method: 'DELETE',
        url: `/v1/crm/appointments/${id}`,
        headers: auth(),
      });
      expect(second.body).toBe(first.body);
      expect((await post({ customer_id: customerId, start_time: '2026-04-13T09:00' })).statusCode).toBe(201);
    });
  });

  describe('list', () => {
    it('filters by local time range and status (any case), ordered by start, in pages', async () => {
      const base = { customer_id: customerId };
      for (const time of ['09:00', '11:00', '13:00'])
        await post({ ...base, start_time: `2026-04-14T${time}` });
      const doneId = (await post({ ...base, start_time: '2026-04-14T15:00' })).json().id;
      await app.inject({
        method: 'PATCH',
        url: `/v1/crm/appointments/${doneId}`,
        headers: auth(),
        payload: { status: 'COMPLETED' },
      });
      const url =
        '/v1/crm/appointments?start_time_from=2026-04-14&start_time_to=2026-04-15&status=scheduled&limit=2';
      const page1 = (await app.inject({ url, headers: auth() })).json();
      expect(page1.items.map((a: { start_time: string }) => a.start_time)).toEqual([
        '2026-04-14T14:00:00.000Z',
        '2026-04-14T16:00:00.000Z',
      ]);
      const page2 = (await app.inject({ url: `${url}&cursor=${page1.next_cursor}`, headers: auth() })).json();
      expect(page2).toEqual({
        items: [expect.objectContaining({ start_time: '2026-04-14T18:00:00.000Z' })],
        next_cursor: null,
      });
      const bad = await app.inject({ url: '/v1/crm/appointments?cursor=zzz', headers: auth() });
      expect(bad.statusCode).toBe(422);
      const ancient = await app.inject({
        url: '/v1/crm/appointments?start_time_from=1970-01-01',
        headers: auth(),
      });
      expect(ancient.statusCode).toBe(422);
      expect(ancient.json().errors[0].path).toBe('querystring.start_time_from');
      const tooMany = await app.inject({ url: '/v1/crm/appointments?limit=201', headers: auth() });
      expect(tooMany.statusCode).toBe(422);
    });

    it('documents the routes in OpenAPI', async () => {
      const paths = (await app.inject({ url: '/openapi.json' })).json().paths;
      expect(Object.keys(paths)).toEqual(
        expect.arrayContaining([
          '/v1/crm/appointments',
          '/v1/crm/appointments/{id}',
          '/v1/owner/schedule',
          '/v1/owner/summary/today',
          '/v1/owner/availability',
        ]),
      );
    });
  });
});
