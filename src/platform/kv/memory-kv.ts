import { type Clock, systemClock } from '../clock.js';
import { createExpiryHeap, type Expiring } from './expiry-heap.js';
import type { KeyValueStore, TokenBucketOptions, TokenBucketResult } from './key-value-store.js';
import { type BucketState, stepBucket } from './token-bucket.js';
import { assertIncrementBy, normalizeBucket, normalizeTtlMs } from './validation.js';

export interface MemoryKvOptions {
  /**
   * Upper bound on what the store holds, approximately (characters of keys and values plus a fixed
   * cost per key). A write that passes it evicts the least recently written keys, as Redis does
   * under `maxmemory`: a single-instance deployment keeps a bounded heap whatever TTLs callers pick.
   */
  maxBytes?: number;
}

export interface MemoryKvStats {
  /** Keys held now (expired ones are dropped on every write, so this is the live count). */
  keys: number;
  /** Approximate bytes held (see `MemoryKvOptions.maxBytes`). */
  bytes: number;
  /** Keys dropped because their TTL passed, since the store was created. */
  expired: number;
  /** Live keys dropped to stay under `maxBytes`, since the store was created. */
  evicted: number;
}

/** The memory store, plus introspection for tests, benchmarks and metrics. */
export interface MemoryKeyValueStore extends KeyValueStore {
  /** Keys currently held. */
  size(): number;
  stats(): MemoryKvStats;
}

interface Entry extends Expiring {
  readonly key: string;
  readonly value: string | null;
  readonly bucket: BucketState | null;
  readonly bytes: number;
}

// About 20,000 keys of call state, sessions and replay answers (~6 per call, ~800 bytes each): the
// last 3,000 calls or so. What it drops first was written minutes ago even at 20 calls a second,
// while a live call rewrites its session and call state every turn. (Replay answers live 24 h and
// call state 4 h, so at any steady call rate it is this budget, not their TTLs, that bounds the store.)
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
// The Map slot, the entry object and its heap slot, roughly, so many tiny keys still count.
const ENTRY_OVERHEAD_BYTES = 160;

// Messages mirror Redis so callers see the same errors from both implementations.
const WRONGTYPE = 'WRONGTYPE Operation against a key holding the wrong kind of value';
const NOT_AN_INTEGER = 'ERR value is not an integer or out of range';

/** Whether `store` is the memory implementation (which can report its size). */
export function isMemoryKv(store: KeyValueStore): store is MemoryKeyValueStore {
  return store.kind === 'memory' && typeof (store as Partial<MemoryKeyValueStore>).stats === 'function';
}

/**
 * Single-process store for tests and single-instance deployments. Every method runs synchronously
 * inside its promise, so each is atomic with respect to the others.
 *
 * Expiry: keys with a TTL sit in a min-heap on their deadline, and every write first drops what has
 * expired, so a write costs O(log n) plus O(expired · log n) and never walks the whole store (a full
 * sweep of a large store stalls every request behind it). No timer keeps the process alive.
 */
export function createMemoryKv(
  clock: Clock = systemClock,
  options: MemoryKvOptions = {},
): MemoryKeyValueStore {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Map order is write order (a write re-inserts its key), so the first key is the least recently written.
  const entries = new Map<string, Entry>();
  const deadlines = createExpiryHeap<Entry>();
  let bytes = 0;
  let expired = 0;
  let evicted = 0;
  let closed = false;

  const nowMs = (): number => clock.now().getTime();

  function assertOpen(): void {
    if (closed) throw new Error('KeyValueStore is closed');
  }

  function drop(entry: Entry): void {
    entries.delete(entry.key);
    deadlines.remove(entry);
    bytes -= entry.bytes;
  }

  function live(key: string, now: number): Entry | undefined {
    const entry = entries.get(key);
    if (entry && now >= entry.expiresAtMs) {
      drop(entry);
      expired += 1;
      return undefined;
    }
    return entry;
  }

  function beforeWrite(now: number): void {
    assertOpen();
    for (let entry = deadlines.popExpired(now); entry; entry = deadlines.popExpired(now)) {
      entries.delete(entry.key);
      bytes -= entry.bytes;
      expired += 1;
    }
  }

  function put(key: string, value: string | null, bucket: BucketState | null, expiresAtMs: number): void {
    const previous = entries.get(key);
    if (previous) drop(previous);
    const size = ENTRY_OVERHEAD_BYTES + key.length + (value?.length ?? 32);
    const entry: Entry = { key, value, bucket, expiresAtMs, slot: -1, bytes: size };
    entries.set(key, entry);
    bytes += size;
    if (expiresAtMs !== Number.POSITIVE_INFINITY) deadlines.add(entry);
    if (bytes > maxBytes) evictFor(entry);
  }

  function evictFor(kept: Entry): void {
    for (const entry of entries.values()) {
      if (bytes <= maxBytes) return;
      if (entry === kept) continue;
      drop(entry);
      evicted += 1;
    }
  }

  function expiry(now: number, ttlMs: number | undefined): number {
    return ttlMs === undefined ? Number.POSITIVE_INFINITY : now + ttlMs;
  }

  function stringValue(entry: Entry | undefined): string | null {
    if (!entry) return null;
    if (entry.value === null) throw new Error(WRONGTYPE);
    return entry.value;
  }

  function bucketState(entry: Entry | undefined): BucketState | null {
    if (!entry) return null;
    if (entry.bucket === null) throw new Error(WRONGTYPE);
    return entry.bucket;
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
      put(key, value, null, expiry(now, ttl));
    },

    async setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean> {
      const ttl = normalizeTtlMs(ttlMs);
      const now = nowMs();
      beforeWrite(now);
      if (live(key, now)) return false;
      put(key, value, null, expiry(now, ttl));
      return true;
    },

    async delete(key: string): Promise<void> {
      beforeWrite(nowMs());
      const entry = entries.get(key);
      if (entry) drop(entry);
    },

    async deleteIfEquals(key: string, value: string): Promise<boolean> {
      const now = nowMs();
      beforeWrite(now);
      const entry = live(key, now);
      if (stringValue(entry) !== value || !entry) return false;
      drop(entry);
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
      put(key, String(next), null, existing ? existing.expiresAtMs : expiry(now, ttl));
      return next;
    },

    async takeToken(key: string, opts: TokenBucketOptions): Promise<TokenBucketResult> {
      const params = normalizeBucket(opts);
      const now = nowMs();
      beforeWrite(now);
      const existing = live(key, now);
      const step = stepBucket(bucketState(existing), now, params);
      if (!step.changed) return step.result;
      if (step.next) put(key, null, step.next, now + step.ttlMs);
      else if (existing) drop(existing);
      return step.result;
    },

    async ping(): Promise<void> {
      assertOpen();
    },

    async close(): Promise<void> {
      closed = true;
      entries.clear();
      deadlines.clear();
      bytes = 0;
    },

    size: () => entries.size,
    stats: () => ({ keys: entries.size, bytes, expired, evicted }),
  };
}
