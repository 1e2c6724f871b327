import { describe, expect, it } from 'vitest';
import { createTenantCache } from './tenant-cache.js';
import type { TenantChanges } from './tenant-changes.js';
import type { Business } from './tenants.model.js';

/** Change notices under the test's control. */
function fakeChanges() {
  let listener = () => {};
  const state = { live: true, changedElsewhere: false, announced: 0 };
  const changes: TenantChanges = {
    live: () => state.live,
    changedElsewhere: async () => {
      const changed = state.changedElsewhere;
      state.changedElsewhere = false;
      return changed;
    },
    announce: async () => {
      state.announced += 1;
    },
    onChange: (l) => {
      listener = l;
    },
    close: async () => {},
  };
  return { changes, state, notice: () => listener() };
}

/** A database of one tenant whose name the test changes, counting the loads. */
function source() {
  const db = { name: 'Acme', loads: 0 };
  const load = async () => {
    db.loads += 1;
    return { id: 'acme', name: db.name } as Business;
  };
  return { db, load };
}

describe('tenant cache', () => {
  it('serves repeated reads from memory, each a copy of its own', async () => {
    const { changes } = fakeChanges();
    const cache = createTenantCache({ ttlMs: 5_000, changes, scope: {} });
    const { db, load } = source();
    const first = await cache.read('id:acme', load);
    const second = await cache.read('id:acme', load);
    expect(db.loads).toBe(1);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });

  it('drops everything when this instance changes a tenant, and announces it', async () => {
    const { changes, state } = fakeChanges();
    const cache = createTenantCache({ ttlMs: 5_000, changes, scope: {} });
    const { db, load } = source();
    await cache.read('id:acme', load);
    db.name = 'Acme Renamed';
    await cache.changed();
    expect((await cache.read('id:acme', load))?.name).toBe('Acme Renamed');
    expect(state.announced).toBe(1);
  });

  it('drops everything on a notice, or when the database says another connection wrote', async () => {
    const { changes, state, notice } = fakeChanges();
    const cache = createTenantCache({ ttlMs: 5_000, changes, scope: {} });
    const { db, load } = source();
    await cache.read('id:acme', load);
    db.name = 'Changed Elsewhere';
    notice();
    expect((await cache.read('id:acme', load))?.name).toBe('Changed Elsewhere');
    db.name = 'Changed Again';
    state.changedElsewhere = true;
    expect((await cache.read('id:acme', load))?.name).toBe('Changed Again');
    expect(db.loads).toBe(3);
  });

  it('tells caches on the same database handle (one connection) directly', async () => {
    const scope = {};
    const here = createTenantCache({ ttlMs: 5_000, changes: fakeChanges().changes, scope });
    const there = createTenantCache({ ttlMs: 5_000, changes: fakeChanges().changes, scope });
    const { db, load } = source();
    await there.read('id:acme', load);
    db.name = 'Changed Here';
    await here.changed();
    expect((await there.read('id:acme', load))?.name).toBe('Changed Here');
  });

  it('expires entries after the TTL (the backstop for a lost notice)', async () => {
    let now = 0;
    const cache = createTenantCache({
      ttlMs: 1_000,
      changes: fakeChanges().changes,
      scope: {},
      now: () => now,
    });
    const { db, load } = source();
    await cache.read('id:acme', load);
    now = 999;
    await cache.read('id:acme', load);
    expect(db.loads).toBe(1);
    now = 1_000;
    await cache.read('id:acme', load);
    expect(db.loads).toBe(2);
  });

  it('does not keep what a load read while a change arrived', async () => {
    const { changes, notice } = fakeChanges();
    const cache = createTenantCache({ ttlMs: 5_000, changes, scope: {} });
    const { db, load } = source();
    await cache.read('id:acme', async () => {
      const stale = await load();
      notice();
      return stale;
    });
    db.name = 'Fresh';
    expect((await cache.read('id:acme', load))?.name).toBe('Fresh');
  });

  it('reads through while notices cannot arrive, and without any source of changes', async () => {
    const { changes, state } = fakeChanges();
    state.live = false;
    const offline = createTenantCache({ ttlMs: 5_000, changes, scope: {} });
    const none = createTenantCache({ ttlMs: 5_000, changes: null, scope: {} });
    const off = createTenantCache({ ttlMs: 0, changes: fakeChanges().changes, scope: {} });
    const { db, load } = source();
    for (const cache of [offline, none, off]) {
      await cache.read('id:acme', load);
      await cache.read('id:acme', load);
    }
    expect(db.loads).toBe(6);
  });

  it('does not cache a tenant that is not there', async () => {
    const cache = createTenantCache({ ttlMs: 5_000, changes: fakeChanges().changes, scope: {} });
    let loads = 0;
    const missing = async () => {
      loads += 1;
      return null;
    };
    expect(await cache.read('id:nobody', missing)).toBeNull();
    expect(await cache.read('id:nobody', missing)).toBeNull();
    expect(loads).toBe(2);
  });
});
