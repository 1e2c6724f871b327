import { z } from 'zod';
import { AppError } from '../../../platform/errors/app-error.js';
import type { KeyValueStore } from '../../../platform/kv/key-value-store.js';

// One record per voice or telephony session in the shared session store (memory, or Redis so any
// instance serves the next request). The assistant keeps the dialogue in its own session under
// the same id; this record holds what the API needs: whose session it is and whether it is alive.

const recordSchema = z.object({
  business_id: z.string(),
  caller_phone: z.string().nullable(),
  /** ms since epoch, app clock. */
  created_at: z.number(),
  last_active_at: z.number(),
  ended_at: z.number().nullable(),
  turns: z.number().int().min(0),
  language: z.enum(['en', 'es']),
  done: z.boolean(),
  outcome: z.string().nullable(),
  appointment_id: z.string().nullable(),
  transfer_to: z.string().nullable(),
  voicemail: z.boolean(),
});

export type SessionRecord = z.infer<typeof recordSchema>;

/**
 * A session idle for the TTL is expired (409) but its record stays this much longer, so a client
 * coming back late learns that its session expired instead of "never existed" (404).
 */
export const EXPIRED_GRACE_MS = 24 * 60 * 60 * 1000;

export type SessionRecords = ReturnType<typeof createSessionRecords>;

const storeDown = (error: unknown) =>
  new AppError(
    'DEPENDENCY_UNAVAILABLE',
    'The session store is unavailable; try again shortly',
    {},
    { cause: error },
  );

export function createSessionRecords(store: KeyValueStore, ttlMs: number) {
  const keyOf = (sessionId: string) => `voice-session:${sessionId}`;

  /** The record; a missing or unreadable one is null. An unreachable store is a 503. */
  async function get(sessionId: string): Promise<SessionRecord | null> {
    let raw: string | null;
    try {
      raw = await store.get(keyOf(sessionId));
    } catch (error) {
      throw storeDown(error);
    }
    if (raw === null) return null;
    try {
      const parsed = recordSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Stores the record until its expiry plus the grace period, counted from its last activity. */
  async function save(sessionId: string, record: SessionRecord, nowMs: number): Promise<void> {
    const lifetime = record.last_active_at + ttlMs + EXPIRED_GRACE_MS - nowMs;
    try {
      await store.set(keyOf(sessionId), JSON.stringify(record), Math.max(1, lifetime));
    } catch (error) {
      throw storeDown(error);
    }
  }

  const expiresAt = (record: SessionRecord) => record.last_active_at + ttlMs;

  return { get, save, expiresAt };
}
