import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../src/app.js';
import { scrubText } from '../../src/modules/observability/error-reporting.js';
import { loadConfig } from '../../src/platform/config/config.js';
import { scriptedAssistant } from '../channels/twilio/scripted-assistant.js';
import { buildTestApp, createBusiness } from '../helpers/test-app.js';
import { signedTwilioRequest, TEST_TWILIO_TOKEN, uniqueTwilioPhone } from '../helpers/twilio.js';

// Sentry's real SDK sending to a local stand-in for its ingest API, which keeps every event.

interface Envelope {
  path: string;
  items: Array<{ header: Record<string, unknown>; payload: Record<string, unknown> }>;
}

function parseEnvelope(path: string, body: Buffer): Envelope {
  const lines = body.toString('utf8').split('\n').filter(Boolean);
  const items: Envelope['items'] = [];
  for (let i = 1; i + 1 < lines.length; i += 2) {
    items.push({ header: JSON.parse(lines[i] as string), payload: JSON.parse(lines[i + 1] as string) });
  }
  return { path, items };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  return request.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
}

describe('error reporting to Sentry', () => {
  let ingest: Server;
  let envelopes: Envelope[];
  let dsn: string;
  let built: BuiltApp;
  let businessId: string;
  let number: string;
  const leaky = new Error(
    'turn failed for +15125550142 with key tk_abcdefghijklmnopqrstuvwx and "my pipe burst"',
  );

  beforeAll(async () => {
    envelopes = [];
    ingest = createServer(async (request, response) => {
      envelopes.push(parseEnvelope(request.url ?? '', await readBody(request)));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => ingest.listen(0, '127.0.0.1', resolve));
    dsn = `http://publickey@127.0.0.1:${(ingest.address() as AddressInfo).port}/42`;
    const assistant = scriptedAssistant();
    const fail = async (): Promise<never> => {
      throw leaky;
    };
    assistant.start = fail;
    assistant.turn = fail;
    built = await buildTestApp({
      env: {
        SENTRY_DSN: dsn,
        TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN,
        ENVIRONMENT: 'staging',
        GIT_SHA: 'abc123',
      },
      overrides: { assistant },
    });
    number = uniqueTwilioPhone();
    businessId = (await createBusiness(built.app, { twilio_phone_number: number })).id;
  });
  afterAll(async () => {
    await built.app.close();
    await new Promise((resolve) => ingest.close(resolve));
  });

  const events = () =>
    envelopes.flatMap((envelope) =>
      envelope.items.filter((item) => item.header.type === 'event').map((item) => item.payload),
    );

  it('sends a failed turn with the request id and tenant, and nothing personal', async () => {
    const response = await signedTwilioRequest(built.app, {
      path: '/v1/twilio/voice',
      params: { CallSid: 'CA0001', From: '+15125550142', To: number, SpeechResult: 'my pipe burst' },
    });
    expect(response.statusCode).toBe(200);
    await built.services.errors.flush(5000);

    const [event] = events();
    expect(envelopes[0]?.path).toMatch(/^\/api\/42\/envelope\//);
    expect(event?.tags).toMatchObject({
      request_id: response.headers['x-request-id'],
      business_id: businessId,
      route: '/v1/twilio/voice',
    });
    expect(event).toMatchObject({ environment: 'staging', release: 'abc123' });
    const text = JSON.stringify(event);
    expect(text).toContain('turn failed for');
    expect(text).not.toContain('5550142');
    expect(text).not.toContain('tk_abcdefghijklmnopqrstuvwx');
    expect(text).not.toContain(TEST_TWILIO_TOKEN);
    expect(text).not.toContain('x-twilio-signature');
    expect(event?.user).toBeUndefined();
    expect(event?.breadcrumbs ?? []).toEqual([]);
  });

  it('sends nothing for a request the caller got wrong', async () => {
    const before = events().length;
    const response = await built.app.inject({ url: '/v1/owner/business' });
    expect(response.statusCode).toBe(401);
    await built.services.errors.flush(2000);
    expect(events()).toHaveLength(before);
  });
});

describe('error reporting settings', () => {
  const base = { ENVIRONMENT: 'production', ADMIN_API_KEY: 'k'.repeat(32), SMS_PROVIDER: 'recording' };
  const dsn = 'https://key@o1.ingest.example/7';

  it('is off without a DSN, and hard-off with SENTRY_ENABLED=false', () => {
    expect(loadConfig(base).sentry).toBeNull();
    expect(loadConfig({ ...base, SENTRY_DSN: dsn, SENTRY_ENABLED: 'false' }).sentry).toBeNull();
  });

  it('falls back to ENVIRONMENT and GIT_SHA, and traces nothing by default', () => {
    expect(loadConfig({ ...base, SENTRY_DSN: dsn, GIT_SHA: 'f00' }).sentry).toEqual({
      dsn,
      environment: 'production',
      release: 'f00',
      tracesSampleRate: 0,
    });
    expect(
      loadConfig({
        ...base,
        SENTRY_DSN: dsn,
        SENTRY_ENVIRONMENT: 'eu-prod',
        SENTRY_RELEASE: '1.2.3',
        SENTRY_TRACES_SAMPLE_RATE: '0.25',
      }).sentry,
    ).toMatchObject({ environment: 'eu-prod', release: '1.2.3', tracesSampleRate: 0.25 });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ ...base, SENTRY_DSN: 'not a dsn' })).toThrow(/SENTRY_DSN/);
    expect(() => loadConfig({ ...base, SENTRY_DSN: dsn, SENTRY_TRACES_SAMPLE_RATE: '2' })).toThrow(
      /SENTRY_TRACES_SAMPLE_RATE/,
    );
    expect(() => loadConfig({ ...base, SENTRY_ENABLED: 'true' })).toThrow(/SENTRY_DSN/);
  });

  it('masks phone numbers and credentials in messages', () => {
    expect(scrubText('call (512) 555-0142 key wt_0123456789abcdef Bearer abc.def.ghi')).toBe(
      'call [phone …42] key [secret] [secret]',
    );
  });
});
