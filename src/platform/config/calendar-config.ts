import { readFileSync } from 'node:fs';
import { z } from 'zod';

// Google Calendar settings, kept beside config.ts (which reads them) to keep it short.

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const httpUrl = optionalString.refine(
  (url) => url === undefined || /^https?:\/\/[^/]+/.test(url),
  'must be an absolute http(s) URL',
);

const seconds = (fallback: number, max: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, `must be between 0 and ${max}`)
    .max(max, `must be between 0 and ${max}`)
    .default(fallback);

export const calendarEnvShape = {
  CALENDAR_PROVIDER: z.enum(['google', 'memory'], { error: 'must be google or memory' }).default('google'),
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  GOOGLE_OAUTH_REDIRECT_URL: httpUrl,
  GOOGLE_SERVICE_ACCOUNT_JSON: optionalString,
  GOOGLE_SERVICE_ACCOUNT_FILE: optionalString,
  GOOGLE_API_BASE_URL: httpUrl,
  GOOGLE_OAUTH_TOKEN_URL: httpUrl,
  GOOGLE_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(100, 'must be between 100 and 60000')
    .max(60_000, 'must be between 100 and 60000')
    .default(10_000),
  CALENDAR_ENCRYPTION_KEY: optionalString.refine(
    (key) => key === undefined || key.length >= 32,
    'must be at least 32 characters',
  ),
  CALENDAR_WEBHOOK_SECRET: optionalString.refine(
    (secret) => secret === undefined || secret.length >= 16,
    'must be at least 16 characters',
  ),
  CALENDAR_SYNC_INTERVAL_SECONDS: seconds(60, 86_400),
  CALENDAR_BUSY_CACHE_SECONDS: seconds(60, 3600),
};

type CalendarEnv = {
  [K in keyof typeof calendarEnvShape]: z.output<(typeof calendarEnvShape)[K]>;
};

export interface ServiceAccountKey {
  readonly clientEmail: string;
  readonly privateKey: string;
}

export interface CalendarConfig {
  /** 'memory': every tenant with a calendar_id gets an in-process calendar (development only). */
  readonly provider: 'google' | 'memory';
  /** The app's OAuth client (per-tenant consent); null when GOOGLE_CLIENT_ID is unset. */
  readonly oauth: {
    readonly clientId: string;
    readonly clientSecret: string;
    /** Where Google sends the owner back; unset: PUBLIC_BASE_URL + /v1/calendar/google/callback. */
    readonly redirectUrl: string | undefined;
  } | null;
  /** A service account shared by tenants that name a `calendar_id` shared with it. */
  readonly serviceAccount: ServiceAccountKey | null;
  /** Calendar API root (Google's by default; a proxy or a fake in tests). */
  readonly apiBaseUrl: string;
  /** Token endpoint for code exchanges, refreshes and service-account grants. */
  readonly tokenUrl: string;
  readonly timeoutMs: number;
  /** Secret that encrypts stored OAuth tokens and signs the OAuth `state`. */
  readonly encryptionKey: string | undefined;
  /** Value of X-Calendar-Webhook-Secret on the relay webhook; unset: owner credentials only. */
  readonly webhookSecret: string | undefined;
  /** Seconds between sweeps of calendar write retries and channel renewals; 0 turns them off. */
  readonly syncIntervalSeconds: number;
  /** How long the owner's free/busy answer is reused. */
  readonly busyCacheSeconds: number;
}

export const GOOGLE_API_BASE_URL = 'https://www.googleapis.com/';
export const GOOGLE_OAUTH_TOKEN_URL = 'https://oauth2.googleapis.com/token';

export function toCalendarConfig(env: CalendarEnv, problems: string[]): CalendarConfig {
  const oauth =
    env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET
      ? {
          clientId: env.GOOGLE_CLIENT_ID,
          clientSecret: env.GOOGLE_CLIENT_SECRET,
          redirectUrl: env.GOOGLE_OAUTH_REDIRECT_URL,
        }
      : null;
  return {
    provider: env.CALENDAR_PROVIDER,
    oauth,
    serviceAccount: serviceAccountOf(env, problems),
    apiBaseUrl: env.GOOGLE_API_BASE_URL ?? GOOGLE_API_BASE_URL,
    tokenUrl: env.GOOGLE_OAUTH_TOKEN_URL ?? GOOGLE_OAUTH_TOKEN_URL,
    timeoutMs: env.GOOGLE_TIMEOUT_MS,
    encryptionKey: env.CALENDAR_ENCRYPTION_KEY,
    webhookSecret: env.CALENDAR_WEBHOOK_SECRET,
    syncIntervalSeconds: env.CALENDAR_SYNC_INTERVAL_SECONDS,
    busyCacheSeconds: env.CALENDAR_BUSY_CACHE_SECONDS,
  };
}

// Half an OAuth client, or one without a key to encrypt its tokens, would fail at the first connect.
export function calendarProblems(env: CalendarEnv, environment: string): string[] {
  const problems: string[] = [];
  if (env.CALENDAR_PROVIDER === 'memory' && environment !== 'development' && environment !== 'test') {
    problems.push('CALENDAR_PROVIDER: memory is allowed only when ENVIRONMENT is development or test');
  }
  if (Boolean(env.GOOGLE_CLIENT_ID) !== Boolean(env.GOOGLE_CLIENT_SECRET)) {
    problems.push('GOOGLE_CLIENT_SECRET: GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set together');
  }
  if (env.GOOGLE_CLIENT_ID && !env.CALENDAR_ENCRYPTION_KEY) {
    problems.push(
      'CALENDAR_ENCRYPTION_KEY: is required when GOOGLE_CLIENT_ID is set (tokens are stored encrypted)',
    );
  }
  if (env.GOOGLE_SERVICE_ACCOUNT_JSON && env.GOOGLE_SERVICE_ACCOUNT_FILE) {
    problems.push('GOOGLE_SERVICE_ACCOUNT_FILE: set either it or GOOGLE_SERVICE_ACCOUNT_JSON, not both');
  }
  return problems;
}

function serviceAccountOf(env: CalendarEnv, problems: string[]): ServiceAccountKey | null {
  const variable = env.GOOGLE_SERVICE_ACCOUNT_JSON
    ? 'GOOGLE_SERVICE_ACCOUNT_JSON'
    : 'GOOGLE_SERVICE_ACCOUNT_FILE';
  let text = env.GOOGLE_SERVICE_ACCOUNT_JSON;
  if (!text && env.GOOGLE_SERVICE_ACCOUNT_FILE) {
    try {
      text = readFileSync(env.GOOGLE_SERVICE_ACCOUNT_FILE, 'utf8');
    } catch {
      problems.push(`${variable}: cannot read the key file`);
      return null;
    }
  }
  if (!text) return null;
  try {
    const key = JSON.parse(text) as { client_email?: unknown; private_key?: unknown };
    if (typeof key.client_email === 'string' && typeof key.private_key === 'string') {
      return { clientEmail: key.client_email, privateKey: key.private_key };
    }
  } catch {
    // Reported below without echoing the key's content.
  }
  problems.push(`${variable}: must be a service-account key (JSON with client_email and private_key)`);
  return null;
}
