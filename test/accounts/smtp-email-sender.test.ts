import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpEmailSender } from '../../src/modules/accounts/smtp-email-sender.js';
import { adminRequest, buildTestApp } from '../helpers/test-app.js';
import { startFakeSmtp } from './fake-smtp.js';
import { register } from './helpers.js';

// The SMTP EmailSender (nodemailer) against a local fake SMTP server: what goes over the wire, and
// the app choosing it when SMTP_URL is set.

describe('SMTP email sender', () => {
  let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
  beforeAll(async () => {
    smtp = await startFakeSmtp();
  });
  afterAll(() => smtp.close());

  it('delivers a plain-text email with the configured sender', async () => {
    const sender = createSmtpEmailSender({ url: smtp.url, from: 'Receptionist <no-reply@example.com>' });
    await sender.send({ to: 'owner@example.com', subject: 'Hello there', text: 'Line one' });
    const mail = smtp.received.at(-1);
    expect(mail?.from).toContain('no-reply@example.com');
    expect(mail?.to).toEqual(['<owner@example.com>']);
    expect(mail?.data).toContain('Subject: Hello there');
    expect(mail?.data).toContain('Line one');
  });

  it('sends password-reset codes through SMTP when SMTP_URL is set', async () => {
    const { app, services } = await buildTestApp({
      env: { JWT_SECRET: 'm'.repeat(40), SMTP_URL: smtp.url, SMTP_FROM: 'no-reply@example.com' },
    });
    try {
      const biz = await adminRequest(app, {
        method: 'POST',
        url: '/v1/admin/businesses',
        payload: { name: 'Mail Co' },
      });
      const user = await register(app, biz.json().api_key);
      const before = smtp.received.length;
      const asked = await app.inject({
        method: 'POST',
        url: '/v1/auth/password-reset',
        payload: { email: user.email },
      });
      expect(asked.statusCode).toBe(202);
      await services.passwordResets.idle();
      expect(smtp.received).toHaveLength(before + 1);
      expect(smtp.received.at(-1)?.to).toEqual([`<${user.email}>`]);
      expect(smtp.received.at(-1)?.data).toMatch(/pr_[A-Za-z0-9_-]+/);
    } finally {
      await app.close();
    }
  });
});
