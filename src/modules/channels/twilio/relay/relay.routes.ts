// The type import also brings @fastify/websocket's `websocket: true` route option into scope.
import type { WebSocket } from '@fastify/websocket';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import twilio from 'twilio';
import { z } from 'zod';
import type { Clock } from '../../../../platform/clock.js';
import { AppError } from '../../../../platform/errors/app-error.js';
import type { KeyValueStore } from '../../../../platform/kv/key-value-store.js';
import { addLogBindings } from '../../../../platform/logger/logger.js';
import type { Assistant } from '../../../assistant/assistant.port.js';
import { assertAutomationAllowed } from '../../../tenants/tenants.auth.js';
import type { TenantService } from '../../../tenants/tenants.service.js';
import { publicUrlOf, type SignatureCheckOptions } from '../twilio.signature.js';
import { createRelayConversation, type RelayDeps, type RelayLog } from './relay.session.js';
import { createRelayCalls } from './relay-state.js';

// The ConversationRelay socket, GET /v1/twilio/relay (and /twilio/relay). Everything is decided
// before the upgrade: a missing or wrong X-Twilio-Signature is a 403, an unknown tenant a 404, a
// paused one 423, all as problem documents, and no socket is opened, so a refusal has no effect.
// Mounted beside the Twilio webhook plugin rather than in it: Twilio signs this handshake over the
// wss:// URL with no form, not over an https:// URL and a form as it signs the webhooks.

const relayQuerySchema = z.looseObject({
  business_id: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .describe('Tenant id (our `<ConversationRelay url>` carries it)'),
});

export interface RelayChannelDeps {
  assistant: Assistant;
  clock: Clock;
  /** The Twilio state store (memory or Redis): relay call records by CallSid. */
  store: KeyValueStore;
  tenants: Pick<TenantService, 'findById'>;
  signatures: SignatureCheckOptions;
  log: RelayLog;
}

export interface RelayChannel {
  conversation: RelayDeps;
  checkSignature: (request: FastifyRequest) => Promise<void>;
  resolveTenant: (request: FastifyRequest) => Promise<void>;
}

export function createRelayChannel(deps: RelayChannelDeps): RelayChannel {
  const onStoreError = (error: Error) =>
    deps.log.warn({ error: error.message }, 'relay call state unavailable; call goes on without it');
  return {
    conversation: {
      assistant: deps.assistant,
      calls: createRelayCalls(deps.store, onStoreError),
      clock: deps.clock,
      log: deps.log,
    },
    checkSignature: createHandshakeSignatureCheck(deps.signatures),
    resolveTenant: async (request) => {
      const { business_id } = request.query as z.infer<typeof relayQuerySchema>;
      const business = await deps.tenants.findById(business_id);
      if (!business) throw new AppError('NOT_FOUND', 'No such business');
      request.business = business;
      addLogBindings(request.log, { business_id: business.id });
      assertAutomationAllowed(business);
    },
  };
}

/**
 * Twilio's algorithm over the socket URL as Twilio requested it (wss:// and the query, no form),
 * with the public origin from PUBLIC_BASE_URL when set, as for the webhooks.
 */
export function createHandshakeSignatureCheck(options: SignatureCheckOptions) {
  return async function checkHandshakeSignature(request: FastifyRequest): Promise<void> {
    if (!options.verify) return;
    const header = request.headers['x-twilio-signature'];
    const signature = (Array.isArray(header) ? header[0] : header)?.trim();
    if (!signature) throw refused(request, 'Missing X-Twilio-Signature', 'webhook_signature_missing');
    if (!options.authToken) throw refused(request, 'Twilio signatures cannot be verified', 'no_auth_token');
    const url = publicUrlOf(request, options.publicBaseUrl).replace(/^http/, 'ws');
    let valid = false;
    try {
      valid = twilio.validateRequest(options.authToken, signature, url, {});
    } catch {
      valid = false;
    }
    if (!valid) throw refused(request, 'Invalid Twilio signature', 'webhook_signature_invalid');
  };
}

function refused(request: FastifyRequest, message: string, event: string): AppError {
  request.log.warn({ security_event: event }, 'relay handshake refused');
  return new AppError('FORBIDDEN', message, { subcode: 'TWILIO_SIGNATURE_INVALID' });
}

export const relaySocketRoutes: FastifyPluginAsyncZod<{ relay: RelayChannel }> = async (app, { relay }) => {
  app.get(
    '/relay',
    {
      websocket: true,
      config: { auth: 'twilio' },
      schema: { querystring: relayQuerySchema },
      preValidation: relay.checkSignature,
      preHandler: relay.resolveTenant,
    },
    (socket: WebSocket, request) => {
      const business = request.business;
      if (!business) return socket.close(1011, 'no tenant');
      const conversation = createRelayConversation(relay.conversation, business, socket);
      socket.on('message', (data, isBinary) => {
        // ConversationRelay speaks JSON text frames only; a binary frame is malformed by definition.
        conversation.onMessage(isBinary ? '' : data.toString());
      });
      socket.on('close', (code) => request.log.info({ code }, 'relay socket closed'));
    },
  );
};
