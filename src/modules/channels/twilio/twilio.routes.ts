import formbody from '@fastify/formbody';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { linksFor } from './route-support.js';
import { registerSmsRoutes } from './sms.routes.js';
import type { TwilioChannel } from './twilio.channel.js';
import { answerUptimeCheck, createTwilioErrorHandler, rejectMalformed } from './twilio.hooks.js';
import { registerCallEventRoutes, registerFallbackRoutes, registerVoiceRoutes } from './voice.routes.js';

/**
 * Twilio webhooks, registered under /v1/twilio and again under /twilio. Every route shares one
 * pipeline: signature (preValidation) → uptime check → malformed form (400) → tenant (apology or
 * 423) → replay lookup → handler → onSend stores the answer for redeliveries.
 */
export const twilioRoutes: FastifyPluginAsyncZod<{ channel: TwilioChannel }> = async (app, { channel }) => {
  if (channel.refusesEverything) {
    app.log.warn({ prefix: app.prefix }, 'TWILIO_AUTH_TOKEN is not set: every Twilio webhook is refused');
  }
  // Twilio posts forms; only these routes parse them (JSON routes answer a form with 415).
  await app.register(formbody);
  app.setErrorHandler(createTwilioErrorHandler((request) => linksFor(app, channel, request).voicemail()));
  app.addHook('preValidation', channel.checkSignature);
  app.addHook('preHandler', answerUptimeCheck);
  app.addHook('preHandler', rejectMalformed);
  app.addHook('preHandler', channel.resolveTenant);
  app.addHook('preHandler', channel.replay.lookup);
  app.addHook('onSend', channel.replay.remember);

  registerVoiceRoutes(app, channel);
  registerCallEventRoutes(app, channel);
  registerFallbackRoutes(app, channel);
  registerSmsRoutes(app, channel);
};
