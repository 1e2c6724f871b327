import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../../src/app.js';
import { createSqlStore, type SqlStore } from '../../../src/platform/db/create-database.js';
import { migrateToLatest } from '../../../src/platform/db/migrate.js';
import { redisForTests, TEST_REDIS_URL } from '../../helpers/redis.js';
import { buildTestApp, createBusiness } from '../../helpers/test-app.js';
import {
  signedTwilioRequest,
  TEST_TWILIO_TOKEN,
  twimlElement,
  uniqueTwilioPhone,
} from '../../helpers/twilio.js';
import { type ScriptedAssistant, scriptedAssistant } from './scripted-assistant.js';
import { CALLER, newCallSid } from './setup.js';

// A whole call with the call state and replay keys in Redis, served by two app instances (one
// SQL store, one Redis) as a load balancer would spread Twilio's webhooks.

const REDIS_URL = TEST_REDIS_URL;

const reachable = await redisForTests('the Redis-backed Twilio call');

describe.skipIf(!reachable)('a Twilio call with state in Redis', () => {
  let sql: SqlStore;
  let one: BuiltApp;
  let two: BuiltApp;
  let assistant: ScriptedAssistant;
  let businessId: string;
  let number: string;

  beforeAll(async () => {
    sql = createSqlStore('sqlite::memory:');
    await migrateToLatest(sql.db);
    assistant = scriptedAssistant({ delayMs: 40 });
    const env = {
      REDIS_URL,
      TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN,
      IDEMPOTENCY_KEY_PREFIX: `twilio-test-${randomUUID()}`,
    };
    one = await buildTestApp({ env, overrides: { sql, assistant } });
    two = await buildTestApp({ env, overrides: { sql, assistant } });
    number = uniqueTwilioPhone();
    businessId = (await createBusiness(one.app, { twilio_phone_number: number })).id;
  });
  afterAll(async () => {
    await one?.app.close();
    await two?.app.close();
    await sql?.close();
  });

  it('keeps every shared store in Redis', () => {
    expect(one.services.state.twilioState.kind).toBe('redis');
    expect(one.services.state.idempotency.kind).toBe('redis');
  });

  it('plays start → turns → end across instances, retries included', async () => {
    const callSid = newCallSid();
    const base = { CallSid: callSid, From: CALLER, To: number };
    assistant.script.push(
      { reply: 'What is the address?', language: 'en', end: false },
      { reply: 'You are booked for Tuesday at 9. Goodbye!', language: 'en', end: true, outcome: 'booked' },
    );
    const post = (app: BuiltApp, path: string, params: Record<string, string>) =>
      signedTwilioRequest(app.app, { path, params });

    const greeting = await post(one, '/v1/twilio/voice', { ...base, CallStatus: 'ringing' });
    const action1 = twimlElement(greeting.body, 'Gather')?.attributes.action ?? '';
    expect(action1).toBe(`/v1/twilio/voice?business_id=${businessId}&turn=1`);

    const turn1 = { ...base, CallStatus: 'in-progress', SpeechResult: 'My kitchen sink is leaking' };
    const [reply1, retry1] = await Promise.all([post(two, action1, turn1), post(one, action1, turn1)]);
    expect(retry1.body).toBe(reply1.body);
    const action2 = twimlElement(reply1.body, 'Gather')?.attributes.action ?? '';
    expect(action2).toContain('turn=2');

    const turn2 = { ...base, CallStatus: 'in-progress', SpeechResult: '12 Oak Street' };
    const goodbye = await post(one, action2, turn2);
    expect(twimlElement(goodbye.body, 'Say')?.text).toContain('booked');
    expect(twimlElement(goodbye.body, 'Hangup')).toBeDefined();
    expect((await post(two, action2, turn2)).body).toBe(goodbye.body);

    const status = { ...base, CallStatus: 'completed' };
    await Promise.all([post(one, '/v1/twilio/status', status), post(two, '/v1/twilio/status', status)]);

    const ofThisCall = (ctx: { sessionId: string }) => ctx.sessionId === callSid;
    expect(assistant.starts.filter(ofThisCall)).toHaveLength(1);
    expect(assistant.turns.filter((entry) => ofThisCall(entry.ctx))).toHaveLength(2);
    expect(assistant.ends.filter((entry) => ofThisCall(entry.ctx))).toHaveLength(1);
    const state = JSON.parse((await two.services.state.twilioState.get(`twilio:call:${callSid}`)) ?? '{}');
    expect(state).toMatchObject({ business_id: businessId, next_turn: 3, ended: true, language: 'en' });
  });
});

describe('a Twilio call while Redis is down', () => {
  it('still greets and answers turns, without call state or dedupe', async () => {
    const assistant = scriptedAssistant();
    const { app } = await buildTestApp({
      env: { REDIS_URL: 'redis://127.0.0.1:1', TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN },
      overrides: { assistant },
    });
    try {
      const number = uniqueTwilioPhone();
      const businessId = (await createBusiness(app, { twilio_phone_number: number })).id;
      const base = { CallSid: newCallSid(), From: CALLER, To: number };
      const greeting = await signedTwilioRequest(app, { path: '/v1/twilio/voice', params: base });
      expect(twimlElement(greeting.body, 'Gather')?.attributes.action).toContain(`business_id=${businessId}`);
      const turn = await signedTwilioRequest(app, {
        path: `/v1/twilio/voice?business_id=${businessId}&turn=1`,
        params: { ...base, SpeechResult: 'A leak' },
      });
      expect(twimlElement(turn.body, 'Say')?.text).toBe('Could you tell me more?');
      expect([assistant.starts.length, assistant.turns.length]).toEqual([1, 1]);
    } finally {
      await app.close();
    }
  });
});
