import type { FastifyInstance } from 'fastify';
import type { AppOverrides, Services } from '../../../src/app.js';
import type { Business } from '../../../src/modules/tenants/tenants.model.js';
import type { DialectContext } from '../../helpers/dialects.js';
import { type ManualClock, manualClock } from '../../helpers/manual-clock.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../../helpers/test-app.js';

// Owner-chat tests ask about a business whose records were written by the real services, on a
// clock fixed at Tuesday, March 9th 2027, 9 AM in Chicago (15:00 UTC).

export const NOW = '2027-03-09T15:00:00.000Z';

export interface ChatTestApp {
  app: FastifyInstance;
  services: Services;
  clock: ManualClock;
}

export async function chatTestApp(
  ctx: DialectContext,
  env: Record<string, string | undefined> = {},
  overrides: AppOverrides = {},
): Promise<ChatTestApp> {
  const clock = manualClock(NOW);
  const { app, services } = await buildTestApp({ env, overrides: { ...overrides, sql: ctx.sql(), clock } });
  return { app, services, clock };
}

export function chat(
  app: FastifyInstance,
  business: TestBusiness,
  body: Record<string, unknown>,
  url = '/v1/chat',
) {
  return app.inject({ method: 'POST', url, headers: { 'x-api-key': business.apiKey }, payload: body });
}

/** Asks one question after another in one conversation; answers the reply texts. */
export async function converse(app: FastifyInstance, business: TestBusiness, questions: string[]) {
  const replies: string[] = [];
  let conversationId: string | undefined;
  for (const text of questions) {
    const response = await chat(app, business, {
      text,
      ...(conversationId ? { conversation_id: conversationId } : {}),
    });
    if (response.statusCode !== 200) throw new Error(`chat: ${response.statusCode} ${response.body}`);
    conversationId = response.json().conversation_id;
    replies.push(response.json().reply_text);
  }
  return replies;
}

/**
 * A Chicago plumber's week: appointments today (one done, one emergency still to come, one
 * cancelled), tomorrow and Friday, last week and last month; open and resolved callbacks; calls
 * today (two from Dana, one from an unknown number), a text today and a call yesterday.
 */
export async function seedBusiness(
  { app, services, clock }: ChatTestApp,
  fields: Record<string, unknown> = {},
): Promise<TestBusiness> {
  const test = await createBusiness(app, { name: 'Diaz Plumbing', time_zone: 'America/Chicago', ...fields });
  const business = (await services.tenants.findById(test.id)) as Business;
  const id = business.id;
  const at = (iso: string) => clock.set(iso);

  at('2027-02-01T12:00:00Z');
  const dana = (await services.customers.upsertByPhone(id, { phone: '+15125550142', name: 'Dana Diaz' }))
    .customer;
  const kim = (await services.customers.upsertByPhone(id, { phone: '+15125550143', name: 'Kim Lee' }))
    .customer;
  const book = (start: string, more: Record<string, unknown> = {}) =>
    services.bookings.book(business, { customer_id: dana.id, start_time: start, ...more });

  await book('2027-02-15T10:00', { service_type: 'drain cleaning' });
  await book('2027-03-03T10:00', { customer_id: kim.id, is_emergency: true, description: 'burst pipe' });
  const done = await book('2027-03-09T08:00', { service_type: 'leaking sink', address: '12 Elm Street' });
  await services.bookings.update(business, done.appointment.id, { status: 'COMPLETED' });
  const cancelled = await book('2027-03-09T11:00', { service_type: 'faucet' });
  await services.bookings.cancel(business, cancelled.appointment.id);
  await book('2027-03-09T14:00', { customer_id: kim.id, is_emergency: true, service_type: 'water heater' });
  await book('2027-03-10T09:00', { service_type: 'drain cleaning', address: '12 Elm Street' });
  await book('2027-03-10T13:30', { customer_id: kim.id, service_type: 'toilet repair' });
  await book('2027-03-12T10:00', { customer_id: kim.id, service_type: 'inspection' });

  at('2027-03-08T18:00:00Z');
  await services.conversations.start(id, {
    channel: 'phone',
    external_id: `CA-y-${id}`,
    caller_phone: '+15125550143',
  });
  const handoff = await services.callbacks.record(id, {
    reason: 'HANDOFF',
    phone: '+15125550143',
    name: 'Kim Lee',
  });
  await services.callbacks.resolve(id, handoff.callback!.id);
  at('2027-03-09T13:00:00Z');
  await services.conversations.start(id, {
    channel: 'phone',
    external_id: `CA-1-${id}`,
    caller_phone: '+15125550142',
  });
  await services.callbacks.record(id, {
    reason: 'VOICEMAIL',
    phone: '+15125550143',
    name: 'Kim Lee',
    summary: 'Burst pipe under the sink',
  });
  at('2027-03-09T14:00:00Z');
  await services.conversations.start(id, {
    channel: 'phone',
    external_id: `CA-2-${id}`,
    caller_phone: '+15125550177',
  });
  await services.conversations.start(id, {
    channel: 'sms',
    external_id: `SM-1-${id}`,
    caller_phone: '+15125550178',
  });
  await services.callbacks.record(id, {
    reason: 'MISSED_CALL',
    phone: '+15125550177',
    call_sid: `CA-2-${id}`,
  });
  at('2027-03-09T14:30:00Z');
  await services.conversations.start(id, {
    channel: 'phone',
    external_id: `CA-3-${id}`,
    caller_phone: '+15125550142',
  });
  await services.callbacks.record(id, {
    reason: 'EMERGENCY',
    phone: '+15125550142',
    name: 'Dana Diaz',
    summary: 'Gas smell',
  });
  at(NOW);
  return test;
}
