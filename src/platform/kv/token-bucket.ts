import type { TokenBucketResult } from './key-value-store.js';
import type { BucketParams } from './validation.js';

export interface BucketState {
  tokens: number;
  updatedAtMs: number;
}

export interface BucketStep {
  result: TokenBucketResult;
  /** State to store, or null when the bucket is full again (a missing bucket means full). */
  next: BucketState | null;
  /** Lifetime of `next`: the time until it would be full again. */
  ttlMs: number;
  /** False when nothing needs to be written (a denial leaves the stored state valid). */
  changed: boolean;
}

// Guards against 2.9999999 tokens reporting 2 remaining after float refill arithmetic.
const EPSILON = 1e-9;

/** Pure token-bucket step; the Redis Lua script in redis-kv.ts mirrors this exactly. */
export function stepBucket(state: BucketState | null, nowMs: number, params: BucketParams): BucketStep {
  const { capacity, refillPerSecond, cost } = params;
  const tokens = state ? refilled(state, nowMs, params) : capacity;
  if (tokens + EPSILON < cost) {
    const retryAfterMs = Math.max(1, Math.ceil(((cost - tokens) * 1000) / refillPerSecond));
    const result = { allowed: false, remaining: Math.floor(tokens + EPSILON), retryAfterMs };
    return { result, next: state, ttlMs: msUntilFull(tokens, params), changed: false };
  }
  const left = Math.max(0, tokens - cost);
  const ttlMs = msUntilFull(left, params);
  const next = ttlMs > 0 ? { tokens: left, updatedAtMs: nowMs } : null;
  const result = { allowed: true, remaining: Math.floor(left + EPSILON), retryAfterMs: 0 };
  return { result, next, ttlMs, changed: true };
}

function refilled(state: BucketState, nowMs: number, params: BucketParams): number {
  const elapsedMs = Math.max(0, nowMs - state.updatedAtMs);
  return Math.min(params.capacity, state.tokens + (elapsedMs * params.refillPerSecond) / 1000);
}

function msUntilFull(tokens: number, params: BucketParams): number {
  return Math.ceil(((params.capacity - tokens) * 1000) / params.refillPerSecond);
}
