import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedTwilioRequest, twilioSignature, twimlElement } from '../../helpers/twilio.js';
import { CALLER, newCallSid, newMessageSid, type TwilioTestApp, twilioTestApp } from './setup.js';

// Every Twilio route checks X-Twilio-Signature before anything touches state.

const ROUTES: Array<{ path: string; params: (number: string) => Record<string, string> }> = [
  { path: '/v1/twilio/voice', params: (To) => ({ CallSid: newCallSid(), From: CALLER, To }) },
  { path: '/twilio/voice', params: (To) => ({ CallSid: newCallSid(), From: CALLER, To }) },
  { path: '/v1/twilio/status', params: (To) => ({ CallSid: newCallSid(), CallStatus: 'completed', To }) },
  {
    path: '/v1/twilio/voicemail',
    params: (To) => ({ CallSid: newCallSid(), To, RecordingUrl: 'https://api.twilio.com/rec/RE1' }),
  },
  { path: '/v1/twilio/dial-status', params: (To) => ({ CallSid: newCallSid(), To, DialCallStatus: 'busy' }) },
  { path: '/v1/twilio/fallback', params: (To) => ({ CallSid: newCallSid(), To }) },
  { path: '/v1/twilio/sms', params: (To) => ({ MessageSid: newMessageSid(), From: CALLER, To, Body: 'Hi' }) },
  {
    path: '/v1/twilio/sms-status',
    params: (From) => ({ MessageSid: newMessageSid(), MessageStatus: 'delivered', From }),
  },
];

describe('Twilio signature validation', () => {
  let t: TwilioTestApp;
  beforeAll(async () => {
    t = await twilioTestApp();
  });
  afterAll(() => t.app.close());

  const stateKeysOf = async (params: Record<string, string>) => {
    const sid = params.CallSid ?? params.MessageSid ?? '';
    return [
      await t.services.state.twilioState.get(`twilio:call:${sid}`),
      await t.services.state.idempotency.get(`idempotency:twilio:token-${sid}`),
    ].filter((value) => value !== null);
  };

  it.each(ROUTES)('$path accepts a good signature', async ({ path, params }) => {
    const response = await signedTwilioRequest(t.app, { path, params: params(t.number) });
    expect([200, 204]).toContain(response.statusCode);
  });

  it.each(ROUTES)('$path refuses a missing or wrong signature with 403 and no side effect', async (route) => {
    const before = t.assistant.callCount();
    for (const signature of [
      null,
      'bm90IGEgc2lnbmF0dXJl',
      twilioSignature('http://localhost:80/other', {}),
    ]) {
      const params = route.params(t.number);
      const response = await signedTwilioRequest(t.app, {
        path: route.path,
        params,
        signature,
        headers: { 'i-twilio-idempotency-token': `token-${params.CallSid ?? params.MessageSid}` },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ status: 403, code: 'TWILIO_SIGNATURE_INVALID' });
      expect(await stateKeysOf(params)).toEqual([]);
    }
    expect(t.assistant.callCount()).toBe(before);
  });

  it('refuses a body changed after signing and a query added after signing', async () => {
    const params = { CallSid: newCallSid(), From: CALLER, To: t.number };
    const signature = twilioSignature('http://localhost:80/v1/twilio/voice', params);
    const tampered = await signedTwilioRequest(t.app, {
      path: '/v1/twilio/voice',
      params: { ...params, From: '+15125550999' },
      signature,
    });
    expect(tampered.statusCode).toBe(403);
    const requeried = await signedTwilioRequest(t.app, {
      path: '/v1/twilio/voice?business_id=someone-else',
      params,
      signature,
    });
    expect(requeried.statusCode).toBe(403);
  });

  it('checks uptime probes too, then answers them with an empty Response', async () => {
    const path = '/v1/twilio/voice?uptime_check=1';
    const unsigned = await signedTwilioRequest(t.app, {
      path,
      params: { CallSid: 'CAuptime' },
      signature: null,
    });
    expect(unsigned.statusCode).toBe(403);
    const signed = await signedTwilioRequest(t.app, { path, params: { CallSid: 'CAuptime' } });
    expect(signed.statusCode).toBe(200);
    expect(signed.body).toContain('<Response/>');
  });

  it('signs GET requests over the URL with its query (the fallback)', async () => {
    const path = `/v1/twilio/fallback?business_id=${t.business.id}&CallSid=${newCallSid()}`;
    const response = await signedTwilioRequest(t.app, { method: 'GET', path });
    expect(response.statusCode).toBe(200);
    expect(twimlElement(response.body, 'Record')).toBeDefined();
    const unsigned = await signedTwilioRequest(t.app, { method: 'GET', path, signature: null });
    expect(unsigned.statusCode).toBe(403);
  });
});

describe('Twilio signatures behind a proxy', () => {
  it('verifies against PUBLIC_BASE_URL and links callbacks to it', async () => {
    const t = await twilioTestApp({ env: { PUBLIC_BASE_URL: 'https://calls.example.com/' } });
    try {
      const path = `/v1/twilio/voice?business_id=${t.business.id}`;
      const params = { CallSid: newCallSid(), From: CALLER, To: t.number };
      const publicUrl = `https://calls.example.com${path}`;
      const response = await signedTwilioRequest(t.app, { path, params, signedUrl: publicUrl });
      expect(response.statusCode).toBe(200);
      expect(twimlElement(response.body, 'Gather')?.attributes.action).toBe(
        `https://calls.example.com/v1/twilio/voice?business_id=${t.business.id}&turn=1`,
      );
      const internal = await signedTwilioRequest(t.app, {
        path,
        params: { ...params, CallSid: newCallSid() },
      });
      expect(internal.statusCode).toBe(403);
    } finally {
      await t.app.close();
    }
  });

  it('uses the forwarded scheme and host when proxies are trusted and no PUBLIC_BASE_URL is set', async () => {
    const t = await twilioTestApp({ env: { TRUST_PROXY: 'true' } });
    try {
      const path = '/v1/twilio/voice';
      const params = { CallSid: newCallSid(), From: CALLER, To: t.number };
      const response = await signedTwilioRequest(t.app, {
        path,
        params,
        signedUrl: `https://hooks.example.org${path}`,
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'hooks.example.org' },
      });
      expect(response.statusCode).toBe(200);
    } finally {
      await t.app.close();
    }
  });
});

describe('Twilio signature settings', () => {
  it('accepts unsigned webhooks when a dev profile sets VERIFY_TWILIO_SIGNATURES=false', async () => {
    const t = await twilioTestApp({ env: { VERIFY_TWILIO_SIGNATURES: 'false' } });
    try {
      const response = await signedTwilioRequest(t.app, {
        path: '/v1/twilio/voice',
        params: { CallSid: newCallSid(), To: t.number },
        signature: null,
      });
      expect(response.statusCode).toBe(200);
    } finally {
      await t.app.close();
    }
  });

  it('refuses every webhook in production when TWILIO_AUTH_TOKEN is missing', async () => {
    const t = await twilioTestApp({
      env: { ENVIRONMENT: 'production', SMS_PROVIDER: 'recording', TWILIO_AUTH_TOKEN: undefined },
    });
    try {
      for (const signature of [null, twilioSignature('http://localhost:80/v1/twilio/voice', {})]) {
        const response = await signedTwilioRequest(t.app, {
          path: '/v1/twilio/voice',
          params: { CallSid: newCallSid(), To: t.number },
          signature,
        });
        expect(response.statusCode).toBe(403);
      }
      expect(t.assistant.callCount()).toBe(0);
    } finally {
      await t.app.close();
    }
  });
});
