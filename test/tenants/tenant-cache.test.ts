import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSql, DIALECTS, type TestSqlStore } from '../helpers/dialects.js';
import { redisForTests, TEST_REDIS_URL } from '../helpers/redis.js';
import { adminRequest, buildTestApp, createBusiness } from '../helpers/test-app.js';
import { signedTwilioRequest, TEST_TWILIO_TOKEN, uniqueTwilioPhone } from '../helpers/twilio.js';

// The webhook path caches tenants (tenant-cache.ts). Two instances on one database: whatever one
// changes, the other sees on its very next request; credentials are never served from a cache.

const ENV = { TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN };

function voice(app: FastifyInstance, query: string, to: string) {
  const params = { CallSid: `CA${randomBytes(16).toString('hex')}`, From: '+15125550142', To: to };
  return signedTwilioRequest(app, { path: `/v1/twilio/voice${query}`, params });
}

function ownerBusiness(app: FastifyInstance, apiKey: string) {
  return app.inject({ method: 'GET', url: '/v1/owner/business', headers: { 'x-api-key': apiKey } });
}

/** The same checks whatever carries the news between the two instances. */
function changesReachTheOtherInstance(instances: () => { a: FastifyInstance; b: FastifyInstance }) {
  it('a lockdown, a resume, a new number and a rotated key made on one instance hold on the other at once', async () => {
    const { a, b } = instances();
    const number = uniqueTwilioPhone();
    const tenant = await createBusiness(a, { name: 'Cache Plumbing', twilio_phone_number: number });
    const byId = `?business_id=${tenant.id}`;
    // Warm the other instance's cache, by id and by number.
    expect((await voice(b, byId, number)).statusCode).toBe(200);
    expect((await voice(b, '', number)).statusCode).toBe(200);

    const paused = await adminRequest(a, {
      method: 'PATCH',
      url: `/v1/admin/businesses/${tenant.id}`,
      payload: { lockdown_mode: true },
    });
    expect(paused.statusCode).toBe(200);
    expect((await voice(b, byId, number)).statusCode).toBe(423);
    expect((await voice(b, '', number)).statusCode).toBe(423);

    const resumed = await a.inject({
      method: 'POST',
      url: '/v1/owner/lockdown',
      headers: { 'x-api-key': tenant.apiKey },
      payload: { enabled: false },
    });
    expect(resumed.statusCode).toBe(200);
    expect((await voice(b, byId, number)).statusCode).toBe(200);

    const moved = uniqueTwilioPhone();
    await adminRequest(a, {
      method: 'PATCH',
      url: `/v1/admin/businesses/${tenant.id}`,
      payload: { twilio_phone_number: moved },
    });
    expect((await voice(b, '', number)).body).not.toContain('Cache Plumbing');
    expect((await voice(b, '', moved)).statusCode).toBe(200);

    expect((await ownerBusiness(b, tenant.apiKey)).statusCode).toBe(200);
    const rotated = await adminRequest(a, {
      method: 'POST',
      url: `/v1/admin/businesses/${tenant.id}/rotate-key`,
    });
    expect(rotated.statusCode).toBe(200);
    const newKey = rotated.json().api_key as string;
    expect((await ownerBusiness(b, tenant.apiKey)).statusCode).toBe(401);
    expect((await ownerBusiness(a, tenant.apiKey)).statusCode).toBe(401);
    expect((await ownerBusiness(b, newKey)).statusCode).toBe(200);
  });
}

describe('tenant cache across instances [sqlite file, data_version]', () => {
  const file = join(tmpdir(), `tenant-cache-${randomBytes(6).toString('hex')}.db`);
  let a: FastifyInstance;
  let b: FastifyInstance;
  beforeAll(async () => {
    const env = { ...ENV, DATABASE_URL: `sqlite:${file}` };
    a = (await buildTestApp({ env })).app;
    b = (await buildTestApp({ env })).app;
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  });
  changesReachTheOtherInstance(() => ({ a, b }));
});

const redisUp =
  DIALECTS.includes('postgres') && (await redisForTests('the PostgreSQL + Redis tenant cache test'));

describe.runIf(redisUp)('tenant cache across instances [postgres, Redis notices]', () => {
  let store: TestSqlStore;
  let second: ReturnType<TestSqlStore['reopen']>;
  let a: FastifyInstance;
  let b: FastifyInstance;
  beforeAll(async () => {
    store = await createTestSql('postgres');
    second = store.reopen();
    const env = { ...ENV, REDIS_URL: TEST_REDIS_URL };
    a = (await buildTestApp({ env, overrides: { sql: store } })).app;
    b = (await buildTestApp({ env, overrides: { sql: second } })).app;
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await second?.close();
    await store?.drop();
  });
  changesReachTheOtherInstance(() => ({ a, b }));
});
