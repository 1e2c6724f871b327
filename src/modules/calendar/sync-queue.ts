import { randomUUID } from 'node:crypto';
import type { KeyValueStore } from '../../platform/kv/key-value-store.js';

// Syncs of one tenant never run at once, across instances: a lock in the shared store. A push that
// finds the lock taken leaves a request behind (a counter) and returns; the holder runs again until
// no request is left, so no notification is lost and none runs concurrently with another.

const LOCK_TTL_MS = 5 * 60_000;
const REQUEST_TTL_MS = 10 * 60_000;
const MAX_ROUNDS = 5;

export function createSyncQueue(kv: KeyValueStore) {
  /** The last result this call ran, or null when another holder will run the request. */
  async function run<T>(
    tenant: string,
    full: boolean,
    sync: (full: boolean) => Promise<T>,
  ): Promise<T | null> {
    const keys = {
      lock: `calendar:sync-lock:${tenant}`,
      pending: `calendar:sync-pending:${tenant}`,
      full: `calendar:sync-full:${tenant}`,
    };
    if (full) await kv.set(keys.full, '1', REQUEST_TTL_MS);
    await kv.increment(keys.pending, 1, REQUEST_TTL_MS);
    let result: T | null = null;
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      const holder = randomUUID();
      if (!(await kv.setIfAbsent(keys.lock, holder, LOCK_TTL_MS))) return result;
      try {
        const seen = Number((await kv.get(keys.pending)) ?? 0);
        if (seen > 0) {
          const wantFull = (await kv.get(keys.full)) !== null;
          if (wantFull) await kv.delete(keys.full);
          result = await sync(wantFull);
          await kv.increment(keys.pending, -seen, REQUEST_TTL_MS);
        }
      } finally {
        await kv.deleteIfEquals(keys.lock, holder);
      }
      // A request that arrived while the lock was being released is run by this caller.
      if (Number((await kv.get(keys.pending)) ?? 0) <= 0) return result;
    }
    return result;
  }

  return { run };
}
