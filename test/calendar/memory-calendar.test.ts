import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import {
  createMemoryCalendar,
  type MemoryCalendar,
} from '../../src/modules/calendar/memory-calendar.provider.js';
import { manualClock } from '../helpers/manual-clock.js';
import { buildTestApp, createBusiness } from '../helpers/test-app.js';
import { randomPhone } from '../scheduling/fixtures.js';

// The in-memory calendar swapped in at the composition root (no Google configuration at all): a
// tenant that names a calendar_id gets it, as a service-account tenant would get Google.

describe('in-memory calendar provider through the app', () => {
  let app: FastifyInstance;
  let services: Services;
  let calendar: MemoryCalendar;
  const clock = manualClock('2026-03-02T15:00:00Z');

  beforeAll(async () => {
    calendar = createMemoryCalendar();
    ({ app, services } = await buildTestApp({ overrides: { clock, calendarProviders: () => calendar } }));
  });
  afterAll(() => app.close());

  async function tenantWithJob(fields: Record<string, unknown>, start = '2026-03-10T15:00:00Z') {
    const business = await createBusiness(app, { time_zone: 'America/Chicago', ...fields });
    const { customer } = await services.customers.upsertByPhone(business.id, {
      phone: randomPhone(),
      name: 'Ann',
    });
    const response = await app.inject({
      method: 'POST',
      url: '/v1/crm/appointments',
      headers: { 'x-api-key': business.apiKey },
      payload: { customer_id: customer.id, start_time: start, end_time: '2026-03-10T16:00:00Z' },
    });
    expect(response.statusCode).toBe(201);
    await services.calendar.writes.idle();
    return { business, appointment: response.json() };
  }

  it('a tenant without a calendar_id has no calendar: nothing is written', async () => {
    const before = calendar.events().size;
    const { appointment } = await tenantWithJob({});
    expect(appointment.calendar_event_id).toBeNull();
    expect(calendar.events().size).toBe(before);
  });

  it('writes the event, then applies the owner’s move from a sync', async () => {
    const { business, appointment } = await tenantWithJob({ calendar_id: 'shop@example.com' });
    expect(calendar.events().get(appointment.calendar_event_id)).toBeDefined();
    const tenant = await services.tenants.get(business.id);
    await services.calendar.sync.requestSync(tenant, true);
    calendar.put({
      id: appointment.calendar_event_id,
      status: 'confirmed',
      start: { dateTime: '2026-03-11T15:00:00Z' },
      end: { dateTime: '2026-03-11T16:30:00Z' },
    });
    const result = await services.calendar.sync.requestSync(tenant, false);
    expect(result).toMatchObject({ synced: true, applied: 1 });
    const moved = await services.bookings.get(tenant, appointment.id);
    expect(moved).toMatchObject({
      start_time: '2026-03-11T15:00:00.000Z',
      end_time: '2026-03-11T16:30:00.000Z',
    });
  });

  it('a failing calendar leaves the booking and a retry; a rejected write is not retried', async () => {
    calendar.failNext('transient');
    const { business, appointment } = await tenantWithJob({ calendar_id: 'shop@example.com' });
    expect(await services.calendar.writes.statusOf(business.id, appointment.id)).toMatchObject({
      status: 'failed',
    });
    calendar.failNext('rejected');
    const second = await tenantWithJob({ calendar_id: 'shop@example.com' });
    expect(await services.calendar.writes.statusOf(second.business.id, second.appointment.id)).toMatchObject({
      status: 'blocked',
      last_error: 'rejected',
    });
  });

  it('connect answers 409 when no OAuth client is configured', async () => {
    const business = await createBusiness(app, {});
    const response = await app.inject({
      method: 'GET',
      url: '/v1/calendar/google/connect',
      headers: { 'x-api-key': business.apiKey },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'GOOGLE_OAUTH_NOT_CONFIGURED' });
  });
});
