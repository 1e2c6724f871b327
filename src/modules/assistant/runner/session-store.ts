import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { KeyValueStore } from '../../../platform/kv/key-value-store.js';
import { readFormatted, storedFormat, withFormat } from '../../../platform/stored-format.js';
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
  /**
   * The caller interrupted the reply stored at `at` (= lastAt) and heard only `heard`; once a later
   * turn moves lastAt on, it no longer describes the last reply.
   */
  cutOff: z.object({ heard: z.string(), at: z.number().nullable() }).optional(),
  /** The transfer this session asked for rang out: the handoff is not done until someone calls back. */
  transferUnanswered: z.boolean().optional(),
});

const storedSchema = z.object({ engine: sessionStateSchema, meta: metaSchema });

export type StoredSession = z.infer<typeof storedSchema>;

// Sessions this code stored carry SESSION_FORMAT (a digest of the schema, engine state included) and
// are used without validating them again: re-validating our own writes was a zod parse of the whole
// session per turn. Any other record (another release's during a deploy, another writer's) is
// validated in full and refused when it does not fit (platform/stored-format.ts).
export const SESSION_FORMAT = storedFormat('session', storedSchema);
export type SessionMeta = StoredSession['meta'];

export const START_INPUT = '\u0000start';

export function emptyMeta(): SessionMeta {
  return { conversationId: null, lastInput: null, lastResult: null, lastAt: null, ended: false };
}

export function sessionKey(businessId: string, sessionId: string): string {
  return `assistant:${businessId}:${sessionId}`;
}

/** Hands the session to store once the work is done; the last session handed over is stored. */
export type KeepSession = (session: StoredSession) => void;

export interface SessionStore {
  /**
   * Runs `work` on the stored session (null when missing, expired, from another version or
   * corrupt) while holding the session's lock, so a retried turn waits for the first one. The
   * session handed to `keep` is stored as the lock is released. Taking the lock and reading the
   * session travel together, as do storing and releasing: two round trips to Redis, not four.
   */
  withSession<T>(
    key: string,
    work: (loaded: StoredSession | null, keep: KeepSession) => Promise<T>,
  ): Promise<T>;
}

const LOCK_TTL_MS = 30_000;
const LOCK_POLL_MS = 25;
const LOCK_WAIT_MS = 10_000;

export function createSessionStore(kv: KeyValueStore, ttlMs: number): SessionStore {
  async function load(key: string): Promise<StoredSession | null> {
    try {
      const raw = await kv.get(key);
      if (raw === null) return null;
      return readFormatted(SESSION_FORMAT, storedSchema, JSON.parse(raw));
    } catch (error) {
      // Unparseable JSON is a corrupt session: start over. A store outage must surface.
      if (error instanceof SyntaxError) return null;
      throw error;
    }
  }

  async function waitForLock(lockKey: string, token: string): Promise<boolean> {
    for (let waited = 0; waited < LOCK_WAIT_MS; waited += LOCK_POLL_MS) {
      await sleep(LOCK_POLL_MS);
      if (await kv.setIfAbsent(lockKey, token, LOCK_TTL_MS)) return true;
    }
    return false;
  }

  async function withSession<T>(
    key: string,
    work: (loaded: StoredSession | null, keep: KeepSession) => Promise<T>,
  ): Promise<T> {
    const lockKey = `${key}:lock`;
    const token = randomUUID();
    // Issued in one tick, the claim and the read share a round trip (in this order on the wire);
    // when the claim wins, nobody can have written the session between the two.
    let [held, loaded] = await Promise.all([kv.setIfAbsent(lockKey, token, LOCK_TTL_MS), load(key)]);
    if (!held) {
      // After waiting this long the holder is stuck; answering the caller matters more than the lock.
      held = await waitForLock(lockKey, token);
      loaded = await load(key);
    }
    let kept: StoredSession | undefined;
    // Compare-and-delete: if our lock expired and another turn holds it now, it stays.
    const release = () => (held ? kv.deleteIfEquals(lockKey, token) : Promise.resolve(false));
    try {
      const result = await work(loaded, (session) => {
        kept = session;
      });
      if (kept) await Promise.all([kv.set(key, withFormat(SESSION_FORMAT, kept), ttlMs), release()]);
      else await release();
      return result;
    } catch (error) {
      await release().catch(() => false);
      throw error;
    }
  }

  return { withSession };
}

export type { SessionState };
