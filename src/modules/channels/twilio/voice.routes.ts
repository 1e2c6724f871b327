import type { FastifyRequest } from 'fastify';
import {
  relayActionFormSchema,
  relayActionReplayKey,
  relayActionTwiml,
  relayLinksFor,
} from './relay/relay.action.js';
import { callStatusReplayKey, voicemailReplayKey, voiceReplayKey } from './replay-keys.js';
import { linksFor, type TwilioApp, twilioDoc, twilioRoute } from './route-support.js';
import type { TwilioChannel } from './twilio.channel.js';
import { twilioBusiness, twilioField } from './twilio.context.js';
import { sendTwiml } from './twilio.hooks.js';
import {
  callStatusFormSchema,
  dialStatusFormSchema,
  fallbackFormSchema,
  voiceFormSchema,
  voicemailFormSchema,
} from './twilio.schemas.js';
import { text } from './twilio.texts.js';
import { messageTwiml, sayAndRecord } from './twiml.js';

export function registerVoiceRoutes(app: TwilioApp, channel: TwilioChannel): void {
  app.post(
    '/voice',
    {
      ...twilioRoute({ twiml: 'voice', replayKey: voiceReplayKey, takeMessageOnError: true }),
      schema: {
        ...twilioDoc(
          'Caller webhook: greeting, then one assistant turn per request',
          'Answers TwiML: `<Say>` inside `<Gather input="speech dtmf" actionOnEmptyResult="true">` posting back here with `business_id` and `turn`; `<Hangup/>` at the end, `<Dial>` for a handoff, `<Record>` for voicemail. A retried turn gets its first answer again. A tenant whose `voice_mode` is `relay` gets `<Connect action="…/relay-action"><ConversationRelay url="wss://…/relay?business_id=…" welcomeGreeting="…" language="…" interruptible="speech" dtmfDetection="true"/></Connect>` instead: the greeting is spoken by Twilio and the conversation continues over the WebSocket `GET /v1/twilio/relay` (signed handshake; ConversationRelay messages).',
        ),
        body: voiceFormSchema,
      },
    },
    async (request, reply) => {
      const links = linksFor(app, channel, request);
      const business = twilioBusiness(request);
      const relay =
        business.voice_mode === 'relay'
          ? relayLinksFor(app.prefix, channel.publicBaseUrl, request, business.id)
          : undefined;
      const twiml = await channel.voice.answer(business, request.body, request.query.turn, links, relay);
      return sendTwiml(reply, twiml);
    },
  );

  app.post(
    '/relay-action',
    {
      ...twilioRoute({ twiml: 'voice', replayKey: relayActionReplayKey, takeMessageOnError: true }),
      schema: {
        ...twilioDoc(
          '`<Connect action>` of a ConversationRelay call',
          'Twilio posts here when the relay session ended, with the `HandoffData` of our `end` message: a transfer answers `<Dial>` to the owner (its action is `/dial-status`), a voicemail `<Record>`, a finished conversation `<Hangup/>`. A session that failed without a handoff apologises and offers to take a message.',
        ),
        body: relayActionFormSchema,
      },
    },
    async (request, reply) => {
      const business = twilioBusiness(request);
      const language = await channel.voice.languageOf(business, request.body.CallSid);
      const links = linksFor(app, channel, request);
      return sendTwiml(reply, relayActionTwiml(business, request.body, language, links));
    },
  );

  app.post(
    '/status',
    {
      ...twilioRoute({ twiml: 'none', replayKey: callStatusReplayKey }),
      schema: {
        ...twilioDoc(
          'Call status callback',
          'A final status (completed, busy, no-answer, failed, canceled) ends the conversation once; the assistant turns an ended call without a booking into a callback. Answers 204.',
        ),
        body: callStatusFormSchema,
      },
    },
    async (request, reply) => {
      await channel.voice.end(twilioBusiness(request), request.body);
      return reply.code(204).send();
    },
  );
}

export function registerCallEventRoutes(app: TwilioApp, channel: TwilioChannel): void {
  app.post(
    '/voicemail',
    {
      ...twilioRoute({ twiml: 'voice', replayKey: voicemailReplayKey }),
      schema: {
        ...twilioDoc(
          '`<Record>` action and transcription callback',
          'Hands the recording (and later its transcription) to the assistant, then thanks the caller and hangs up.',
        ),
        body: voicemailFormSchema,
      },
    },
    async (request, reply) =>
      sendTwiml(reply, await channel.voice.voicemail(twilioBusiness(request), request.body)),
  );

  app.post(
    '/dial-status',
    {
      ...twilioRoute({ twiml: 'voice', takeMessageOnError: true }),
      schema: {
        ...twilioDoc(
          '`<Dial>` action of a transfer',
          'An answered transfer hangs up; busy, no-answer or failed offers voicemail (`<Record>`).',
        ),
        body: dialStatusFormSchema,
      },
    },
    async (request, reply) => {
      const links = linksFor(app, channel, request);
      return sendTwiml(reply, await channel.voice.dialStatus(twilioBusiness(request), request.body, links));
    },
  );
}

export function registerFallbackRoutes(app: TwilioApp, channel: TwilioChannel): void {
  const answer = async (request: FastifyRequest) => {
    const business = twilioBusiness(request);
    const callSid = twilioField(request, 'CallSid');
    const language = await channel.voice.languageOf(business, callSid);
    if (!callSid && twilioField(request, 'MessageSid')) return messageTwiml(text(language, 'smsError'));
    return sayAndRecord(text(language, 'offerMessage'), language, linksFor(app, channel, request));
  };
  const doc = twilioDoc(
    'Fallback URL: Twilio calls it when the primary webhook failed',
    'Apologises and offers to take a message (`<Record>`), or answers a text with an apology. Never a 5xx.',
  );
  const options = twilioRoute({ twiml: 'voice' });
  app.get('/fallback', { ...options, schema: doc }, async (request, reply) =>
    sendTwiml(reply, await answer(request)),
  );
  app.post(
    '/fallback',
    { ...options, schema: { ...doc, body: fallbackFormSchema } },
    async (request, reply) => sendTwiml(reply, await answer(request)),
  );
}
