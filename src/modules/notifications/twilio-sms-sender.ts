import twilio from 'twilio';
import type TwilioRequestClient from 'twilio/lib/base/RequestClient.js';
import { type OutboundSms, SmsSendError, type SmsSender, type SmsSendResult } from './sms-sender.js';

export interface TwilioSmsSenderOptions {
  accountSid: string;
  authToken: string;
  /** Testing aid: send REST calls to this origin instead of https://api.twilio.com. */
  apiBaseUrl?: string | undefined;
  timeoutMs: number;
}

// The SDK builds every URL, form body and auth header itself; this client only swaps the origin
// at the last moment, so tests exercise the SDK's real request building against a local server.
class RebasedRequestClient extends twilio.RequestClient {
  readonly #baseUrl: URL | null;

  constructor(timeoutMs: number, baseUrl: string | undefined) {
    super({ timeout: timeoutMs, autoRetry: false });
    this.#baseUrl = baseUrl ? new URL(baseUrl) : null;
  }

  override request<TData>(opts: TwilioRequestClient.RequestOptions<TData>) {
    if (!this.#baseUrl) return super.request(opts);
    const original = new URL(opts.uri);
    const rebased = new URL(original.pathname + original.search, this.#baseUrl);
    return super.request({ ...opts, uri: rebased.href });
  }
}

/** Sends through Twilio's Messages REST API with the official SDK; failures are classified. */
export function createTwilioSmsSender(options: TwilioSmsSenderOptions): SmsSender {
  const client = twilio(options.accountSid, options.authToken, {
    httpClient: new RebasedRequestClient(options.timeoutMs, options.apiBaseUrl),
  });

  return {
    async send(message: OutboundSms): Promise<SmsSendResult> {
      try {
        const created = await client.messages.create({
          from: message.from,
          to: message.to,
          body: message.body,
          ...(message.statusCallbackUrl ? { statusCallback: message.statusCallbackUrl } : {}),
        });
        return { sid: created.sid, status: created.status };
      } catch (error) {
        throw classifyTwilioError(error);
      }
    },
  };
}

const AUTH_CODES = new Set([20003, 20005]);
const THROTTLE_CODES = new Set([20429, 14107]);

/** Maps whatever the SDK threw (RestException, TwilioServiceException, axios error) to our kinds. */
export function classifyTwilioError(error: unknown): SmsSendError {
  const err = error as { status?: unknown; code?: unknown; message?: unknown };
  const status = typeof err?.status === 'number' ? err.status : undefined;
  const code = typeof err?.code === 'number' ? err.code : undefined;
  const providerMessage = typeof err?.message === 'string' ? err.message : undefined;
  if (status === undefined) {
    // No HTTP answer at all: refused connection, DNS, reset or timeout.
    const reason = typeof err?.code === 'string' ? err.code : 'network error';
    return new SmsSendError('transient', `Twilio unreachable (${reason})`, {}, { cause: error });
  }
  const details = {
    httpStatus: status,
    ...(code === undefined ? {} : { providerCode: code }),
    ...(providerMessage === undefined ? {} : { providerMessage }),
  };
  const summary = `HTTP ${status}${code === undefined ? '' : `, code ${code}`}`;
  if (status === 401 || status === 403 || (code !== undefined && AUTH_CODES.has(code))) {
    return new SmsSendError('auth', `Twilio refused our credentials (${summary})`, details, { cause: error });
  }
  if (status === 429 || status >= 500 || (code !== undefined && THROTTLE_CODES.has(code))) {
    return new SmsSendError('transient', `Twilio is unavailable (${summary})`, details, { cause: error });
  }
  return new SmsSendError('rejected', `Twilio rejected the message (${summary})`, details, { cause: error });
}
