// The signed-in owner. The access token lives only in memory (gone at a reload, never readable from
// storage); the refresh token lives in sessionStorage: it survives a reload of this tab but ends when
// the tab closes, and no other tab shares it, so two tabs never race to rotate the same token (a
// reused refresh token revokes the whole family). localStorage would keep a long-lived credential on
// a shared office PC or a phone after the owner walked away.
import { type Api, createApi } from '../shared/api.js';

export type Role = 'owner' | 'staff' | 'viewer';

export interface User {
  id: string;
  email: string;
  name: string | null;
  business_id: string;
  role: Role;
}

interface TokenPair {
  access_token: string;
  refresh_token: string;
  user: User;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const REFRESH_KEY = 'dashboard.refresh_token';

export interface Session {
  readonly api: Api;
  user(): User | null;
  signIn(email: string, password: string): Promise<User>;
  /** Restores a session from the stored refresh token; null when there is none or it was refused. */
  resume(): Promise<User | null>;
  signOut(): Promise<void>;
  onChange(listener: (user: User | null) => void): void;
}

export function createSession(storage: KeyValueStorage, fetchImpl?: typeof fetch): Session {
  let accessToken: string | null = null;
  let current: User | null = null;
  let refreshing: Promise<boolean> | null = null;
  const listeners: Array<(user: User | null) => void> = [];
  const plain = createApi({ headers: () => ({}), ...(fetchImpl ? { fetch: fetchImpl } : {}) });

  const setUser = (user: User | null) => {
    current = user;
    for (const listener of listeners) listener(user);
  };
  const accept = (pair: TokenPair) => {
    accessToken = pair.access_token;
    storage.setItem(REFRESH_KEY, pair.refresh_token);
    setUser(pair.user);
    return pair.user;
  };
  const forget = () => {
    accessToken = null;
    storage.removeItem(REFRESH_KEY);
    setUser(null);
  };

  // One refresh at a time: parallel 401s share it, since each refresh token may be used once.
  const refresh = (): Promise<boolean> => {
    refreshing ??= (async () => {
      const token = storage.getItem(REFRESH_KEY);
      if (!token) return false;
      try {
        const pair = await plain.request<TokenPair>('Renewing the session', '/v1/auth/refresh', {
          method: 'POST',
          body: { refresh_token: token },
        });
        accept(pair);
        return true;
      } catch {
        forget();
        return false;
      }
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  };

  const api = createApi({
    headers: (): Record<string, string> => (accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    onUnauthorized: refresh,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });

  return {
    api,
    user: () => current,
    async signIn(email, password) {
      const pair = await plain.request<TokenPair>('Signing in', '/v1/auth/login', {
        method: 'POST',
        body: { email, password },
      });
      return accept(pair);
    },
    async resume() {
      return (await refresh()) ? current : null;
    },
    async signOut() {
      const token = storage.getItem(REFRESH_KEY);
      forget();
      if (token) {
        await plain
          .request('Signing out', '/v1/auth/logout', { method: 'POST', body: { refresh_token: token } })
          .catch(() => undefined);
      }
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
