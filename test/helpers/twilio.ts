import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import twilio from 'twilio';

// Plays Twilio's side of a webhook: a form body and the X-Twilio-Signature Twilio computes over the
// URL it requested plus the sorted POST fields (GET parameters ride in the signed URL).

export const TEST_TWILIO_TOKEN = 'test-twilio-auth-token-0123456789abcdef';
/** The origin Fastify's inject reports (Host: localhost:80, plain http). */
export const INJECT_ORIGIN = 'http://localhost:80';

export interface TwilioRequestOptions {
  /** Path with query, e.g. `/v1/twilio/voice?business_id=acme`. */
  path: string;
  params?: Record<string, string>;
  method?: 'POST' | 'GET';
  headers?: Record<string, string>;
  /** The URL Twilio signed; default INJECT_ORIGIN + path. */
  signedUrl?: string;
  token?: string;
  /** Replaces the computed signature; null sends none. */
  signature?: string | null;
  /** Sent instead of the form-encoded params (the signature still covers `params`). */
  rawBody?: string;
  contentType?: string;
}

export function twilioSignature(
  url: string,
  params: Record<string, string | string[]>,
  token = TEST_TWILIO_TOKEN,
): string {
  return twilio.getExpectedTwilioSignature(token, url, params);
}

export function signedTwilioRequest(
  app: FastifyInstance,
  options: TwilioRequestOptions,
): Promise<LightMyRequestResponse> {
  const method = options.method ?? 'POST';
  const params = options.params ?? {};
  const signed = method === 'POST' ? params : {};
  const signature =
    options.signature === undefined
      ? twilioSignature(options.signedUrl ?? `${INJECT_ORIGIN}${options.path}`, signed, options.token)
      : options.signature;
  const headers: Record<string, string> = { ...options.headers };
  if (signature !== null) headers['x-twilio-signature'] = signature;
  if (method === 'GET') return app.inject({ method, url: options.path, headers });
  headers['content-type'] = options.contentType ?? 'application/x-www-form-urlencoded';
  const payload = options.rawBody ?? new URLSearchParams(params).toString();
  return app.inject({ method, url: options.path, headers, payload });
}

export interface TwimlElement {
  name: string;
  attributes: Record<string, string>;
  /** Text directly inside the element, entities decoded. */
  text: string;
  /** Names of the elements nested inside it. */
  children: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(value: string): string {
  return value.replace(/&(#\d+|\w+);/g, (whole, code: string) =>
    code.startsWith('#') ? String.fromCodePoint(Number(code.slice(1))) : (ENTITIES[code] ?? whole),
  );
}

/** A loose TwiML reader: every element in document order, with attributes, text and children. */
export function twimlElements(xml: string): TwimlElement[] {
  const elements: TwimlElement[] = [];
  const open: TwimlElement[] = [];
  for (const match of xml.matchAll(/<(\/?)([A-Za-z]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, name, attrs, selfClosing, textPart] = match;
    if (textPart !== undefined) {
      const current = open.at(-1);
      if (current) current.text += decode(textPart);
      continue;
    }
    if (closing) {
      open.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of (attrs ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) {
      attributes[key!] = decode(value!);
    }
    const element: TwimlElement = { name: name!, attributes, text: '', children: [] };
    open.at(-1)?.children.push(element.name);
    elements.push(element);
    if (!selfClosing) open.push(element);
  }
  return elements;
}

export function twimlElement(xml: string, name: string): TwimlElement | undefined {
  return twimlElements(xml).find((element) => element.name === name);
}

/** A distinct E.164 number per call (Twilio numbers are unique across tenants). */
export function uniqueTwilioPhone(): string {
  const digits = String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0');
  return `+1737${digits}`;
}
