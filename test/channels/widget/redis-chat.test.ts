import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../../src/app.js';
import { createSqlStore, type SqlStore } from '../../../src/platform/db/create-database.js';
import { migrateToLatest } from '../../../src/platform/db/migrate.js';
import { redisForTests, TEST_REDIS_URL } from '../../helpers/redis.js';
import { buildTestApp, type TestBusiness } from '../../helpers/test-app.js';
import { ownerGet, sendMessage, startChat, widgetBusiness } from './setup.js';

// Two app instances on one SQL store: with the sessions store in Redis a chat continues whichever
// instance a message reaches; with sessions in each instance's memory it cannot (the contrast shows
// that the first result comes from the shared store, not from luck).

const reachable = await redisForTests('the widget chat across instances');

const LINES = [
  "hi this is dana diaz my kitchen sink is leaking i'm at 12 elm street can someone come tomorrow afternoon",
  'the first one',
  'yes',
];

describe.skipIf(!reachable)('a widget chat across two instances', () => {
  let sql: SqlStore;
  const apps: BuiltApp[] = [];

  beforeAll(async () => {
    sql = createSqlStore('sqlite::memory:');
    await migrateToLatest(sql.db);
  });
  afterAll(async () => {
    await Promise.all(apps.map((built) => built.app.close()));
    await sql?.close();
  });

  async function pair(env: Record<string, string>) {
    const one = await buildTestApp({ env, overrides: { sql } });
    const two = await buildTestApp({ env, overrides: { sql } });
    apps.push(one, two);
    return [one.app, two.app] as const;
  }

  it('continues and books when the sessions are in Redis', async () => {
    const [one, two] = await pair({ REDIS_URL: TEST_REDIS_URL, SESSION_STORE_BACKEND: 'redis' });
    const business: TestBusiness = await widgetBusiness(one);
    const started = await startChat(one, business, { customer_phone: '+15125550142' });
    expect(started.statusCode).toBe(201);
    const id = started.json().conversation_id as string;
    for (const [turn, text] of LINES.entries()) {
      const response = await sendMessage(turn % 2 === 0 ? two : one, business, id, text);
      expect(response.statusCode, response.body).toBe(200);
    }
    const { items } = await ownerGet(two, business, '/v1/crm/appointments');
    expect(items).toEqual([expect.objectContaining({ source: 'web', customer_phone: '+15125550142' })]);
  });

  it('cannot continue on the other instance when each keeps its sessions in memory', async () => {
    const [one, two] = await pair({ SESSION_STORE_BACKEND: 'memory' });
    const business = await widgetBusiness(one);
    const id = (await startChat(one, business)).json().conversation_id as string;
    const elsewhere = await sendMessage(two, business, id, 'hello');
    expect(elsewhere.statusCode).toBe(409);
    expect((await sendMessage(one, business, id, 'hello')).statusCode).toBe(200);
  });
});
