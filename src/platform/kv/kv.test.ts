import { randomUUID } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manualClock } from '../../../test/helpers/manual-clock.js';
import { systemClock } from '../clock.js';
import { getJson, type KeyValueStore, setJson } from './key-value-store.js';
import { createMemoryKv, isMemoryKv } from './memory-kv.js';
import { createRedisClient, createRedisKv, waitForRedisReady } from './redis-kv.js';

const testEnv = process.env;
const REDIS_URL = testEnv.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const IN_CI = testEnv.CI === 'true';
const RUN_PREFIX = `kvtest:${randomUUID()}:`;

type Availability = { ok: true } | { ok: false; reason: string };

async function probeRedis(url: string): Promise<Availability> {
  let lastError: Error | undefined;
  const redis = createRedisClient(url, {
    onError: (err) => {
      lastError = err;
    },
  });
  try {
    await waitForRedisReady(redis, 2_000);
    await redis.ping();
    return { ok: true };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: lastError ? `${reason} (${lastError.message})` : reason };
  } finally {
    redis.disconnect();
  }
}

const redisAvailability = await probeRedis(REDIS_URL);

let storeCounter = 0;
function nextRedisPrefix(): string {
  storeCounter += 1;
  return `${RUN_PREFIX}${storeCounter}:`;
}

async function openRedisStore(keyPrefix: string): Promise<KeyValueStore> {
  const redis = createRedisClient(REDIS_URL);
  await waitForRedisReady(redis, 2_000);
  return createRedisKv(redis, { keyPrefix });
}

async function deleteRunKeys(): Promise<void> {
  const admin = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await admin.scan(cursor, 'MATCH', `${RUN_PREFIX}*`, 'COUNT', 500);
      if (keys.length > 0) await admin.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    admin.disconnect();
  }
}

/** The behaviour every KeyValueStore must have; run once per implementation. */
function kvContract(openStore: () => Promise<KeyValueStore>): void {
  let store: KeyValueStore;

  beforeEach(async () => {
    store = await openStore();
  });
  afterEach(async () => {
    await store.close();
  });

  describe('strings', () => {
    it('round-trips get/set/delete', async () => {
      expect(await store.get('missing')).toBeNull();
      await store.set('a', 'one');
      expect(await store.get('a')).toBe('one');
      await store.set('a', 'two');
      expect(await store.get('a')).toBe('two');
      await store.delete('a');
      expect(await store.get('a')).toBeNull();
      await expect(store.delete('a')).resolves.toBeUndefined();
    });

    it('expires a key after its TTL', async () => {
      await store.set('short', 'v', 150);
      expect(await store.get('short')).toBe('v');
      await sleep(250);
      expect(await store.get('short')).toBeNull();
    });

    it('keeps a key set without TTL, and set without TTL clears an earlier TTL', async () => {
      await store.set('forever', 'v');
      await store.set('was-short', 'v1', 150);
      await store.set('was-short', 'v2');
      await sleep(250);
      expect(await store.get('forever')).toBe('v');
      expect(await store.get('was-short')).toBe('v2');
    });

    it('rejects non-positive or non-finite TTLs', async () => {
      await expect(store.set('k', 'v', 0)).rejects.toThrow(RangeError);
      await expect(store.setIfAbsent('k', 'v', -5)).rejects.toThrow(RangeError);
      await expect(store.increment('k', 1, Number.NaN)).rejects.toThrow(RangeError);
      expect(await store.get('k')).toBeNull();
    });

    it('round-trips JSON through getJson/setJson', async () => {
      await setJson(store, 'json', { callSid: 'CA1', turns: [1, 2] });
      expect(await getJson(store, 'json')).toEqual({ callSid: 'CA1', turns: [1, 2] });
      const parse = (value: unknown): { callSid: string } => {
        const v = value as { callSid?: unknown };
        if (typeof v.callSid !== 'string') throw new Error('bad shape');
        return { callSid: v.callSid };
      };
      expect(await getJson(store, 'json', parse)).toEqual({ callSid: 'CA1' });
      expect(await getJson(store, 'no-json')).toBeNull();
      await setJson(store, 'json-ttl', [1], 150);
      await sleep(250);
      expect(await getJson(store, 'json-ttl')).toBeNull();
    });
  });

  describe('setIfAbsent', () => {
    it('stores only when the key is absent', async () => {
      expect(await store.setIfAbsent('once', 'first')).toBe(true);
      expect(await store.setIfAbsent('once', 'second')).toBe(false);
      expect(await store.get('once')).toBe('first');
    });

    it('applies its TTL, after which the key can be claimed again', async () => {
      expect(await store.setIfAbsent('replay', 'a', 150)).toBe(true);
      expect(await store.setIfAbsent('replay', 'b', 150)).toBe(false);
      await sleep(250);
      expect(await store.setIfAbsent('replay', 'c', 150)).toBe(true);
      expect(await store.get('replay')).toBe('c');
    });

    it('lets exactly one of 50 concurrent callers win, and keeps the winner value', async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => store.setIfAbsent('race', `caller-${i}`, 10_000)),
      );
      const winners = results.flatMap((won, i) => (won ? [i] : []));
      expect(winners).toHaveLength(1);
      expect(await store.get('race')).toBe(`caller-${winners[0]}`);
    });
  });

  describe('deleteIfEquals', () => {
    it('deletes only while the key holds the given value', async () => {
      await store.set('lock', 'mine', 10_000);
      expect(await store.deleteIfEquals('lock', 'theirs')).toBe(false);
      expect(await store.get('lock')).toBe('mine');
      expect(await store.deleteIfEquals('lock', 'mine')).toBe(true);
      expect(await store.get('lock')).toBeNull();
      expect(await store.deleteIfEquals('lock', 'mine')).toBe(false);
    });

    it('leaves a lock taken by someone else after ours expired', async () => {
      await store.set('lock', 'first', 150);
      await sleep(250);
      expect(await store.setIfAbsent('lock', 'second', 10_000)).toBe(true);
      expect(await store.deleteIfEquals('lock', 'first')).toBe(false);
      expect(await store.get('lock')).toBe('second');
    });

    it('lets exactly one of 20 concurrent releases of one value win', async () => {
      await store.set('lock', 'token');
      const results = await Promise.all(
        Array.from({ length: 20 }, () => store.deleteIfEquals('lock', 'token')),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });

  describe('increment', () => {
    it('starts from 0 and adds integers, including negative ones', async () => {
      expect(await store.increment('n')).toBe(1);
      expect(await store.increment('n', 5)).toBe(6);
      expect(await store.increment('n', -10)).toBe(-4);
      expect(await store.get('n')).toBe('-4');
    });

    it('rejects a non-integer step and a non-integer stored value', async () => {
      await expect(store.increment('n', 1.5)).rejects.toThrow(RangeError);
      await store.set('text', 'hello');
      await expect(store.increment('text')).rejects.toThrow(/not an integer/);
      expect(await store.get('text')).toBe('hello');
    });

    it('is atomic under 100 concurrent calls', async () => {
      const values = await Promise.all(Array.from({ length: 100 }, () => store.increment('hits', 1, 10_000)));
      expect(await store.get('hits')).toBe('100');
      expect(new Set(values).size).toBe(100);
      expect(Math.max(...values)).toBe(100);
    });

    it('applies the TTL when the key is created and never extends it', async () => {
      await store.increment('window', 1, 400);
      await sleep(250);
      expect(await store.increment('window', 1, 400)).toBe(2);
      await sleep(250);
      // An extended TTL would keep the key until ~650 ms; created at 0 it is gone by ~500 ms.
      expect(await store.get('window')).toBeNull();
      expect(await store.increment('window', 1, 400)).toBe(1);
    });

    it('does not add a TTL to an existing key that has none', async () => {
      await store.set('plain', '7');
      expect(await store.increment('plain', 1, 150)).toBe(8);
      await sleep(250);
      expect(await store.get('plain')).toBe('8');
    });
  });

  describe('takeToken', () => {
    it('allows a burst of `capacity`, then denies with retryAfterMs > 0', async () => {
      const opts = { capacity: 5, refillPerSecond: 1 };
      const taken = [];
      for (let i = 0; i < 5; i++) taken.push(await store.takeToken('burst', opts));
      expect(taken.map((r) => r.allowed)).toEqual([true, true, true, true, true]);
      expect(taken.map((r) => r.remaining)).toEqual([4, 3, 2, 1, 0]);
      expect(taken.every((r) => r.retryAfterMs === 0)).toBe(true);

      const denied = await store.takeToken('burst', opts);
      expect(denied.allowed).toBe(false);
      expect(denied.remaining).toBe(0);
      expect(denied.retryAfterMs).toBeGreaterThan(0);
      expect(denied.retryAfterMs).toBeLessThanOrEqual(1_000);
    });

    it('refills over time, capped at capacity', async () => {
      const opts = { capacity: 2, refillPerSecond: 10 };
      await store.takeToken('refill', opts);
      await store.takeToken('refill', opts);
      expect((await store.takeToken('refill', opts)).allowed).toBe(false);
      await sleep(300);
      // 300 ms at 10/s would be 3 tokens, but the bucket holds at most 2.
      const after = await store.takeToken('refill', opts);
      expect(after).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    });

    it('charges `cost` tokens and reports the wait for that many', async () => {
      const opts = { capacity: 10, refillPerSecond: 1, cost: 4 };
      expect(await store.takeToken('cost', opts)).toMatchObject({ allowed: true, remaining: 6 });
      expect(await store.takeToken('cost', opts)).toMatchObject({ allowed: true, remaining: 2 });
      const denied = await store.takeToken('cost', opts);
      expect(denied.allowed).toBe(false);
      expect(denied.remaining).toBe(2);
      // 2 tokens missing at 1/s: ~2000 ms, minus whatever refilled while the test ran.
      expect(denied.retryAfterMs).toBeGreaterThan(1_800);
      expect(denied.retryAfterMs).toBeLessThanOrEqual(2_000);
      expect(await store.takeToken('cost', { ...opts, cost: 2 })).toMatchObject({
        allowed: true,
        remaining: 0,
      });
    });

    it('reports a retryAfterMs after which the take succeeds', async () => {
      const opts = { capacity: 1, refillPerSecond: 5 };
      expect((await store.takeToken('retry', opts)).allowed).toBe(true);
      const denied = await store.takeToken('retry', opts);
      expect(denied.allowed).toBe(false);
      expect(denied.retryAfterMs).toBeGreaterThan(100);
      expect(denied.retryAfterMs).toBeLessThanOrEqual(200);
      await sleep(denied.retryAfterMs + 30);
      expect((await store.takeToken('retry', opts)).allowed).toBe(true);
    });

    it('allows exactly `capacity` of 20 concurrent takes', async () => {
      const opts = { capacity: 10, refillPerSecond: 0.001 };
      const results = await Promise.all(Array.from({ length: 20 }, () => store.takeToken('parallel', opts)));
      expect(results.filter((r) => r.allowed)).toHaveLength(10);
      expect(results.filter((r) => !r.allowed).every((r) => r.retryAfterMs > 0)).toBe(true);
    });

    it('rejects impossible bucket options', async () => {
      await expect(store.takeToken('bad', { capacity: 0, refillPerSecond: 1 })).rejects.toThrow(RangeError);
      await expect(store.takeToken('bad', { capacity: 1, refillPerSecond: 0 })).rejects.toThrow(RangeError);
      await expect(store.takeToken('bad', { capacity: 2, refillPerSecond: 1, cost: 3 })).rejects.toThrow(
        RangeError,
      );
      await expect(store.takeToken('bad', { capacity: 2, refillPerSecond: 1, cost: 0 })).rejects.toThrow(
        RangeError,
      );
    });
  });

  it('keeps separate keys independent', async () => {
    const opts = { capacity: 1, refillPerSecond: 0.001 };
    expect((await store.takeToken('bucket:a', opts)).allowed).toBe(true);
    expect((await store.takeToken('bucket:a', opts)).allowed).toBe(false);
    expect((await store.takeToken('bucket:b', opts)).allowed).toBe(true);

    await store.increment('count:a', 3);
    expect(await store.increment('count:b')).toBe(1);

    await store.set('s:a', 'a', 150);
    await store.set('s:b', 'b');
    await store.delete('count:a');
    await sleep(250);
    expect(await store.get('s:a')).toBeNull();
    expect(await store.get('s:b')).toBe('b');
    expect(await store.get('count:a')).toBeNull();
    expect(await store.get('count:b')).toBe('1');
  });

  it('rejects string operations on a bucket key and vice versa', async () => {
    await store.takeToken('typed:bucket', { capacity: 3, refillPerSecond: 1 });
    await expect(store.get('typed:bucket')).rejects.toThrow(/WRONGTYPE/);
    await expect(store.increment('typed:bucket')).rejects.toThrow(/WRONGTYPE/);
    await store.set('typed:string', 'v');
    await expect(store.takeToken('typed:string', { capacity: 3, refillPerSecond: 1 })).rejects.toThrow(
      /WRONGTYPE/,
    );
  });

  it('pings while open; close is idempotent and later calls reject', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await store.close();
    await expect(store.ping()).rejects.toThrow(/closed/);
    await expect(store.get('a')).rejects.toThrow(/closed/);
    await expect(store.set('a', 'b')).rejects.toThrow(/closed/);
  });
}

describe('memory KeyValueStore', () => {
  kvContract(async () => createMemoryKv());

  describe('with a manual clock', () => {
    it('does not return keys once their TTL has elapsed', async () => {
      const clock = manualClock(Date.UTC(2025, 0, 1));
      const store = createMemoryKv(clock);
      await store.set('k', 'v', 100);
      clock.advance(99);
      expect(await store.get('k')).toBe('v');
      clock.advance(1);
      expect(await store.get('k')).toBeNull();
      expect(await store.setIfAbsent('k', 'again', 100)).toBe(true);
    });

    it('restarts an expired counter with a fresh TTL and never extends a live one', async () => {
      const clock = manualClock(Date.UTC(2025, 0, 1));
      const store = createMemoryKv(clock);
      await store.increment('c', 1, 1_000);
      clock.advance(900);
      expect(await store.increment('c', 1, 1_000)).toBe(2);
      clock.advance(100);
      expect(await store.get('c')).toBeNull();
      expect(await store.increment('c', 1, 1_000)).toBe(1);
    });

    it('sweeps expired keys on a later write even if they are never read', async () => {
      const clock = manualClock(Date.UTC(2025, 0, 1));
      const store = createMemoryKv(clock);
      for (let i = 0; i < 100; i++) await store.set(`old:${i}`, 'v', 1_000);
      await store.set('kept', 'v');
      expect(store.size()).toBe(101);
      clock.advance(11_000);
      await store.set('new', 'v');
      expect(store.size()).toBe(2);
    });

    it('computes the token bucket exactly and forgets a bucket once it is full again', async () => {
      const clock = manualClock(Date.UTC(2025, 0, 1));
      const store = createMemoryKv(clock);
      const opts = { capacity: 5, refillPerSecond: 2 };
      for (let i = 0; i < 5; i++) await store.takeToken('b', opts);
      expect(await store.takeToken('b', opts)).toEqual({ allowed: false, remaining: 0, retryAfterMs: 500 });
      clock.advance(200);
      expect(await store.takeToken('b', opts)).toEqual({ allowed: false, remaining: 0, retryAfterMs: 300 });
      clock.advance(300);
      expect(await store.takeToken('b', opts)).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
      expect(await store.takeToken('b', { ...opts, cost: 3 })).toEqual({
        allowed: false,
        remaining: 0,
        retryAfterMs: 1_500,
      });
      expect(store.size()).toBe(1);
      // Full again 2500 ms later (5 tokens at 2/s), so the state expires and the next sweep drops it.
      clock.advance(12_500);
      await store.set('trigger-sweep', 'v');
      expect(store.size()).toBe(1);
      expect(await store.takeToken('b', opts)).toEqual({ allowed: true, remaining: 4, retryAfterMs: 0 });
    });

    it('drops each key at its own deadline, whatever order the TTLs were given in', async () => {
      const clock = manualClock(Date.UTC(2025, 0, 1));
      const store = createMemoryKv(clock);
      const random = seeded(7);
      const deadlines = new Map<string, number>();
      for (let i = 0; i < 2_000; i++) {
        const ttl = 1 + Math.floor(random() * 10_000);
        await store.set(`k:${i}`, 'v', ttl);
        deadlines.set(`k:${i}`, ttl);
      }
      for (let elapsed = 0; elapsed <= 10_000; elapsed += 250) {
        clock.set(Date.UTC(2025, 0, 1) + elapsed);
        await store.set('tick', 'v');
        const alive = [...deadlines.values()].filter((ttl) => ttl > elapsed).length;
        expect(store.size()).toBe(alive + 1);
      }
      expect(store.stats()).toMatchObject({ keys: 1, expired: 2_000, evicted: 0 });
    });

    it('keeps the deadline of the latest write: a longer TTL, no TTL, a delete', async () => {
      const clock = manualClock(Date.UTC(2025, 0, 1));
      const store = createMemoryKv(clock);
      await store.set('longer', 'a', 100);
      await store.set('longer', 'b', 10_000);
      await store.set('forever', 'a', 100);
      await store.set('forever', 'b');
      await store.set('deleted', 'a', 50);
      await store.delete('deleted');
      await store.set('short', 'a', 100);
      clock.advance(5_000);
      await store.set('tick', 'v');
      expect(store.size()).toBe(3);
      expect(await store.get('longer')).toBe('b');
      expect(await store.get('forever')).toBe('b');
      expect(await store.get('short')).toBeNull();
      clock.advance(5_000);
      await store.set('tick', 'v');
      expect(await store.get('longer')).toBeNull();
      expect(await store.get('forever')).toBe('b');
    });

    it('evicts expired call state, sessions, replay keys and rate buckets on later writes', async () => {
      const clock = manualClock(Date.UTC(2025, 0, 1));
      const store = createMemoryKv(clock);
      // Steady traffic: every second one new call writes its keys, each with its own lifetime.
      for (let second = 0; second < 600; second++) {
        await store.set(`twilio:call:${second}`, '{"ended":true}', 60_000);
        await store.set(`session:${second}`, '{"engine":{}}', 30_000);
        await store.setIfAbsent(`replay:${second}`, 'pending', 5_000);
        await store.takeToken(`rate:${second % 7}`, { capacity: 10, refillPerSecond: 1 });
        clock.advance(1_000);
      }
      // What is left is what is still alive: the last 60 s of call state, 30 s of sessions, 5 s of
      // replay keys, and the buckets that are not full again.
      expect(store.size()).toBeLessThanOrEqual(60 + 30 + 5 + 7);
      expect(store.size()).toBeGreaterThanOrEqual(60 + 30 + 5);
    });

    it('stays under maxBytes by evicting the least recently written keys', async () => {
      const store = createMemoryKv(systemClock, { maxBytes: 10_000 });
      const value = 'x'.repeat(340);
      for (let i = 0; i < 100; i++) await store.set(`k:${String(i).padStart(3, '0')}`, value);
      // k:000 is written again, so it is now the most recent.
      await store.set('k:000', value);
      await store.set('k:100', value);
      // Each key counts 505 bytes (its characters plus the per-key overhead): 19 fit in 10,000.
      expect(store.stats()).toMatchObject({ keys: 19, evicted: 102 - 19 });
      expect(store.stats().bytes).toBeLessThanOrEqual(10_000);
      expect(await store.get('k:000')).toBe(value);
      expect(await store.get('k:100')).toBe(value);
      expect(await store.get('k:001')).toBeNull();
    });

    it('recognises itself and reports its size', async () => {
      const store = createMemoryKv();
      await store.set('a', 'b');
      expect(isMemoryKv(store)).toBe(true);
      expect(store.stats()).toMatchObject({ keys: 1, expired: 0, evicted: 0 });
      expect(store.stats().bytes).toBeGreaterThan(2);
    });
  });
});

/** mulberry32, so the TTL order is the same every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function redisSpecificSuite(): void {
  afterAll(deleteRunKeys);

  it('makes separate app instances (connections) agree on setIfAbsent and token buckets', async () => {
    const prefix = nextRedisPrefix();
    const stores = await Promise.all(Array.from({ length: 5 }, () => openRedisStore(prefix)));
    try {
      const claims = await Promise.all(
        stores.flatMap((s, i) =>
          Array.from({ length: 10 }, (_, j) => s.setIfAbsent('webhook:1', `${i}-${j}`)),
        ),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);

      const opts = { capacity: 10, refillPerSecond: 0.001 };
      const takes = await Promise.all(
        stores.flatMap((s) => Array.from({ length: 4 }, () => s.takeToken('rate:1', opts))),
      );
      expect(takes.filter((r) => r.allowed)).toHaveLength(10);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  describe('storage details', () => {
    const prefix = nextRedisPrefix();
    let store: KeyValueStore;
    let admin: Redis;

    beforeEach(async () => {
      store = await openRedisStore(prefix);
      admin = new Redis(REDIS_URL);
    });
    afterEach(async () => {
      await store.close();
      admin.disconnect();
    });

    it('prefixes every key', async () => {
      await store.set('plain', 'v');
      expect(await admin.get(`${prefix}plain`)).toBe('v');
      expect(await admin.exists('plain')).toBe(0);
    });

    it('stores a bucket as a hash that expires when it would be full again', async () => {
      await store.takeToken('bucket', { capacity: 4, refillPerSecond: 2, cost: 3 });
      expect(await admin.type(`${prefix}bucket`)).toBe('hash');
      const pttl = await admin.pttl(`${prefix}bucket`);
      expect(pttl).toBeGreaterThan(1_400);
      expect(pttl).toBeLessThanOrEqual(1_500);
    });

    it('sets the counter TTL only at creation', async () => {
      await store.increment('counter', 1, 60_000);
      await admin.pexpire(`${prefix}counter`, 5_000);
      await store.increment('counter', 1, 60_000);
      expect(await admin.pttl(`${prefix}counter`)).toBeLessThanOrEqual(5_000);
    });

    it('keeps working after Redis forgets its scripts (NOSCRIPT)', async () => {
      await store.increment('scripted');
      await admin.script('FLUSH');
      expect(await store.increment('scripted')).toBe(2);
      expect((await store.takeToken('scripted:bucket', { capacity: 1, refillPerSecond: 1 })).allowed).toBe(
        true,
      );
    });
  });
}

if (redisAvailability.ok) {
  describe('redis KeyValueStore', () => {
    kvContract(() => openRedisStore(nextRedisPrefix()));
    redisSpecificSuite();
  });
} else if (IN_CI) {
  describe('redis KeyValueStore', () => {
    it('needs a reachable Redis in CI', () => {
      throw new Error(`Redis unreachable at ${REDIS_URL} (set TEST_REDIS_URL): ${redisAvailability.reason}`);
    });
  });
} else {
  const reason = `Redis unreachable at ${REDIS_URL}: ${redisAvailability.reason}`;
  console.warn(`[kv.test] skipping Redis contract suite. ${reason}`);
  describe.skip(`redis KeyValueStore (skipped: ${reason})`, () => {
    kvContract(() => openRedisStore(nextRedisPrefix()));
  });
}

/** A TCP server that speaks just enough RESP to pass the ioredis handshake, then never answers. */
async function startHungRedis(): Promise<{ url: string; server: Server; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('data', (chunk) => {
      const text = chunk.toString('utf8').toLowerCase();
      const commands = text.split('*').filter((c) => c.length > 0);
      for (const command of commands) {
        if (command.includes('\r\ninfo\r\n')) {
          const info = 'loading:0\r\n';
          socket.write(`$${info.length}\r\n${info}\r\n`);
        } else if (command.includes('\r\nclient\r\n')) {
          socket.write('+OK\r\n');
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return { url: `redis://127.0.0.1:${address.port}`, server, sockets };
}

describe('redis KeyValueStore when Redis is down', () => {
  it('ping() rejects within 3 s for a closed port, and connection errors do not crash the process', async () => {
    const errors: Error[] = [];
    const redis = createRedisClient('redis://127.0.0.1:1', { onError: (err) => errors.push(err) });
    const store = createRedisKv(redis);
    try {
      const started = Date.now();
      await expect(store.ping()).rejects.toThrow();
      await expect(store.get('k')).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(3_000);
      await vi.waitFor(() => expect(errors.length).toBeGreaterThan(0), { timeout: 2_000 });
      expect(errors[0]?.message).toMatch(/ECONNREFUSED/);
      await expect(waitForRedisReady(redis, 300)).rejects.toThrow(/not ready/);
    } finally {
      await store.close();
    }
    // close() must also stop the reconnect loop, or the client would keep the process alive.
    const errorsAtClose = errors.length;
    await sleep(1_000);
    expect(errors.length).toBe(errorsAtClose);
  });

  it('ping() rejects within 3 s when Redis accepts the connection but never answers', async () => {
    const hung = await startHungRedis();
    const redis = createRedisClient(hung.url);
    const store = createRedisKv(redis, { pingTimeoutMs: 1_000 });
    try {
      await waitForRedisReady(redis, 2_000);
      const started = Date.now();
      await expect(store.ping()).rejects.toThrow(/timed out/);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await store.close();
      for (const socket of hung.sockets) socket.destroy();
      await new Promise<void>((resolve) => hung.server.close(() => resolve()));
    }
  });
});
