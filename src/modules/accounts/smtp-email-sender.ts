import nodemailer from 'nodemailer';
import type { Email, EmailSender } from './email-sender.js';

/** Sends through any SMTP server (SMTP_URL, e.g. smtps://user:pass@smtp.example.com:465). */
export function createSmtpEmailSender(options: {
  url: string;
  from: string;
  timeoutMs?: number;
}): EmailSender {
  const timeout = options.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport(options.url, {
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    async send(email: Email): Promise<void> {
      await transport.sendMail({
        from: options.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
      });
    },
  };
}
