import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TurnResult } from '../../../src/modules/assistant/assistant.port.js';
import { adminRequest } from '../../helpers/test-app.js';
import {
  INJECT_ORIGIN,
  signedTwilioRequest,
  twilioSignature,
  twimlElement,
  twimlElements,
} from '../../helpers/twilio.js';
import { CALLER, newCallSid, type TwilioTestApp, twilioTestApp } from './setup.js';

describe('POST /v1/twilio/voice', () => {
  let t: TwilioTestApp;
  beforeAll(async () => {
    t = await twilioTestApp();
  });
  afterAll(() => t.app.close());
  beforeEach(() => {
    t.assistant.script.length = 0;
  });

  const voice = (path: string, params: Record<string, string>) =>
    signedTwilioRequest(t.app, { path, params });
  const call = (callSid: string, extra: Record<string, string> = {}) => ({
    CallSid: callSid,
    From: CALLER,
    To: t.number,
    CallStatus: 'ringing',
    ...extra,
  });
  const firstTurn = (callSid: string) =>
    voice(`/v1/twilio/voice?business_id=${t.business.id}`, call(callSid));

  it('greets inside a speech+dtmf Gather that posts back with the tenant in the query', async () => {
    const callSid = newCallSid();
    const before = t.assistant.starts.length;
    const response = await voice('/v1/twilio/voice', call(callSid));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/xml');
    const gather = twimlElement(response.body, 'Gather');
    expect(gather?.attributes).toMatchObject({
      input: 'speech dtmf',
      speechTimeout: 'auto',
      actionOnEmptyResult: 'true',
      language: 'en-US',
      hints: 'leak, water heater',
      method: 'POST',
    });
    expect(gather?.attributes.action).toBe(`/v1/twilio/voice?business_id=${t.business.id}&turn=1`);
    expect(gather?.children).toEqual(['Say']);
    const say = twimlElement(response.body, 'Say');
    expect(say?.attributes.language).toBe('en-US');
    expect(say?.text).toContain('automated assistant');
    expect(t.assistant.starts.length).toBe(before + 1);
    expect(t.assistant.starts.at(-1)).toMatchObject({
      channel: 'phone',
      sessionId: callSid,
      callerPhone: CALLER,
      business: { id: t.business.id },
    });
  });

  it('finds the tenant by business_id as well as by the called number', async () => {
    const response = await firstTurn(newCallSid());
    expect(twimlElement(response.body, 'Gather')?.attributes.action).toContain(
      `business_id=${t.business.id}`,
    );
  });

  it('keeps the legacy /twilio prefix in its action URLs', async () => {
    const response = await voice('/twilio/voice', call(newCallSid()));
    expect(response.statusCode).toBe(200);
    expect(twimlElement(response.body, 'Gather')?.attributes.action).toBe(
      `/twilio/voice?business_id=${t.business.id}&turn=1`,
    );
  });

  it('hands later turns to the assistant: speech, silence and keypad digits', async () => {
    const callSid = newCallSid();
    await firstTurn(callSid);
    const path = (turn: number) => `/v1/twilio/voice?business_id=${t.business.id}&turn=${turn}`;
    const turns = t.assistant.turns.length;
    await voice(
      path(1),
      call(callSid, { CallStatus: 'in-progress', SpeechResult: 'My sink leaks', Confidence: '0.91' }),
    );
    await voice(path(2), call(callSid, { CallStatus: 'in-progress', SpeechResult: '' }));
    const third = await voice(path(3), call(callSid, { CallStatus: 'in-progress', Digits: '1' }));
    expect(t.assistant.turns.slice(turns).map((entry) => entry.input)).toEqual([
      { text: 'My sink leaks', confidence: 0.91, deliveryId: 'turn-1' },
      { text: null, deliveryId: 'turn-2' },
      { text: null, digits: '1', deliveryId: 'turn-3' },
    ]);
    expect(t.assistant.turns.at(-1)?.ctx.sessionId).toBe(callSid);
    expect(twimlElement(third.body, 'Gather')?.attributes.action).toContain('turn=4');
  });

  const answerTo = async (result: TurnResult) => {
    const callSid = newCallSid();
    await firstTurn(callSid);
    t.assistant.script.push(result);
    return voice(
      `/v1/twilio/voice?business_id=${t.business.id}&turn=1`,
      call(callSid, { CallStatus: 'in-progress', SpeechResult: 'whatever' }),
    );
  };

  it('says goodbye and hangs up when the conversation ends', async () => {
    const response = await answerTo({ reply: 'Thanks, goodbye!', language: 'en', end: true });
    expect(twimlElements(response.body).map((element) => element.name)).toEqual([
      'Response',
      'Say',
      'Hangup',
    ]);
    expect(twimlElement(response.body, 'Say')?.text).toBe('Thanks, goodbye!');
  });

  it('transfers with a Dial whose action falls back to voicemail', async () => {
    const response = await answerTo({
      reply: 'Connecting you now.',
      language: 'en',
      end: false,
      transferTo: '+15125550199',
    });
    const dial = twimlElement(response.body, 'Dial');
    expect(dial?.text).toBe('+15125550199');
    expect(dial?.attributes).toMatchObject({
      timeout: '20',
      action: `/v1/twilio/dial-status?business_id=${t.business.id}`,
    });
    expect(twimlElement(response.body, 'Say')?.text).toBe('Connecting you now.');
  });

  it('records a voicemail when the assistant asks for one', async () => {
    const response = await answerTo({
      reply: 'Please leave a message after the beep.',
      language: 'en',
      end: false,
      voicemail: true,
    });
    expect(twimlElement(response.body, 'Record')?.attributes).toMatchObject({
      maxLength: '120',
      playBeep: 'true',
      action: `/v1/twilio/voicemail?business_id=${t.business.id}`,
      transcribe: 'true',
      transcribeCallback: `/v1/twilio/voicemail?business_id=${t.business.id}`,
    });
    expect(twimlElement(response.body, 'Hangup')).toBeDefined();
  });

  it('speaks and listens in Spanish when the assistant answers in Spanish', async () => {
    const response = await answerTo({ reply: '¿En qué le puedo ayudar?', language: 'es', end: false });
    expect(twimlElement(response.body, 'Say')?.attributes.language).toBe('es-US');
    expect(twimlElement(response.body, 'Gather')?.attributes.language).toBe('es-US');
  });

  it('answers a retried turn with its first TwiML and no second assistant call', async () => {
    const callSid = newCallSid();
    const first = await firstTurn(callSid);
    const again = await firstTurn(callSid);
    expect(again.body).toBe(first.body);
    const path = `/v1/twilio/voice?business_id=${t.business.id}&turn=1`;
    const params = call(callSid, { CallStatus: 'in-progress', SpeechResult: 'A leak' });
    const before = t.assistant.callCount();
    const turn = await voice(path, params);
    const retried = await voice(path, params);
    expect(retried.statusCode).toBe(200);
    expect(retried.body).toBe(turn.body);
    expect(t.assistant.callCount()).toBe(before + 1);
    expect(t.assistant.starts.filter((ctx) => ctx.sessionId === callSid)).toHaveLength(1);
  });

  it('answers an uptime check with an empty Response and no assistant call', async () => {
    const before = t.assistant.callCount();
    const response = await voice(`/v1/twilio/voice?uptime_check=1`, call(newCallSid()));
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<Response/>');
    expect(t.assistant.callCount()).toBe(before);
  });

  it('apologises and hangs up (200) for an unknown tenant', async () => {
    const before = t.assistant.callCount();
    for (const response of [
      await voice('/v1/twilio/voice?business_id=no-such-business', call(newCallSid())),
      await voice('/v1/twilio/voice', call(newCallSid(), { To: '+15125550000' })),
      await voice('/v1/twilio/voice', { CallSid: newCallSid() }),
    ]) {
      expect(response.statusCode).toBe(200);
      expect(twimlElement(response.body, 'Say')?.text).toContain('sorry');
      expect(twimlElement(response.body, 'Hangup')).toBeDefined();
    }
    expect(t.assistant.callCount()).toBe(before);
  });

  it('answers 400 for a malformed form or a missing CallSid', async () => {
    const before = t.assistant.callCount();
    const missing = await voice('/v1/twilio/voice', { From: CALLER, To: t.number });
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.json().errors[0].path).toBe('body.CallSid');
    const garbage = await signedTwilioRequest(t.app, {
      path: '/v1/twilio/voice',
      rawBody: 'not a form',
      params: { 'not a form': '' },
    });
    expect(garbage.statusCode).toBe(400);
    const plain = await signedTwilioRequest(t.app, {
      path: '/v1/twilio/voice',
      rawBody: 'CallSid',
      contentType: 'text/plain',
    });
    expect(plain.statusCode).toBe(400);
    const twice = await signedTwilioRequest(t.app, {
      path: '/v1/twilio/voice',
      rawBody: 'CallSid=CA1&CallSid=CA2',
      signature: twilioSignature(`${INJECT_ORIGIN}/v1/twilio/voice`, { CallSid: ['CA1', 'CA2'] }),
    });
    expect(twice.statusCode).toBe(400);
    expect(t.assistant.callCount()).toBe(before);
  });

  it('apologises and offers to take a message when the assistant fails', async () => {
    t.assistant.failNext();
    const response = await firstTurn(newCallSid());
    expect(response.statusCode).toBe(200);
    expect(twimlElements(response.body).map((element) => element.name)).toEqual([
      'Response',
      'Say',
      'Record',
      'Say',
      'Hangup',
    ]);
    expect(twimlElement(response.body, 'Say')?.text).toContain('leave your name, number and a short message');
    expect(twimlElement(response.body, 'Record')?.attributes.action).toBe(
      `/v1/twilio/voicemail?business_id=${t.business.id}`,
    );
  });

  describe('a tenant that is paused', () => {
    it.each([
      ['in lockdown', { lockdown_mode: true }],
      ['suspended', { status: 'suspended' }],
    ])('answers 423 with TwiML that hangs up when %s', async (_label, patch) => {
      const other = await twilioTestApp({ assistant: t.assistant });
      try {
        const updated = await adminRequest(other.app, {
          method: 'PATCH',
          url: `/v1/admin/businesses/${other.business.id}`,
          payload: patch,
        });
        expect(updated.statusCode).toBe(200);
        const before = t.assistant.callCount();
        const response = await signedTwilioRequest(other.app, {
          path: '/v1/twilio/voice',
          params: { CallSid: newCallSid(), From: CALLER, To: other.number },
        });
        expect(response.statusCode).toBe(423);
        expect(response.headers['content-type']).toContain('text/xml');
        expect(twimlElement(response.body, 'Say')?.text).toContain('unavailable');
        expect(twimlElement(response.body, 'Hangup')).toBeDefined();
        expect(t.assistant.callCount()).toBe(before);
      } finally {
        await other.app.close();
      }
    });
  });
});
