import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../platform/errors/app-error.js';
import { getJson, type KeyValueStore, setJson } from '../../../platform/kv/key-value-store.js';
import { twilioBusiness, twilioRouteConfig } from './twilio.context.js';

// Redeliveries of one webhook (same I-Twilio-Idempotency-Token, else the route's own key such as
// the MessageSid or the CallSid turn) get the first answer again and cause no side effect.
// The first delivery claims the key with setIfAbsent, so of two identical deliveries arriving at
// once only one acts; the other waits for the stored answer.

const ANSWER_TTL_MS = 24 * 60 * 60 * 1000;
// Longer than any webhook we serve may take; an abandoned claim frees itself after this.
const CLAIM_TTL_MS = 60_000;
const WAIT_FOR_FIRST_MS = 10_000;
const POLL_MS = 50;
const TOKEN_PATTERN = /^[\w.:-]{1,200}$/;

type Entry = { state: 'pending' } | { state: 'done'; status: number; content_type: string; body: string };

const PENDING = JSON.stringify({ state: 'pending' } satisfies Entry);

export interface ReplayGuardOptions {
  store: KeyValueStore;
  keyPrefix: string;
}

export function createReplayGuard({ store, keyPrefix }: ReplayGuardOptions) {
  // The key each in-flight request claimed; its response is stored for redeliveries.
  const claimed = new WeakMap<FastifyRequest, string>();

  // Scoped by tenant and route: a token is only an identity within one webhook. Without the scope a
  // token (or a forged one) seen on one tenant's voice route would replay that TwiML to another
  // tenant, or to an SMS. Runs after tenant resolution, so the tenant is known.
  function keyOf(request: FastifyRequest): string | null {
    const scope = `${keyPrefix}:twilio:${twilioBusiness(request).id}:${routeName(request)}`;
    const header = request.headers['i-twilio-idempotency-token'];
    const token = (Array.isArray(header) ? header[0] : header)?.trim();
    if (token && TOKEN_PATTERN.test(token)) return `${scope}:token:${token}`;
    const fallback = twilioRouteConfig(request).replayKey?.(request);
    return fallback ? `${scope}:sid:${fallback}` : null;
  }

  /** preHandler: claim the delivery, or answer a redelivery with the stored first response. */
  async function lookup(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const key = keyOf(request);
    if (!key) return undefined;
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    while (Date.now() < deadline) {
      const won = await store.setIfAbsent(key, PENDING, CLAIM_TTL_MS).catch((error: Error) => {
        // Answering the caller matters more than dedupe while the store is unreachable.
        request.log.warn({ error: error.message }, 'twilio replay store unavailable; not deduplicated');
        return null;
      });
      if (won === null) return undefined;
      if (won) {
        claimed.set(request, key);
        return undefined;
      }
      const entry = await getJson<Entry>(store, key).catch(() => null);
      if (entry?.state === 'done') {
        request.log.info({ replayed: true }, 'twilio redelivery answered with the first response');
        return reply
          .code(entry.status)
          .header('content-type', entry.content_type)
          .header('x-twilio-replayed', 'true')
          .send(entry.body);
      }
      await sleep(POLL_MS);
    }
    throw new AppError('CONFLICT', 'The same Twilio delivery is still being processed', {
      subcode: 'TWILIO_DELIVERY_IN_PROGRESS',
    });
  }

  /** onSend: keep the answer of a claimed delivery; a failure (5xx) frees the key for Twilio's retry. */
  async function remember(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    const key = claimed.get(request);
    if (!key) return payload;
    claimed.delete(request);
    try {
      const body = payload == null ? '' : Buffer.isBuffer(payload) ? payload.toString('utf8') : payload;
      if (reply.statusCode >= 500 || typeof body !== 'string') {
        await store.delete(key);
        return payload;
      }
      const contentType = String(reply.getHeader('content-type') ?? 'text/plain');
      const entry: Entry = { state: 'done', status: reply.statusCode, content_type: contentType, body };
      await setJson(store, key, entry, ANSWER_TTL_MS);
    } catch (error) {
      request.log.warn({ error: (error as Error).message }, 'twilio replay answer not stored');
    }
    return payload;
  }

  return { lookup, remember };
}

// The route without its mount prefix (`voice`, `sms-status`), so /twilio/voice and /v1/twilio/voice
// share deliveries: both prefixes serve the same webhooks.
function routeName(request: FastifyRequest): string {
  const url = request.routeOptions.url ?? '';
  return url.slice(url.lastIndexOf('/') + 1);
}
