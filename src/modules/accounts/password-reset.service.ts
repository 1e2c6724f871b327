import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { hashSecret } from '../../platform/secrets.js';
import { invalidResetToken } from './accounts.errors.js';
import * as repo from './accounts.repository.js';
import type { AccountService } from './accounts.service.js';
import type { EmailSender } from './email-sender.js';
import { newOpaqueToken } from './tokens.js';

export const RESET_TOKEN_TTL_MS = 60 * 60_000;

export type PasswordResetService = ReturnType<typeof createPasswordResetService>;

export function createPasswordResetService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  accounts: AccountService;
  email: EmailSender;
  log: { warn(obj: object, msg: string): void };
}) {
  const { db, clock, accounts } = deps;
  const pending = new Set<Promise<void>>();

  async function sendReset(address: string): Promise<void> {
    const user = await accounts.findUserByEmail(address);
    if (!user) return;
    const token = newOpaqueToken('pr');
    const now = clock.now();
    await repo.insertPasswordReset(db, {
      token_hash: hashSecret(token),
      user_id: user.id,
      expires_at: new Date(now.getTime() + RESET_TOKEN_TTL_MS).toISOString(),
      created_at: now.toISOString(),
    });
    await deps.email.send({
      to: user.email,
      subject: 'Reset your password',
      text: `Someone asked to reset the password of this account. If it was you, send this code with your new password to POST /v1/auth/password-reset/confirm within 60 minutes:\n\n${token}\n\nIf it was not you, ignore this email.`,
    });
  }

  return {
    // The answer never waits for the lookup or the email: the same 202, at the same speed, whether
    // or not the email has an account. Failures are logged without the address.
    request(address: string): void {
      const work = sendReset(address)
        .catch((error: Error) => deps.log.warn({ error: error.message }, 'password reset email failed'))
        .finally(() => pending.delete(work));
      pending.add(work);
    },
    async confirm(token: string, password: string): Promise<void> {
      const userId = await repo.spendPasswordReset(db, hashSecret(token), clock.now().toISOString());
      if (!userId) throw invalidResetToken();
      await accounts.setPassword(userId, password);
    },
    /** Resolves when every reset started so far has been sent (tests, shutdown). */
    async idle(): Promise<void> {
      await Promise.allSettled([...pending]);
    },
  };
}
