import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { FeedbackRow, LoginThrottleRow, RefreshTokenRow, UserRow } from './accounts.table.js';

type Db = Kysely<Database>;

export function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts the user and its first membership in one transaction (a duplicate email throws). */
export async function insertUserWithMembership(
  db: Db,
  user: UserRow,
  membership: { business_id: string; role: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('users').values(user).execute();
    await trx
      .insertInto('memberships')
      .values({ ...membership, user_id: user.id, created_at: user.created_at })
      .execute();
  });
}

export async function updatePassword(db: Db, userId: string, hash: string, at: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: hash, updated_at: at })
    .where('id', '=', userId)
    .execute();
}

/** The user's memberships, oldest first (the first is where a login lands by default). */
export function listMemberships(db: Db, userId: string) {
  return db
    .selectFrom('memberships')
    .select(['business_id', 'role'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('business_id')
    .execute();
}

export async function insertSession(
  db: Db,
  session: { id: string; user_id: string; business_id: string; created_at: string },
): Promise<void> {
  await db
    .insertInto('auth_sessions')
    .values({ ...session, revoked_at: null })
    .execute();
}

/** The live session with the user's current role in its tenant (a removed member has none). */
export function findLiveSession(db: Db, sessionId: string) {
  return db
    .selectFrom('auth_sessions as s')
    .innerJoin('memberships as m', (join) =>
      join.onRef('m.user_id', '=', 's.user_id').onRef('m.business_id', '=', 's.business_id'),
    )
    .select(['s.id', 's.user_id', 's.business_id', 'm.role'])
    .where('s.id', '=', sessionId)
    .where('s.revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function revokeSession(db: Db, sessionId: string, at: string): Promise<void> {
  await db
    .updateTable('auth_sessions')
    .set({ revoked_at: at })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function revokeUserSessions(db: Db, userId: string, at: string): Promise<void> {
  await db
    .updateTable('auth_sessions')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function insertRefreshToken(
  db: Db,
  row: { token_hash: string; session_id: string; expires_at: string; created_at: string },
): Promise<void> {
  await db
    .insertInto('refresh_tokens')
    .values({ ...row, used_at: null })
    .execute();
}

export function findRefreshToken(db: Db, tokenHash: string): Promise<RefreshTokenRow | undefined> {
  return db.selectFrom('refresh_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Spends a refresh token; false when another request spent it first (a reuse). */
export async function spendRefreshToken(db: Db, tokenHash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('refresh_tokens')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findThrottle(db: Db, emailHash: string): Promise<LoginThrottleRow | undefined> {
  return db.selectFrom('login_throttles').selectAll().where('email_hash', '=', emailHash).executeTakeFirst();
}

export async function saveThrottle(db: Db, row: LoginThrottleRow): Promise<void> {
  await db
    .insertInto('login_throttles')
    .values(row)
    .onConflict((conflict) =>
      conflict.column('email_hash').doUpdateSet({
        failures: row.failures,
        window_started_at: row.window_started_at,
        locked_until: row.locked_until,
      }),
    )
    .execute();
}

export async function clearThrottle(db: Db, emailHash: string): Promise<void> {
  await db.deleteFrom('login_throttles').where('email_hash', '=', emailHash).execute();
}

export async function insertPasswordReset(
  db: Db,
  row: { token_hash: string; user_id: string; expires_at: string; created_at: string },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({ ...row, used_at: null })
    .execute();
}

/** Spends a live reset token and returns its user; undefined when unknown, used or expired. */
export async function spendPasswordReset(db: Db, tokenHash: string, at: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('password_resets')
    .select(['user_id', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.expires_at <= at) return undefined;
  const spent = await db
    .updateTable('password_resets')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(spent.numUpdatedRows) === 1 ? row.user_id : undefined;
}

export async function insertFeedback(db: Db, row: FeedbackRow): Promise<void> {
  await db.insertInto('feedback').values(row).execute();
}

/** Newest first, keyset on (created_at, id); fetches limit+1 to tell whether more exist. */
export function listFeedback(db: Db, limit: number, after?: { key: string; id: string }) {
  let query = db.selectFrom('feedback').selectAll();
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', after.key),
        eb.and([eb('created_at', '=', after.key), eb('id', '<', after.id)]),
      ]),
    );
  }
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}
