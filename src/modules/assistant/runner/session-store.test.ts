import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../../platform/kv/key-value-store.js';
import { createMemoryKv } from '../../../platform/kv/memory-kv.js';
import { initialState } from '../engine/index.js';
import { createSessionStore, emptyMeta, SESSION_FORMAT, type StoredSession } from './session-store.js';

const TTL_MS = 60_000;

function sessionSaying(lastInput: string): StoredSession {
  return { engine: initialState('en'), meta: { ...emptyMeta(), lastInput } };
}

/** Records, for every call, how many earlier calls were still unanswered when it was made. */
function watched(kv: KeyValueStore) {
  const calls: Array<{ op: string; inFlight: number }> = [];
  let inFlight = 0;
  const track =
    <A extends unknown[], R>(op: string, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      calls.push({ op, inFlight });
      inFlight += 1;
      try {
        return await fn(...args);
      } finally {
        inFlight -= 1;
      }
    };
  const store: KeyValueStore = {
    ...kv,
    get: track('get', kv.get.bind(kv)),
    set: track('set', kv.set.bind(kv)),
    setIfAbsent: track('setIfAbsent', kv.setIfAbsent.bind(kv)),
    deleteIfEquals: track('deleteIfEquals', kv.deleteIfEquals.bind(kv)),
  };
  return { store, calls };
}

describe('session store', () => {
  it('hands the stored session to the work and stores what it keeps', async () => {
    const sessions = createSessionStore(createMemoryKv(), TTL_MS);
    expect(await sessions.withSession('s1', async (loaded) => loaded)).toBeNull();
    await sessions.withSession('s1', async (_loaded, keep) => keep(sessionSaying('first')));
    const loaded = await sessions.withSession('s1', async (session) => session);
    expect(loaded?.meta.lastInput).toBe('first');
  });

  it('runs the work of one session one at a time, each seeing what the previous one kept', async () => {
    const sessions = createSessionStore(createMemoryKv(), TTL_MS);
    const seen: Array<string | null> = [];
    await Promise.all(
      ['a', 'b', 'c'].map((input) =>
        sessions.withSession('s2', async (loaded, keep) => {
          seen.push(loaded?.meta.lastInput ?? null);
          await new Promise((resolve) => setTimeout(resolve, 5));
          keep(sessionSaying(input));
        }),
      ),
    );
    expect(seen[0]).toBeNull();
    expect(new Set(seen).size).toBe(3);
  });

  it('keeps nothing and frees the lock when the work fails', async () => {
    const kv = createMemoryKv();
    const sessions = createSessionStore(kv, TTL_MS);
    await expect(
      sessions.withSession('s3', async (_loaded, keep) => {
        keep(sessionSaying('lost'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await kv.get('s3:lock')).toBeNull();
    expect(await sessions.withSession('s3', async (loaded) => loaded)).toBeNull();
  });

  it('sends the lock claim with the read, and the write with the release (two round trips)', async () => {
    const { store, calls } = watched(createMemoryKv());
    const sessions = createSessionStore(store, TTL_MS);
    await sessions.withSession('s4', async (_loaded, keep) => keep(sessionSaying('x')));
    expect(calls).toEqual([
      { op: 'setIfAbsent', inFlight: 0 },
      { op: 'get', inFlight: 1 },
      { op: 'set', inFlight: 0 },
      { op: 'deleteIfEquals', inFlight: 1 },
    ]);
  });

  it('stores sessions tagged with their format and reads them back as written', async () => {
    const kv = createMemoryKv();
    const sessions = createSessionStore(kv, TTL_MS);
    await sessions.withSession('s5', async (_loaded, keep) => keep(sessionSaying('tagged')));
    const raw = JSON.parse((await kv.get('s5')) as string);
    expect(raw.format).toBe(SESSION_FORMAT);
    const loaded = await sessions.withSession('s5', async (session) => session);
    expect(loaded).toEqual(sessionSaying('tagged'));
    expect(loaded).not.toHaveProperty('format');
  });

  it('validates a session it did not tag: the current shape is used, an old or foreign one refused', async () => {
    const kv = createMemoryKv();
    const sessions = createSessionStore(kv, TTL_MS);
    await kv.set('untagged', JSON.stringify(sessionSaying('from an earlier release')));
    await kv.set('old', JSON.stringify({ format: 'session:older', engine: { state: 'greeting' }, meta: {} }));
    await kv.set('foreign', JSON.stringify({ engine: initialState('en'), meta: { lastInput: 5 } }));
    expect((await sessions.withSession('untagged', async (s) => s))?.meta.lastInput).toBe(
      'from an earlier release',
    );
    expect(await sessions.withSession('old', async (s) => s)).toBeNull();
    expect(await sessions.withSession('foreign', async (s) => s)).toBeNull();
  });
});
