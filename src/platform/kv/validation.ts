import type { TokenBucketOptions } from './key-value-store.js';

export interface BucketParams {
  capacity: number;
  refillPerSecond: number;
  cost: number;
}

/** Both implementations validate identically so they behave the same on bad input. */
export function normalizeTtlMs(ttlMs: number | undefined): number | undefined {
  if (ttlMs === undefined) return undefined;
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
    throw new RangeError(`ttlMs must be a positive finite number, got ${ttlMs}`);
  }
  return Math.ceil(ttlMs);
}

export function assertIncrementBy(by: number): void {
  if (!Number.isSafeInteger(by)) throw new RangeError(`increment must be a safe integer, got ${by}`);
}

export function normalizeBucket(opts: TokenBucketOptions): BucketParams {
  const { capacity, refillPerSecond, cost = 1 } = opts;
  assertPositive('capacity', capacity);
  assertPositive('refillPerSecond', refillPerSecond);
  assertPositive('cost', cost);
  // Such a request could never succeed, so it is a caller bug rather than a denial.
  if (cost > capacity) throw new RangeError(`cost (${cost}) must not exceed capacity (${capacity})`);
  return { capacity, refillPerSecond, cost };
}

function assertPositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive finite number, got ${value}`);
  }
}
