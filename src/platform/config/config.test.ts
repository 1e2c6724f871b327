import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives the embedded default when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8000,
      environment: 'development',
      databaseUrl: 'sqlite:./data/app.db',
      redisUrl: undefined,
      sessionStoreBackend: 'memory',
      twilioStateBackend: 'memory',
      idempotencyStoreBackend: 'memory',
      idempotencyKeyPrefix: 'idempotency',
      requireBusinessApiKey: true,
      trustProxy: false,
      seed: { defaultBusiness: true },
    });
  });

  it('returns a frozen object', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.seed)).toBe(true);
  });

  it('moves every shared-state backend to redis when REDIS_URL is set', () => {
    const config = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' });
    expect([config.sessionStoreBackend, config.twilioStateBackend, config.idempotencyStoreBackend]).toEqual([
      'redis',
      'redis',
      'redis',
    ]);
  });

  it('keeps an explicit memory backend even with REDIS_URL', () => {
    const config = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', SESSION_STORE_BACKEND: 'memory' });
    expect(config.sessionStoreBackend).toBe('memory');
    expect(config.idempotencyStoreBackend).toBe('redis');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ ENVIRONMENT: 'prod-ish' }, 'ENVIRONMENT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [{ SESSION_STORE_BACKEND: 'disk' }, 'SESSION_STORE_BACKEND'],
    [{ REQUIRE_BUSINESS_API_KEY: 'maybe' }, 'REQUIRE_BUSINESS_API_KEY'],
    [{ PUBLIC_BASE_URL: 'example.com' }, 'PUBLIC_BASE_URL'],
    [{ TRUST_PROXY: 'sometimes' }, 'TRUST_PROXY'],
    [{ TWILIO_STATE_BACKEND: 'redis' }, 'TWILIO_STATE_BACKEND'],
    [{ SMS_PROVIDER: 'carrier-pigeon' }, 'SMS_PROVIDER'],
    [{ TWILIO_ACCOUNT_SID: 'SK123' }, 'TWILIO_ACCOUNT_SID'],
    [{ TWILIO_API_BASE_URL: 'localhost:4010' }, 'TWILIO_API_BASE_URL'],
    [{ TWILIO_TIMEOUT_MS: '50' }, 'TWILIO_TIMEOUT_MS'],
    [{ REMINDER_INTERVAL_SECONDS: '-1' }, 'REMINDER_INTERVAL_SECONDS'],
    [{ REMINDER_INTERVAL_SECONDS: 'often' }, 'REMINDER_INTERVAL_SECONDS'],
    [{ VERIFY_TWILIO_SIGNATURES: 'sometimes' }, 'VERIFY_TWILIO_SIGNATURES'],
    [{ VOICE_MODE: 'streaming' }, 'VOICE_MODE'],
  ])('rejects %o naming %s', (env, variable) => {
    const problems = problemsOf(env as Record<string, string>);
    expect(problems.some((p) => p.startsWith(`${variable}:`))).toBe(true);
  });

  it('reports every bad variable at once', () => {
    expect(problemsOf({ PORT: 'x', LOG_LEVEL: 'y' })).toHaveLength(2);
  });

  it('requires ADMIN_API_KEY in production', () => {
    expect(problemsOf({ ENVIRONMENT: 'production' })).toContain(
      'ADMIN_API_KEY: is required when ENVIRONMENT=production',
    );
  });

  it('forces REQUIRE_BUSINESS_API_KEY and seeds nothing in production', () => {
    const config = loadConfig({
      ENVIRONMENT: 'production',
      ADMIN_API_KEY: 'a'.repeat(40),
      REQUIRE_BUSINESS_API_KEY: 'false',
      SEED_DEFAULT_BUSINESS: 'true',
      SMS_PROVIDER: 'recording',
    });
    expect(config.requireBusinessApiKey).toBe(true);
    expect(config.seed.defaultBusiness).toBe(false);
    expect(config.isProduction).toBe(true);
  });

  it('honours REQUIRE_BUSINESS_API_KEY=false outside production', () => {
    expect(loadConfig({ REQUIRE_BUSINESS_API_KEY: 'false' }).requireBusinessApiKey).toBe(false);
  });

  it.each([
    ['true', true],
    ['false', false],
    ['2', 2],
    ['10.0.0.0/8, 127.0.0.1', ['10.0.0.0/8', '127.0.0.1']],
  ])('parses TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it('reads SESSION_TTL_SECONDS with a one-hour default and rejects nonsense', () => {
    expect(loadConfig({}).sessionTtlSeconds).toBe(3600);
    expect(loadConfig({ SESSION_TTL_SECONDS: '900' }).sessionTtlSeconds).toBe(900);
    expect(problemsOf({ SESSION_TTL_SECONDS: '5' })[0]).toMatch(/^SESSION_TTL_SECONDS:/);
  });

  it('reads VOICE_MODE with gather as the default', () => {
    expect(loadConfig({}).voiceMode).toBe('gather');
    expect(loadConfig({ VOICE_MODE: 'relay' }).voiceMode).toBe('relay');
  });

  it('strips a trailing slash from PUBLIC_BASE_URL', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://api.example.com/' }).publicBaseUrl).toBe(
      'https://api.example.com',
    );
  });

  describe('SMS and reminders', () => {
    const SID = `AC${'0a'.repeat(16)}`;

    it('records SMS and sweeps reminders every minute by default outside production', () => {
      const config = loadConfig({});
      expect(config.smsProvider).toBe('recording');
      expect(config.twilio).toEqual({
        accountSid: undefined,
        authToken: undefined,
        apiBaseUrl: undefined,
        timeoutMs: 10_000,
      });
      expect(config.reminderIntervalSeconds).toBe(60);
    });

    it('reads the Twilio settings and strips a trailing slash from the base URL', () => {
      const config = loadConfig({
        SMS_PROVIDER: 'twilio',
        TWILIO_ACCOUNT_SID: SID,
        TWILIO_AUTH_TOKEN: 'secret',
        TWILIO_API_BASE_URL: 'http://127.0.0.1:4010/',
        TWILIO_TIMEOUT_MS: '5000',
        REMINDER_INTERVAL_SECONDS: '0',
      });
      expect(config.smsProvider).toBe('twilio');
      expect(config.twilio).toEqual({
        accountSid: SID,
        authToken: 'secret',
        apiBaseUrl: 'http://127.0.0.1:4010',
        timeoutMs: 5000,
      });
      expect(config.reminderIntervalSeconds).toBe(0);
    });

    it('names each missing credential when SMS_PROVIDER=twilio', () => {
      expect(problemsOf({ SMS_PROVIDER: 'twilio' })).toEqual([
        'TWILIO_ACCOUNT_SID: is required when SMS_PROVIDER=twilio',
        'TWILIO_AUTH_TOKEN: is required when SMS_PROVIDER=twilio',
      ]);
      expect(problemsOf({ SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: SID })).toEqual([
        'TWILIO_AUTH_TOKEN: is required when SMS_PROVIDER=twilio',
      ]);
    });

    it('defaults to twilio in production, so missing credentials stop start-up', () => {
      const base = { ENVIRONMENT: 'production', ADMIN_API_KEY: 'a'.repeat(40) };
      const problems = problemsOf(base);
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^TWILIO_ACCOUNT_SID: is required when SMS_PROVIDER=twilio/);
      expect(loadConfig({ ...base, TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: 't' }).smsProvider).toBe(
        'twilio',
      );
      expect(loadConfig({ ...base, SMS_PROVIDER: 'recording' }).smsProvider).toBe('recording');
    });

    it('refuses TWILIO_API_BASE_URL in production', () => {
      const problems = problemsOf({
        ENVIRONMENT: 'production',
        ADMIN_API_KEY: 'a'.repeat(40),
        SMS_PROVIDER: 'recording',
        TWILIO_API_BASE_URL: 'http://127.0.0.1:4010',
      });
      expect(problems).toEqual([
        'TWILIO_API_BASE_URL: is a testing aid and is not allowed when ENVIRONMENT=production',
      ]);
    });
  });

  describe('Twilio webhook signatures', () => {
    const production = {
      ENVIRONMENT: 'production',
      ADMIN_API_KEY: 'a'.repeat(40),
      SMS_PROVIDER: 'recording',
    };

    it('verifies whenever TWILIO_AUTH_TOKEN is set, and not without one in the dev profiles', () => {
      expect(loadConfig({ TWILIO_AUTH_TOKEN: 'secret' }).verifyTwilioSignatures).toBe(true);
      expect(loadConfig({}).verifyTwilioSignatures).toBe(false);
      expect(loadConfig({ ENVIRONMENT: 'test' }).verifyTwilioSignatures).toBe(false);
    });

    it('lets the dev profiles switch verification off', () => {
      const env = { TWILIO_AUTH_TOKEN: 'secret', VERIFY_TWILIO_SIGNATURES: 'false' };
      expect(loadConfig(env).verifyTwilioSignatures).toBe(false);
      expect(loadConfig({ ...env, ENVIRONMENT: 'test' }).verifyTwilioSignatures).toBe(false);
    });

    it.each(['production', 'staging'])('refuses VERIFY_TWILIO_SIGNATURES=false in %s', (environment) => {
      const problems = problemsOf({
        ...production,
        ENVIRONMENT: environment,
        TWILIO_AUTH_TOKEN: 'secret',
        VERIFY_TWILIO_SIGNATURES: 'false',
      });
      expect(problems).toEqual([
        'VERIFY_TWILIO_SIGNATURES: may be false only when ENVIRONMENT is development or test',
      ]);
    });

    it('always verifies in production, so webhooks fail closed without a token', () => {
      expect(loadConfig(production).verifyTwilioSignatures).toBe(true);
      expect(loadConfig({ ...production, TWILIO_AUTH_TOKEN: 'secret' }).verifyTwilioSignatures).toBe(true);
    });

    it('requires a token when verification is asked for explicitly', () => {
      expect(problemsOf({ VERIFY_TWILIO_SIGNATURES: 'true' })).toEqual([
        'TWILIO_AUTH_TOKEN: is required when VERIFY_TWILIO_SIGNATURES=true',
      ]);
    });
  });

  describe('speech providers (voice sessions, telephony)', () => {
    it('leaves speech off by default', () => {
      expect(loadConfig({}).speech).toEqual({ stt: null, tts: null });
    });

    it('reads each provider with defaults; a root given with /v1 or a slash means the same server', () => {
      const config = loadConfig({
        STT_BASE_URL: 'https://api.openai.com/v1/',
        STT_API_KEY: 'sk-stt',
        TTS_BASE_URL: 'http://127.0.0.1:8880',
      });
      expect(config.speech.stt).toEqual({
        baseUrl: 'https://api.openai.com',
        apiKey: 'sk-stt',
        model: 'gpt-4o-mini-transcribe',
        timeoutMs: 10_000,
      });
      expect(config.speech.tts).toEqual({
        baseUrl: 'http://127.0.0.1:8880',
        apiKey: undefined,
        model: 'gpt-4o-mini-tts',
        voice: 'alloy',
        format: 'mp3',
        timeoutMs: 10_000,
      });
      expect(Object.isFrozen(config.speech.tts)).toBe(true);
      const custom = loadConfig({
        TTS_BASE_URL: 'http://tts.local',
        TTS_MODEL: 'kokoro',
        TTS_VOICE: 'af_bella',
        TTS_FORMAT: 'wav',
        TTS_TIMEOUT_MS: '3000',
      });
      expect(custom.speech.tts).toMatchObject({
        model: 'kokoro',
        voice: 'af_bella',
        format: 'wav',
        timeoutMs: 3000,
      });
    });

    it('names the missing server when only a key, model or voice is set', () => {
      expect(problemsOf({ STT_API_KEY: 'sk-test' })).toEqual([
        'STT_BASE_URL: is required when STT_API_KEY or STT_MODEL is set',
      ]);
      expect(problemsOf({ TTS_VOICE: 'nova' })).toEqual([
        'TTS_BASE_URL: is required when TTS_API_KEY, TTS_MODEL or TTS_VOICE is set',
      ]);
    });

    it.each([
      [{ STT_BASE_URL: 'whisper.local' }, 'STT_BASE_URL'],
      [{ TTS_FORMAT: 'ogg' }, 'TTS_FORMAT'],
      [{ STT_TIMEOUT_MS: '50' }, 'STT_TIMEOUT_MS'],
      [{ TTS_TIMEOUT_MS: 'soon' }, 'TTS_TIMEOUT_MS'],
    ])('rejects %o naming %s', (env, variable) => {
      const problems = problemsOf(env);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${variable}: `));
    });
  });

  describe('optional LLM', () => {
    it('runs without a model by default', () => {
      const config = loadConfig({});
      expect(config.llm).toBeNull();
      expect(loadConfig({ LLM_TIMEOUT_MS: '1000' }).llm).toBeNull();
    });

    it('reads a complete configuration, the API key optional and the slash stripped', () => {
      const local = loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1/', LLM_MODEL: 'llama3.1' });
      expect(local.llm).toEqual({
        baseUrl: 'http://127.0.0.1:11434/v1',
        apiKey: undefined,
        model: 'llama3.1',
        timeoutMs: 2500,
      });
      const hosted = loadConfig({
        LLM_BASE_URL: 'https://api.openai.com/v1',
        LLM_MODEL: 'gpt-4o-mini',
        LLM_API_KEY: 'sk-test',
        LLM_TIMEOUT_MS: '4000',
      });
      expect(hosted.llm).toMatchObject({ apiKey: 'sk-test', timeoutMs: 4000 });
      expect(Object.isFrozen(hosted.llm)).toBe(true);
    });

    it('names the missing half of a partial configuration', () => {
      expect(problemsOf({ LLM_BASE_URL: 'http://127.0.0.1:8080/v1' })).toEqual([
        'LLM_MODEL: is required when LLM_BASE_URL or LLM_API_KEY is set',
      ]);
      expect(problemsOf({ LLM_MODEL: 'gpt-4o-mini' })).toEqual([
        'LLM_BASE_URL: is required when LLM_MODEL or LLM_API_KEY is set',
      ]);
      expect(problemsOf({ LLM_API_KEY: 'sk-test' })).toEqual([
        'LLM_BASE_URL: is required when LLM_MODEL or LLM_API_KEY is set',
        'LLM_MODEL: is required when LLM_BASE_URL or LLM_API_KEY is set',
      ]);
    });

    it.each([
      [{ LLM_BASE_URL: 'localhost:8080' }, 'LLM_BASE_URL'],
      [{ LLM_TIMEOUT_MS: 'soon' }, 'LLM_TIMEOUT_MS'],
      [{ LLM_TIMEOUT_MS: '50' }, 'LLM_TIMEOUT_MS'],
      [{ LLM_TIMEOUT_MS: '60000' }, 'LLM_TIMEOUT_MS'],
    ])('rejects %o naming %s', (env, variable) => {
      const problems = problemsOf({ LLM_BASE_URL: 'http://127.0.0.1:8080/v1', LLM_MODEL: 'm', ...env });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${variable}: `));
    });
  });

  describe('Google Calendar', () => {
    it("uses Google's endpoints and no credentials by default", () => {
      expect(loadConfig({}).calendar).toMatchObject({
        provider: 'google',
        oauth: null,
        serviceAccount: null,
        apiBaseUrl: 'https://www.googleapis.com/',
        tokenUrl: 'https://oauth2.googleapis.com/token',
        timeoutMs: 10_000,
        webhookSecret: undefined,
        syncIntervalSeconds: 60,
        busyCacheSeconds: 60,
      });
    });

    it('reads the OAuth client, the service account JSON and endpoint overrides', () => {
      const config = loadConfig({
        GOOGLE_CLIENT_ID: 'id.apps.googleusercontent.com',
        GOOGLE_CLIENT_SECRET: 'secret',
        CALENDAR_ENCRYPTION_KEY: 'k'.repeat(32),
        GOOGLE_SERVICE_ACCOUNT_JSON: JSON.stringify({ client_email: 'sa@x.iam', private_key: 'PEM' }),
        GOOGLE_API_BASE_URL: 'http://127.0.0.1:9999/',
        GOOGLE_OAUTH_TOKEN_URL: 'http://127.0.0.1:9999/token',
      });
      expect(config.calendar.oauth).toMatchObject({ clientId: 'id.apps.googleusercontent.com' });
      expect(config.calendar.serviceAccount).toEqual({ clientEmail: 'sa@x.iam', privateKey: 'PEM' });
      expect(config.calendar.apiBaseUrl).toBe('http://127.0.0.1:9999/');
      expect(config.calendar.tokenUrl).toBe('http://127.0.0.1:9999/token');
    });

    it('names what is missing or wrong, without echoing a key', () => {
      expect(problemsOf({ GOOGLE_CLIENT_ID: 'id' })).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^GOOGLE_CLIENT_SECRET: /),
          expect.stringMatching(/^CALENDAR_ENCRYPTION_KEY: /),
        ]),
      );
      const bad = problemsOf({ GOOGLE_SERVICE_ACCOUNT_JSON: '{"private_key":"SECRET-PEM"}' });
      expect(bad).toEqual([expect.stringMatching(/^GOOGLE_SERVICE_ACCOUNT_JSON: /)]);
      expect(bad.join()).not.toContain('SECRET-PEM');
      expect(problemsOf({ GOOGLE_SERVICE_ACCOUNT_FILE: '/nonexistent/key.json' })).toEqual([
        expect.stringMatching(/^GOOGLE_SERVICE_ACCOUNT_FILE: /),
      ]);
      expect(problemsOf({ CALENDAR_WEBHOOK_SECRET: 'short' })).toEqual([
        expect.stringMatching(/^CALENDAR_WEBHOOK_SECRET: /),
      ]);
      expect(problemsOf({ CALENDAR_PROVIDER: 'memory', ENVIRONMENT: 'staging' })).toEqual([
        expect.stringMatching(/^CALENDAR_PROVIDER: /),
      ]);
      expect(loadConfig({ CALENDAR_PROVIDER: 'memory' }).calendar.provider).toBe('memory');
    });
  });

  describe('accounts', () => {
    it('defaults to 15-minute access tokens, 30-day refresh tokens, no self sign-up and no SMTP', () => {
      expect(loadConfig({}).accounts).toEqual({
        jwtSecret: undefined,
        accessTokenTtlSeconds: 900,
        refreshTokenTtlSeconds: 2_592_000,
        allowSelfSignup: false,
        smtp: null,
      });
      const set = loadConfig({
        JWT_SECRET: 's'.repeat(32),
        ALLOW_SELF_SIGNUP: 'true',
        SMTP_URL: 'smtp://mail.example.com:587',
        SMTP_FROM: 'Receptionist <no-reply@example.com>',
      }).accounts;
      expect(set).toMatchObject({ jwtSecret: 's'.repeat(32), allowSelfSignup: true });
      expect(set.smtp).toEqual({
        url: 'smtp://mail.example.com:587',
        from: 'Receptionist <no-reply@example.com>',
      });
    });

    it('rejects a short JWT_SECRET, SMTP_URL without SMTP_FROM and a refresh shorter than an access token', () => {
      expect(problemsOf({ JWT_SECRET: 'short' })).toEqual([expect.stringMatching(/^JWT_SECRET: /)]);
      expect(problemsOf({ SMTP_URL: 'smtp://mail.example.com' })).toEqual([
        expect.stringMatching(/^SMTP_FROM: /),
      ]);
      expect(problemsOf({ SMTP_URL: 'http://mail.example.com', SMTP_FROM: 'a@b.c' })).toEqual([
        expect.stringMatching(/^SMTP_URL: /),
      ]);
      expect(problemsOf({ ACCESS_TOKEN_TTL_SECONDS: '3600', REFRESH_TOKEN_TTL_SECONDS: '600' })).toEqual([
        expect.stringMatching(/^REFRESH_TOKEN_TTL_SECONDS: /),
      ]);
    });
  });
});
