import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listsWidgetOrigin, widgetOriginOf } from '../../../src/modules/tenants/widget-origins.js';
import { describeEachDialect } from '../../helpers/dialects.js';
import { buildTestApp, type TestBusiness } from '../../helpers/test-app.js';
import { INJECT_ORIGIN } from '../../helpers/twilio.js';
import { ownerGet, patchBusiness, sendMessage, startChat, widgetBusiness } from './setup.js';

// CORS on the widget routes: a preflight is allowed for an origin some tenant lists (it carries no
// token); the request itself only for an origin its own tenant lists. Origins match exactly.

// Origins that must never pass for a tenant listing https://b-site.example (suffix, prefix, scheme,
// port and opaque-origin tricks).
const TRICKS = [
  'https://b-site.example.evil.example',
  'https://evil-b-site.example',
  'https://b-site.exampl',
  'http://b-site.example',
  'https://b-site.example:8443',
  'https://b-site.example/',
  'null',
  'https://evil.example',
  '',
];

describe('widget origins (pure)', () => {
  it('reads a listed URL as its serialised origin', () => {
    expect(widgetOriginOf('https://Shop.Example/contact?x=1')).toBe('https://shop.example');
    expect(widgetOriginOf('https://shop.example:443')).toBe('https://shop.example');
    expect(widgetOriginOf('http://shop.example:8080/')).toBe('http://shop.example:8080');
    expect(widgetOriginOf('ftp://shop.example')).toBeNull();
    expect(widgetOriginOf('not a url')).toBeNull();
  });

  it('matches a browser Origin exactly', () => {
    const listed = ['https://b-site.example', 'https://Shop.Example/contact'];
    expect(listsWidgetOrigin(listed, 'https://b-site.example')).toBe(true);
    expect(listsWidgetOrigin(listed, 'https://shop.example')).toBe(true);
    for (const origin of TRICKS) expect(listsWidgetOrigin(listed, origin), origin).toBe(false);
    expect(listsWidgetOrigin([], 'https://b-site.example')).toBe(false);
  });
});

describeEachDialect('widget CORS', (ctx) => {
  let app: FastifyInstance;
  let a: TestBusiness;
  let b: TestBusiness;

  beforeAll(async () => {
    ({ app } = await buildTestApp({ overrides: { sql: ctx.sql() } }));
    a = await widgetBusiness(app, {
      widget_allowed_origins: ['https://a-site.example', 'https://Shop.Example/contact'],
    });
    b = await widgetBusiness(app, { widget_allowed_origins: ['https://b-site.example'] });
  });
  afterAll(async () => {
    await app?.close();
  });

  const preflight = (origin: string | undefined, url = '/v1/widget/start') =>
    app.inject({
      method: 'OPTIONS',
      url,
      headers: {
        ...(origin !== undefined ? { origin } : {}),
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-widget-token',
      },
    });

  const expectNoCors = (response: LightMyRequestResponse) =>
    expect(response.headers['access-control-allow-origin']).toBeUndefined();

  const conversations = async (business: TestBusiness) =>
    (await ownerGet(app, business, '/v1/crm/conversations')).items as unknown[];

  it('answers a preflight for an origin a tenant lists, on every widget route', async () => {
    for (const url of ['/v1/widget/start', '/v1/widget/business', '/v1/widget/conv_anything/message']) {
      const response = await preflight('https://a-site.example', url);
      expect(response.statusCode, url).toBe(204);
      expect(response.headers['access-control-allow-origin']).toBe('https://a-site.example');
      expect(response.headers['access-control-allow-methods']).toContain('POST');
      expect(String(response.headers['access-control-allow-headers']).toLowerCase()).toContain(
        'x-widget-token',
      );
      expect(response.headers['access-control-max-age']).toBeDefined();
      expect(response.headers.vary).toContain('Origin');
    }
    // The listed URL "https://Shop.Example/contact" stands for the origin https://shop.example.
    expect((await preflight('https://shop.example')).headers['access-control-allow-origin']).toBe(
      'https://shop.example',
    );
  });

  it('refuses a preflight for an origin no tenant lists, tricks included', async () => {
    for (const origin of TRICKS) {
      const response = await preflight(origin);
      expect(response.statusCode, origin).toBe(403);
      expect(response.json()).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
      expectNoCors(response);
    }
  });

  it('answers an OPTIONS without Origin (not a preflight) with the allowed methods only', async () => {
    const response = await preflight(undefined);
    expect(response.statusCode).toBe(204);
    expect(response.headers.allow).toContain('POST');
    expectNoCors(response);
  });

  it('lets a listed origin read the answers of its own tenant, errors included', async () => {
    const headers = { origin: 'https://a-site.example' };
    const started = await startChat(app, a, {}, headers);
    expect(started.statusCode, started.body).toBe(201);
    expect(started.headers['access-control-allow-origin']).toBe('https://a-site.example');
    expect(started.headers['access-control-expose-headers']).toContain('X-Request-ID');
    expect(started.headers.vary).toContain('Origin');

    const message = await sendMessage(app, a, started.json().conversation_id, 'hello', headers);
    expect(message.statusCode).toBe(200);
    expect(message.headers['access-control-allow-origin']).toBe('https://a-site.example');

    const business = await app.inject({
      url: '/v1/widget/business',
      headers: { 'x-widget-token': a.widgetToken, origin: 'https://shop.example' },
    });
    expect(business.statusCode).toBe(200);
    expect(business.headers['access-control-allow-origin']).toBe('https://shop.example');

    const unknown = await sendMessage(app, a, 'conv_unknown', 'hello', headers);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['access-control-allow-origin']).toBe('https://a-site.example');
  });

  it("refuses another tenant's origin and every trick before anything runs (403, unreadable)", async () => {
    // Tenant B lists https://b-site.example: the tricks are all about that site.
    const before = (await conversations(b)).length;
    const existing = (await startChat(app, b)).json().conversation_id as string;
    for (const origin of ['https://a-site.example', ...TRICKS.filter((o) => o !== '')]) {
      const start = await startChat(app, b, {}, { origin });
      expect(start.statusCode, origin).toBe(403);
      expect(start.json()).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
      expectNoCors(start);
      const message = await sendMessage(app, b, existing, 'hello', { origin });
      expect(message.statusCode, origin).toBe(403);
      expectNoCors(message);
    }
    expect(await conversations(b)).toHaveLength(before + 1);
    const detail = await ownerGet(app, b, `/v1/crm/conversations/${existing}`);
    expect(detail.message_count).toBe(1);
    expect((await startChat(app, b, {}, { origin: 'https://b-site.example' })).statusCode).toBe(201);
  });

  it('serves scripts (no Origin) and the service’s own pages (same origin) without CORS headers', async () => {
    const scripted = await startChat(app, a);
    expect(scripted.statusCode).toBe(201);
    expectNoCors(scripted);
    expect(scripted.headers.vary).toContain('Origin');
    const sameOrigin = await startChat(app, a, {}, { origin: INJECT_ORIGIN });
    expect(sameOrigin.statusCode, sameOrigin.body).toBe(201);
  });

  it('follows the stored list at once: an origin added works, one removed is refused', async () => {
    const c = await widgetBusiness(app);
    expect((await startChat(app, c, {}, { origin: 'https://c-site.example' })).statusCode).toBe(403);
    expect((await preflight('https://c-site.example')).statusCode).toBe(403);

    await patchBusiness(app, c, { widget_allowed_origins: ['https://c-site.example'] });
    expect((await preflight('https://c-site.example')).statusCode).toBe(204);
    expect((await startChat(app, c, {}, { origin: 'https://c-site.example' })).statusCode).toBe(201);

    await patchBusiness(app, c, { widget_allowed_origins: [] });
    expect((await preflight('https://c-site.example')).statusCode).toBe(403);
    expect((await startChat(app, c, {}, { origin: 'https://c-site.example' })).statusCode).toBe(403);
  });

  it('keeps 423 readable for a listed origin while the tenant is in lockdown', async () => {
    const d = await widgetBusiness(app, { widget_allowed_origins: ['https://d-site.example'] });
    await patchBusiness(app, d, { lockdown_mode: true });
    const locked = await startChat(app, d, {}, { origin: 'https://d-site.example' });
    expect(locked.statusCode).toBe(423);
    expect(locked.headers['access-control-allow-origin']).toBe('https://d-site.example');
  });
});
