import type { TenantChanges } from './tenant-changes.js';
import type { Business } from './tenants.model.js';

// Tenants by id and by Twilio number for the webhook path, which looked the row up on every turn.
// Correct across instances: every change this instance makes drops the cache at once (the tenant
// service calls `changed`), a change made elsewhere drops it before the next read (SQLite's
// data_version) or as its notice arrives (Redis), and each entry lives `ttlMs` at most, so even a
// lost notice heals. Credentials are never cached: a rotated key stops working at once.

const MAX_ENTRIES = 10_000;

export interface TenantCacheOptions {
  /** 0 turns the cache off (every read goes to the database). */
  ttlMs: number;
  /** Null when this deployment has no way to hear about other instances' changes: no caching. */
  changes: TenantChanges | null;
  /** Caches on one database handle share invalidations (two apps on one connection in tests). */
  scope: object;
  /** Monotonic milliseconds; injectable for tests of the TTL. */
  now?: () => number;
}

export type TenantCache = ReturnType<typeof createTenantCache>;

// Commits on one SQLite connection leave its data_version alone, so two services sharing a handle
// (one process, one connection) tell each other directly: a counter per handle that each bumps.
const localVersions = new WeakMap<object, { value: number }>();

function localVersionOf(scope: object): { value: number } {
  let version = localVersions.get(scope);
  if (!version) {
    version = { value: 0 };
    localVersions.set(scope, version);
  }
  return version;
}

export function createTenantCache(options: TenantCacheOptions) {
  const { ttlMs, changes } = options;
  const now = options.now ?? (() => performance.now());
  const enabled = ttlMs > 0 && changes !== null;
  const entries = new Map<string, { business: Business; expiresAt: number }>();
  const local = localVersionOf(options.scope);
  let seenLocal = local.value;
  // Bumped by every invalidation: a load that overlapped one does not store what it read.
  let epoch = 0;

  function clear(): void {
    entries.clear();
    epoch += 1;
  }
  changes?.onChange(clear);

  async function isUsable(): Promise<boolean> {
    if (!enabled || !changes.live()) return false;
    if (seenLocal !== local.value) {
      seenLocal = local.value;
      clear();
    }
    if (await changes.changedElsewhere()) clear();
    return true;
  }

  /** The cached tenant under `key`, else what `load` finds (cached when found). A fresh copy each time. */
  async function read(key: string, load: () => Promise<Business | null>): Promise<Business | null> {
    if (!(await isUsable())) return load();
    const hit = entries.get(key);
    if (hit && hit.expiresAt > now()) return { ...hit.business };
    const started = epoch;
    const business = await load();
    if (business && started === epoch) {
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(key, { business, expiresAt: now() + ttlMs });
    }
    return business ? { ...business } : null;
  }

  /** A tenant changed here (committed): drop every entry on this handle, then tell other instances. */
  async function changed(): Promise<void> {
    local.value += 1;
    seenLocal = local.value;
    clear();
    await changes?.announce();
  }

  return { read, changed, close: async () => changes?.close() };
}
