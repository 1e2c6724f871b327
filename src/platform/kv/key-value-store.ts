export interface TokenBucketOptions {
  /** Maximum number of tokens the bucket holds (also the burst size). Must be > 0. */
  capacity: number;
  /** Tokens added per second while the bucket is below capacity. Must be > 0. */
  refillPerSecond: number;
  /** Tokens this call consumes. Defaults to 1; must be > 0 and <= capacity. */
  cost?: number;
}

export interface TokenBucketResult {
  allowed: boolean;
  /** Whole tokens left after this call (floor). */
  remaining: number;
  /** 0 when allowed; otherwise milliseconds until `cost` tokens are available. */
  retryAfterMs: number;
}

/**
 * Shared, possibly cross-instance state (call sessions, webhook replay keys, rate limits).
 * Every method is atomic on its own; there are no multi-key transactions.
 * A key holds either a string/counter or a token bucket; using one kind of operation on a key
 * of the other kind rejects (WRONGTYPE).
 */
export interface KeyValueStore {
  readonly kind: 'memory' | 'redis';

  /** The stored string, or null when the key is missing or expired. */
  get(key: string): Promise<string | null>;

  /**
   * Stores `value`, replacing any previous value and its TTL.
   * @param ttlMs positive lifetime in ms; omitted means the key never expires.
   */
  set(key: string, value: string, ttlMs?: number): Promise<void>;

  /**
   * Stores `value` only when the key does not exist (atomic).
   * @returns true when this call stored the value, false when the key already existed.
   */
  setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean>;

  /** Removes the key; a missing key is not an error. */
  delete(key: string): Promise<void>;

  /**
   * Removes the key only while it still holds `value` (atomic compare-and-delete): releasing a
   * lock must not remove the lock another holder took after ours expired.
   * @returns true when this call removed the key.
   */
  deleteIfEquals(key: string, value: string): Promise<boolean>;

  /**
   * Atomically adds `by` (an integer, default 1) to the counter at `key`, starting from 0.
   * `ttlMs` is applied only when this call creates the key; later calls never extend it.
   * @returns the counter value after the increment.
   */
  increment(key: string, by?: number, ttlMs?: number): Promise<number>;

  /**
   * Atomically takes `cost` tokens from the bucket at `key` if enough are available.
   * A missing bucket is full. Bucket state expires on its own once it would be full again.
   */
  takeToken(key: string, opts: TokenBucketOptions): Promise<TokenBucketResult>;

  /** Resolves when the store is usable; rejects (quickly) when it is unreachable or closed. */
  ping(): Promise<void>;

  /** Releases resources (for Redis: the connection). Idempotent; later calls to other methods reject. */
  close(): Promise<void>;
}

/**
 * Reads and JSON-parses a value. Pass `parse` (for example a zod schema's `parse`) to validate it;
 * without it the parsed value is trusted as `T`.
 */
export async function getJson<T>(
  store: KeyValueStore,
  key: string,
  parse?: (value: unknown) => T,
): Promise<T | null> {
  const raw = await store.get(key);
  if (raw === null) return null;
  const value: unknown = JSON.parse(raw);
  return parse ? parse(value) : (value as T);
}

/** JSON-serialises `value` and stores it. */
export async function setJson(
  store: KeyValueStore,
  key: string,
  value: unknown,
  ttlMs?: number,
): Promise<void> {
  const raw = JSON.stringify(value);
  if (raw === undefined) throw new TypeError(`Value for key "${key}" is not JSON-serialisable`);
  await store.set(key, raw, ttlMs);
}
