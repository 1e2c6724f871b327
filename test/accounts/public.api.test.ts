import { afterEach, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../src/app.js';
import { adminRequest, buildTestApp, TEST_ADMIN_KEY } from '../helpers/test-app.js';
import { PASSWORD, signedIn, uniqueEmail } from './helpers.js';

// Self sign-up (off unless ALLOW_SELF_SIGNUP=true) and feedback (anyone sends, admins list).

describe('public sign-up and feedback', () => {
  let built: BuiltApp | undefined;
  afterEach(async () => {
    await built?.app.close();
    built = undefined;
  });
  const start = async (env: Record<string, string> = {}) => {
    built = await buildTestApp({ env: { JWT_SECRET: 'w'.repeat(40), ...env } });
    return built.app;
  };
  const signupBody = () => ({
    business_name: 'Fresh Drains',
    email: uniqueEmail('founder'),
    password: PASSWORD,
    name: 'Fay',
  });

  it('refuses sign-up with 403 unless ALLOW_SELF_SIGNUP=true, and creates nothing', async () => {
    const app = await start();
    const response = await app.inject({ method: 'POST', url: '/v1/public/signup', payload: signupBody() });
    expect(response.statusCode).toBe(403);
    const list = await adminRequest(app, { method: 'GET', url: '/v1/admin/businesses' });
    expect(list.json().items).toEqual([]);
  });

  it('creates the tenant and its owner; the keys and tokens it answers work; a used email is 409', async () => {
    const app = await start({ ALLOW_SELF_SIGNUP: 'true' });
    const body = signupBody();
    const response = await app.inject({ method: 'POST', url: '/v1/public/signup', payload: body });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created.user).toMatchObject({
      email: body.email,
      role: 'owner',
      business_id: created.business_id,
    });
    const viaKey = await app.inject({
      method: 'GET',
      url: '/v1/owner/business',
      headers: { 'x-api-key': created.api_key },
    });
    expect(viaKey.json()).toMatchObject({
      id: created.business_id,
      name: 'Fresh Drains',
      owner_email: body.email,
    });
    const viaToken = await app.inject({
      method: 'GET',
      url: '/v1/owner/business',
      headers: { authorization: `Bearer ${created.access_token}` },
    });
    expect(viaToken.statusCode).toBe(200);
    const widget = await app.inject({
      method: 'GET',
      url: '/v1/widget/business',
      headers: { 'x-widget-token': created.widget_token },
    });
    expect(widget.statusCode).toBe(200);

    const again = await app.inject({
      method: 'POST',
      url: '/v1/public/signup',
      payload: { ...signupBody(), email: body.email },
    });
    expect(again.statusCode).toBe(409);
    const list = await adminRequest(app, { method: 'GET', url: '/v1/admin/businesses' });
    expect(list.json().items).toHaveLength(1);
  });

  it('takes feedback from anyone and lists it only for admins, newest first, page by page', async () => {
    const app = await start();
    for (const summary of ['first', 'second', 'third']) {
      const sent = await app.inject({
        method: 'POST',
        url: '/v1/feedback',
        payload: { summary, details: 'More words', url: 'https://app.example.com/page?token=secret#x' },
      });
      expect(sent.statusCode).toBe(200);
      expect(sent.json()).toEqual({ submitted: true });
    }
    expect(
      (await app.inject({ method: 'POST', url: '/v1/feedback', payload: { details: 'no summary' } }))
        .statusCode,
    ).toBe(422);

    expect((await app.inject({ method: 'GET', url: '/v1/admin/feedback' })).statusCode).toBe(401);
    const biz = await adminRequest(app, {
      method: 'POST',
      url: '/v1/admin/businesses',
      payload: { name: 'Owner Co' },
    });
    const owner = await signedIn(app, biz.json().api_key, 'owner');
    expect(
      (await app.inject({ method: 'GET', url: '/v1/admin/feedback', headers: owner.bearer })).statusCode,
    ).toBe(401);
    const asOwner = await app.inject({
      method: 'GET',
      url: '/v1/admin/feedback',
      headers: { 'x-api-key': biz.json().api_key },
    });
    expect(asOwner.statusCode).toBe(401);

    const first = await app.inject({
      method: 'GET',
      url: '/v1/admin/feedback?limit=2',
      headers: { 'x-admin-api-key': TEST_ADMIN_KEY },
    });
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.items).toHaveLength(2);
    expect(page1.items[0]).toMatchObject({
      details: 'More words',
      url: 'https://app.example.com/page',
      business_id: null,
    });
    const rest = await adminRequest(app, {
      method: 'GET',
      url: `/v1/admin/feedback?limit=2&cursor=${page1.next_cursor}`,
    });
    const all = [...page1.items, ...rest.json().items].map((item: { summary: string }) => item.summary);
    expect(all.sort()).toEqual(['first', 'second', 'third']);
    expect(rest.json().next_cursor).toBeNull();
  });
});
