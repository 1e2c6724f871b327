import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { uniqueViolationColumn } from '../../platform/db/db-errors.js';
import { AppError } from '../../platform/errors/app-error.js';
import { newId } from '../../platform/ids.js';
import { hashSecret } from '../../platform/secrets.js';
import { accountsDisabled, emailTaken, invalidCredentials, invalidRefreshToken } from './accounts.errors.js';
import { asRole, type Role, type TokenPair, type User } from './accounts.model.js';
import * as repo from './accounts.repository.js';
import type { UserRow } from './accounts.table.js';
import { createLoginThrottle } from './login-throttle.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { type AccessTokens, newOpaqueToken } from './tokens.js';

export type AccountService = ReturnType<typeof createAccountService>;

export interface NewUser {
  email: string;
  password: string;
  name?: string | null | undefined;
  role: Role;
}

/** Who a valid access token speaks for, with the role the membership has now. */
export interface BearerUser {
  userId: string;
  businessId: string;
  role: Role;
  sessionId: string;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function createAccountService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  /** Null when no JWT key exists (production without JWT_SECRET): sign-in is off. */
  tokens: AccessTokens | null;
  refreshTtlSeconds: number;
}) {
  const { db, clock } = deps;
  const throttle = createLoginThrottle(db);
  const iso = () => clock.now().toISOString();
  const tokens = (): AccessTokens => {
    if (!deps.tokens) throw accountsDisabled();
    return deps.tokens;
  };

  async function register(businessId: string, input: NewUser): Promise<User> {
    const at = iso();
    const row: UserRow = {
      id: newId('usr'),
      email: normalizeEmail(input.email),
      name: input.name ?? null,
      password_hash: await hashPassword(input.password),
      created_at: at,
      updated_at: at,
    };
    try {
      await repo.insertUserWithMembership(db, row, { business_id: businessId, role: input.role });
    } catch (error) {
      if (uniqueViolationColumn(error) !== null) throw emailTaken();
      throw error;
    }
    return { id: row.id, email: row.email, name: row.name, business_id: businessId, role: input.role };
  }

  async function login(input: { email: string; password: string; business_id?: string | undefined }) {
    const email = normalizeEmail(input.email);
    const now = clock.now();
    await throttle.assertOpen(email, now);
    const user = await repo.findUserByEmail(db, email);
    const ok = await verifyPassword(user?.password_hash ?? null, input.password);
    if (!user || !ok) {
      await throttle.recordFailure(email, now);
      throw invalidCredentials();
    }
    await throttle.clear(email);
    const memberships = await repo.listMemberships(db, user.id);
    const membership = input.business_id
      ? memberships.find((m) => m.business_id === input.business_id)
      : memberships[0];
    if (!membership) throw new AppError('FORBIDDEN', 'The user is not a member of this business');
    const sessionId = newId('ses');
    await repo.insertSession(db, {
      id: sessionId,
      user_id: user.id,
      business_id: membership.business_id,
      created_at: now.toISOString(),
    });
    return issue(user, membership.business_id, asRole(membership.role), sessionId);
  }

  async function issue(user: UserRow, businessId: string, role: Role, sessionId: string): Promise<TokenPair> {
    const now = clock.now();
    const refresh = newOpaqueToken('rt');
    await repo.insertRefreshToken(db, {
      token_hash: hashSecret(refresh),
      session_id: sessionId,
      expires_at: new Date(now.getTime() + deps.refreshTtlSeconds * 1000).toISOString(),
      created_at: now.toISOString(),
    });
    const access = await tokens().sign({ userId: user.id, businessId, role, sessionId }, now);
    return {
      access_token: access,
      refresh_token: refresh,
      token_type: 'bearer',
      expires_in: tokens().ttlSeconds,
      user: { id: user.id, email: user.email, name: user.name, business_id: businessId, role },
    };
  }

  // Rotation: each refresh token works once. Presenting a spent one means it was copied, so the
  // whole login (every token descended from it) is revoked and the holder must sign in again.
  async function refresh(token: string): Promise<TokenPair> {
    tokens();
    const at = iso();
    const hash = hashSecret(token);
    const row = await repo.findRefreshToken(db, hash);
    if (!row) throw invalidRefreshToken();
    if (row.used_at !== null || !(await repo.spendRefreshToken(db, hash, at))) {
      await repo.revokeSession(db, row.session_id, at);
      throw invalidRefreshToken();
    }
    if (row.expires_at <= at) throw invalidRefreshToken();
    const session = await repo.findLiveSession(db, row.session_id);
    const user = session ? await repo.findUserById(db, session.user_id) : undefined;
    if (!session || !user) throw invalidRefreshToken();
    return issue(user, session.business_id, asRole(session.role), session.id);
  }

  /** Ends the login the refresh token belongs to; unknown tokens are ignored (idempotent). */
  async function logout(token: string): Promise<void> {
    const row = await repo.findRefreshToken(db, hashSecret(token));
    if (row) await repo.revokeSession(db, row.session_id, iso());
  }

  // Called by the credential hook for every Bearer request: the token must verify and its login
  // must still be live (not logged out, not revoked by reuse or a password reset).
  async function verifyAccessToken(token: string): Promise<BearerUser | null> {
    if (!deps.tokens) return null;
    const claims = await deps.tokens.verify(token, clock.now());
    if (!claims) return null;
    const session = await repo.findLiveSession(db, claims.sessionId);
    if (!session || session.user_id !== claims.userId || session.business_id !== claims.businessId)
      return null;
    return {
      userId: session.user_id,
      businessId: session.business_id,
      role: asRole(session.role),
      sessionId: session.id,
    };
  }

  async function me(identity: { userId: string; businessId: string; role: string }): Promise<User> {
    const user = await repo.findUserById(db, identity.userId);
    if (!user) throw new AppError('UNAUTHENTICATED', 'Invalid or expired token');
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      business_id: identity.businessId,
      role: asRole(identity.role),
    };
  }

  /** Sets a new password, ends every login of the user and lifts a lockout (password reset). */
  async function setPassword(userId: string, password: string): Promise<void> {
    const at = iso();
    const user = await repo.findUserById(db, userId);
    if (!user) return;
    await repo.updatePassword(db, userId, await hashPassword(password), at);
    await repo.revokeUserSessions(db, userId, at);
    await throttle.clear(user.email);
  }

  return {
    register,
    login,
    refresh,
    logout,
    verifyAccessToken,
    me,
    setPassword,
    findUserByEmail: (email: string) => repo.findUserByEmail(db, normalizeEmail(email)),
  };
}
