import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../../src/app.js';
import { createSqlStore, type SqlStore } from '../../../src/platform/db/create-database.js';
import { migrateToLatest } from '../../../src/platform/db/migrate.js';
import { redisForTests, TEST_REDIS_URL } from '../../helpers/redis.js';
import { buildTestApp, createBusiness } from '../../helpers/test-app.js';
import { TEST_TWILIO_TOKEN } from '../../helpers/twilio.js';
import { type ScriptedAssistant, scriptedAssistant } from '../twilio/scripted-assistant.js';
import { newCallSid } from '../twilio/setup.js';
import { listen, RelayClient, relayUrl } from './relay-client.js';

// Twilio reconnects a dropped ConversationRelay socket, maybe to another instance behind the load
// balancer: with the call state in Redis the second instance carries on where the first stopped.

const reachable = await redisForTests('the relay reconnect across instances');

describe.skipIf(!reachable)('a relay call reconnected to another instance', () => {
  let sql: SqlStore;
  let one: BuiltApp;
  let two: BuiltApp;
  let first: ScriptedAssistant;
  let second: ScriptedAssistant;
  let businessId: string;
  let originOne: string;
  let originTwo: string;

  beforeAll(async () => {
    sql = createSqlStore('sqlite::memory:');
    await migrateToLatest(sql.db);
    first = scriptedAssistant();
    second = scriptedAssistant();
    const env = {
      REDIS_URL: TEST_REDIS_URL,
      TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN,
      IDEMPOTENCY_KEY_PREFIX: `relay-test-${randomUUID()}`,
    };
    one = await buildTestApp({ env, overrides: { sql, assistant: first } });
    two = await buildTestApp({ env, overrides: { sql, assistant: second } });
    businessId = (await createBusiness(one.app, { voice_mode: 'relay' })).id;
    originOne = await listen(one.app);
    originTwo = await listen(two.app);
  });

  afterAll(async () => {
    await one?.app.close();
    await two?.app.close();
    await sql?.close();
  });

  it('goes on numbering turns on the second instance and repeats its end there', async () => {
    const callSid = newCallSid();
    const a = await RelayClient.connect(relayUrl(originOne, businessId));
    a.setup(callSid);
    a.prompt('my sink is clogged');
    await a.reply();
    a.prompt('tomorrow morning');
    await a.reply();
    expect(first.turns.map((turn) => turn.input.deliveryId)).toEqual(['relay-1', 'relay-2']);
    await a.close();

    const b = await RelayClient.connect(relayUrl(originTwo, businessId));
    b.setup(callSid);
    b.prompt('my name is Dana');
    await b.reply();
    expect(second.turns.map((turn) => turn.input.deliveryId)).toEqual(['relay-3']);
    expect(second.turns[0]?.ctx.sessionId).toBe(callSid);

    second.script.push({ reply: 'Goodbye!', language: 'en', end: true });
    b.prompt('thanks, bye');
    await b.reply();
    expect((await b.next())?.type).toBe('end');
    await b.close();

    // Dropped again, back on the first instance: the session is over, so only the end comes back.
    const c = await RelayClient.connect(relayUrl(originOne, businessId));
    c.setup(callSid);
    const end = await c.next();
    expect(end?.type).toBe('end');
    expect(JSON.parse(end?.handoffData ?? '{}')).toEqual({ reason: 'end', language: 'en' });
    await c.close();
  });
});
