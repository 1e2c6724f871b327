import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';

// Secrets and personal data never reach the logs: credential headers and known PII fields are
// censored by name (at the top of a log object and one level down), and anything that looks like a
// phone number is masked in free text. Done in one pass over the object instead of pino's
// path-based `redact`, whose wildcard paths cost ten times the rest of a log line.

const CENSOR = '[redacted]';

const SECRET_HEADERS = new Set([
  'authorization',
  'cookie',
  'x-api-key',
  'x-admin-api-key',
  'x-widget-token',
  'x-owner-token',
  'x-twilio-signature',
  'x-goog-channel-token',
  'x-calendar-webhook-secret',
]);

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

const SENSITIVE = new Set(SENSITIVE_FIELDS);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function clean(key: string, value: unknown, secretNames: ReadonlySet<string>): unknown {
  if (secretNames.has(key)) return CENSOR;
  return typeof value === 'string' ? maskPhones(value) : value;
}

/** A copy of a log object with sensitive fields censored and phone numbers masked; never mutates. */
export function redactLogObject(object: Record<string, unknown>): Record<string, unknown> {
  // Most lines (one per request) hold nothing to censor: they are passed on without a copy.
  if (isClean(object)) return object;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (SENSITIVE.has(key)) out[key] = CENSOR;
    else if (isPlainObject(value)) {
      const names = key === 'headers' ? SECRET_HEADERS : SENSITIVE;
      const inner: Record<string, unknown> = {};
      for (const [name, nested] of Object.entries(value)) inner[name] = clean(name, nested, names);
      out[key] = inner;
    } else out[key] = clean(key, value, SENSITIVE);
  }
  return out;
}

/** No sensitive key, no nested object and no string long enough in digits to hold a phone. */
function isClean(object: Record<string, unknown>): boolean {
  for (const key in object) {
    if (SENSITIVE.has(key)) return false;
    const value = object[key];
    if (typeof value === 'string' ? mayHoldPhone(value) : value !== null && typeof value === 'object')
      return false;
  }
  return true;
}

// Phone-shaped values, not any run of digits: a digit run inside an identifier (apt_01J…2125550142,
// a CallSid, a UUID) or a timestamp stays readable, so log lines can still be joined to records.
// Shapes: international (+ or URL-encoded %2B, then 8–15 digits with the usual separators), North
// American (optional 1, area code with or without parentheses, 3 + 4 digits), and a local 555-0142.
// Letters, digits and _ may not touch either end; that is what keeps identifiers out.
const INTERNATIONAL = String.raw`(?:\+|%2[Bb])\d(?:[\s.-]?\(?\d\)?){7,14}`;
const NORTH_AMERICAN = String.raw`(?:1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}`;
const LOCAL = String.raw`\d{3}[\s.-]\d{4}`;
const PHONE_SHAPED = new RegExp(
  String.raw`(?<![\w+])(?:${INTERNATIONAL}|${NORTH_AMERICAN}|${LOCAL})(?!\w)`,
  'g',
);

/** Seven digits is the shortest phone shape (555-0142); most log strings have fewer and skip the regex. */
function mayHoldPhone(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits >= 7) return true;
  }
  return false;
}

export function maskPhones(text: string): string {
  if (!mayHoldPhone(text)) return text;
  return text.replace(PHONE_SHAPED, (match) => `[phone …${match.replace(/\D/g, '').slice(-2)}]`);
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    formatters: { log: redactLogObject },
    hooks: {
      logMethod(args, method) {
        // Copied only when a message could hold a phone number (almost never: messages are fixed).
        const risky = args.some((arg) => typeof arg === 'string' && mayHoldPhone(arg));
        const masked = risky ? args.map((arg) => (typeof arg === 'string' ? maskPhones(arg) : arg)) : args;
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

/**
 * Adds fields to a request's own logger (Fastify's reply.log is the same logger, so the "request
 * completed" line carries them too). pino's setBindings is cheaper than a second child per request;
 * Fastify's logger type does not list it, pino (the logger we configure) has it.
 */
export function addLogBindings(log: FastifyBaseLogger, bindings: Record<string, unknown>): void {
  (log as FastifyBaseLogger & { setBindings(bindings: Record<string, unknown>): void }).setBindings(bindings);
}
