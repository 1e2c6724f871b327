import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../src/app.js';
import { isLimitedPath } from '../../src/platform/http/rate-limit.js';
import { manualClock } from '../helpers/manual-clock.js';
import { redisForTests, TEST_REDIS_URL } from '../helpers/redis.js';
import { buildTestApp, createBusiness } from '../helpers/test-app.js';

const REDIS_URL = TEST_REDIS_URL;

// Burst 3, one token a second: the fourth request at once is refused, one second later it passes.
const LIMITED = { RATE_LIMIT_DISABLED: 'false', RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '3' };

const apps: BuiltApp[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map(({ app }) => app.close()));
});

async function limitedApp(env: Record<string, string> = {}, clock = manualClock('2031-01-06T15:00:00Z')) {
  const built = await buildTestApp({ env: { ...LIMITED, ...env }, overrides: { clock } });
  apps.push(built);
  return { ...built, clock };
}

const widget = (
  app: FastifyInstance,
  headers: Record<string, string> = {},
  extra: Partial<InjectOptions> = {},
) => app.inject({ method: 'GET', url: '/v1/widget/business', headers, ...extra });

async function statuses(times: number, send: () => Promise<{ statusCode: number }>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i += 1) out.push((await send()).statusCode);
  return out;
}

describe('rate limiting', () => {
  it('lets a burst through, then answers 429 with Retry-After and a problem document', async () => {
    const { app } = await limitedApp();
    const { widgetToken } = await createBusiness(app);
    const headers = { 'x-widget-token': widgetToken };
    expect(await statuses(3, () => widget(app, headers))).toEqual([200, 200, 200]);
    const refused = await widget(app, headers);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(refused.json().request_id).toBe(refused.headers['x-request-id']);
  });

  it('says how long to wait in whole seconds, at least one', async () => {
    const { app } = await limitedApp({ RATE_LIMIT_PER_MINUTE: '2', RATE_LIMIT_BURST: '1' });
    expect((await widget(app)).statusCode).toBe(401);
    const refused = await widget(app);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('30');
  });

  it('refills over time', async () => {
    const { app, clock } = await limitedApp();
    await statuses(3, () => widget(app));
    expect((await widget(app)).statusCode).toBe(429);
    clock.advance(1000);
    expect((await widget(app)).statusCode).toBe(401);
    expect((await widget(app)).statusCode).toBe(429);
  });

  it('limits before authentication: a flood of bad credentials is refused too', async () => {
    const { app } = await limitedApp();
    const bad = { 'x-widget-token': 'wt_not-a-real-token' };
    expect(await statuses(5, () => widget(app, bad))).toEqual([401, 401, 401, 429, 429]);
  });

  it('leaves owner, CRM, admin, health and metrics routes alone', async () => {
    const { app } = await limitedApp();
    const { apiKey } = await createBusiness(app);
    const owner = () => app.inject({ url: '/v1/owner/business', headers: { 'x-api-key': apiKey } });
    expect(await statuses(6, owner)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await statuses(6, () => app.inject({ url: '/healthz' }))).toEqual(Array(6).fill(200));
    expect(await statuses(6, () => app.inject({ url: '/metrics' }))).toEqual(Array(6).fill(200));
  });

  it('never limits a whitelisted address', async () => {
    const { app } = await limitedApp({ RATE_LIMIT_WHITELIST_IPS: '10.0.0.0/8, 127.0.0.1' });
    expect(await statuses(6, () => widget(app))).toEqual(Array(6).fill(401));
  });

  it('does nothing when disabled', async () => {
    const { app } = await limitedApp({ RATE_LIMIT_DISABLED: 'true' });
    expect(await statuses(6, () => widget(app))).toEqual(Array(6).fill(401));
  });

  it('ignores X-Forwarded-For and X-Real-IP unless the proxy is trusted', async () => {
    const { app } = await limitedApp();
    let n = 0;
    const spoofed = () => {
      n += 1;
      return widget(app, { 'x-forwarded-for': `203.0.113.${n}`, 'x-real-ip': `198.51.100.${n}` });
    };
    expect(await statuses(4, spoofed)).toEqual([401, 401, 401, 429]);
  });

  it('reads the client from X-Forwarded-For, or X-Real-IP, behind a trusted proxy', async () => {
    const { app } = await limitedApp({ TRUST_PROXY: '127.0.0.1' });
    const from = (ip: string) => () => widget(app, { 'x-forwarded-for': ip });
    expect(await statuses(4, from('203.0.113.7'))).toEqual([401, 401, 401, 429]);
    expect((await widget(app, { 'x-forwarded-for': '203.0.113.8' })).statusCode).toBe(401);
    const real = () => widget(app, { 'x-real-ip': '198.51.100.9' });
    expect(await statuses(4, real)).toEqual([401, 401, 401, 429]);
    // The socket's own bucket is untouched by all of that.
    expect((await widget(app)).statusCode).toBe(401);
  });

  it('keeps one bucket per tenant credential across addresses, and one per address across credentials', async () => {
    const { app } = await limitedApp({ TRUST_PROXY: 'true' });
    const first = await createBusiness(app);
    const second = await createBusiness(app);
    let n = 0;
    const roaming = () => {
      n += 1;
      return widget(app, { 'x-widget-token': first.widgetToken, 'x-forwarded-for': `203.0.113.${n}` });
    };
    expect(await statuses(4, roaming)).toEqual([200, 200, 200, 429]);
    // The tenant's refusal took nothing from the address's bucket, and the other tenant is not affected.
    const other = () =>
      widget(app, { 'x-widget-token': second.widgetToken, 'x-forwarded-for': '203.0.113.50' });
    expect(await statuses(3, other)).toEqual([200, 200, 200]);
    expect((await other()).statusCode).toBe(429);
  });

  it('counts refusals by route pattern and tenant, in JSON and Prometheus', async () => {
    const { app } = await limitedApp({ TRUST_PROXY: 'true' });
    const { id } = await createBusiness(app);
    const twilio = () =>
      app.inject({
        method: 'POST',
        url: `/v1/twilio/voice?business_id=${id}&CallSid=CA1`,
        headers: { 'x-forwarded-for': '203.0.113.1' },
        payload: {},
      });
    await statuses(4, twilio);
    await statuses(4, () => widget(app, { 'x-forwarded-for': '203.0.113.2' }));
    const metrics = (await app.inject({ url: '/metrics' })).json();
    expect(metrics.rate_limit_blocks_total).toBe(2);
    expect(metrics.rate_limit_blocks_by_route).toEqual({ '/v1/twilio/voice': 1, '/v1/widget/business': 1 });
    expect(metrics.rate_limit_blocks_by_route_business).toEqual({
      [`/v1/twilio/voice|${id}`]: 1,
      '/v1/widget/business|-': 1,
    });
    const text = (await app.inject({ url: '/metrics/prometheus' })).body;
    expect(text).toContain('# TYPE ai_telephony_rate_limit_blocks_total counter');
    expect(text).toMatch(/^ai_telephony_rate_limit_blocks_total 2$/m);
    expect(text).not.toContain('CA1');
  });

  it('limits exactly the contract prefixes', () => {
    for (const path of [
      '/v1/widget/business',
      '/v1/chat',
      '/v1/chat/stream',
      '/v1/auth/login',
      '/v1/public/signup',
      '/v1/feedback',
      '/twilio/voice',
      '/v1/twilio/sms?To=1',
      '/telephony/x',
      '/v1/telephony/x',
      '/v1/voice/session',
    ])
      expect(isLimitedPath(path), path).toBe(true);
    for (const path of [
      '/v1/owner/business',
      '/v1/crm/customers',
      '/healthz',
      '/metrics',
      '/v1/widgets',
      '/v1/chatter',
    ])
      expect(isLimitedPath(path), path).toBe(false);
  });
});

const redisUp = await redisForTests('rate limiting with Redis');

describe.skipIf(!redisUp)('rate limiting with Redis', () => {
  it('holds one limit across two instances sharing Redis', async () => {
    const env = { REDIS_URL, REDIS_KEY_PREFIX: `test:${process.pid}:${randomUUID()}:` };
    const one = await limitedApp(env);
    const two = await limitedApp(env);
    const alternating = [one, two, one, two, one];
    const codes = [];
    for (const { app } of alternating) codes.push((await widget(app)).statusCode);
    expect(codes).toEqual([401, 401, 401, 429, 429]);
  });

  it('fails open when Redis is down, logs it and counts it', async () => {
    const lines: string[] = [];
    const built = await buildTestApp({
      env: { ...LIMITED, REDIS_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'warn' },
      overrides: { logStream: { write: (line) => lines.push(line) } },
    });
    apps.push(built);
    expect(await statuses(5, () => widget(built.app))).toEqual(Array(5).fill(401));
    const metrics = (await built.app.inject({ url: '/metrics' })).json();
    expect(metrics.rate_limit_store_errors_total).toBe(5);
    expect(metrics.rate_limit_blocks_total).toBe(0);
    expect(lines.some((line) => line.includes('rate-limit store unavailable'))).toBe(true);
  }, 30_000);
});
