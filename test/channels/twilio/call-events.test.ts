import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedTwilioRequest, twimlElement, twimlElements } from '../../helpers/twilio.js';
import { CALLER, newCallSid, type TwilioTestApp, twilioTestApp } from './setup.js';

// Status callbacks, voicemail, the Dial action and the fallback URL.

describe('Twilio call events', () => {
  let t: TwilioTestApp;
  beforeAll(async () => {
    t = await twilioTestApp();
  });
  afterAll(() => t.app.close());

  const post = (path: string, params: Record<string, string>) => signedTwilioRequest(t.app, { path, params });
  const tenantQuery = () => `business_id=${t.business.id}`;

  describe('POST /v1/twilio/status', () => {
    it.each([
      ['completed', 'completed'],
      ['busy', 'busy'],
      ['no-answer', 'no_answer'],
      ['failed', 'failed'],
      ['canceled', 'canceled'],
    ])('ends the conversation when the call is %s', async (status, reason) => {
      const callSid = newCallSid();
      const response = await post('/v1/twilio/status', {
        CallSid: callSid,
        CallStatus: status,
        From: CALLER,
        To: t.number,
      });
      expect(response.statusCode).toBe(204);
      const ended = t.assistant.ends.filter((entry) => entry.ctx.sessionId === callSid);
      expect(ended.map((entry) => entry.reason)).toEqual([reason]);
      expect(ended[0]?.ctx).toMatchObject({
        channel: 'phone',
        callerPhone: CALLER,
        business: { id: t.business.id },
      });
    });

    it('ignores statuses of a call still in progress', async () => {
      const before = t.assistant.ends.length;
      for (const status of ['queued', 'ringing', 'in-progress']) {
        const response = await post('/v1/twilio/status', {
          CallSid: newCallSid(),
          CallStatus: status,
          To: t.number,
        });
        expect(response.statusCode).toBe(204);
      }
      expect(t.assistant.ends.length).toBe(before);
    });

    it('ends a call once however often its final status arrives', async () => {
      const callSid = newCallSid();
      await post(`/v1/twilio/voice?${tenantQuery()}`, { CallSid: callSid, From: CALLER, To: t.number });
      const params = { CallSid: callSid, CallStatus: 'completed', From: CALLER, To: t.number };
      await post('/v1/twilio/status', params);
      await post('/v1/twilio/status', params);
      // The same final status posted to the voice URL (as some number configurations do) too.
      const viaVoice = await post(`/v1/twilio/voice?${tenantQuery()}`, params);
      expect(viaVoice.body).toContain('<Response/>');
      expect(t.assistant.ends.filter((entry) => entry.ctx.sessionId === callSid)).toHaveLength(1);
    });

    it('answers 400 without a CallStatus', async () => {
      const response = await post('/v1/twilio/status', { CallSid: newCallSid(), To: t.number });
      expect(response.statusCode).toBe(400);
    });
  });

  describe('POST /v1/twilio/voicemail', () => {
    const recordingUrl = 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE123';

    it('hands the recording to the assistant, thanks the caller and hangs up', async () => {
      const callSid = newCallSid();
      const response = await post(`/v1/twilio/voicemail?${tenantQuery()}`, {
        CallSid: callSid,
        From: CALLER,
        RecordingSid: 'RE123',
        RecordingUrl: recordingUrl,
        RecordingDuration: '14',
      });
      expect(response.statusCode).toBe(200);
      expect(twimlElements(response.body).map((element) => element.name)).toEqual([
        'Response',
        'Say',
        'Hangup',
      ]);
      expect(twimlElement(response.body, 'Say')?.text).toContain('Thank you');
      const received = t.assistant.voicemails.filter((entry) => entry.ctx.sessionId === callSid);
      expect(received.map((entry) => entry.recording)).toEqual([{ url: recordingUrl, durationSeconds: 14 }]);
      expect(received[0]?.ctx.callerPhone).toBe(CALLER);
    });

    it('apologises and hangs up, without offering another recording, when the voicemail fails', async () => {
      t.assistant.failNext();
      const response = await post(`/v1/twilio/voicemail?${tenantQuery()}`, {
        CallSid: newCallSid(),
        From: CALLER,
        RecordingUrl: recordingUrl,
      });
      expect(response.statusCode).toBe(200);
      expect(twimlElements(response.body).map((element) => element.name)).toEqual([
        'Response',
        'Say',
        'Hangup',
      ]);
      expect(twimlElement(response.body, 'Say')?.text).toContain('something went wrong');
    });

    it('passes a completed transcription on when Twilio sends one', async () => {
      const callSid = newCallSid();
      const response = await post(`/v1/twilio/voicemail?${tenantQuery()}`, {
        CallSid: callSid,
        RecordingSid: 'RE124',
        RecordingUrl: recordingUrl,
        TranscriptionStatus: 'completed',
        TranscriptionText: ' My water heater is leaking. ',
      });
      expect(response.body).toContain('<Response/>');
      const received = t.assistant.voicemails.filter((entry) => entry.ctx.sessionId === callSid);
      expect(received.map((entry) => entry.recording)).toEqual([
        { url: recordingUrl, transcription: 'My water heater is leaking.' },
      ]);
    });

    it('thanks the caller without calling the assistant when nothing was recorded', async () => {
      const before = t.assistant.voicemails.length;
      const response = await post(`/v1/twilio/voicemail?${tenantQuery()}`, { CallSid: newCallSid() });
      expect(twimlElement(response.body, 'Hangup')).toBeDefined();
      expect(t.assistant.voicemails.length).toBe(before);
    });
  });

  describe('POST /v1/twilio/dial-status', () => {
    it('hangs up after an answered transfer', async () => {
      const before = t.assistant.unansweredTransfers.length;
      const response = await post(`/v1/twilio/dial-status?${tenantQuery()}`, {
        CallSid: newCallSid(),
        DialCallStatus: 'completed',
      });
      expect(twimlElements(response.body).map((element) => element.name)).toEqual(['Response', 'Hangup']);
      expect(t.assistant.unansweredTransfers.length).toBe(before);
    });

    it.each([
      'busy',
      'no-answer',
      'failed',
    ])('falls back to voicemail when the transfer was %s', async (status) => {
      const callSid = newCallSid();
      const response = await post(`/v1/twilio/dial-status?${tenantQuery()}`, {
        CallSid: callSid,
        DialCallStatus: status,
      });
      expect(t.assistant.unansweredTransfers.at(-1)?.sessionId).toBe(callSid);
      expect(twimlElement(response.body, 'Say')?.text).toContain('leave');
      expect(twimlElement(response.body, 'Record')?.attributes.action).toBe(
        `/v1/twilio/voicemail?${tenantQuery()}`,
      );
    });
  });

  describe('/v1/twilio/fallback', () => {
    it('apologises and offers to take a message (POST and GET)', async () => {
      const posted = await post('/v1/twilio/fallback', {
        CallSid: newCallSid(),
        To: t.number,
        ErrorCode: '11200',
      });
      const got = await signedTwilioRequest(t.app, {
        method: 'GET',
        path: `/twilio/fallback?${tenantQuery()}&CallSid=${newCallSid()}`,
      });
      for (const [response, prefix] of [
        [posted, '/v1/twilio'],
        [got, '/twilio'],
      ] as const) {
        expect(response.statusCode).toBe(200);
        expect(twimlElement(response.body, 'Say')?.text).toContain("can't take your call");
        expect(twimlElement(response.body, 'Record')?.attributes.action).toBe(
          `${prefix}/voicemail?${tenantQuery()}`,
        );
        expect(twimlElement(response.body, 'Hangup')).toBeDefined();
      }
    });

    it('answers a failed text with a message apology', async () => {
      const response = await post('/v1/twilio/fallback', { MessageSid: 'SM1', From: CALLER, To: t.number });
      expect(twimlElement(response.body, 'Message')?.text).toContain('something went wrong');
    });

    it('still apologises for an unknown number', async () => {
      const response = await post('/v1/twilio/fallback', { CallSid: newCallSid(), To: '+15125550000' });
      expect(response.statusCode).toBe(200);
      expect(twimlElement(response.body, 'Hangup')).toBeDefined();
    });
  });
});
