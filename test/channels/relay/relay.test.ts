import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TurnContext, TurnResult } from '../../../src/modules/assistant/assistant.port.js';
import { buildTestApp, createBusiness } from '../../helpers/test-app.js';
import {
  signedTwilioRequest,
  TEST_TWILIO_TOKEN,
  twilioSignature,
  twimlElement,
  twimlElements,
} from '../../helpers/twilio.js';
import { DEFAULT_REPLY, type ScriptedAssistant, scriptedAssistant } from '../twilio/scripted-assistant.js';
import { CALLER, newCallSid } from '../twilio/setup.js';
import { listen, RelayClient, refusedStatus, relayUrl } from './relay-client.js';

// ConversationRelay over a real socket: a ws client plays Twilio against a listening app with a
// scripted assistant, so what reaches the assistant and what comes back can both be checked.

const OWNER = '+15125550100';

interface RelayAssistant extends ScriptedAssistant {
  interruptions: Array<{ ctx: TurnContext; heard: string }>;
}

function relayAssistant(): RelayAssistant {
  const fake = scriptedAssistant() as RelayAssistant;
  fake.interruptions = [];
  fake.interrupted = async (ctx, heard) => {
    fake.interruptions.push({ ctx, heard });
  };
  return fake;
}

const transfer: TurnResult = {
  reply: 'Connecting you to the owner now.',
  language: 'en',
  end: true,
  transferTo: OWNER,
  outcome: 'handoff',
};

describe('ConversationRelay socket', () => {
  let app: FastifyInstance;
  let assistant: RelayAssistant;
  let businessId: string;
  let url: string;

  beforeAll(async () => {
    assistant = relayAssistant();
    ({ app } = await buildTestApp({
      env: { TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN },
      overrides: { assistant },
    }));
    businessId = (await createBusiness(app, { voice_mode: 'relay', owner_phone: OWNER })).id;
    url = relayUrl(await listen(app), businessId);
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers a final prompt with streamed tokens for the call, as a phone turn of the CallSid', async () => {
    const client = await RelayClient.connect(url);
    const callSid = newCallSid();
    client.setup(callSid, CALLER);
    const before = assistant.turns.length;
    client.prompt('my kitchen sink', false);
    client.prompt('my kitchen sink is clogged');
    const reply = await client.reply();
    expect(reply.text).toBe(DEFAULT_REPLY.reply);
    expect(reply.tokens).toBe(DEFAULT_REPLY.reply.split(' ').length);
    // The partial prompt (last: false) was not a turn.
    const turns = assistant.turns.slice(before);
    expect(turns).toHaveLength(1);
    expect(turns[0]?.input).toMatchObject({ text: 'my kitchen sink is clogged', deliveryId: 'relay-1' });
    expect(turns[0]?.ctx).toMatchObject({ sessionId: callSid, channel: 'phone', callerPhone: CALLER });
    expect(turns[0]?.ctx.business.id).toBe(businessId);

    client.prompt('tomorrow morning');
    await client.reply();
    expect(assistant.turns.at(-1)?.input.deliveryId).toBe('relay-2');
    await client.close();
  });

  it('hands a keypad press to the assistant as digits', async () => {
    const client = await RelayClient.connect(url);
    client.setup(newCallSid());
    client.send({ type: 'dtmf', digit: '1' });
    await client.reply();
    expect(assistant.turns.at(-1)?.input).toMatchObject({ text: null, digits: '1' });
    await client.close();
  });

  it('tells the assistant what the caller heard when they spoke over the reply', async () => {
    const client = await RelayClient.connect(url);
    const callSid = newCallSid();
    client.setup(callSid);
    client.prompt('I need a plumber');
    await client.reply();
    client.send({ type: 'interrupt', utteranceUntilInterrupt: 'Could you', durationUntilInterruptMs: 640 });
    // Messages are handled in order: once the next prompt is answered, the interrupt was handled.
    client.prompt('it is leaking');
    await client.reply();
    const interruption = assistant.interruptions.at(-1);
    expect(interruption?.heard).toBe('Could you');
    expect(interruption?.ctx.sessionId).toBe(callSid);
    await client.close();
  });

  it('ends the session with handoffData on a transfer, and the action route dials the owner', async () => {
    const client = await RelayClient.connect(url);
    const callSid = newCallSid();
    client.setup(callSid);
    assistant.script.push(transfer);
    client.prompt('can I talk to a person');
    expect((await client.reply()).text).toBe(transfer.reply);
    const end = await client.next();
    expect(end?.type).toBe('end');
    expect(JSON.parse(end?.handoffData ?? '{}')).toEqual({ reason: 'transfer', language: 'en' });

    // Twilio then posts the <Connect action> with the HandoffData it was given.
    const action = await signedTwilioRequest(app, {
      path: `/v1/twilio/relay-action?business_id=${businessId}`,
      params: {
        CallSid: callSid,
        CallStatus: 'in-progress',
        SessionStatus: 'ended',
        HandoffData: end?.handoffData ?? '',
      },
    });
    expect(action.statusCode).toBe(200);
    const dial = twimlElement(action.body, 'Dial');
    expect(dial?.text).toBe(OWNER);
    expect(dial?.attributes.action).toBe(`/v1/twilio/dial-status?business_id=${businessId}`);
    expect(twimlElement(action.body, 'Say')).toBeUndefined();
    await client.close();
  });

  it('repeats the end frame when Twilio reconnects after the session ended, and takes no more turns', async () => {
    const callSid = newCallSid();
    const first = await RelayClient.connect(url);
    first.setup(callSid);
    assistant.script.push({ reply: 'Goodbye!', language: 'en', end: true });
    first.prompt('that is all, bye');
    await first.reply();
    expect(JSON.parse((await first.next())?.handoffData ?? '{}')).toMatchObject({ reason: 'end' });
    await first.close();

    const again = await RelayClient.connect(url);
    const turns = assistant.turns.length;
    again.setup(callSid);
    expect(JSON.parse((await again.next())?.handoffData ?? '{}')).toMatchObject({ reason: 'end' });
    again.prompt('hello?');
    again.send({ type: 'dtmf', digit: '5' });
    await again.close();
    expect(assistant.turns.length).toBe(turns);
  });

  it('logs and ignores malformed frames, keeping the socket for the next good one', async () => {
    const client = await RelayClient.connect(url);
    client.setup(newCallSid());
    const turns = assistant.turns.length;
    client.send('this is not json');
    client.send({ type: 'prompt' });
    client.send({ type: 'mystery', voicePrompt: 'x' });
    client.send({ type: 'dtmf', digit: 7 });
    client.socket.send(Buffer.from([0, 1, 2, 3]), { binary: true });
    client.send({ type: 'error', description: 'Invalid message received' });
    client.prompt('still there?');
    expect((await client.reply()).text).toBe(DEFAULT_REPLY.reply);
    expect(assistant.turns.length).toBe(turns + 1);
    expect(client.closed).toBeNull();
    await client.close();
  });

  it('ignores prompts that come before the setup', async () => {
    const client = await RelayClient.connect(url);
    const turns = assistant.turns.length;
    client.prompt('hello');
    client.setup(newCallSid());
    client.prompt('hello again');
    await client.reply();
    expect(assistant.turns.length).toBe(turns + 1);
    expect(assistant.turns.at(-1)?.input.text).toBe('hello again');
    await client.close();
  });

  it('ends the session with an error handoff when the assistant fails, and the action offers a message', async () => {
    const client = await RelayClient.connect(url);
    const callSid = newCallSid();
    client.setup(callSid);
    assistant.failNext();
    client.prompt('hello');
    const end = await client.next();
    expect(end?.type).toBe('end');
    expect(JSON.parse(end?.handoffData ?? '{}')).toMatchObject({ reason: 'error' });
    const action = await signedTwilioRequest(app, {
      path: `/v1/twilio/relay-action?business_id=${businessId}`,
      params: { CallSid: callSid, CallStatus: 'in-progress', HandoffData: end?.handoffData ?? '' },
    });
    expect(twimlElements(action.body).map((element) => element.name)).toEqual([
      'Response',
      'Say',
      'Record',
      'Say',
      'Hangup',
    ]);
    await client.close();
  });

  it('refuses a handshake with a wrong or missing signature before opening the socket', async () => {
    const calls = assistant.callCount();
    const forged = RelayClient.connect(url, { signature: 'bm90IGEgc2lnbmF0dXJl' });
    expect(await refusedStatus(forged)).toBe(403);
    expect(await refusedStatus(RelayClient.connect(url, { signature: null }))).toBe(403);
    // Signed for another tenant's URL: the query is part of what Twilio signs.
    const other = relayUrl(new URL(url).origin.replace(/^ws/, 'http'), 'someone-else');
    const misdirected = RelayClient.connect(url, {
      signature: twilioSignature(other, {}),
    });
    expect(await refusedStatus(misdirected)).toBe(403);
    expect(assistant.callCount()).toBe(calls);
  });

  it('refuses a socket for an unknown or paused tenant', async () => {
    const origin = new URL(url).origin.replace(/^ws/, 'http');
    expect(await refusedStatus(RelayClient.connect(relayUrl(origin, 'no-such-business')))).toBe(404);
    const paused = await createBusiness(app, { voice_mode: 'relay', lockdown_mode: true });
    expect(await refusedStatus(RelayClient.connect(relayUrl(origin, paused.id)))).toBe(423);
  });

  it('answers the action route for voicemail, a finished conversation and a failed session', async () => {
    const post = (params: Record<string, string>) =>
      signedTwilioRequest(app, {
        path: `/v1/twilio/relay-action?business_id=${businessId}`,
        params: { CallSid: newCallSid(), CallStatus: 'in-progress', ...params },
      });
    const voicemail = await post({ HandoffData: JSON.stringify({ reason: 'voicemail', language: 'en' }) });
    expect(twimlElement(voicemail.body, 'Record')?.attributes.action).toBe(
      `/v1/twilio/voicemail?business_id=${businessId}`,
    );
    const ended = await post({ HandoffData: JSON.stringify({ reason: 'end', language: 'en' }) });
    expect(twimlElements(ended.body).map((element) => element.name)).toEqual(['Response', 'Hangup']);
    const failed = await post({ SessionStatus: 'failed', ErrorCode: '64101' });
    expect(twimlElement(failed.body, 'Record')).toBeDefined();
    const forgedNumber = await post({
      HandoffData: '{"reason":"transfer","language":"en","to":"+19005550199"}',
    });
    expect(twimlElement(forgedNumber.body, 'Dial')?.text).toBe(OWNER);
    const unsigned = await signedTwilioRequest(app, {
      path: `/v1/twilio/relay-action?business_id=${businessId}`,
      params: { CallSid: newCallSid() },
      signature: null,
    });
    expect(unsigned.statusCode).toBe(403);
  });

  it('serves the socket under /twilio too', async () => {
    const origin = new URL(url).origin.replace(/^ws/, 'http');
    const client = await RelayClient.connect(relayUrl(origin, businessId, '/twilio'));
    client.setup(newCallSid());
    client.prompt('hi');
    expect((await client.reply()).text).toBe(DEFAULT_REPLY.reply);
    await client.close();
  });
});
