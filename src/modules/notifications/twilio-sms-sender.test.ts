import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SmsSendError } from './sms-sender.js';
import { createTwilioSmsSender } from './twilio-sms-sender.js';

// A stand-in for api.twilio.com on 127.0.0.1: the real SDK builds and serialises every request.

const ACCOUNT_SID = `AC${'1f'.repeat(16)}`;
const AUTH_TOKEN = 'test-auth-token';

interface Received {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  form: URLSearchParams;
}

type Answer = { status: number; body: unknown; delayMs?: number };

let server: Server;
let baseUrl: string;
const received: Received[] = [];
let nextAnswer: Answer;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      text += chunk;
    });
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await readBody(request);
    received.push({
      method: request.method ?? '',
      path: request.url ?? '',
      authorization: request.headers.authorization,
      contentType: request.headers['content-type'],
      form: new URLSearchParams(body),
    });
    if (nextAnswer.delayMs) await new Promise((resolve) => setTimeout(resolve, nextAnswer.delayMs));
    response.writeHead(nextAnswer.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(nextAnswer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received.length = 0;
});

const message = {
  from: '+15125550000',
  to: '+15125550123',
  body: 'Your plumber arrives at 9:00 AM',
  statusCallbackUrl: 'https://api.example.com/v1/twilio/sms-status?business_id=acme',
};

function sender(options: { apiBaseUrl?: string; timeoutMs?: number } = {}) {
  return createTwilioSmsSender({
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    apiBaseUrl: options.apiBaseUrl ?? baseUrl,
    timeoutMs: options.timeoutMs ?? 5000,
  });
}

async function failureOf(promise: Promise<unknown>): Promise<SmsSendError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SmsSendError);
  return error as SmsSendError;
}

describe('Twilio SMS sender', () => {
  it('posts the message form with Basic auth and returns the SID', async () => {
    const sid = `SM${'ab'.repeat(16)}`;
    nextAnswer = { status: 201, body: { sid, status: 'queued', account_sid: ACCOUNT_SID } };

    const result = await sender().send(message);

    expect(result).toEqual({ sid, status: 'queued' });
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`);
    expect(request?.contentType).toContain('application/x-www-form-urlencoded');
    expect(request?.authorization).toBe(
      `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`,
    );
    expect(Object.fromEntries(request?.form ?? [])).toEqual({
      To: message.to,
      From: message.from,
      Body: message.body,
      StatusCallback: message.statusCallbackUrl,
    });
  });

  it('leaves StatusCallback out when there is no callback URL', async () => {
    nextAnswer = { status: 201, body: { sid: `SM${'cd'.repeat(16)}`, status: 'queued' } };
    const { statusCallbackUrl: _unused, ...withoutCallback } = message;
    await sender().send(withoutCallback);
    expect(received[0]?.form.has('StatusCallback')).toBe(false);
  });

  it('classifies a 400 with an invalid-number code as rejected', async () => {
    nextAnswer = {
      status: 400,
      body: {
        code: 21211,
        message: "The 'To' number 555 is not a valid phone number.",
        more_info: 'https://www.twilio.com/docs/errors/21211',
        status: 400,
      },
    };
    const error = await failureOf(sender().send(message));
    expect(error.kind).toBe('rejected');
    expect(error.details).toMatchObject({ httpStatus: 400, providerCode: 21211 });
    expect(error.details.providerMessage).toContain('not a valid phone number');
    // The summary is safe to log: it never quotes the provider's text.
    expect(error.message).toBe('Twilio rejected the message (HTTP 400, code 21211)');
  });

  it('classifies an unsubscribed recipient (21610) as rejected', async () => {
    nextAnswer = { status: 400, body: { code: 21610, message: 'Attempt to send to unsubscribed recipient' } };
    expect((await failureOf(sender().send(message))).kind).toBe('rejected');
  });

  it('classifies a 500 as transient', async () => {
    nextAnswer = { status: 500, body: { code: 20500, message: 'Internal Server Error', status: 500 } };
    const error = await failureOf(sender().send(message));
    expect(error.kind).toBe('transient');
    expect(error.details.httpStatus).toBe(500);
  });

  it('classifies a 429 as transient', async () => {
    nextAnswer = { status: 429, body: { code: 20429, message: 'Too Many Requests', status: 429 } };
    expect((await failureOf(sender().send(message))).kind).toBe('transient');
  });

  it('classifies a 401 as auth', async () => {
    nextAnswer = { status: 401, body: { code: 20003, message: 'Authenticate', status: 401 } };
    const error = await failureOf(sender().send(message));
    expect(error.kind).toBe('auth');
    expect(error.details).toMatchObject({ httpStatus: 401, providerCode: 20003 });
  });

  it('classifies a timeout as transient', async () => {
    nextAnswer = { status: 201, body: { sid: 'SMlate', status: 'queued' }, delayMs: 1500 };
    const error = await failureOf(sender({ timeoutMs: 1000 }).send(message));
    expect(error.kind).toBe('transient');
  });

  it('classifies an unreachable API as transient', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failureOf(sender({ apiBaseUrl: `http://127.0.0.1:${port}` }).send(message));
    expect(error.kind).toBe('transient');
    expect(error.message).toContain('ECONNREFUSED');
  });
});
