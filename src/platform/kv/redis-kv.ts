import { Redis } from 'ioredis';
import type { KeyValueStore, TokenBucketOptions, TokenBucketResult } from './key-value-store.js';
import { assertIncrementBy, normalizeBucket, normalizeTtlMs } from './validation.js';

export interface RedisClientOptions {
  /** Receives connection errors (ECONNREFUSED, resets...). ioredis reports one per failed reconnect attempt. */
  onError?: (err: Error) => void;
  /** Default 2000. */
  connectTimeoutMs?: number;
  /** Per-command timeout, default 2000, so a hung (not closed) Redis cannot stall requests forever. */
  commandTimeoutMs?: number;
}

export interface RedisKvOptions {
  /** Prepended to every key, e.g. 'app:' to share one Redis database with other data. */
  keyPrefix?: string;
  /** How long ping() waits for a reply before rejecting. Default 1500. */
  pingTimeoutMs?: number;
}

const MAX_RECONNECT_DELAY_MS = 2_000;
const CLOSE_TIMEOUT_MS = 1_000;

/**
 * An ioredis client tuned for a web service: commands fail fast while Redis is down instead of
 * queueing, reconnects keep trying forever with a capped delay, and connection errors never crash
 * the process. Because the offline queue is disabled, commands issued before the first connection
 * is ready reject: await `waitForRedisReady` at boot.
 */
export function createRedisClient(url: string, options: RedisClientOptions = {}): Redis {
  const redis = new Redis(url, {
    lazyConnect: false,
    enableAutoPipelining: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: options.connectTimeoutMs ?? 2_000,
    commandTimeout: options.commandTimeoutMs ?? 2_000,
    retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt - 1, 10), MAX_RECONNECT_DELAY_MS),
  });
  // Without a listener, 'error' events would surface as unhandled errors.
  redis.on('error', (err: Error) => options.onError?.(err));
  return redis;
}

/** Resolves once the client is connected and ready; rejects after `timeoutMs` or if the client ends. */
export function waitForRedisReady(redis: Redis, timeoutMs = 2_000): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  if (redis.status === 'end') return Promise.reject(new Error('Redis connection is closed'));
  return new Promise<void>((resolve, reject) => {
    const finish = (err?: Error): void => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      redis.off('end', onEnd);
      if (err) reject(err);
      else resolve();
    };
    const onReady = (): void => finish();
    const onEnd = (): void => finish(new Error('Redis connection ended before it became ready'));
    const timer = setTimeout(() => finish(new Error(`Redis not ready after ${timeoutMs} ms`)), timeoutMs);
    redis.once('ready', onReady);
    redis.once('end', onEnd);
    if (redis.status === 'wait') redis.connect().catch(() => undefined);
  });
}

// ARGV: by, ttlMs (0 = none). EXISTS + INCRBY + PEXPIRE in one script, so the TTL is set only by
// the call that creates the key, and never lost if the process dies between the commands.
const INCREMENT_LUA = `
local created = redis.call('EXISTS', KEYS[1]) == 0
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
local ttl = tonumber(ARGV[2])
if created and ttl > 0 then
  redis.call('PEXPIRE', KEYS[1], ttl)
end
return value
`;

// ARGV: capacity, refillPerSecond, cost. Returns {allowed 0|1, remaining, retryAfterMs}.
// Mirrors stepBucket in token-bucket.ts. The time comes from Redis so all app instances agree.
const TAKE_TOKEN_LUA = `
if redis.replicate_commands then redis.replicate_commands() end
local capacity = tonumber(ARGV[1])
local refill = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local eps = 1e-9
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = capacity
if state[1] and state[2] then
  local elapsed = math.max(0, now - tonumber(state[2]))
  tokens = math.min(capacity, tonumber(state[1]) + elapsed * refill / 1000)
end
if tokens + eps < cost then
  local retry = math.max(1, math.ceil((cost - tokens) * 1000 / refill))
  return {0, math.floor(tokens + eps), retry}
end
local left = math.max(0, tokens - cost)
local ttl = math.ceil((capacity - left) * 1000 / refill)
if ttl > 0 then
  redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', left), 'ts', string.format('%.3f', now))
  redis.call('PEXPIRE', KEYS[1], ttl)
else
  redis.call('DEL', KEYS[1])
end
return {1, math.floor(left + eps), 0}
`;

// ARGV: value. GET + DEL in one script so nothing can take the key between the compare and the delete.
const DELETE_IF_EQUALS_LUA = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`;

interface KvScripts {
  kvDeleteIfEquals(key: string, value: string): Promise<number>;
  kvIncrement(key: string, by: number, ttlMs: number): Promise<number>;
  kvTakeToken(key: string, capacity: number, refillPerSecond: number, cost: number): Promise<number[]>;
}

function withScripts(redis: Redis): Redis & KvScripts {
  // defineCommand runs via EVALSHA and falls back to EVAL after a Redis restart (NOSCRIPT).
  redis.defineCommand('kvIncrement', { numberOfKeys: 1, lua: INCREMENT_LUA });
  redis.defineCommand('kvTakeToken', { numberOfKeys: 1, lua: TAKE_TOKEN_LUA });
  redis.defineCommand('kvDeleteIfEquals', { numberOfKeys: 1, lua: DELETE_IF_EQUALS_LUA });
  return redis as Redis & KvScripts;
}

/**
 * Redis-backed store. The store takes ownership of `redis`: close() quits it, so do not share the
 * client with code that outlives the store.
 */
export function createRedisKv(redis: Redis, opts: RedisKvOptions = {}): KeyValueStore {
  const client = withScripts(redis);
  const prefix = opts.keyPrefix ?? '';
  const pingTimeoutMs = opts.pingTimeoutMs ?? 1_500;
  let closing: Promise<void> | undefined;

  const k = (key: string): string => prefix + key;
  function assertOpen(): void {
    if (closing) throw new Error('KeyValueStore is closed');
  }

  return {
    kind: 'redis',

    async get(key: string): Promise<string | null> {
      assertOpen();
      return client.get(k(key));
    },

    async set(key: string, value: string, ttlMs?: number): Promise<void> {
      const ttl = normalizeTtlMs(ttlMs);
      assertOpen();
      if (ttl === undefined) await client.set(k(key), value);
      else await client.set(k(key), value, 'PX', ttl);
    },

    async setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean> {
      const ttl = normalizeTtlMs(ttlMs);
      assertOpen();
      const reply =
        ttl === undefined
          ? await client.set(k(key), value, 'NX')
          : await client.set(k(key), value, 'PX', ttl, 'NX');
      return reply === 'OK';
    },

    async delete(key: string): Promise<void> {
      assertOpen();
      await client.del(k(key));
    },

    async deleteIfEquals(key: string, value: string): Promise<boolean> {
      assertOpen();
      return (await client.kvDeleteIfEquals(k(key), value)) === 1;
    },

    async increment(key: string, by = 1, ttlMs?: number): Promise<number> {
      assertIncrementBy(by);
      const ttl = normalizeTtlMs(ttlMs);
      assertOpen();
      return client.kvIncrement(k(key), by, ttl ?? 0);
    },

    async takeToken(key: string, options: TokenBucketOptions): Promise<TokenBucketResult> {
      const { capacity, refillPerSecond, cost } = normalizeBucket(options);
      assertOpen();
      const [allowed, remaining, retryAfterMs] = await client.kvTakeToken(
        k(key),
        capacity,
        refillPerSecond,
        cost,
      );
      return { allowed: allowed === 1, remaining: remaining ?? 0, retryAfterMs: retryAfterMs ?? 0 };
    },

    async ping(): Promise<void> {
      assertOpen();
      await withTimeout(client.ping(), pingTimeoutMs, 'Redis ping');
    },

    close(): Promise<void> {
      closing ??= shutdown(client);
      return closing;
    },
  };
}

async function shutdown(redis: Redis): Promise<void> {
  if (redis.status === 'end') return;
  if (redis.status === 'ready') {
    try {
      await withTimeout(redis.quit(), CLOSE_TIMEOUT_MS, 'Redis quit');
      return;
    } catch {
      // Fall through: a hung or dropped connection is torn down below.
    }
  }
  // Also stops the reconnect loop of a client that never connected.
  redis.disconnect();
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
