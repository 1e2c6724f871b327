import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type AppOverrides, type BuiltApp, buildApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/platform/config/config.js';

export const TEST_ADMIN_KEY = 'test-admin-key-0123456789abcdef0123456789';

/** Shared by the apps of one test file (one process), so two instances see the same keys. */
export const TEST_REDIS_PREFIX = `test:${process.pid}:`;

export function testConfig(env: Record<string, string | undefined> = {}): Config {
  return loadConfig({
    ENVIRONMENT: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: 'sqlite::memory:',
    SEED_DEFAULT_BUSINESS: 'false',
    ADMIN_API_KEY: TEST_ADMIN_KEY,
    REQUIRE_BUSINESS_API_KEY: 'true',
    REMINDER_INTERVAL_SECONDS: '0',
    // Suites send many requests from one address; the limiter's own tests turn it back on.
    RATE_LIMIT_DISABLED: 'true',
    // Every Redis key a test writes carries this prefix; test/helpers/global-setup.ts removes them.
    REDIS_KEY_PREFIX: TEST_REDIS_PREFIX,
    ...env,
  });
}

export async function buildTestApp(
  options: { env?: Record<string, string | undefined>; overrides?: AppOverrides } = {},
): Promise<BuiltApp> {
  return buildApp(testConfig(options.env), options.overrides);
}

/** Thin wrapper over inject with the admin key and JSON body handling. */
export function adminRequest(app: FastifyInstance, options: InjectOptions): Promise<LightMyRequestResponse> {
  return app.inject({ ...options, headers: { 'x-admin-api-key': TEST_ADMIN_KEY, ...options.headers } });
}

export interface TestBusiness {
  id: string;
  apiKey: string;
  widgetToken: string;
  body: Record<string, unknown>;
}

let counter = 0;

/** Creates a tenant through the admin API (as a real operator would) and returns its secrets. */
export async function createBusiness(
  app: FastifyInstance,
  fields: Record<string, unknown> = {},
): Promise<TestBusiness> {
  counter += 1;
  const response = await adminRequest(app, {
    method: 'POST',
    url: '/v1/admin/businesses',
    payload: {
      id: `biz-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`,
      name: 'Test Plumbing',
      ...fields,
    },
  });
  if (response.statusCode !== 201)
    throw new Error(`createBusiness failed: ${response.statusCode} ${response.body}`);
  const body = response.json();
  return { id: body.id, apiKey: body.api_key, widgetToken: body.widget_token, body };
}
