import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { adminRequest, createBusiness, type TestBusiness } from '../../helpers/test-app.js';
import { uniqueTwilioPhone } from '../../helpers/twilio.js';

// Helpers for the widget tests: a tenant open around the clock (so slots exist whenever the test
// runs) and requests as the widget in a browser or a script would send them.

const ALL_DAY = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['00:00', '24:00']]]),
);

export async function widgetBusiness(
  app: FastifyInstance,
  fields: Record<string, unknown> = {},
): Promise<TestBusiness> {
  return createBusiness(app, {
    name: 'Widget Plumbing',
    time_zone: 'UTC',
    owner_phone: '+15125550100',
    twilio_phone_number: uniqueTwilioPhone(),
    business_hours: ALL_DAY,
    ...fields,
  });
}

export function widgetHeaders(business: TestBusiness, extra: Record<string, string> = {}) {
  return { 'x-widget-token': business.widgetToken, ...extra };
}

export function startChat(
  app: FastifyInstance,
  business: TestBusiness,
  body: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/v1/widget/start',
    headers: widgetHeaders(business, headers),
    payload: body,
  });
}

export function sendMessage(
  app: FastifyInstance,
  business: TestBusiness,
  conversationId: string,
  text: string,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/v1/widget/${encodeURIComponent(conversationId)}/message`,
    headers: widgetHeaders(business, headers),
    payload: { text },
  });
}

export async function ownerGet(app: FastifyInstance, business: TestBusiness, url: string) {
  const response = await app.inject({ url, headers: { 'x-api-key': business.apiKey } });
  if (response.statusCode !== 200) throw new Error(`GET ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

export function patchBusiness(
  app: FastifyInstance,
  business: TestBusiness,
  payload: Record<string, unknown>,
) {
  return adminRequest(app, { method: 'PATCH', url: `/v1/admin/businesses/${business.id}`, payload });
}
