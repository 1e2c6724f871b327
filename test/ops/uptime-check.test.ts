import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';
import { TEST_TWILIO_TOKEN } from '../helpers/twilio.js';
import { type RunResult, readRepoFile, runUptimeCheck } from './support.js';

// scripts/uptime-check.mjs as a child process against the service listening on 127.0.0.1, with
// signatures checked (TWILIO_AUTH_TOKEN set, PUBLIC_BASE_URL unset: the signed URL is the one the
// service sees through its Host header).

const output = (result: RunResult) => `${result.stdout}${result.stderr}`;

describe('npm run uptime-check', () => {
  let app: FastifyInstance;
  let baseUrl: string;
  let business: TestBusiness;
  let other: TestBusiness;

  beforeAll(async () => {
    ({ app } = await buildTestApp({ env: { TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN } }));
    business = await createBusiness(app, { name: 'Uptime Plumbing' });
    other = await createBusiness(app, { name: 'Other Plumbing' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app?.close();
  });

  const envFor = (overrides: Record<string, string | undefined> = {}) => ({
    UPTIME_BASE_URL: baseUrl,
    UPTIME_BUSINESS_ID: business.id,
    UPTIME_TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN,
    UPTIME_WIDGET_TOKEN: business.widgetToken,
    ...overrides,
  });

  it('is the package script', () => {
    const scripts = JSON.parse(readRepoFile('package.json')).scripts as Record<string, string>;
    expect(scripts['uptime-check']).toBe('node scripts/uptime-check.mjs');
  });

  it('passes against a healthy service, printing one ok line per check and no secret', async () => {
    const result = await runUptimeCheck(envFor());
    expect(result.code, output(result)).toBe(0);
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      'ok: healthz',
      'ok: widget_business',
      'ok: twilio_voice',
      'Uptime checks passed.',
    ]);
    expect(result.stderr).toBe('');
    expect(output(result)).not.toContain(TEST_TWILIO_TOKEN);
    expect(output(result)).not.toContain(business.widgetToken);
  });

  it('signs the URL the service sees when the base URL ends with a slash', async () => {
    const result = await runUptimeCheck(envFor({ UPTIME_BASE_URL: `${baseUrl}/` }));
    expect(result.code, output(result)).toBe(0);
    expect(result.stdout).toContain('ok: twilio_voice');
  });

  it('fails the Twilio check (403) with a wrong auth token, and only that check', async () => {
    const wrongToken = 'not-the-twilio-auth-token-000000000000';
    const result = await runUptimeCheck(envFor({ UPTIME_TWILIO_AUTH_TOKEN: wrongToken }));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ok: healthz');
    expect(result.stdout).toContain('ok: widget_business');
    expect(result.stdout).toMatch(/^FAIL: twilio_voice: POST \/v1\/twilio\/voice: answered 403/m);
    expect(result.stdout).not.toContain('Uptime checks passed.');
    expect(result.stderr).toMatch(/Uptime checks failed \(1 of 3\):\n {2}- twilio_voice: /);
    expect(output(result)).not.toContain(wrongToken);
    expect(output(result)).not.toContain(business.id);
  });

  it('fails the widget check (401) with a wrong widget token', async () => {
    const wrongToken = 'wt_not_a_real_widget_token_000000000000000';
    const result = await runUptimeCheck(envFor({ UPTIME_WIDGET_TOKEN: wrongToken }));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ok: healthz');
    expect(result.stdout).toContain('ok: twilio_voice');
    expect(result.stdout).toMatch(/^FAIL: widget_business: GET \/v1\/widget\/business: answered 401/m);
    expect(result.stderr).toContain('- widget_business: ');
    expect(output(result)).not.toContain(wrongToken);
  });

  it('fails the widget check when the token belongs to another tenant than UPTIME_BUSINESS_ID', async () => {
    const result = await runUptimeCheck(envFor({ UPTIME_WIDGET_TOKEN: other.widgetToken }));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL: widget_business: .*another tenant/m);
  });

  it('fails the checks whose settings are missing, naming the variable', async () => {
    const result = await runUptimeCheck(
      envFor({ UPTIME_TWILIO_AUTH_TOKEN: undefined, UPTIME_WIDGET_TOKEN: '  ' }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ok: healthz');
    expect(result.stdout).toContain('FAIL: widget_business: UPTIME_WIDGET_TOKEN is not set');
    expect(result.stdout).toContain('FAIL: twilio_voice: UPTIME_TWILIO_AUTH_TOKEN is not set');
  });

  it('skips, successfully, when UPTIME_BASE_URL is not set or empty', async () => {
    for (const value of [undefined, '']) {
      const result = await runUptimeCheck(envFor({ UPTIME_BASE_URL: value }));
      expect(result.code, output(result)).toBe(0);
      expect(result.stdout).toContain('UPTIME_BASE_URL is not set: skipping uptime checks.');
      expect(result.stdout).not.toContain('ok:');
    }
  });

  it('refuses a base URL that is not http(s), without printing it', async () => {
    const result = await runUptimeCheck(envFor({ UPTIME_BASE_URL: 'ftp://secret-host.example' }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('UPTIME_BASE_URL must start with http:// or https://');
    expect(output(result)).not.toContain('secret-host');
  });
});

describe('npm run uptime-check against a service that does not answer', () => {
  let silent: Server;
  let silentUrl: string;
  let closedUrl: string;

  beforeAll(async () => {
    // Accepts connections and never answers.
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedUrl = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise((resolve) => probe.close(resolve));
  });

  afterAll(async () => {
    silent?.closeAllConnections();
    await new Promise((resolve) => silent?.close(resolve));
  });

  const env = (base: string) => ({
    UPTIME_BASE_URL: base,
    UPTIME_BUSINESS_ID: 'acme',
    UPTIME_TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN,
    UPTIME_WIDGET_TOKEN: 'wt_token',
  });

  it('gives up on each request after UPTIME_TIMEOUT_MS and reports every check', async () => {
    const started = Date.now();
    const result = await runUptimeCheck({ ...env(silentUrl), UPTIME_TIMEOUT_MS: '300' });
    expect(result.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
    for (const name of ['healthz', 'widget_business', 'twilio_voice']) {
      expect(result.stdout).toMatch(new RegExp(`^FAIL: ${name}: .*no answer within 300 ms$`, 'm'));
    }
  });

  it('reports a refused connection', async () => {
    const result = await runUptimeCheck(env(closedUrl));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL: healthz: GET \/healthz: request failed \(ECONNREFUSED\)$/m);
  });
});
