import { sql } from 'kysely';
import { expect, it } from 'vitest';
import * as accountsMigration from '../../src/migrations/2026_12_08_002000_create_accounts.js';
import * as feedbackMigration from '../../src/migrations/2026_12_08_002100_create_feedback.js';
import * as repo from '../../src/modules/accounts/accounts.repository.js';
import { uniqueViolationColumn } from '../../src/platform/db/db-errors.js';
import { describeEachDialect } from '../helpers/dialects.js';

// The accounts tables on each dialect: what the repository writes, the single-use guarantees the
// service relies on (a refresh or reset token is spent exactly once), and down() undoing up().

describeEachDialect('accounts repository', (ctx) => {
  const at = '2026-03-02T15:00:00.000Z';
  let n = 0;
  const unique = (label: string) => {
    n += 1;
    return `${label}-${n}`;
  };

  async function business(): Promise<string> {
    const id = unique('acct-biz');
    await ctx
      .sql()
      .db.insertInto('businesses')
      .values({
        id,
        name: 'Accounts test',
        status: 'active',
        lockdown_mode: 0,
        twilio_phone_number: null,
        api_key_hash: null,
        widget_token_hash: null,
        api_key_rotated_at: null,
        widget_token_rotated_at: null,
        settings: '{}',
        created_at: at,
        updated_at: at,
      })
      .execute();
    return id;
  }

  async function user(businessId: string, role = 'staff') {
    const row = {
      id: unique('usr'),
      email: `${unique('u')}@example.com`,
      name: null,
      password_hash: 'h',
      created_at: at,
      updated_at: at,
    };
    await repo.insertUserWithMembership(ctx.sql().db, row, { business_id: businessId, role });
    return row;
  }

  it('stores a user with its membership; a second user with the same email is a unique violation', async () => {
    const db = ctx.sql().db;
    const biz = await business();
    const ann = await user(biz, 'viewer');
    expect(await repo.findUserByEmail(db, ann.email)).toMatchObject({ id: ann.id });
    expect(await repo.listMemberships(db, ann.id)).toEqual([{ business_id: biz, role: 'viewer' }]);
    const copy = { ...ann, id: unique('usr') };
    const error = await repo
      .insertUserWithMembership(db, copy, { business_id: biz, role: 'staff' })
      .catch((e: unknown) => e);
    expect(uniqueViolationColumn(error)).not.toBeNull();
    // The transaction left no half: no user row for the copy.
    expect(await repo.findUserById(db, copy.id)).toBeUndefined();
  });

  it('spends a refresh token once; a revoked session is no longer live', async () => {
    const db = ctx.sql().db;
    const biz = await business();
    const ann = await user(biz, 'owner');
    const session = { id: unique('ses'), user_id: ann.id, business_id: biz, created_at: at };
    await repo.insertSession(db, session);
    const hash = unique('hash');
    await repo.insertRefreshToken(db, {
      token_hash: hash,
      session_id: session.id,
      expires_at: '2026-04-01T00:00:00.000Z',
      created_at: at,
    });
    const [first, second] = await Promise.all([
      repo.spendRefreshToken(db, hash, at),
      repo.spendRefreshToken(db, hash, at),
    ]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect(await repo.findLiveSession(db, session.id)).toMatchObject({ user_id: ann.id, role: 'owner' });
    await repo.revokeSession(db, session.id, at);
    expect(await repo.findLiveSession(db, session.id)).toBeUndefined();
  });

  it('upserts login throttles and spends a reset token once, never after it expires', async () => {
    const db = ctx.sql().db;
    const key = unique('email-hash');
    await repo.saveThrottle(db, { email_hash: key, failures: 1, window_started_at: at, locked_until: null });
    await repo.saveThrottle(db, {
      email_hash: key,
      failures: 2,
      window_started_at: at,
      locked_until: '2026-03-02T15:15:00.000Z',
    });
    expect(await repo.findThrottle(db, key)).toMatchObject({
      failures: 2,
      locked_until: '2026-03-02T15:15:00.000Z',
    });
    await repo.clearThrottle(db, key);
    expect(await repo.findThrottle(db, key)).toBeUndefined();

    const ann = await user(await business());
    const live = unique('reset');
    const stale = unique('reset');
    await repo.insertPasswordReset(db, {
      token_hash: live,
      user_id: ann.id,
      expires_at: '2026-03-02T16:00:00.000Z',
      created_at: at,
    });
    await repo.insertPasswordReset(db, {
      token_hash: stale,
      user_id: ann.id,
      expires_at: '2026-03-02T14:00:00.000Z',
      created_at: at,
    });
    expect(await repo.spendPasswordReset(db, stale, at)).toBeUndefined();
    expect(await repo.spendPasswordReset(db, live, at)).toBe(ann.id);
    expect(await repo.spendPasswordReset(db, live, at)).toBeUndefined();
  });

  it('lists feedback newest first by (created_at, id) with a keyset', async () => {
    const db = ctx.sql().db;
    const prefix = unique('fb');
    for (const [i, created] of [
      '2099-01-01T00:00:01.000Z',
      '2099-01-01T00:00:02.000Z',
      '2099-01-01T00:00:02.000Z',
    ].entries()) {
      await repo.insertFeedback(db, {
        id: `${prefix}-${i}`,
        business_id: null,
        summary: `s${i}`,
        details: null,
        category: null,
        email: null,
        url: null,
        created_at: created,
      });
    }
    const firstPage = await repo.listFeedback(db, 2);
    expect(firstPage.slice(0, 2).map((row) => row.id)).toEqual([`${prefix}-2`, `${prefix}-1`]);
    const rest = await repo.listFeedback(db, 2, { key: '2099-01-01T00:00:02.000Z', id: `${prefix}-1` });
    expect(rest[0]?.id).toBe(`${prefix}-0`);
  });

  it('down() removes the accounts and feedback tables and up() brings them back', async () => {
    const db = ctx.sql().db;
    // Rows first: down() drops tables, and these suites' rows would otherwise just go with them.
    for (const table of [
      'password_resets',
      'login_throttles',
      'refresh_tokens',
      'auth_sessions',
      'memberships',
      'users',
      'feedback',
    ]) {
      await sql`delete from ${sql.table(table)}`.execute(db);
    }
    await feedbackMigration.down(db);
    await accountsMigration.down(db);
    await expect(sql`select count(*) from users`.execute(db)).rejects.toThrow();
    await expect(sql`select count(*) from feedback`.execute(db)).rejects.toThrow();
    await accountsMigration.up(db);
    await feedbackMigration.up(db);
    for (const table of [
      'users',
      'memberships',
      'auth_sessions',
      'refresh_tokens',
      'login_throttles',
      'password_resets',
      'feedback',
    ]) {
      const rows = await sql`select count(*) as n from ${sql.table(table)}`.execute(db);
      expect(rows.rows, table).toHaveLength(1);
    }
  });
});
