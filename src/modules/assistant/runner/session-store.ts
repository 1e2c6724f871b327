import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { getJson, type KeyValueStore, setJson } from '../../../platform/kv/key-value-store.js';
import { type SessionState, sessionStateSchema } from '../engine/index.js';

// One assistant session in the shared store: the engine's state plus what the runner needs between
// turns (the transcript's conversation, the last answer for transport retries).

const turnResultSchema = z.object({
  reply: z.string(),
  language: z.enum(['en', 'es']),
  end: z.boolean(),
  transferTo: z.string().optional(),
  voicemail: z.boolean().optional(),
  hints: z.array(z.string()).optional(),
  outcome: z
    .enum([
      'booked',
      'rescheduled',
      'cancelled',
      'confirmed',
      'emergency',
      'handoff',
      'callback',
      'faq',
      'voicemail',
      'abandoned',
    ])
    .optional(),
  appointmentId: z.string().optional(),
});

const metaSchema = z.object({
  conversationId: z.string().nullable(),
  /** The input of the last turn ('\u0000start' for the greeting) and the answer given to it. */
  lastInput: z.string().nullable(),
  /** The transport's id of the last turn, when it gave one (TurnInput.deliveryId). */
  lastDelivery: z.string().optional(),
  lastResult: turnResultSchema.nullable(),
  /** When the last answer was stored (ms since epoch, runner clock). */
  lastAt: z.number().nullable(),
  ended: z.boolean(),
  /** The transfer this session asked for rang out: the handoff is not done until someone calls back. */
  transferUnanswered: z.boolean().optional(),
});

const storedSchema = z.object({ engine: sessionStateSchema, meta: metaSchema });

export type StoredSession = z.infer<typeof storedSchema>;
export type SessionMeta = StoredSession['meta'];

export const START_INPUT = '\u0000start';

export function emptyMeta(): SessionMeta {
  return { conversationId: null, lastInput: null, lastResult: null, lastAt: null, ended: false };
}

export function sessionKey(businessId: string, sessionId: string): string {
  return `assistant:${businessId}:${sessionId}`;
}

export interface SessionStore {
  /** The stored session, or null when missing, expired, from another version or corrupt. */
  load(key: string): Promise<StoredSession | null>;
  save(key: string, session: StoredSession): Promise<void>;
  /** Runs `work` while holding the session's lock, so a retried turn waits for the first one. */
  locked<T>(key: string, work: () => Promise<T>): Promise<T>;
}

const LOCK_TTL_MS = 30_000;
const LOCK_POLL_MS = 25;
const LOCK_WAIT_MS = 10_000;

export function createSessionStore(kv: KeyValueStore, ttlMs: number): SessionStore {
  async function load(key: string): Promise<StoredSession | null> {
    try {
      const parsed = storedSchema.safeParse(await getJson(kv, key));
      return parsed.success ? parsed.data : null;
    } catch (error) {
      // Unparseable JSON is a corrupt session: start over. A store outage must surface.
      if (error instanceof SyntaxError) return null;
      throw error;
    }
  }

  async function locked<T>(key: string, work: () => Promise<T>): Promise<T> {
    const lockKey = `${key}:lock`;
    const token = randomUUID();
    let held = false;
    for (let waited = 0; !held && waited < LOCK_WAIT_MS; waited += LOCK_POLL_MS) {
      held = await kv.setIfAbsent(lockKey, token, LOCK_TTL_MS);
      if (!held) await sleep(LOCK_POLL_MS);
    }
    // After waiting this long the holder is stuck; answering the caller matters more than the lock.
    try {
      return await work();
    } finally {
      // Compare-and-delete: if our lock expired and another turn holds it now, it stays.
      if (held) await kv.deleteIfEquals(lockKey, token);
    }
  }

  return {
    load,
    save: (key, session) => setJson(kv, key, session, ttlMs),
    locked,
  };
}

export type { SessionState };
