import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { createSqlStore, type SqlStore } from '../../src/platform/db/create-database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { DIALECTS, describeEachDialect } from '../helpers/dialects.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';
import { randomPhone } from './fixtures.js';

interface Instance {
  app: FastifyInstance;
  services: Services;
}

async function setUp(instance: Instance): Promise<{ business: TestBusiness; customerId: string }> {
  const business = await createBusiness(instance.app, { time_zone: 'America/Chicago' });
  const { customer } = await instance.services.customers.upsertByPhone(business.id, { phone: randomPhone() });
  return { business, customerId: customer.id };
}

/** Fires `count` POSTs at once, alternating between the instances; returns the status codes. */
async function race(
  instances: Instance[],
  business: TestBusiness,
  payload: (i: number) => object,
  count = 50,
) {
  const responses = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      instances[i % instances.length]!.app.inject({
        method: 'POST',
        url: '/v1/crm/appointments',
        headers: { 'x-api-key': business.apiKey },
        payload: payload(i),
      }),
    ),
  );
  return responses;
}

const statuses = (responses: Array<{ statusCode: number }>) =>
  responses
    .map((r) => r.statusCode)
    .reduce<Record<number, number>>((counts, code) => {
      counts[code] = (counts[code] ?? 0) + 1;
      return counts;
    }, {});

describeEachDialect('no double booking under concurrency', (ctx) => {
  let one: Instance;
  let two: Instance;
  let second: SqlStore;
  beforeAll(async () => {
    one = await buildTestApp({ overrides: { sql: ctx.sql() } });
    // On PostgreSQL a second pool on the same schema: a second app instance. (In-memory SQLite has a
    // single connection, so there both apps share it; the file-based race below covers two connections.)
    second = ctx.reopen();
    two = await buildTestApp({ overrides: { sql: second } });
  });
  afterAll(async () => {
    await one.app.close();
    await two.app.close();
    await second.close();
  });

  it('50 concurrent requests for one slot: exactly one 201 and 49 × 409', async () => {
    const { business, customerId } = await setUp(one);
    const responses = await race([one], business, () => ({
      customer_id: customerId,
      start_time: '2026-05-04T09:00',
    }));
    expect(statuses(responses)).toEqual({ 201: 1, 409: 49 });
    expect(responses.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'SLOT_TAKEN')).toBe(
      true,
    );
  });

  it('the same race spread over two app instances (two pools) still books once', async () => {
    const { business, customerId } = await setUp(one);
    // Overlapping but different times: only one of them may win.
    const responses = await race([one, two], business, (i) => ({
      customer_id: customerId,
      start_time: `2026-05-05T09:${String(i % 30).padStart(2, '0')}`,
    }));
    expect(statuses(responses)).toEqual({ 201: 1, 409: 49 });
    const listed = await one.app.inject({
      url: '/v1/crm/appointments?start_time_from=2026-05-05&start_time_to=2026-05-06',
      headers: { 'x-api-key': business.apiKey },
    });
    expect(listed.json().items).toHaveLength(1);
  });

  it('concurrent retries with one Idempotency-Key all get the one appointment', async () => {
    const { business, customerId } = await setUp(one);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        [one, two][i % 2]!.app.inject({
          method: 'POST',
          url: '/v1/crm/appointments',
          headers: { 'x-api-key': business.apiKey, 'idempotency-key': 'same-key' },
          payload: { customer_id: customerId, start_time: '2026-05-06T09:00' },
        }),
      ),
    );
    expect(statuses(responses)).toEqual({ 201: 20 });
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
  });

  it('different slots booked concurrently all succeed', async () => {
    const { business, customerId } = await setUp(one);
    const responses = await race(
      [one, two],
      business,
      (i) => ({
        customer_id: customerId,
        start_time: new Date(Date.UTC(2026, 4, 7, 0, 0) + i * 3_600_000).toISOString(),
      }),
      30,
    );
    expect(statuses(responses)).toEqual({ 201: 30 });
  });
});

describe.runIf(DIALECTS.includes('sqlite'))('no double booking: two SQLite connections on one file', () => {
  const file = join(tmpdir(), `booking-race-${randomBytes(6).toString('hex')}.db`);
  let stores: SqlStore[];
  let instances: Instance[];
  beforeAll(async () => {
    stores = [createSqlStore(`sqlite:${file}`), createSqlStore(`sqlite:${file}`)];
    await migrateToLatest(stores[0]!.db);
    instances = [];
    for (const sql of stores) instances.push(await buildTestApp({ overrides: { sql } }));
  });
  afterAll(async () => {
    for (const instance of instances) await instance.app.close();
    for (const store of stores) await store.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  });

  it('50 requests over two connections racing for one slot: one 201', async () => {
    const { business, customerId } = await setUp(instances[0]!);
    const responses = await race(instances, business, () => ({
      customer_id: customerId,
      start_time: '2026-05-04T09:00',
    }));
    expect(statuses(responses)).toEqual({ 201: 1, 409: 49 });
  });

  it('direct service calls on both connections, interleaved: one booking', async () => {
    const { business, customerId } = await setUp(instances[0]!);
    const tenant = await instances[0]!.services.tenants.get(business.id);
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        instances[i % 2]!.services.bookings.book(tenant, {
          customer_id: customerId,
          start_time: '2026-05-08T09:00',
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const reasons = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(reasons.every((reason) => reason.details?.subcode === 'SLOT_TAKEN')).toBe(true);
  });
});
