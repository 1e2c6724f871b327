import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/dialects.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';
import { login, PASSWORD, register, signedIn, uniqueEmail } from './helpers.js';

// Register, login, refresh rotation, logout and /me through HTTP, with the real credential hook.

describeEachDialect('accounts API', (ctx) => {
  let app: FastifyInstance;
  let biz: TestBusiness;
  beforeAll(async () => {
    ({ app } = await buildTestApp({ env: { JWT_SECRET: 'x'.repeat(40) }, overrides: { sql: ctx.sql() } }));
    biz = await createBusiness(app);
  });
  afterAll(() => app.close());

  it('registers a user with the tenant API key and signs them in with a bearer pair', async () => {
    // Emails are stored lower-case: the same person signs in however they type it.
    const email = uniqueEmail('mixed.case');
    const user = await register(app, biz.apiKey, { email: email.toUpperCase(), role: 'owner', name: 'Ann' });
    expect(user).toMatchObject({ email, role: 'owner', business_id: biz.id, name: 'Ann' });

    const response = await login(app, email);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      token_type: 'bearer',
      user: { id: user.id, email, business_id: biz.id, role: 'owner' },
    });
    expect(body.access_token.split('.')).toHaveLength(3);
    expect(body.refresh_token).toMatch(/^rt_/);

    const me = await app.inject({
      method: 'GET',
      url: '/v1/auth/me',
      headers: { authorization: `Bearer ${body.access_token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ id: user.id, email, name: 'Ann', business_id: biz.id, role: 'owner' });
  });

  it('refuses a used email (409), a short password (422) and registration without owner credentials', async () => {
    const user = await register(app, biz.apiKey);
    const again = await app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      headers: { 'x-api-key': biz.apiKey },
      payload: { email: user.email, password: PASSWORD, role: 'staff' },
    });
    expect(again.statusCode).toBe(409);
    const short = await app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      headers: { 'x-api-key': biz.apiKey },
      payload: { email: uniqueEmail(), password: 'short', role: 'staff' },
    });
    expect(short.statusCode).toBe(422);
    const anonymous = await app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email: uniqueEmail(), password: PASSWORD },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lets an owner bearer register users, and refuses staff', async () => {
    const owner = await signedIn(app, biz.apiKey, 'owner');
    const staff = await signedIn(app, biz.apiKey, 'staff');
    const payload = { email: uniqueEmail(), password: PASSWORD, role: 'viewer' };
    const byStaff = await app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      headers: staff.bearer,
      payload,
    });
    expect(byStaff.statusCode).toBe(403);
    const byOwner = await app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      headers: owner.bearer,
      payload,
    });
    expect(byOwner.statusCode).toBe(201);
    expect(byOwner.json()).toMatchObject({ role: 'viewer', business_id: biz.id });
  });

  it('answers 401 for a wrong password and an unknown email alike', async () => {
    const user = await register(app, biz.apiKey);
    const wrong = await login(app, user.email, 'not the password');
    const unknown = await login(app, uniqueEmail('nobody'));
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('rotates refresh tokens; reusing a spent one revokes the whole sign-in', async () => {
    const first = await signedIn(app, biz.apiKey, 'staff');
    const refresh = (token: string) =>
      app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refresh_token: token } });

    const second = await refresh(first.refresh_token);
    expect(second.statusCode).toBe(200);
    const rotated = second.json();
    expect(rotated.refresh_token).not.toBe(first.refresh_token);
    const meWith = (token: string) =>
      app.inject({ method: 'GET', url: '/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect((await meWith(rotated.access_token)).statusCode).toBe(200);

    // The first token again: a copy is in use somewhere, so everything of this sign-in ends.
    expect((await refresh(first.refresh_token)).statusCode).toBe(401);
    expect((await refresh(rotated.refresh_token)).statusCode).toBe(401);
    expect((await meWith(rotated.access_token)).statusCode).toBe(401);
    expect((await meWith(first.access_token)).statusCode).toBe(401);
    expect((await refresh('rt_unknown')).statusCode).toBe(401);
  });

  it('logout ends the sign-in: its access and refresh tokens stop working', async () => {
    const session = await signedIn(app, biz.apiKey, 'owner');
    const out = await app.inject({
      method: 'POST',
      url: '/v1/auth/logout',
      payload: { refresh_token: session.refresh_token },
    });
    expect(out.statusCode).toBe(200);
    const me = await app.inject({ method: 'GET', url: '/v1/auth/me', headers: session.bearer });
    expect(me.statusCode).toBe(401);
    const refreshed = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refresh_token: session.refresh_token },
    });
    expect(refreshed.statusCode).toBe(401);
  });

  it('GET /v1/auth/me needs a bearer token: an API key or a forged token is 401', async () => {
    expect(
      (await app.inject({ method: 'GET', url: '/v1/auth/me', headers: { 'x-api-key': biz.apiKey } }))
        .statusCode,
    ).toBe(401);
    const forged = await app.inject({
      method: 'GET',
      url: '/v1/auth/me',
      headers: { authorization: 'Bearer a.b.c' },
    });
    expect(forged.statusCode).toBe(401);
  });
});
