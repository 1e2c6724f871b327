import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import twilio from 'twilio';
import { AppError } from '../../../platform/errors/app-error.js';

export interface SignatureCheckOptions {
  authToken: string | undefined;
  /** From config.verifyTwilioSignatures; true without a token refuses everything (fail closed). */
  verify: boolean;
  publicBaseUrl: string | undefined;
}

/**
 * The URL Twilio requested, which is what it signed. Behind a proxy the request's own scheme and
 * host differ from the public ones, so PUBLIC_BASE_URL wins when set.
 */
export function publicUrlOf(request: FastifyRequest, publicBaseUrl: string | undefined): string {
  if (publicBaseUrl) return `${publicBaseUrl}${request.url}`;
  return `${request.protocol}://${request.host}${request.url}`;
}

/**
 * The preValidation hook of every Twilio route: Twilio's own algorithm (HMAC-SHA1 over the full
 * URL plus the sorted POST fields) via the twilio package. It runs before anything reads or writes
 * state, so a forged request has no effect at all.
 */
export function createSignatureCheck(options: SignatureCheckOptions) {
  return async function checkTwilioSignature(request: FastifyRequest): Promise<void> {
    if (!options.verify) return;
    const signature = firstHeader(request, 'x-twilio-signature');
    if (!signature) throw refused(request, 'Missing X-Twilio-Signature', 'webhook_signature_missing');
    if (!options.authToken) throw refused(request, 'Twilio signatures cannot be verified', 'no_auth_token');
    const url = publicUrlOf(request, options.publicBaseUrl);
    if (!isValid(options.authToken, signature, url, formParams(request))) {
      throw refused(request, 'Invalid Twilio signature', 'webhook_signature_invalid');
    }
  };
}

function isValid(token: string, signature: string, url: string, params: Record<string, unknown>): boolean {
  try {
    // The URL exactly as requested is always one of the forms validateRequest accepts (it tries the
    // URL without its port, then with it, then normalised forms). Trying it first spares an HMAC
    // when that is the form Twilio signed but not the first one tried (a URL with an explicit port);
    // anything else goes through validateRequest unchanged, so the same signatures pass.
    if (sameSignature(signature, twilio.getExpectedTwilioSignature(token, url, params))) return true;
    return twilio.validateRequest(token, signature, url, params);
  } catch {
    // An unparsable URL (a forged Host header) cannot carry a valid signature.
    return false;
  }
}

function sameSignature(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

// Twilio signs POST fields only; GET parameters are already part of the URL.
function formParams(request: FastifyRequest): Record<string, unknown> {
  if (request.method !== 'POST') return {};
  const body = request.body;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

function refused(request: FastifyRequest, message: string, event: string): AppError {
  request.log.warn({ security_event: event }, 'twilio webhook refused');
  return new AppError('FORBIDDEN', message, { subcode: 'TWILIO_SIGNATURE_INVALID' });
}

function firstHeader(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
}
