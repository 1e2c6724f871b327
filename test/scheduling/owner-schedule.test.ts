import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { manualClock } from '../helpers/manual-clock.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';
import { CHICAGO_HOURS, randomPhone } from './fixtures.js';

// Now: 2026-04-08T03:00Z, i.e. Tuesday 2026-04-07 22:00 in Chicago — the UTC date is already the 8th.
describeEachDialect('owner schedule, summary and availability', (ctx) => {
  let app: FastifyInstance;
  let services: Services;
  let mine: TestBusiness;
  let ids: Record<string, string>;
  const clock = manualClock('2026-04-08T03:00:00Z');
  beforeAll(async () => {
    ({ app, services } = await buildTestApp({ overrides: { sql: ctx.sql(), clock } }));
    mine = await createBusiness(app, {
      time_zone: 'America/Chicago',
      business_hours: CHICAGO_HOURS,
      services: [{ name: 'Water heater repair', duration_minutes: 120 }],
      travel_buffer_minutes: 0,
    });
    const business = await services.tenants.get(mine.id);
    const { customer } = await services.customers.upsertByPhone(mine.id, {
      phone: randomPhone(),
      name: 'Bo',
    });
    const book = async (start_time: string, extra: Record<string, unknown> = {}) =>
      (await services.bookings.book(business, { customer_id: customer.id, start_time, ...extra })).appointment
        .id;
    ids = {
      early: await book('2026-04-07T00:30'),
      morning: await book('2026-04-07T09:00', { is_emergency: true }),
      done: await book('2026-04-07T13:00'),
      late: await book('2026-04-07T23:30'),
      cancelled: await book('2026-04-07T15:00'),
      nextDay: await book('2026-04-08T10:00'),
    };
    await services.bookings.update(business, ids.done!, { status: 'COMPLETED' });
    await services.bookings.cancel(business, ids.cancelled!);
  });
  afterAll(() => app.close());

  const get = (url: string) => app.inject({ url, headers: { 'x-api-key': mine.apiKey } });

  describe('schedule', () => {
    it('lists a local day by start, without cancelled ones; 23:30 local stays on its local date', async () => {
      const response = await get('/v1/owner/schedule?date=2026-04-07');
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.date).toBe('2026-04-07');
      expect(body.appointments.map((a: { id: string }) => a.id)).toEqual([
        ids.early,
        ids.morning,
        ids.done,
        ids.late,
      ]);
      expect(body.appointments[3]).toMatchObject({
        start_time: '2026-04-08T04:30:00.000Z',
        customer_name: 'Bo',
      });
      const nextDay = (await get('/v1/owner/schedule?date=2026-04-08')).json();
      expect(nextDay.appointments.map((a: { id: string }) => a.id)).toEqual([ids.nextDay]);
    });

    it("defaults to today in the tenant's zone, not the UTC date", async () => {
      expect((await get('/v1/owner/schedule')).json().date).toBe('2026-04-07');
    });

    it('answers 422 for a date that is not one', async () => {
      for (const date of ['2026-13-01', 'tomorrow', '2026-02-30']) {
        expect((await get(`/v1/owner/schedule?date=${date}`)).statusCode).toBe(422);
      }
    });
  });

  describe('summary', () => {
    it("counts today's appointments and names the next one", async () => {
      const response = await get('/v1/owner/summary/today');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        date: '2026-04-07',
        time_zone: 'America/Chicago',
        appointments_total: 4,
        emergency_appointments: 1,
        standard_appointments: 3,
        completed: 1,
        remaining: 1,
        cancelled: 1,
        next_appointment: { id: ids.late },
      });
    });
  });

  describe('availability', () => {
    it('offers slots for a local date, sized by the service, with local labels', async () => {
      const response = await get(
        '/v1/owner/availability?date=2026-04-08&service_type=water%20heater%20repair&limit=3',
      );
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        time_zone: 'America/Chicago',
        duration_minutes: 120,
        items: [
          {
            start_time: '2026-04-08T13:00:00.000Z',
            end_time: '2026-04-08T15:00:00.000Z',
            local_date: '2026-04-08',
            local_time: '08:00',
          },
          // 10:00–11:00 local is taken.
          {
            start_time: '2026-04-08T16:00:00.000Z',
            end_time: '2026-04-08T18:00:00.000Z',
            local_date: '2026-04-08',
            local_time: '11:00',
          },
          {
            start_time: '2026-04-08T16:30:00.000Z',
            end_time: '2026-04-08T18:30:00.000Z',
            local_date: '2026-04-08',
            local_time: '11:30',
          },
        ],
        next_cursor: null,
      });
    });

    it('narrows by part of day and answers 422 for a bad time', async () => {
      const afternoon = (
        await get('/v1/owner/availability?date=2026-04-08&part_of_day=afternoon&limit=1')
      ).json();
      expect(afternoon.items[0].local_time).toBe('12:00');
      expect((await get('/v1/owner/availability?after=25:00')).statusCode).toBe(422);
    });

    it.each([
      ['date=2026-02-30', 'querystring.date', 'must be a real calendar date YYYY-MM-DD'],
      ['from_date=2026-13-01', 'querystring.from_date', 'must be a real calendar date YYYY-MM-DD'],
      ['to_date=2101-01-01', 'querystring.to_date', 'must be between the years 2000 and 2100'],
    ])('answers 422 for %s naming %s', async (query, path, message) => {
      const response = await get(`/v1/owner/availability?${query}`);
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual([{ path, message }]);
    });
  });

  it('answers 422 for a schedule date outside the years 2000–2100', async () => {
    const response = await get('/v1/owner/schedule?date=1970-01-01');
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { path: 'querystring.date', message: 'must be between the years 2000 and 2100' },
    ]);
  });
});
