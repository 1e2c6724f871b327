import { z } from 'zod';
import {
  type AccountsConfig,
  accountsEnvShape,
  accountsProblems,
  toAccountsConfig,
} from './accounts-config.js';
import {
  type CalendarConfig,
  calendarEnvShape,
  calendarProblems,
  toCalendarConfig,
} from './calendar-config.js';
import { type LlmConfig, llmEnvShape, llmProblems, toLlmConfig } from './llm-config.js';
import {
  opsEnvShape,
  opsProblems,
  type RateLimitConfig,
  type SentryConfig,
  toRateLimitConfig,
  toSentryConfig,
} from './ops-config.js';
import { type SpeechConfig, speechEnvShape, speechProblems, toSpeechConfig } from './speech-config.js';

export type { AccountsConfig } from './accounts-config.js';
export type { CalendarConfig } from './calendar-config.js';
export type { LlmConfig } from './llm-config.js';
export type { RateLimitConfig, SentryConfig } from './ops-config.js';
export type { SpeechConfig, SpeechProviderConfig } from './speech-config.js';

// The only place that reads environment variables. Everything else receives the frozen Config.

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], {
      error: 'must be true or false',
    })
    .optional()
    .transform((value) => (value === undefined ? fallback : ['true', '1', 'yes', 'on'].includes(value)));

// Like bool, but keeps "not set" apart from an explicit false (defaults depend on other variables).
const optionalBool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { error: 'must be true or false' })
  .optional()
  .transform((value) => (value === undefined ? undefined : ['true', '1', 'yes', 'on'].includes(value)));

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const backend = z.enum(['memory', 'redis'], { error: 'must be memory or redis' }).optional();

const port = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

// TRUST_PROXY: false (default), true (trust every hop), a hop count, or a comma-separated list of
// addresses/CIDRs. Proxy headers (X-Forwarded-For) are ignored unless this is set.
const trustProxy = z
  .string()
  .optional()
  .transform((value, ctx): boolean | number | string[] => {
    const raw = value?.trim() ?? '';
    if (raw === '' || raw === 'false') return false;
    if (raw === 'true') return true;
    if (/^\d+$/.test(raw)) return Number(raw);
    const list = raw.split(',').map((entry) => entry.trim());
    if (list.some((entry) => !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(entry))) {
      ctx.addIssue({ code: 'custom', message: 'must be true, false, a hop count or a list of IPs/CIDRs' });
      return z.NEVER;
    }
    return list;
  });

const databaseUrl = z
  .string()
  .default('sqlite:./data/app.db')
  .refine((url) => /^(sqlite:|postgres(ql)?:\/\/)/.test(url), 'must start with sqlite: or postgres://');

const publicBaseUrl = optionalString.refine(
  (url) => url === undefined || /^https?:\/\/[^/]+/.test(url),
  'must be an absolute http(s) URL',
);

// A testing aid (a local stand-in for api.twilio.com); refused in production, see crossFieldProblems.
const twilioApiBaseUrl = optionalString.refine(
  (url) => url === undefined || /^https?:\/\/[^/]+/.test(url),
  'must be an absolute http(s) URL',
);

export type SmsProvider = 'twilio' | 'recording';

const envSchema = z.object({
  PORT: port.default(8000),
  HOST: z.string().default('0.0.0.0'),
  ENVIRONMENT: z
    .enum(['development', 'test', 'staging', 'production'], {
      error: 'must be development, test, staging or production',
    })
    .default('development'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  DATABASE_URL: databaseUrl,
  REDIS_URL: optionalString.refine(
    (url) => url === undefined || /^rediss?:\/\//.test(url),
    'must start with redis:// or rediss://',
  ),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_.-]*$/, 'may hold only letters, digits and : _ . -')
    .max(64, 'must be at most 64 characters')
    .default(''),
  SESSION_STORE_BACKEND: backend,
  TWILIO_STATE_BACKEND: backend,
  IDEMPOTENCY_STORE_BACKEND: backend,
  IDEMPOTENCY_KEY_PREFIX: z.string().min(1).default('idempotency'),
  ADMIN_API_KEY: optionalString,
  OWNER_DASHBOARD_TOKEN: optionalString,
  REQUIRE_BUSINESS_API_KEY: bool(true),
  PUBLIC_BASE_URL: publicBaseUrl,
  TRUST_PROXY: trustProxy,
  SEED_DEFAULT_BUSINESS: bool(true),
  DEFAULT_BUSINESS_API_KEY: optionalString,
  DEFAULT_BUSINESS_WIDGET_TOKEN: optionalString,
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  SMS_PROVIDER: z.enum(['twilio', 'recording'], { error: 'must be twilio or recording' }).optional(),
  TWILIO_ACCOUNT_SID: optionalString.refine(
    (sid) => sid === undefined || /^AC[0-9a-fA-F]{32}$/.test(sid),
    'must be an account SID: AC followed by 32 hex characters',
  ),
  TWILIO_AUTH_TOKEN: optionalString,
  TWILIO_API_BASE_URL: twilioApiBaseUrl,
  VERIFY_TWILIO_SIGNATURES: optionalBool,
  VOICE_MODE: z.enum(['gather', 'relay'], { error: 'must be gather or relay' }).default('gather'),
  TWILIO_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1000, 'must be between 1000 and 60000')
    .max(60_000, 'must be between 1000 and 60000')
    .default(10_000),
  SESSION_TTL_SECONDS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(60, 'must be between 60 and 86400')
    .max(86_400, 'must be between 60 and 86400')
    .default(3600),
  TENANT_CACHE_TTL_MS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 (no cache) and 60000')
    .max(60_000, 'must be between 0 (no cache) and 60000')
    .default(5_000),
  REMINDER_INTERVAL_SECONDS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 (disabled) and 86400')
    .max(86_400, 'must be between 0 (disabled) and 86400')
    .default(60),
  ...llmEnvShape,
  ...opsEnvShape,
  ...speechEnvShape,
  ...calendarEnvShape,
  ...accountsEnvShape,
});

type Env = z.output<typeof envSchema>;
export type StateBackend = 'memory' | 'redis';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly environment: Env['ENVIRONMENT'];
  readonly isProduction: boolean;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly databaseUrl: string;
  readonly redisUrl: string | undefined;
  /** Put before every key this service writes to Redis (several deployments sharing one Redis). */
  readonly redisKeyPrefix: string;
  readonly sessionStoreBackend: StateBackend;
  readonly twilioStateBackend: StateBackend;
  readonly idempotencyStoreBackend: StateBackend;
  readonly idempotencyKeyPrefix: string;
  readonly adminApiKey: string | undefined;
  readonly ownerDashboardToken: string | undefined;
  readonly requireBusinessApiKey: boolean;
  readonly publicBaseUrl: string | undefined;
  readonly trustProxy: boolean | number | string[];
  readonly seed: {
    readonly defaultBusiness: boolean;
    readonly apiKey: string | undefined;
    readonly widgetToken: string | undefined;
  };
  readonly shutdownGraceMs: number;
  readonly requestTimeoutMs: number;
  readonly smsProvider: SmsProvider;
  readonly twilio: {
    readonly accountSid: string | undefined;
    readonly authToken: string | undefined;
    readonly apiBaseUrl: string | undefined;
    readonly timeoutMs: number;
  };
  /**
   * Twilio webhooks must carry a valid X-Twilio-Signature. Always true in production and staging;
   * when true without TWILIO_AUTH_TOKEN (possible only there) every webhook is refused.
   */
  readonly verifyTwilioSignatures: boolean;
  /**
   * The voice_mode of tenants created without one (and of tenants stored before the setting
   * existed): `gather` answers calls with the TwiML <Gather> turn loop, `relay` with ConversationRelay.
   */
  readonly voiceMode: 'gather' | 'relay';
  /** Seconds between reminder sweeps; 0 disables the background loop. */
  readonly reminderIntervalSeconds: number;
  /** Idle lifetime of an assistant session (call, text thread, chat) in the shared store. */
  readonly sessionTtlSeconds: number;
  /** Longest a cached tenant (webhook lookups) is served; changes normally reach the cache sooner. */
  readonly tenantCacheTtlMs: number;
  /** The optional language model for understanding; null (the default) means rules only. */
  readonly llm: LlmConfig | null;
  /** Speech recognition and synthesis for the voice-session and telephony APIs (each optional). */
  readonly speech: SpeechConfig;
  /** Token buckets per client address and per tenant credential on the automation routes. */
  readonly rateLimit: RateLimitConfig;
  /** Error reporting to Sentry; null when SENTRY_DSN is unset or SENTRY_ENABLED=false. */
  readonly sentry: SentryConfig | null;
  /** Google Calendar: OAuth client, service account, endpoints, secrets and sweep timing. */
  readonly calendar: CalendarConfig;
  /** Sign-in: JWT key and lifetimes, password-reset email, self sign-up. */
  readonly accounts: AccountsConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once. Throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const calendarFileProblems: string[] = [];
  const config = { ...toConfig(parsed.data), calendar: toCalendarConfig(parsed.data, calendarFileProblems) };
  const problems = [
    ...crossFieldProblems(config),
    ...twilioWebhookProblems(parsed.data),
    ...llmProblems(parsed.data),
    ...speechProblems(parsed.data),
    ...opsProblems(parsed.data),
    ...calendarProblems(parsed.data, parsed.data.ENVIRONMENT),
    ...calendarFileProblems,
    ...accountsProblems(parsed.data),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  return deepFreeze(config);
}

function toConfig(env: Env): Omit<Config, 'calendar'> {
  const isProduction = env.ENVIRONMENT === 'production';
  // REDIS_URL moves shared state to Redis unless a backend is chosen explicitly.
  const defaultBackend: StateBackend = env.REDIS_URL ? 'redis' : 'memory';
  return {
    port: env.PORT,
    host: env.HOST,
    environment: env.ENVIRONMENT,
    isProduction,
    logLevel: env.LOG_LEVEL,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    sessionStoreBackend: env.SESSION_STORE_BACKEND ?? defaultBackend,
    twilioStateBackend: env.TWILIO_STATE_BACKEND ?? defaultBackend,
    idempotencyStoreBackend: env.IDEMPOTENCY_STORE_BACKEND ?? defaultBackend,
    idempotencyKeyPrefix: env.IDEMPOTENCY_KEY_PREFIX,
    adminApiKey: env.ADMIN_API_KEY,
    ownerDashboardToken: env.OWNER_DASHBOARD_TOKEN,
    // Production never accepts a bare X-Business-ID, whatever the variable says.
    requireBusinessApiKey: isProduction ? true : env.REQUIRE_BUSINESS_API_KEY,
    publicBaseUrl: env.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
    trustProxy: env.TRUST_PROXY,
    seed: {
      // Production seeds nothing: tenants are created through the admin API.
      defaultBusiness: !isProduction && env.SEED_DEFAULT_BUSINESS,
      apiKey: env.DEFAULT_BUSINESS_API_KEY,
      widgetToken: env.DEFAULT_BUSINESS_WIDGET_TOKEN,
    },
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    // Production sends real SMS unless told otherwise, so missing Twilio credentials stop start-up
    // instead of silently dropping owner alerts; recording stays available as an explicit choice.
    smsProvider: env.SMS_PROVIDER ?? (isProduction ? 'twilio' : 'recording'),
    twilio: {
      accountSid: env.TWILIO_ACCOUNT_SID,
      authToken: env.TWILIO_AUTH_TOKEN,
      apiBaseUrl: env.TWILIO_API_BASE_URL?.replace(/\/+$/, ''),
      timeoutMs: env.TWILIO_TIMEOUT_MS,
    },
    voiceMode: env.VOICE_MODE,
    reminderIntervalSeconds: env.REMINDER_INTERVAL_SECONDS,
    sessionTtlSeconds: env.SESSION_TTL_SECONDS,
    tenantCacheTtlMs: env.TENANT_CACHE_TTL_MS,
    llm: toLlmConfig(env),
    speech: toSpeechConfig(env),
    rateLimit: toRateLimitConfig(env),
    sentry: toSentryConfig(env, env.ENVIRONMENT),
    accounts: toAccountsConfig(env),
    // Checked whenever a token exists; only the dev profiles may switch it off (twilioWebhookProblems).
    verifyTwilioSignatures: isDevProfile(env.ENVIRONMENT)
      ? (env.VERIFY_TWILIO_SIGNATURES ?? env.TWILIO_AUTH_TOKEN !== undefined)
      : true,
  };
}

function isDevProfile(environment: Env['ENVIRONMENT']): boolean {
  return environment === 'development' || environment === 'test';
}

function crossFieldProblems(config: Config): string[] {
  const problems: string[] = [];
  const backends = {
    SESSION_STORE_BACKEND: config.sessionStoreBackend,
    TWILIO_STATE_BACKEND: config.twilioStateBackend,
    IDEMPOTENCY_STORE_BACKEND: config.idempotencyStoreBackend,
  };
  for (const [name, value] of Object.entries(backends)) {
    if (value === 'redis' && !config.redisUrl) problems.push(`${name}: is redis but REDIS_URL is not set`);
  }
  if (config.isProduction && !config.adminApiKey) {
    problems.push('ADMIN_API_KEY: is required when ENVIRONMENT=production');
  }
  if (config.isProduction && config.adminApiKey && config.adminApiKey.length < 32) {
    problems.push('ADMIN_API_KEY: must be at least 32 characters when ENVIRONMENT=production');
  }
  problems.push(...smsProblems(config));
  return problems;
}

function twilioWebhookProblems(env: Env): string[] {
  const problems: string[] = [];
  if (env.VERIFY_TWILIO_SIGNATURES === false && !isDevProfile(env.ENVIRONMENT)) {
    problems.push('VERIFY_TWILIO_SIGNATURES: may be false only when ENVIRONMENT is development or test');
  }
  if (env.VERIFY_TWILIO_SIGNATURES === true && !env.TWILIO_AUTH_TOKEN) {
    problems.push('TWILIO_AUTH_TOKEN: is required when VERIFY_TWILIO_SIGNATURES=true');
  }
  return problems;
}

function smsProblems(config: Config): string[] {
  const problems: string[] = [];
  if (config.smsProvider === 'twilio') {
    const why = config.isProduction
      ? 'SMS_PROVIDER=twilio (the production default; SMS_PROVIDER=recording sends nothing)'
      : 'SMS_PROVIDER=twilio';
    if (!config.twilio.accountSid) problems.push(`TWILIO_ACCOUNT_SID: is required when ${why}`);
    if (!config.twilio.authToken) problems.push(`TWILIO_AUTH_TOKEN: is required when ${why}`);
  }
  // Pointing the REST client elsewhere would hand the account credentials to another host.
  if (config.isProduction && config.twilio.apiBaseUrl) {
    problems.push('TWILIO_API_BASE_URL: is a testing aid and is not allowed when ENVIRONMENT=production');
  }
  return problems;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
