import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { RecordingEmailSender } from '../../src/modules/accounts/email-sender.js';
import { manualClock } from '../helpers/manual-clock.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';
import { login, PASSWORD, register, uniqueEmail } from './helpers.js';

// Lockout after repeated failures, and password reset end to end through the recording email sender.

describe('lockout and password reset', () => {
  const clock = manualClock('2026-03-02T15:00:00.000Z');
  const email = new RecordingEmailSender();
  let app: FastifyInstance;
  let services: Services;
  let biz: TestBusiness;
  beforeAll(async () => {
    ({ app, services } = await buildTestApp({
      env: { JWT_SECRET: 'z'.repeat(40) },
      overrides: { clock, email },
    }));
    biz = await createBusiness(app);
  });
  afterAll(() => app.close());

  it('locks an account after 5 failures in 15 minutes (423 + Retry-After), even for the right password', async () => {
    const user = await register(app, biz.apiKey);
    for (let i = 0; i < 5; i += 1)
      expect((await login(app, user.email, 'wrong password')).statusCode).toBe(401);
    const locked = await login(app, user.email);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('ACCOUNT_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBe(900);

    clock.advance(600_000);
    expect(Number((await login(app, user.email)).headers['retry-after'])).toBe(300);
    clock.advance(300_000);
    expect((await login(app, user.email)).statusCode).toBe(200);
  });

  it('an unknown email locks the same way, so a 423 reveals nothing', async () => {
    const nobody = uniqueEmail('nobody');
    for (let i = 0; i < 5; i += 1) expect((await login(app, nobody, 'guess')).statusCode).toBe(401);
    const locked = await login(app, nobody, 'guess');
    expect(locked.statusCode).toBe(423);
    expect(locked.headers['retry-after']).toBe('900');
  });

  it('failures spread over more than 15 minutes do not lock', async () => {
    const user = await register(app, biz.apiKey);
    for (let i = 0; i < 4; i += 1) await login(app, user.email, 'wrong password');
    clock.advance(15 * 60_000 + 1);
    await login(app, user.email, 'wrong password');
    expect((await login(app, user.email)).statusCode).toBe(200);
  });

  it('resets a password with the emailed single-use code; old sign-ins end and the lockout lifts', async () => {
    const user = await register(app, biz.apiKey);
    const before = await login(app, user.email);
    const oldAccess = before.json().access_token as string;
    for (let i = 0; i < 5; i += 1) await login(app, user.email, 'wrong password');
    expect((await login(app, user.email)).statusCode).toBe(423);

    const sentBefore = email.sent.length;
    const asked = await app.inject({
      method: 'POST',
      url: '/v1/auth/password-reset',
      payload: { email: user.email },
    });
    expect(asked.statusCode).toBe(202);
    await services.passwordResets.idle();
    const mail = email.sent.at(-1);
    expect(email.sent).toHaveLength(sentBefore + 1);
    expect(mail?.to).toBe(user.email);
    const code = /pr_[A-Za-z0-9_-]+/.exec(mail?.text ?? '')?.[0] ?? '';
    expect(code).not.toBe('');

    const confirm = (token: string, password: string) =>
      app.inject({ method: 'POST', url: '/v1/auth/password-reset/confirm', payload: { token, password } });
    expect((await confirm(code, 'brand new password')).statusCode).toBe(200);
    expect((await confirm(code, 'another new password')).statusCode).toBe(400);
    expect((await login(app, user.email, PASSWORD)).statusCode).toBe(401);
    expect((await login(app, user.email, 'brand new password')).statusCode).toBe(200);
    const me = await app.inject({
      method: 'GET',
      url: '/v1/auth/me',
      headers: { authorization: `Bearer ${oldAccess}` },
    });
    expect(me.statusCode).toBe(401);
  });

  it('answers 202 for an unknown email and sends nothing; an expired code is refused', async () => {
    const sentBefore = email.sent.length;
    const unknown = await app.inject({
      method: 'POST',
      url: '/v1/auth/password-reset',
      payload: { email: uniqueEmail('ghost') },
    });
    expect(unknown.statusCode).toBe(202);
    expect(unknown.json()).toEqual({ accepted: true });
    await services.passwordResets.idle();
    expect(email.sent).toHaveLength(sentBefore);

    const user = await register(app, biz.apiKey);
    await app.inject({ method: 'POST', url: '/v1/auth/password-reset', payload: { email: user.email } });
    await services.passwordResets.idle();
    const code = /pr_[A-Za-z0-9_-]+/.exec(email.sent.at(-1)?.text ?? '')?.[0] ?? '';
    clock.advance(60 * 60_000 + 1);
    const late = await app.inject({
      method: 'POST',
      url: '/v1/auth/password-reset/confirm',
      payload: { token: code, password: 'too late password' },
    });
    expect(late.statusCode).toBe(400);
    expect((await login(app, user.email)).statusCode).toBe(200);
  });
});
