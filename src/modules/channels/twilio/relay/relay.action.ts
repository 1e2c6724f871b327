import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Business } from '../../../tenants/tenants.model.js';
import { type Language, text } from '../twilio.texts.js';
import {
  dialOnly,
  emptyTwiml,
  hangupOnly,
  type RelayLinks,
  recordOnly,
  sayAndRecord,
  type VoiceLinks,
} from '../twiml.js';
import { endReasonOf } from '../voice.service.js';
import { parseHandoff } from './relay.protocol.js';

// The `<Connect action>` of a relay call: Twilio posts here once the ConversationRelay session is
// over, with the HandoffData of our end message. The reply that announced the handoff was already
// spoken over the socket; this only carries it out, like the gather flow's TwiML after that reply.

const optionalText = z.string().max(10_000).optional();

export const relayActionFormSchema = z.looseObject({
  CallSid: z.string().trim().min(1).max(64).describe('Twilio SID (CA…)'),
  From: optionalText,
  To: optionalText,
  CallStatus: optionalText,
  SessionId: optionalText,
  SessionStatus: optionalText.describe('completed, failed, …'),
  HandoffData: optionalText.describe('The handoffData of our end message (JSON: reason, language)'),
  ErrorCode: optionalText,
});
export type RelayActionForm = z.infer<typeof relayActionFormSchema>;

/**
 * transfer → `<Dial>` the owner (the tenant's owner_phone, never a number from the request);
 * voicemail → `<Record>`; end → hang up. No handoff of ours (the socket failed, or our turn did) →
 * apologise and offer to take a message, as the gather flow does when a turn fails.
 */
export function relayActionTwiml(
  business: Business,
  form: RelayActionForm,
  callLanguage: Language,
  links: Pick<VoiceLinks, 'dialStatus' | 'voicemail'>,
): string {
  // The caller hung up: the status callback ends the conversation; there is no one to answer.
  if (endReasonOf(form.CallStatus)) return emptyTwiml();
  const handoff = parseHandoff(form.HandoffData);
  const language = handoff?.language ?? callLanguage;
  switch (handoff?.reason) {
    case 'transfer':
      return business.owner_phone
        ? dialOnly(business.owner_phone, links)
        : sayAndRecord(text(language, 'noAnswer'), language, links);
    case 'voicemail':
      return recordOnly(language, links);
    case 'end':
      return hangupOnly();
    default:
      return sayAndRecord(text(language, 'offerMessage'), language, links);
  }
}

/**
 * Relay URLs keep the tenant in the query. The socket URL must be absolute: PUBLIC_BASE_URL with
 * its scheme turned into ws(s), else the origin this request reached.
 */
export function relayLinksFor(
  prefix: string,
  publicBaseUrl: string | undefined,
  request: FastifyRequest,
  businessId: string,
): RelayLinks {
  const origin = publicBaseUrl ?? `${request.protocol}://${request.host}`;
  const tenant = `business_id=${encodeURIComponent(businessId)}`;
  return {
    socket: () => `${origin.replace(/^http/, 'ws')}${prefix}/relay?${tenant}`,
    action: () => `${publicBaseUrl ?? ''}${prefix}/relay-action?${tenant}`,
  };
}

/** The call and the handoff: a redelivery of the same action gets the first answer again. */
export function relayActionReplayKey(request: FastifyRequest): string {
  const form = request.body as RelayActionForm;
  return `relay-action:${form.CallSid}:${form.SessionId ?? ''}`;
}
