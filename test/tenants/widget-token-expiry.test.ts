import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/dialects.js';
import { type ManualClock, manualClock } from '../helpers/manual-clock.js';
import { adminRequest, buildTestApp, createBusiness } from '../helpers/test-app.js';

// A widget token can be issued with an end date; after it the widget routes answer 401 "Widget token
// expired", and a token issued without one lasts until it is rotated.

describeEachDialect('widget token expiry', (ctx) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  beforeAll(async () => {
    clock = manualClock('2026-12-01T15:00:00Z');
    ({ app } = await buildTestApp({ overrides: { sql: ctx.sql(), clock } }));
  });
  afterAll(() => app.close());

  const widgetBusiness = (token: string) =>
    app.inject({ url: '/v1/widget/business', headers: { 'x-widget-token': token } });

  it('an admin-issued token with an end date works until then, then answers 401', async () => {
    const business = await createBusiness(app);
    const rotated = await adminRequest(app, {
      method: 'POST',
      url: `/v1/admin/businesses/${business.id}/rotate-widget-token`,
      payload: { expires_in_days: 2 },
    });
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json().widget_token_expires_at).toBe('2026-12-03T15:00:00.000Z');
    const token = rotated.json().widget_token as string;
    expect((await widgetBusiness(token)).statusCode).toBe(200);
    clock.advance(2 * 86_400_000);
    const expired = await widgetBusiness(token);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().detail).toBe('Widget token expired');
  });

  it('an owner-issued token says when it ends; without a body it never does', async () => {
    const business = await createBusiness(app);
    const owner = { 'x-api-key': business.apiKey };
    const dated = await app.inject({
      method: 'POST',
      url: '/v1/owner/widget-token',
      headers: owner,
      payload: { expires_in_days: 30 },
    });
    expect(dated.statusCode).toBe(200);
    expect(dated.json().expires_at).toMatch(/Z$/);
    const lasting = await app.inject({ method: 'POST', url: '/v1/owner/widget-token', headers: owner });
    expect(lasting.statusCode, lasting.body).toBe(200);
    expect(lasting.json().expires_at).toBeNull();
    clock.advance(400 * 86_400_000);
    expect((await widgetBusiness(lasting.json().widget_token)).statusCode).toBe(200);
  });

  it('refuses an impossible end date with a problem and changes nothing', async () => {
    const business = await createBusiness(app);
    for (const payload of [
      { expires_in_days: 0 },
      { expires_in_days: 'soon' },
      { expires_in_days: 1, x: 1 },
    ]) {
      const response = await adminRequest(app, {
        method: 'POST',
        url: `/v1/admin/businesses/${business.id}/rotate-widget-token`,
        payload,
      });
      expect(response.statusCode).toBe(422);
    }
    expect((await widgetBusiness(business.widgetToken)).statusCode).toBe(200);
  });
});
