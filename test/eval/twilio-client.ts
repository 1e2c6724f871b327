import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { signedTwilioRequest, TEST_TWILIO_TOKEN } from '../helpers/twilio.js';

// Twilio's side of the webhooks of one call: it signs the public URL it requested (PUBLIC_BASE_URL
// is set, so that is the URL the route checks) and sends a fresh idempotency token every delivery.

export const EVAL_PUBLIC_BASE_URL = 'https://receptionist.eval.test';
export const EVAL_TWILIO_ENV = {
  TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN,
  PUBLIC_BASE_URL: EVAL_PUBLIC_BASE_URL,
  VERIFY_TWILIO_SIGNATURES: 'true',
};

export interface TwilioPost {
  status: number;
  body: string;
  /** The path (with query) that was requested, for resolving relative URLs in the answer. */
  path: string;
}

/** POSTs a signed webhook; `target` is a path or URL, resolved against the request it came from. */
export async function postTwilio(
  app: FastifyInstance,
  target: string,
  params: Record<string, string>,
  from = '/',
): Promise<TwilioPost> {
  const url = new URL(target, EVAL_PUBLIC_BASE_URL + from);
  const path = url.pathname + url.search;
  const response = await signedTwilioRequest(app, {
    path,
    params,
    signedUrl: EVAL_PUBLIC_BASE_URL + path,
    headers: { 'i-twilio-idempotency-token': randomUUID() },
  });
  return { status: response.statusCode, body: response.body, path };
}
