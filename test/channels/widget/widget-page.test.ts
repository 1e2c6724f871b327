import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../helpers/dialects.js';
import { buildTestApp } from '../../helpers/test-app.js';
import { patchBusiness, startChat, widgetBusiness } from './setup.js';

// The hosted chat page (/widget/chat?token=…): framed only by the tenant's allowed origins (and our
// own), while every other response keeps frame-ancestors 'self'. And the same-origin allowance its
// chat relies on: an Origin equal to the service's own (scheme per TRUST_PROXY) passes the widget
// CORS check; a forwarded header the service does not trust never makes another origin ours.

const frameAncestors = (csp: unknown) => /(?:^|;)frame-ancestors ([^;]*)/.exec(String(csp))?.[1];

describeEachDialect('hosted chat page', (ctx) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    ({ app } = await buildTestApp({ overrides: { sql: ctx.sql() } }));
  });
  afterAll(async () => {
    await app?.close();
  });

  const page = (token: string) => app.inject({ url: `/widget/chat?token=${encodeURIComponent(token)}` });

  it('may be framed by exactly the tenant’s allowed origins', async () => {
    const business = await widgetBusiness(app, {
      widget_allowed_origins: [
        'https://Shop.Example/contact',
        'https://b.example:8443',
        'https://shop.example',
      ],
    });
    const response = await page(business.widgetToken);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(frameAncestors(response.headers['content-security-policy'])).toBe(
      "'self' https://shop.example https://b.example:8443",
    );
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    // The rest of the policy is the everywhere-policy: scripts from our origin only.
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.body).toContain('<script src="/widget/embed.js" data-mode="page" async></script>');
    expect(response.body).not.toContain(business.widgetToken);
  });

  it('is framed by our own origin only when the tenant lists none, and follows changes at once', async () => {
    const business = await widgetBusiness(app, { widget_allowed_origins: [] });
    expect(frameAncestors((await page(business.widgetToken)).headers['content-security-policy'])).toBe(
      "'self'",
    );
    await patchBusiness(app, business, { widget_allowed_origins: ['https://new.example'] });
    expect(frameAncestors((await page(business.widgetToken)).headers['content-security-policy'])).toBe(
      "'self' https://new.example",
    );
  });

  it('answers 404 without a valid token', async () => {
    for (const url of ['/widget/chat', '/widget/chat?token=', '/widget/chat?token=wt_nope']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().code).toBe('NOT_FOUND');
    }
  });

  it('leaves every other response framed by our own origin only, and out of the API description', async () => {
    for (const url of ['/healthz', '/v1/widget/business', '/nothing']) {
      const response = await app.inject({ url });
      expect(frameAncestors(response.headers['content-security-policy']), url).toBe("'self'");
      expect(response.headers['x-frame-options'], url).toBe('SAMEORIGIN');
    }
    const paths = Object.keys((await app.inject({ url: '/openapi.json' })).json().paths);
    expect(paths).not.toContain('/widget/chat');
  });
});

describe('same-origin widget calls', () => {
  const chatFrom = async (app: FastifyInstance, headers: Record<string, string>) => {
    const business = await widgetBusiness(app, { widget_allowed_origins: [] });
    return startChat(app, business, {}, headers);
  };

  describe('without a trusted proxy', () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      ({ app } = await buildTestApp({ env: { TRUST_PROXY: 'false' } }));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('allows the origin of the Host the browser addressed, with the socket’s scheme', async () => {
      const response = await chatFrom(app, { host: 'chat.example:8000', origin: 'http://chat.example:8000' });
      expect(response.statusCode, response.body).toBe(201);
      // Same origin needs no CORS header.
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('refuses another scheme, host or port, and ignores forwarded headers it does not trust', async () => {
      const attempts: Array<Record<string, string>> = [
        { host: 'chat.example', origin: 'https://chat.example' },
        { host: 'chat.example', origin: 'http://chat.example:8080' },
        { host: 'chat.example', origin: 'http://evil.example' },
        { host: 'chat.example', origin: 'https://chat.example', 'x-forwarded-proto': 'https' },
        { host: 'api.internal', origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' },
      ];
      for (const headers of attempts) {
        const response = await chatFrom(app, headers);
        expect(response.statusCode, JSON.stringify(headers)).toBe(403);
        expect(response.json().code).toBe('ORIGIN_NOT_ALLOWED');
      }
    });
  });

  describe('behind a trusted proxy', () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      ({ app } = await buildTestApp({ env: { TRUST_PROXY: 'true' } }));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('takes the scheme and host the proxy reports', async () => {
      const forwarded = {
        host: 'app:8000',
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'chat.example',
      };
      expect((await chatFrom(app, { ...forwarded, origin: 'https://chat.example' })).statusCode).toBe(201);
      expect((await chatFrom(app, { ...forwarded, origin: 'http://chat.example' })).statusCode).toBe(403);
      expect((await chatFrom(app, { ...forwarded, origin: 'https://app:8000' })).statusCode).toBe(403);
    });
  });
});
