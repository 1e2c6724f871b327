import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../src/app.js';
import { createTestSql, type TestSqlStore } from '../helpers/dialects.js';
import { buildTestApp, createBusiness } from '../helpers/test-app.js';
import {
  signedTwilioRequest,
  TEST_TWILIO_TOKEN,
  twimlElement,
  uniqueTwilioPhone,
} from '../helpers/twilio.js';

// Redis stops in the middle of a call (a Redis server of this test's own, so nothing else is
// disturbed), on PostgreSQL: the caller hears an apology and may leave a message, nothing is booked
// twice, readiness turns 503, and everything works again once Redis is back.

const hasRedisServer = await new Promise<boolean>((resolve) => {
  const probe = spawn('redis-server', ['--version']);
  probe.on('error', () => resolve(false));
  probe.on('exit', (code) => resolve(code === 0));
});
if (!hasRedisServer && process.env.CI === 'true') throw new Error('redis-server is missing');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Ready to accept connections')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
  });
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!hasRedisServer)('Redis stops in the middle of a call', () => {
  let port: number;
  let redis: ChildProcess;
  let sql: TestSqlStore;
  let built: BuiltApp;
  let number: string;
  let apiKey: string;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    sql = await createTestSql(process.env.TEST_DIALECTS === 'sqlite' ? 'sqlite' : 'postgres');
    built = await buildTestApp({
      env: { REDIS_URL: `redis://127.0.0.1:${port}`, TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN },
      overrides: { sql },
    });
    number = uniqueTwilioPhone();
    const business = await createBusiness(built.app, {
      twilio_phone_number: number,
      time_zone: 'UTC',
      business_hours: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['00:00', '24:00']]]),
      ),
    });
    apiKey = business.apiKey;
  }, 30_000);

  afterAll(async () => {
    await built.app.close();
    await sql.drop();
    redis.kill('SIGKILL');
  });

  const call = (sid: string, path: string, params: Record<string, string> = {}) =>
    signedTwilioRequest(built.app, {
      path,
      params: { CallSid: sid, From: '+15125550190', To: number, ...params },
    });
  const action = (xml: string) => twimlElement(xml, 'Gather')?.attributes.action;
  const ready = async () => (await built.app.inject({ url: '/readyz' })).statusCode;

  it('apologises and takes a message, turns unready, books nothing, and recovers', async () => {
    const sid = `CA${randomBytes(16).toString('hex')}`;
    const greeting = await call(sid, '/v1/twilio/voice');
    const next = action(greeting.body);
    expect(next).toBeDefined();
    const first = await call(sid, next as string, {
      SpeechResult: 'hi this is dana my kitchen sink is leaking can someone come tomorrow',
    });
    expect(first.statusCode).toBe(200);

    redis.kill('SIGKILL');
    await until(async () => (await ready()) === 503, 10_000);
    expect((await built.app.inject({ url: '/readyz' })).json().checks.redis.status).toBe('failed');

    const during = await call(sid, action(first.body) as string, { SpeechResult: 'the first one works' });
    expect(during.statusCode).toBe(200);
    expect(during.body).toContain('<Say');
    const record = twimlElement(during.body, 'Record');
    expect(record?.attributes.action).toContain('/voicemail');

    const voicemail = await call(sid, record?.attributes.action as string, {
      RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
      RecordingDuration: '12',
    });
    expect(voicemail.statusCode).toBe(200);

    const headers = { 'x-api-key': apiKey };
    const callbacks = (await built.app.inject({ url: '/v1/owner/callbacks', headers })).json().items;
    expect(callbacks.map((c: { reason: string }) => c.reason)).toContain('VOICEMAIL');
    const booked = (await built.app.inject({ url: '/v1/crm/appointments', headers })).json().items;
    expect(booked).toHaveLength(0);

    redis = await startRedis(port);
    await until(async () => (await ready()) === 200, 20_000);
    const again = `CA${randomBytes(16).toString('hex')}`;
    const fresh = await call(again, '/v1/twilio/voice');
    const turn = await call(again, action(fresh.body) as string, {
      SpeechResult:
        "hi this is kevin dorsey our water heater is leaking i'm at 2716 north mozart street can somebody come tomorrow afternoon",
    });
    expect(twimlElement(turn.body, 'Record')).toBeUndefined();
    expect(action(turn.body)).toBeDefined();
  }, 60_000);
});
