import { describe, expect, it } from 'vitest';
import { createSession, type KeyValueStorage } from '../../web/dashboard/session.js';
import { ApiError } from '../../web/shared/api.js';

// The dashboard's session: the access token only in memory, the refresh token in the tab's storage,
// one refresh on a 401 (shared by parallel requests: a refresh token may be used once), sign-out on
// a refused refresh. The API is a fake fetch that plays the accounts routes.

function memoryStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const user = { id: 'u1', email: 'o@example.com', name: null, business_id: 'acme', role: 'owner' as const };

function fakeApi() {
  let issued = 0;
  let validAccess = '';
  const usedRefresh = new Set<string>();
  const calls: string[] = [];
  const pair = () => {
    issued += 1;
    validAccess = `access-${issued}`;
    return { access_token: validAccess, refresh_token: `refresh-${issued}`, token_type: 'bearer', user };
  };
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const path = String(input);
    calls.push(path);
    const body = init?.body ? JSON.parse(String(init.body)) : {};
    if (path === '/v1/auth/login') {
      return body.password === 'right' ? json(200, pair()) : json(401, { detail: 'Wrong email or password' });
    }
    if (path === '/v1/auth/refresh') {
      if (usedRefresh.has(body.refresh_token) || !String(body.refresh_token).startsWith('refresh-')) {
        return json(401, { detail: 'refresh token reused' });
      }
      usedRefresh.add(body.refresh_token);
      return json(200, pair());
    }
    if (path === '/v1/auth/logout') return json(200, { ok: true });
    const auth = (init?.headers as Record<string, string>)?.authorization;
    return auth === `Bearer ${validAccess}` ? json(200, { ok: path }) : json(401, { detail: 'expired' });
  }) as typeof fetch;
  return { fetchImpl, calls, expireAccess: () => (validAccess = 'none') };
}

describe('web/dashboard/session', () => {
  it('keeps the refresh token in storage and the access token only in memory', async () => {
    const storage = memoryStorage();
    const fake = fakeApi();
    const session = createSession(storage, fake.fetchImpl);
    await session.signIn('o@example.com', 'right');
    expect([...storage.items.values()]).toEqual(['refresh-1']);
    expect(await session.api.request('Loading', '/v1/owner/business')).toEqual({ ok: '/v1/owner/business' });
  });

  it('refreshes once on a 401 and retries, parallel requests sharing that one refresh', async () => {
    const fake = fakeApi();
    const session = createSession(memoryStorage(), fake.fetchImpl);
    await session.signIn('o@example.com', 'right');
    fake.expireAccess();
    const answers = await Promise.all([
      session.api.request('A', '/v1/a'),
      session.api.request('B', '/v1/b'),
      session.api.request('C', '/v1/c'),
    ]);
    expect(answers).toEqual([{ ok: '/v1/a' }, { ok: '/v1/b' }, { ok: '/v1/c' }]);
    expect(fake.calls.filter((path) => path === '/v1/auth/refresh')).toHaveLength(1);
    expect(session.user()).toEqual(user);
  });

  it('signs out when the refresh is refused, and the request fails naming what it was doing', async () => {
    const storage = memoryStorage();
    const fake = fakeApi();
    const session = createSession(storage, fake.fetchImpl);
    const seen: unknown[] = [];
    session.onChange((u) => seen.push(u));
    await session.signIn('o@example.com', 'right');
    fake.expireAccess();
    storage.setItem('dashboard.refresh_token', 'stolen');
    const failure = (await session.api
      .request('Loading the schedule', '/v1/owner/schedule')
      .catch((error: unknown) => error)) as ApiError;
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure.message).toBe('Loading the schedule failed: expired');
    expect(session.user()).toBeNull();
    expect(storage.items.size).toBe(0);
    expect(seen).toEqual([user, null]);
  });

  it('resumes a session from the stored refresh token after a reload', async () => {
    const storage = memoryStorage();
    const fake = fakeApi();
    await createSession(storage, fake.fetchImpl).signIn('o@example.com', 'right');
    const reloaded = createSession(storage, fake.fetchImpl);
    expect(await reloaded.resume()).toEqual(user);
    expect(storage.items.get('dashboard.refresh_token')).toBe('refresh-2');
    expect(await createSession(memoryStorage(), fake.fetchImpl).resume()).toBeNull();
  });

  it('reports a refused sign-in with the service’s words', async () => {
    const session = createSession(memoryStorage(), fakeApi().fetchImpl);
    await expect(session.signIn('o@example.com', 'wrong')).rejects.toThrow(
      'Signing in failed: Wrong email or password',
    );
  });
});
