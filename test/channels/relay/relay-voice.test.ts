import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../../src/app.js';
import { buildTestApp, createBusiness, TEST_ADMIN_KEY } from '../../helpers/test-app.js';
import {
  signedTwilioRequest,
  TEST_TWILIO_TOKEN,
  twilioSignature,
  twimlElement,
  uniqueTwilioPhone,
} from '../../helpers/twilio.js';
import { CALLER, newCallSid } from '../twilio/setup.js';
import { listen, RelayClient } from './relay-client.js';

// The voice webhook per voice_mode, with the real assistant: relay answers <Connect><ConversationRelay>
// carrying the tenant's greeting and language, gather is unchanged; and an interruption trims the
// CRM transcript to what the caller heard.

const PUBLIC = 'https://voice.example.com';

function startCall(built: BuiltApp, businessId: string, callSid = newCallSid()) {
  return signedTwilioRequest(built.app, {
    path: `/v1/twilio/voice?business_id=${businessId}`,
    params: { CallSid: callSid, From: CALLER, To: '+15125550000', CallStatus: 'ringing' },
    signedUrl: `${PUBLIC}/v1/twilio/voice?business_id=${businessId}`,
  });
}

describe('the voice webhook in relay and gather mode', () => {
  let built: BuiltApp;

  beforeAll(async () => {
    built = await buildTestApp({ env: { TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN, PUBLIC_BASE_URL: PUBLIC } });
  });

  afterAll(async () => {
    await built.app.close();
  });

  it('connects a relay tenant to ConversationRelay with its greeting and language', async () => {
    const business = await createBusiness(built.app, {
      name: 'Plomería Acme',
      voice_mode: 'relay',
      language_code: 'es',
      greeting: 'Gracias por llamar a Plomería Acme.',
      twilio_phone_number: uniqueTwilioPhone(),
    });
    const response = await startCall(built, business.id);
    expect(response.statusCode).toBe(200);
    const connect = twimlElement(response.body, 'Connect');
    expect(connect?.attributes.action).toBe(`${PUBLIC}/v1/twilio/relay-action?business_id=${business.id}`);
    expect(connect?.children).toEqual(['ConversationRelay']);
    const relay = twimlElement(response.body, 'ConversationRelay');
    expect(relay?.attributes).toMatchObject({
      url: `wss://voice.example.com/v1/twilio/relay?business_id=${business.id}`,
      language: 'es-US',
      interruptible: 'speech',
      dtmfDetection: 'true',
    });
    expect(relay?.attributes.welcomeGreeting).toContain('Gracias por llamar a Plomería Acme.');
    expect(twimlElement(response.body, 'Gather')).toBeUndefined();
  });

  it('keeps the gather loop for a gather tenant', async () => {
    const business = await createBusiness(built.app, { greeting: 'Thanks for calling Acme.' });
    expect(business.body.voice_mode).toBe('gather');
    const response = await startCall(built, business.id);
    const gather = twimlElement(response.body, 'Gather');
    expect(gather?.attributes.action).toBe(`${PUBLIC}/v1/twilio/voice?business_id=${business.id}&turn=1`);
    expect(twimlElement(response.body, 'Say')?.text).toContain('Thanks for calling Acme.');
    expect(twimlElement(response.body, 'Connect')).toBeUndefined();
  });

  it('switches a tenant to relay with a settings patch', async () => {
    const business = await createBusiness(built.app);
    const patched = await built.app.inject({
      method: 'PATCH',
      url: `/v1/admin/businesses/${business.id}`,
      headers: { 'x-admin-api-key': TEST_ADMIN_KEY },
      payload: { voice_mode: 'relay' },
    });
    expect(patched.json().voice_mode).toBe('relay');
    expect(twimlElement((await startCall(built, business.id)).body, 'ConversationRelay')).toBeDefined();
  });

  it('drops what the caller did not hear from the transcript when they interrupt', async () => {
    const business = await createBusiness(built.app, {
      voice_mode: 'relay',
      greeting: 'Thanks for calling Acme Plumbing, this is the assistant, how can I help you today?',
    });
    const callSid = newCallSid();
    await startCall(built, business.id, callSid);
    const origin = await listen(built.app);
    // PUBLIC_BASE_URL is what Twilio signs; the test client reaches the local port.
    const signed = `wss://voice.example.com/v1/twilio/relay?business_id=${business.id}`;
    const client = await RelayClient.connect(
      `${origin.replace(/^http/, 'ws')}/v1/twilio/relay?business_id=${business.id}`,
      { signature: twilioSignature(signed, {}) },
    );
    client.setup(callSid, CALLER);
    client.send({
      type: 'interrupt',
      utteranceUntilInterrupt: 'Thanks for calling Acme',
      durationUntilInterruptMs: 900,
    });
    client.prompt('my water heater is leaking');
    const reply = await client.reply();
    expect(reply.text.length).toBeGreaterThan(0);
    await client.close();

    // The session remembers the cut-off reply; the later turn moved lastAt on past it.
    const stored = await built.services.state.sessions.get(`assistant:${business.id}:${callSid}`);
    const meta = JSON.parse(stored ?? '{}').meta;
    expect(meta.cutOff.heard).toBe('Thanks for calling Acme');
    expect(meta.cutOff.at).not.toBe(meta.lastAt);

    const conversations = built.services.conversations;
    const found = await conversations.findByExternal(business.id, 'phone', callSid);
    const full = await conversations.get(business.id, found?.id ?? '');
    expect(full.messages.map((message) => [message.role, message.text])).toEqual([
      ['assistant', 'Thanks for calling Acme'],
      ['user', 'my water heater is leaking'],
      ['assistant', reply.text.trim()],
    ]);
  });
});

describe('VOICE_MODE', () => {
  let built: BuiltApp;

  beforeAll(async () => {
    built = await buildTestApp({
      env: { TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN, PUBLIC_BASE_URL: PUBLIC, VOICE_MODE: 'relay' },
    });
  });

  afterAll(async () => {
    await built.app.close();
  });

  it('is the voice mode of tenants created without one; an explicit gather stays gather', async () => {
    const defaulted = await createBusiness(built.app);
    expect(defaulted.body.voice_mode).toBe('relay');
    expect(twimlElement((await startCall(built, defaulted.id)).body, 'ConversationRelay')).toBeDefined();
    const gather = await createBusiness(built.app, { voice_mode: 'gather' });
    expect(gather.body.voice_mode).toBe('gather');
    expect(twimlElement((await startCall(built, gather.id)).body, 'Gather')).toBeDefined();
  });
});
