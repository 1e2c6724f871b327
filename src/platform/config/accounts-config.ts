import { z } from 'zod';

// Accounts (sign-in, JWTs, email for password resets, self sign-up), kept beside config.ts.

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const seconds = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`)
    .default(fallback);

export const accountsEnvShape = {
  JWT_SECRET: optionalString.refine((secret) => secret === undefined || secret.length >= 32, {
    message: 'must be at least 32 characters',
  }),
  ACCESS_TOKEN_TTL_SECONDS: seconds(60, 86_400, 900),
  REFRESH_TOKEN_TTL_SECONDS: seconds(300, 31_536_000, 2_592_000),
  ALLOW_SELF_SIGNUP: z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { error: 'must be true or false' })
    .optional()
    .transform((value) => value !== undefined && ['true', '1', 'yes', 'on'].includes(value)),
  SMTP_URL: optionalString.refine((url) => url === undefined || /^smtps?:\/\/[^/]+/.test(url), {
    message: 'must start with smtp:// or smtps://',
  }),
  SMTP_FROM: optionalString,
};

type AccountsEnv = { [K in keyof typeof accountsEnvShape]: z.output<(typeof accountsEnvShape)[K]> };

export interface AccountsConfig {
  /**
   * HS256 key of access tokens. Unset outside production: a random key per process (tokens end at
   * a restart). Unset in production: sign-in and Bearer tokens are off (see accountsProblems).
   */
  readonly jwtSecret: string | undefined;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlSeconds: number;
  /** POST /v1/public/signup creates tenants; off by default. */
  readonly allowSelfSignup: boolean;
  /** Password-reset email over SMTP; null: emails are recorded in memory only. */
  readonly smtp: { readonly url: string; readonly from: string } | null;
}

export function toAccountsConfig(env: AccountsEnv): AccountsConfig {
  return {
    jwtSecret: env.JWT_SECRET,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
    allowSelfSignup: env.ALLOW_SELF_SIGNUP,
    smtp: env.SMTP_URL ? { url: env.SMTP_URL, from: env.SMTP_FROM ?? 'no-reply@localhost' } : null,
  };
}

export function accountsProblems(env: AccountsEnv): string[] {
  const problems: string[] = [];
  if (env.SMTP_URL && !env.SMTP_FROM) problems.push('SMTP_FROM: is required when SMTP_URL is set');
  if (env.ACCESS_TOKEN_TTL_SECONDS >= env.REFRESH_TOKEN_TTL_SECONDS) {
    problems.push('REFRESH_TOKEN_TTL_SECONDS: must be longer than ACCESS_TOKEN_TTL_SECONDS');
  }
  return problems;
}
