import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TwilioChannel } from './twilio.channel.js';
import { type TwilioRouteConfig, twilioBusiness } from './twilio.context.js';
import { twilioQuerySchema } from './twilio.schemas.js';
import type { VoiceLinks } from './twiml.js';

/** The Fastify instance a Twilio route file registers on (zod type provider, one prefix). */
export type TwilioApp = Parameters<FastifyPluginAsyncZod>[0];

const FORM = ['application/x-www-form-urlencoded'];

/** Every Twilio route: Twilio's credential in OpenAPI, our 400 for bad forms, its TwiML kind. */
export function twilioRoute(twilio: TwilioRouteConfig) {
  return {
    attachValidation: true,
    config: { auth: 'twilio' as const, automation: true, twilio },
  };
}

export function twilioDoc(summary: string, description: string) {
  return { tags: ['twilio'], summary, description, consumes: FORM, querystring: twilioQuerySchema };
}

/** Our own callback URLs keep the tenant in the query; relative unless PUBLIC_BASE_URL is set. */
export function linksFor(app: TwilioApp, channel: TwilioChannel, request: FastifyRequest): VoiceLinks {
  const base = `${channel.publicBaseUrl ?? ''}${app.prefix}`;
  const tenant = `business_id=${encodeURIComponent(twilioBusiness(request).id)}`;
  return {
    nextTurn: (turn) => `${base}/voice?${tenant}&turn=${turn}`,
    voicemail: () => `${base}/voicemail?${tenant}`,
    dialStatus: () => `${base}/dial-status?${tenant}`,
  };
}
