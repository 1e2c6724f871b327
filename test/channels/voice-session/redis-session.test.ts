import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../../src/app.js';
import { createSqlStore, type SqlStore } from '../../../src/platform/db/create-database.js';
import { migrateToLatest } from '../../../src/platform/db/migrate.js';
import { redisForTests, TEST_REDIS_URL } from '../../helpers/redis.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../../helpers/test-app.js';

// A voice session whose requests land on two instances (one SQL store, one Redis), as a load
// balancer spreads them: the session lives in the shared session store, not in either process.

const reachable = await redisForTests('the Redis-backed voice session');

describe.skipIf(!reachable)('a voice session with sessions in Redis', () => {
  let sql: SqlStore;
  let one: BuiltApp;
  let two: BuiltApp;
  let tenant: TestBusiness;

  beforeAll(async () => {
    sql = createSqlStore('sqlite::memory:');
    await migrateToLatest(sql.db);
    const env = { REDIS_URL: TEST_REDIS_URL, SESSION_STORE_BACKEND: 'redis' };
    one = await buildTestApp({ env, overrides: { sql } });
    two = await buildTestApp({ env, overrides: { sql } });
    tenant = await createBusiness(one.app, { name: 'Shared Plumbing' });
  });
  afterAll(async () => {
    await one?.app.close();
    await two?.app.close();
    await sql?.close();
  });

  it('keeps sessions in Redis', () => {
    expect(one.services.state.sessions.kind).toBe('redis');
  });

  it('plays start → three turns → end alternating instances', async () => {
    const headers = { 'x-api-key': tenant.apiKey };
    const post = (built: BuiltApp, url: string, payload?: object) =>
      built.app.inject({ method: 'POST', url, headers, ...(payload === undefined ? {} : { payload }) });
    const started = await post(one, '/v1/voice/session/start', { caller_phone: '+15125550142' });
    expect(started.statusCode, started.body).toBe(201);
    const id = started.json().session_id as string;
    const texts = ['hi this is dana my kitchen sink is leaking', '12 elm street', 'tomorrow morning'];
    for (const [index, text] of texts.entries()) {
      const instance = index % 2 === 0 ? two : one;
      const turn = await post(instance, `/v1/voice/session/${id}/input`, { text });
      expect(turn.statusCode, turn.body).toBe(200);
      expect(turn.json().session_state.turns).toBe(index + 1);
    }
    const ended = await post(two, `/v1/voice/session/${id}/end`);
    expect(ended.json().session_state.status).toBe('ended');
    const late = await post(one, `/v1/voice/session/${id}/input`, { text: 'hello?' });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('SESSION_ENDED');
  });
});
