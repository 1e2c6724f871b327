import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { hashSecret } from '../../platform/secrets.js';
import { AccountLockedError } from './accounts.errors.js';
import * as repo from './accounts.repository.js';

// Lockout per account: MAX_FAILURES failed logins within WINDOW lock the email for LOCKOUT. Keyed
// by a hash of the email whether or not an account has it, so a 423 says nothing about existence.
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
export const LOCKOUT_MS = 15 * 60_000;

export function createLoginThrottle(db: Kysely<Database>) {
  const keyOf = (email: string) => hashSecret(`login:${email}`);
  return {
    /** Throws AccountLockedError while the email is locked. */
    async assertOpen(email: string, now: Date): Promise<void> {
      const row = await repo.findThrottle(db, keyOf(email));
      const until = row?.locked_until ? Date.parse(row.locked_until) : 0;
      if (until > now.getTime())
        throw new AccountLockedError(Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
    },
    async recordFailure(email: string, now: Date): Promise<void> {
      const key = keyOf(email);
      const row = await repo.findThrottle(db, key);
      const fresh =
        !row || Date.parse(row.window_started_at) + WINDOW_MS <= now.getTime() || row.locked_until;
      const failures = fresh ? 1 : (row?.failures ?? 0) + 1;
      const locked = failures >= MAX_FAILURES;
      await repo.saveThrottle(db, {
        email_hash: key,
        failures: locked ? 0 : failures,
        window_started_at:
          fresh || locked ? now.toISOString() : (row?.window_started_at ?? now.toISOString()),
        locked_until: locked ? new Date(now.getTime() + LOCKOUT_MS).toISOString() : null,
      });
    },
    clear: (email: string) => repo.clearThrottle(db, keyOf(email)),
  };
}
