import { type Clock, systemClock } from '../clock.js';
import type { KeyValueStore, TokenBucketOptions, TokenBucketResult } from './key-value-store.js';
import { type BucketState, stepBucket } from './token-bucket.js';
import { assertIncrementBy, normalizeBucket, normalizeTtlMs } from './validation.js';

/** The memory store, plus introspection for tests. */
export interface MemoryKeyValueStore extends KeyValueStore {
  /** Entries currently held, including expired ones not yet swept. */
  size(): number;
}

type Entry =
  | { type: 'string'; value: string; expiresAtMs: number | undefined }
  | { type: 'bucket'; state: BucketState; expiresAtMs: number | undefined };

// Expired entries are dropped on read and by a full sweep at most this often (triggered by writes),
// so no timer keeps the process alive and unread keys cannot pile up forever.
const SWEEP_INTERVAL_MS = 10_000;

// Messages mirror Redis so callers see the same errors from both implementations.
const WRONGTYPE = 'WRONGTYPE Operation against a key holding the wrong kind of value';
const NOT_AN_INTEGER = 'ERR value is not an integer or out of range';

/**
 * Single-process store for tests and single-instance deployments. Every method runs synchronously
 * inside its promise, so each is atomic with respect to the others.
 */
export function createMemoryKv(clock: Clock = systemClock): MemoryKeyValueStore {
  const entries = new Map<string, Entry>();
  let closed = false;
  let lastSweepMs = clock.now().getTime();

  const nowMs = (): number => clock.now().getTime();
  const isExpired = (entry: Entry, now: number): boolean =>
    entry.expiresAtMs !== undefined && now >= entry.expiresAtMs;

  function assertOpen(): void {
    if (closed) throw new Error('KeyValueStore is closed');
  }

  function live(key: string, now: number): Entry | undefined {
    const entry = entries.get(key);
    if (entry && isExpired(entry, now)) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function beforeWrite(now: number): void {
    assertOpen();
    if (now - lastSweepMs < SWEEP_INTERVAL_MS) return;
    lastSweepMs = now;
    for (const [key, entry] of entries) {
      if (isExpired(entry, now)) entries.delete(key);
    }
  }

  function expiry(now: number, ttlMs: number | undefined): number | undefined {
    return ttlMs === undefined ? undefined : now + ttlMs;
  }

  function stringValue(entry: Entry | undefined): string | null {
    if (!entry) return null;
    if (entry.type !== 'string') throw new Error(WRONGTYPE);
    return entry.value;
  }

  function bucketState(entry: Entry | undefined): BucketState | null {
    if (!entry) return null;
    if (entry.type !== 'bucket') throw new Error(WRONGTYPE);
    return entry.state;
  }

  function parseCounter(value: string | null): number {
    if (value === null) return 0;
    if (!/^-?\d+$/.test(value)) throw new Error(NOT_AN_INTEGER);
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed)) throw new Error(NOT_AN_INTEGER);
    return parsed;
  }

  return {
    kind: 'memory',

    async get(key: string): Promise<string | null> {
      assertOpen();
      return stringValue(live(key, nowMs()));
    },

    async set(key: string, value: string, ttlMs?: number): Promise<void> {
      const ttl = normalizeTtlMs(ttlMs);
      const now = nowMs();
      beforeWrite(now);
      entries.set(key, { type: 'string', value, expiresAtMs: expiry(now, ttl) });
    },

    async setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean> {
      const ttl = normalizeTtlMs(ttlMs);
      const now = nowMs();
      beforeWrite(now);
      if (live(key, now)) return false;
      entries.set(key, { type: 'string', value, expiresAtMs: expiry(now, ttl) });
      return true;
    },

    async delete(key: string): Promise<void> {
      const now = nowMs();
      beforeWrite(now);
      entries.delete(key);
    },

    async deleteIfEquals(key: string, value: string): Promise<boolean> {
      const now = nowMs();
      beforeWrite(now);
      if (stringValue(live(key, now)) !== value) return false;
      entries.delete(key);
      return true;
    },

    async increment(key: string, by = 1, ttlMs?: number): Promise<number> {
      assertIncrementBy(by);
      const ttl = normalizeTtlMs(ttlMs);
      const now = nowMs();
      beforeWrite(now);
      const existing = live(key, now);
      const next = parseCounter(stringValue(existing)) + by;
      if (!Number.isSafeInteger(next)) throw new Error(NOT_AN_INTEGER);
      const expiresAtMs = existing ? existing.expiresAtMs : expiry(now, ttl);
      entries.set(key, { type: 'string', value: String(next), expiresAtMs });
      return next;
    },

    async takeToken(key: string, opts: TokenBucketOptions): Promise<TokenBucketResult> {
      const params = normalizeBucket(opts);
      const now = nowMs();
      beforeWrite(now);
      const step = stepBucket(bucketState(live(key, now)), now, params);
      if (!step.changed) return step.result;
      if (step.next) {
        entries.set(key, { type: 'bucket', state: step.next, expiresAtMs: now + step.ttlMs });
      } else {
        entries.delete(key);
      }
      return step.result;
    },

    async ping(): Promise<void> {
      assertOpen();
    },

    async close(): Promise<void> {
      closed = true;
      entries.clear();
    },

    size: () => entries.size,
  };
}
