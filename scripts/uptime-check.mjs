#!/usr/bin/env node
// Synthetic uptime check (`npm run uptime-check`), run every 15 minutes by
// .github/workflows/uptime-checks.yml against a deployed service:
//   1. GET  /healthz                                   → 200
//   2. GET  /v1/widget/business with X-Widget-Token     → 200 with an `id`
//   3. POST /v1/twilio/voice?business_id=…&uptime_check=1, signed like Twilio → 200, `<Response` body
// Prints `ok: <name>` per check, then `Uptime checks passed.`; or lists the failures and exits 1.
// Without UPTIME_BASE_URL it skips (exit 0). Secrets (tokens, signatures) are never printed.
//
// Environment:
//   UPTIME_BASE_URL            public origin of the service, e.g. https://receptionist.example.com
//                              (the same origin as the service's PUBLIC_BASE_URL, so signatures match)
//   UPTIME_BUSINESS_ID         tenant the Twilio probe names in ?business_id=
//   UPTIME_TWILIO_AUTH_TOKEN   the service's TWILIO_AUTH_TOKEN (signs the probe)
//   UPTIME_WIDGET_TOKEN        that tenant's widget token
//   UPTIME_TIMEOUT_MS          per-request time limit (default 10000)
import { randomUUID } from 'node:crypto';
import twilio from 'twilio';

const env = process.env;
const DEFAULT_TIMEOUT_MS = 10_000;

/** @param {string | undefined} value */
function setting(value) {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A failed check: the message is printed as is, so it must never contain a secret. */
class CheckFailure extends Error {}

/**
 * One HTTP request with a time limit; transport errors become CheckFailure with a plain reason.
 * @param {string} label e.g. `GET /healthz` (no query: it may carry the tenant id)
 * @param {string} url
 * @param {RequestInit} init
 * @param {number} timeoutMs
 */
async function request(label, url, init, timeoutMs) {
  let response;
  try {
    response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new CheckFailure(`${label}: ${transportError(error, timeoutMs)}`);
  }
  let body = '';
  try {
    body = await response.text();
  } catch (error) {
    throw new CheckFailure(
      `${label}: answered ${response.status} but the body failed: ${transportError(error, timeoutMs)}`,
    );
  }
  return { status: response.status, body };
}

/** @param {unknown} error @param {number} timeoutMs */
function transportError(error, timeoutMs) {
  const err = /** @type {{ name?: string, message?: string, code?: string, cause?: any }} */ (error ?? {});
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = err.cause ?? {};
  const reason = cause.code ?? err.code ?? cause.message ?? err.message ?? String(error);
  return `request failed (${reason})`;
}

/**
 * "answered 401 (expected 200)", plus the problem document's `code` when there is one.
 * @param {string} label @param {{ status: number, body: string }} response @param {number} expected
 */
function unexpectedStatus(label, response, expected) {
  let code = '';
  try {
    const parsed = JSON.parse(response.body);
    if (typeof parsed?.code === 'string' && /^[A-Za-z_]{1,64}$/.test(parsed.code))
      code = `, code ${parsed.code}`;
  } catch {
    // Not JSON: the status says enough.
  }
  return new CheckFailure(`${label}: answered ${response.status}${code} (expected ${expected})`);
}

/** @param {string} name */
function missing(name) {
  return new CheckFailure(`${name} is not set`);
}

/**
 * The checks, in order. Each throws CheckFailure (or anything else) to fail.
 * @param {{ base: string, businessId?: string, twilioToken?: string, widgetToken?: string, timeoutMs: number }} cfg
 */
function checks(cfg) {
  return [
    {
      name: 'healthz',
      run: async () => {
        const label = 'GET /healthz';
        const response = await request(label, `${cfg.base}/healthz`, { method: 'GET' }, cfg.timeoutMs);
        if (response.status !== 200) throw unexpectedStatus(label, response, 200);
      },
    },
    {
      name: 'widget_business',
      run: async () => {
        if (!cfg.widgetToken) throw missing('UPTIME_WIDGET_TOKEN');
        const label = 'GET /v1/widget/business';
        const response = await request(
          label,
          `${cfg.base}/v1/widget/business`,
          { method: 'GET', headers: { 'x-widget-token': cfg.widgetToken, accept: 'application/json' } },
          cfg.timeoutMs,
        );
        if (response.status !== 200) throw unexpectedStatus(label, response, 200);
        let id;
        try {
          id = JSON.parse(response.body)?.id;
        } catch {
          throw new CheckFailure(`${label}: answered 200 but the body is not JSON`);
        }
        if (typeof id !== 'string' || id === '')
          throw new CheckFailure(`${label}: answered 200 without an id`);
        if (cfg.businessId && id !== cfg.businessId) {
          throw new CheckFailure(
            `${label}: the widget token belongs to another tenant than UPTIME_BUSINESS_ID`,
          );
        }
      },
    },
    {
      name: 'twilio_voice',
      run: async () => {
        if (!cfg.businessId) throw missing('UPTIME_BUSINESS_ID');
        if (!cfg.twilioToken) throw missing('UPTIME_TWILIO_AUTH_TOKEN');
        const label = 'POST /v1/twilio/voice';
        // Twilio's algorithm: HMAC-SHA1 over the full URL (with its query) plus the sorted POST fields.
        const url = `${cfg.base}/v1/twilio/voice?business_id=${encodeURIComponent(cfg.businessId)}&uptime_check=1`;
        const params = {
          CallSid: `uptime-${randomUUID()}`,
          CallStatus: 'ringing',
          Direction: 'inbound',
          From: '+15005550006',
        };
        const signature = twilio.getExpectedTwilioSignature(cfg.twilioToken, url, params);
        const response = await request(
          label,
          url,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'x-twilio-signature': signature,
              'user-agent': 'TwilioProxy/1.1 (uptime-check)',
            },
            body: new URLSearchParams(params).toString(),
          },
          cfg.timeoutMs,
        );
        if (response.status !== 200) throw unexpectedStatus(label, response, 200);
        if (!response.body.includes('<Response')) {
          throw new CheckFailure(`${label}: answered 200 but the body is not TwiML (no <Response)`);
        }
      },
    },
  ];
}

/** @returns {string | CheckFailure} the base URL without a trailing slash */
function baseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return new CheckFailure('UPTIME_BASE_URL is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return new CheckFailure('UPTIME_BASE_URL must start with http:// or https://');
  }
  if (url.search || url.hash) return new CheckFailure('UPTIME_BASE_URL must not carry a query or fragment');
  // URL drops default ports (https://host:443 → https://host), as fetch does in the Host header.
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Messages may quote what a library saw (e.g. an invalid header value): never the tokens.
 * @param {string} text @param {(string | undefined)[]} secrets
 */
function redact(text, secrets) {
  let result = text;
  for (const secret of secrets) if (secret) result = result.split(secret).join('[redacted]');
  return result;
}

async function main() {
  const rawBase = setting(env.UPTIME_BASE_URL);
  if (!rawBase) {
    console.log('UPTIME_BASE_URL is not set: skipping uptime checks.');
    return 0;
  }
  const base = baseUrl(rawBase);
  if (base instanceof CheckFailure) {
    console.error(`Uptime checks failed:\n  - config: ${base.message}`);
    return 1;
  }
  const timeoutMs = Number(setting(env.UPTIME_TIMEOUT_MS) ?? DEFAULT_TIMEOUT_MS);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    console.error('Uptime checks failed:\n  - config: UPTIME_TIMEOUT_MS must be a positive whole number');
    return 1;
  }

  const cfg = {
    base,
    businessId: setting(env.UPTIME_BUSINESS_ID),
    twilioToken: setting(env.UPTIME_TWILIO_AUTH_TOKEN),
    widgetToken: setting(env.UPTIME_WIDGET_TOKEN),
    timeoutMs,
  };
  const failures = [];
  for (const check of checks(cfg)) {
    try {
      await check.run();
      console.log(`ok: ${check.name}`);
    } catch (error) {
      // Only CheckFailure messages are written by us; anything else is reported by its type alone.
      const reason = redact(
        error instanceof CheckFailure ? error.message : `unexpected ${error?.name ?? 'error'}`,
        [cfg.twilioToken, cfg.widgetToken],
      );
      console.log(`FAIL: ${check.name}: ${reason}`);
      failures.push(`${check.name}: ${reason}`);
    }
  }
  if (failures.length === 0) {
    console.log('Uptime checks passed.');
    return 0;
  }
  console.error(`Uptime checks failed (${failures.length} of ${checks(cfg).length}):`);
  for (const failure of failures) console.error(`  - ${failure}`);
  return 1;
}

process.exitCode = await main();
