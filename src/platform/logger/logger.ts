import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';

// Secrets and personal data never reach the logs: credential headers and known PII fields are
// censored by path, and anything that looks like a phone number is masked in free text.

const SECRET_HEADERS = [
  'authorization',
  'cookie',
  '"x-api-key"',
  '"x-admin-api-key"',
  '"x-widget-token"',
  '"x-owner-token"',
  '"x-twilio-signature"',
  '"x-goog-channel-token"',
  '"x-calendar-webhook-secret"',
];

const SENSITIVE_FIELDS = [
  'api_key',
  'widget_token',
  'password',
  'token',
  'access_token',
  'refresh_token',
  'phone',
  'owner_phone',
  'caller_phone',
  'customer_phone',
  'twilio_phone_number',
  'to',
  'from',
  'address',
  'email',
  'owner_email',
];

export const REDACT_PATHS = [
  ...SECRET_HEADERS.map((header) => `req.headers.${header}`),
  ...SENSITIVE_FIELDS,
  ...SENSITIVE_FIELDS.map((field) => `*.${field}`),
];

// 7+ digits with the usual separators, optionally with a leading + or (: phone numbers.
const PHONE_LIKE = /\+?\(?\d[\d\s().-]{5,}\d/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function maskPhones(text: string): string {
  return text.replace(PHONE_LIKE, (match) => {
    const digits = match.replace(/\D/g, '');
    if (digits.length < 7 || ISO_DATE.test(match.trim())) return match;
    return `[phone …${digits.slice(-2)}]`;
  });
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    formatters: {
      log(object) {
        for (const [key, value] of Object.entries(object)) {
          if (typeof value === 'string') object[key] = maskPhones(value);
        }
        return object;
      },
    },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((arg) => (typeof arg === 'string' ? maskPhones(arg) : arg));
        return method.apply(this, masked as Parameters<typeof method>);
      },
    },
    serializers: {
      // Path only: query strings can carry phone numbers (Twilio's From/To) or tokens.
      req: (req: FastifyRequest) => ({
        method: req.method,
        path: req.url.split('?')[0],
        route: req.routeOptions?.url,
        remote_address: req.ip,
      }),
      res: (res: FastifyReply) => ({ status_code: res.statusCode }),
    },
  };
}
