import { isIP } from 'node:net';
import { z } from 'zod';

// Rate-limit and error-reporting settings, kept beside config.ts (which reads them) to keep it short.

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { error: 'must be true or false' })
  .optional()
  .transform((value) => (value === undefined ? undefined : ['true', '1', 'yes', 'on'].includes(value)));

const positiveInt = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`)
    .default(fallback);

// Exact addresses or CIDR ranges (IPv4 or IPv6), comma-separated.
const ipList = z
  .string()
  .optional()
  .transform((value, ctx): string[] => {
    const entries = (value ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const bad = entries.filter((entry) => !isAddressOrRange(entry));
    if (bad.length > 0) {
      ctx.addIssue({ code: 'custom', message: `not an IP address or CIDR range: ${bad.join(', ')}` });
      return z.NEVER;
    }
    return entries;
  });

function isAddressOrRange(entry: string): boolean {
  const [address = '', bits, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d{1,3}$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
}

export const opsEnvShape = {
  RATE_LIMIT_PER_MINUTE: positiveInt(1, 1_000_000, 120),
  RATE_LIMIT_BURST: positiveInt(1, 1_000_000, 20),
  RATE_LIMIT_DISABLED: flag,
  RATE_LIMIT_WHITELIST_IPS: ipList,
  SENTRY_DSN: optionalString.refine(
    (dsn) => dsn === undefined || /^https?:\/\/[^@/]+@[^/]+\/.+/.test(dsn),
    'must be a Sentry DSN: https://<key>@<host>/<project>',
  ),
  SENTRY_ENABLED: flag,
  SENTRY_ENVIRONMENT: optionalString,
  SENTRY_RELEASE: optionalString,
  GIT_SHA: optionalString,
  SENTRY_TRACES_SAMPLE_RATE: z.coerce
    .number({ error: 'must be a number' })
    .min(0, 'must be between 0 and 1')
    .max(1, 'must be between 0 and 1')
    .default(0),
};

type OpsEnv = { [K in keyof typeof opsEnvShape]: z.output<(typeof opsEnvShape)[K]> };

export interface RateLimitConfig {
  /** False when RATE_LIMIT_DISABLED is set: nothing is limited. */
  readonly enabled: boolean;
  /** Tokens added to a bucket per minute. */
  readonly perMinute: number;
  /** Bucket size: how many requests may come at once. */
  readonly burst: number;
  /** Client addresses (exact or CIDR) that are never limited. */
  readonly whitelist: readonly string[];
}

export interface SentryConfig {
  readonly dsn: string;
  readonly environment: string;
  readonly release: string | undefined;
  /** Share of requests traced; 0 turns tracing off. */
  readonly tracesSampleRate: number;
}

export function toRateLimitConfig(env: OpsEnv): RateLimitConfig {
  return {
    enabled: env.RATE_LIMIT_DISABLED !== true,
    perMinute: env.RATE_LIMIT_PER_MINUTE,
    burst: env.RATE_LIMIT_BURST,
    whitelist: env.RATE_LIMIT_WHITELIST_IPS,
  };
}

/** Null (error reporting off) without SENTRY_DSN, or when SENTRY_ENABLED=false says so regardless. */
export function toSentryConfig(env: OpsEnv, environment: string): SentryConfig | null {
  if (!env.SENTRY_DSN || env.SENTRY_ENABLED === false) return null;
  return {
    dsn: env.SENTRY_DSN,
    environment: env.SENTRY_ENVIRONMENT ?? environment,
    release: env.SENTRY_RELEASE ?? env.GIT_SHA,
    tracesSampleRate: env.SENTRY_TRACES_SAMPLE_RATE,
  };
}

export function opsProblems(env: OpsEnv): string[] {
  return env.SENTRY_ENABLED === true && !env.SENTRY_DSN
    ? ['SENTRY_DSN: is required when SENTRY_ENABLED=true']
    : [];
}
