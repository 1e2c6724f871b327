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

  it('strips a trailing slash from PUBLIC_BASE_URL', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://api.example.com/' }).publicBaseUrl).toBe(
      'https://api.example.com',
    );
  });
});
