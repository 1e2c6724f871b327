import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBusiness } from '../../helpers/test-app.js';
import { signedTwilioRequest, uniqueTwilioPhone } from '../../helpers/twilio.js';
import { scriptedAssistant } from './scripted-assistant.js';
import { CALLER, newCallSid, newMessageSid, type TwilioTestApp, twilioTestApp } from './setup.js';

// A redelivery (same I-Twilio-Idempotency-Token, else the same MessageSid / CallSid turn) gets the
// first answer again and causes no side effect, also when both copies arrive at once.

describe('Twilio replay protection', () => {
  let t: TwilioTestApp;
  beforeAll(async () => {
    // A slow assistant keeps the first delivery busy while its duplicate arrives.
    t = await twilioTestApp({ assistant: scriptedAssistant({ delayMs: 60 }) });
  });
  afterAll(() => t.app.close());

  const deliver = (path: string, params: Record<string, string>, token?: string) =>
    signedTwilioRequest(t.app, {
      path,
      params,
      ...(token ? { headers: { 'i-twilio-idempotency-token': token } } : {}),
    });

  const voiceTurn = (callSid: string, speech: string) => ({
    path: `/v1/twilio/voice?business_id=${t.business.id}&turn=1`,
    params: { CallSid: callSid, From: CALLER, To: t.number, SpeechResult: speech },
  });

  it('answers the same idempotency token twice with the same response and one assistant call', async () => {
    const token = randomUUID();
    const before = t.assistant.callCount();
    const params = { CallSid: newCallSid(), From: CALLER, To: t.number };
    const first = await deliver('/v1/twilio/voice', params, token);
    const second = await deliver('/v1/twilio/voice', params, token);
    expect(second.statusCode).toBe(first.statusCode);
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers['x-twilio-replayed']).toBe('true');
    expect(t.assistant.callCount()).toBe(before + 1);
    const stored = await t.services.state.idempotency.get(
      `idempotency:twilio:${t.business.id}:voice:token:${token}`,
    );
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ state: 'done', status: 200, body: first.body });
  });

  it('lets only one of two simultaneous identical deliveries act', async () => {
    const token = randomUUID();
    const before = t.assistant.callCount();
    const params = { CallSid: newCallSid(), From: CALLER, To: t.number };
    const [a, b] = await Promise.all([
      deliver('/v1/twilio/voice', params, token),
      deliver('/v1/twilio/voice', params, token),
    ]);
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect(a.body).toBe(b.body);
    expect(t.assistant.callCount()).toBe(before + 1);
  });

  it('dedupes a retried voice turn without the header, also when simultaneous', async () => {
    const callSid = newCallSid();
    await deliver('/v1/twilio/voice', { CallSid: callSid, From: CALLER, To: t.number });
    const before = t.assistant.turns.length;
    const { path, params } = voiceTurn(callSid, 'There is water everywhere');
    const [a, b] = await Promise.all([deliver(path, params), deliver(path, params)]);
    const c = await deliver(path, params);
    expect(new Set([a.body, b.body, c.body]).size).toBe(1);
    expect(t.assistant.turns.length).toBe(before + 1);
  });

  it('dedupes an SMS by MessageSid without the header', async () => {
    const before = t.assistant.turns.length;
    const params = { MessageSid: newMessageSid(), From: CALLER, To: t.number, Body: 'Do you fix boilers?' };
    const [a, b] = await Promise.all([deliver('/v1/twilio/sms', params), deliver('/v1/twilio/sms', params)]);
    const c = await deliver('/v1/twilio/sms', params);
    expect(new Set([a.body, b.body, c.body]).size).toBe(1);
    expect(t.assistant.turns.length).toBe(before + 1);
  });

  it('frees the key when the first delivery failed, so Twilio’s retry is processed', async () => {
    const token = randomUUID();
    const params = { CallSid: newCallSid(), CallStatus: 'no-answer', From: CALLER, To: t.number };
    t.assistant.failNext();
    const failed = await deliver('/v1/twilio/status', params, token);
    expect(failed.statusCode).toBe(500);
    const retried = await deliver('/v1/twilio/status', params, token);
    expect(retried.statusCode).toBe(204);
    const ends = t.assistant.ends.filter((entry) => entry.ctx.sessionId === params.CallSid);
    expect(ends).toHaveLength(2);
  });

  it('does not replay a refused (unsigned) delivery or remember it', async () => {
    const token = randomUUID();
    const params = { CallSid: newCallSid(), From: CALLER, To: t.number };
    const refused = await signedTwilioRequest(t.app, {
      path: '/v1/twilio/voice',
      params,
      signature: null,
      headers: { 'i-twilio-idempotency-token': token },
    });
    expect(refused.statusCode).toBe(403);
    expect(
      await t.services.state.idempotency.get(`idempotency:twilio:${t.business.id}:voice:token:${token}`),
    ).toBeNull();
    const accepted = await deliver('/v1/twilio/voice', params, token);
    expect(accepted.statusCode).toBe(200);
  });

  it('answers the same token on two tenants’ voice routes each with its own greeting', async () => {
    const token = randomUUID();
    const otherNumber = uniqueTwilioPhone();
    const other = await createBusiness(t.app, { name: 'Other Plumbing', twilio_phone_number: otherNumber });
    const before = t.assistant.starts.length;
    const mine = await deliver(
      '/v1/twilio/voice',
      { CallSid: newCallSid(), From: CALLER, To: t.number },
      token,
    );
    const theirs = await deliver(
      '/v1/twilio/voice',
      { CallSid: newCallSid(), From: CALLER, To: otherNumber },
      token,
    );
    expect(theirs.statusCode).toBe(200);
    expect(theirs.headers['x-twilio-replayed']).toBeUndefined();
    expect(theirs.body).toContain(`business_id=${other.id}`);
    expect(theirs.body).not.toContain(`business_id=${t.business.id}`);
    expect(mine.body).toContain(`business_id=${t.business.id}`);
    expect(t.assistant.starts.slice(before).map((ctx) => ctx.business.id)).toEqual([t.business.id, other.id]);
  });

  it('answers a text carrying a token first seen on a voice call with messaging TwiML', async () => {
    const token = randomUUID();
    const voice = await deliver(
      '/v1/twilio/voice',
      { CallSid: newCallSid(), From: CALLER, To: t.number },
      token,
    );
    expect(voice.body).toContain('<Gather');
    const before = t.assistant.turns.length;
    const sms = await deliver(
      '/v1/twilio/sms',
      { MessageSid: newMessageSid(), From: CALLER, To: t.number, Body: 'Do you fix boilers?' },
      token,
    );
    expect(sms.statusCode).toBe(200);
    expect(sms.headers['x-twilio-replayed']).toBeUndefined();
    expect(sms.body).not.toContain('<Gather');
    expect(t.assistant.turns.length).toBe(before + 1);
  });

  it('still replays a token redelivered under the other mount of the same route', async () => {
    const token = randomUUID();
    const params = { CallSid: newCallSid(), From: CALLER, To: t.number };
    const first = await deliver('/v1/twilio/voice', params, token);
    const second = await deliver('/twilio/voice', params, token);
    expect(second.headers['x-twilio-replayed']).toBe('true');
    expect(second.body).toBe(first.body);
  });
});
