import { AppError } from '../../platform/errors/app-error.js';

// One message for a wrong password and an unknown email, so the answer reveals nothing.
export const invalidCredentials = () => new AppError('UNAUTHENTICATED', 'Invalid email or password');
export const invalidRefreshToken = () =>
  new AppError('UNAUTHENTICATED', 'The refresh token is invalid, expired or revoked');
export const emailTaken = () =>
  new AppError('CONFLICT', 'A user with this email already exists', { subcode: 'EMAIL_TAKEN' });
export const invalidResetToken = () =>
  new AppError('BAD_REQUEST', 'The reset token is invalid, expired or already used', {
    subcode: 'INVALID_RESET_TOKEN',
  });
export const accountsDisabled = () =>
  new AppError('DEPENDENCY_UNAVAILABLE', 'Accounts are disabled: JWT_SECRET is not set', {
    subcode: 'ACCOUNTS_DISABLED',
  });
export const signupDisabled = () =>
  new AppError('FORBIDDEN', 'Self sign-up is disabled (ALLOW_SELF_SIGNUP)', { subcode: 'SIGNUP_DISABLED' });

/** Locked after repeated failures; the route sets Retry-After from `retryAfterSeconds`. */
export class AccountLockedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('LOCKED', 'Too many failed sign-in attempts; try again later', { subcode: 'ACCOUNT_LOCKED' });
  }
}
