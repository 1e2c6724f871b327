import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../platform/errors/app-error.js';
import type { AssistantChannel, TurnContext } from '../../assistant/assistant.port.js';
import { normalizePhone } from '../../crm/customers.service.js';
import type { Business } from '../../tenants/tenants.model.js';

/** Per-route settings of the Twilio plugin, declared in the route's `config.twilio`. */
export interface TwilioRouteConfig {
  /** Which TwiML the route answers with, including its apologies when something fails. */
  twiml: 'voice' | 'messaging' | 'none';
  /** A delivery's identity when `I-Twilio-Idempotency-Token` is absent; null means no dedupe. */
  replayKey?: (request: FastifyRequest) => string | null;
  /** The number that names the tenant when `business_id` is absent: `To`, or `From` on delivery reports. */
  tenantNumber?: 'To' | 'From';
  /**
   * Voice: when handling fails, offer the caller to leave a message instead of hanging up. Not on
   * the voicemail route itself, whose failure would otherwise offer the recording again and again.
   */
  takeMessageOnError?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    twilio?: TwilioRouteConfig;
  }
}

export function twilioRouteConfig(request: FastifyRequest): TwilioRouteConfig {
  return request.routeOptions.config.twilio ?? { twiml: 'none' };
}

/** The tenant the Twilio plugin resolved (by `business_id`, else by `To`). */
export function twilioBusiness(request: FastifyRequest): Business {
  if (!request.business) throw new AppError('INTERNAL', 'Twilio route ran without a resolved tenant');
  return request.business;
}

/** Twilio fields arrive in the form body on POST and in the query string on GET. */
export function twilioField(request: FastifyRequest, name: string): string | undefined {
  const fromBody = fieldOf(request.body, name);
  return fromBody ?? fieldOf(request.query, name);
}

function fieldOf(source: unknown, name: string): string | undefined {
  if (!source || typeof source !== 'object') return undefined;
  const value = (source as Record<string, unknown>)[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** What the assistant needs to know about the conversation a webhook belongs to. */
export function turnContext(
  business: Business,
  channel: AssistantChannel,
  sessionId: string,
  from: string | undefined,
  now: Date,
): TurnContext {
  return { business, channel, sessionId, callerPhone: callerPhoneOf(from), now };
}

/** E.164, or null for withheld and unusable caller ids ("anonymous", "+266696687"). */
export function callerPhoneOf(from: string | undefined): string | null {
  return from ? normalizePhone(from) : null;
}
