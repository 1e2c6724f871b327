import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Services } from '../../../src/app.js';
import { RecordingSmsSender } from '../../../src/modules/notifications/recording-sms-sender.js';
import { describeEachDialect } from '../../helpers/dialects.js';
import { type ManualClock, manualClock } from '../../helpers/manual-clock.js';
import { adminRequest, buildTestApp, type TestBusiness } from '../../helpers/test-app.js';
import { ownerGet, patchBusiness, sendMessage, startChat, widgetBusiness } from './setup.js';

// The widget API with the real assistant, on both SQL dialects: a chat is a conversation in the CRM
// (channel web) that books, moves, cancels and raises emergencies as a call does, and every refusal
// (unknown, foreign, expired, ended, locked, bad credentials, bad input) changes nothing.

const TTL_SECONDS = 600;
const PHONE = '+15125550142';
const BOOKING_LINES = [
  "hi this is dana diaz my kitchen sink is leaking i'm at 12 elm street can someone come tomorrow afternoon",
  'the first one',
  'yes',
];

describeEachDialect('widget chat', (ctx) => {
  let app: FastifyInstance;
  let services: Services;
  let clock: ManualClock;
  let sms: RecordingSmsSender;

  beforeAll(async () => {
    // A Tuesday afternoon; the tenant is open around the clock, so "tomorrow afternoon" has slots.
    clock = manualClock('2031-03-04T15:00:00Z');
    sms = new RecordingSmsSender();
    ({ app, services } = await buildTestApp({
      env: { SESSION_TTL_SECONDS: String(TTL_SECONDS) },
      overrides: { sql: ctx.sql(), clock, sms },
    }));
  });
  afterAll(async () => {
    await app?.close();
  });

  async function chat(business: TestBusiness, start: Record<string, unknown> = {}) {
    const started = await startChat(app, business, start);
    expect(started.statusCode, started.body).toBe(201);
    return started.json() as { conversation_id: string; reply_text: string };
  }

  async function say(business: TestBusiness, conversationId: string, lines: string[]) {
    const replies: Array<{ reply_text: string; done: boolean }> = [];
    for (const text of lines) {
      const response = await sendMessage(app, business, conversationId, text);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().conversation_id).toBe(conversationId);
      replies.push(response.json());
    }
    return replies;
  }

  const conversation = (business: TestBusiness, id: string) =>
    ownerGet(app, business, `/v1/crm/conversations/${id}`);

  it('starts a chat: 201 with the CRM conversation id (channel web) and the greeting in its transcript', async () => {
    const business = await widgetBusiness(app);
    const started = await chat(business, { customer_name: 'Dana', customer_phone: '(512) 555-0142' });
    expect(started.conversation_id).toMatch(/^conv_/);
    expect(started.reply_text).toContain('Widget Plumbing');
    const stored = await conversation(business, started.conversation_id);
    expect(stored).toMatchObject({ channel: 'web', caller_phone: PHONE, status: 'OPEN' });
    expect(stored.messages).toEqual([
      expect.objectContaining({ role: 'assistant', text: started.reply_text }),
    ]);
  });

  it('starts an anonymous chat with no body at all', async () => {
    const business = await widgetBusiness(app);
    const response = await app.inject({
      method: 'POST',
      url: '/v1/widget/start',
      headers: { 'x-widget-token': business.widgetToken },
    });
    expect(response.statusCode, response.body).toBe(201);
    const stored = await conversation(business, response.json().conversation_id);
    expect(stored).toMatchObject({ channel: 'web', caller_phone: null });
  });

  it('takes the name from the start form and does not ask for it again', async () => {
    const business = await widgetBusiness(app);
    const started = await chat(business, { customer_name: 'maria  lópez', customer_phone: '+15125550161' });
    const replies = await say(business, started.conversation_id, [
      "my kitchen sink is leaking i'm at 12 elm street can someone come tomorrow afternoon",
      'the first one',
      'yes',
    ]);
    expect(replies[0]?.reply_text).not.toMatch(/your name/i);
    expect(replies.at(-1)?.reply_text).toContain("You're all set");
    const { items } = await ownerGet(app, business, '/v1/crm/appointments');
    expect(items[0]).toMatchObject({ customer_name: 'Maria López', source: 'web' });
  });

  it('books in a chat: source web, the confirmation texted to the phone given, turns counted as web', async () => {
    const business = await widgetBusiness(app);
    const before = await services.metrics.snapshot();
    const started = await chat(business, { customer_phone: PHONE });
    const replies = await say(business, started.conversation_id, BOOKING_LINES);
    expect(replies.at(-1)?.reply_text).toContain("You're all set");
    expect(replies.map((reply) => reply.done)).toEqual([false, false, false]);

    const { items } = await ownerGet(app, business, '/v1/crm/appointments');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      source: 'web',
      customer_phone: PHONE,
      customer_name: 'Dana Diaz',
      address: '12 Elm Street',
      status: 'SCHEDULED',
      start_time: '2031-03-05T12:00:00.000Z',
    });
    const texts = sms.sent().filter((message) => message.to === PHONE && message.body.includes('confirmed'));
    expect(texts).toHaveLength(1);

    const stored = await conversation(business, started.conversation_id);
    expect(stored).toMatchObject({ channel: 'web', customer_id: items[0].customer_id });
    expect(
      stored.messages.filter((m: { role: string }) => m.role === 'user').map((m: { text: string }) => m.text),
    ).toEqual(BOOKING_LINES);

    const after = await services.metrics.snapshot();
    const webTurns = (snapshot: typeof after) =>
      (snapshot.assistant_turns_by_channel as Record<string, number>).web ?? 0;
    expect(webTurns(after) - webTurns(before)).toBe(BOOKING_LINES.length);
    expect((after.bookings_by_source as Record<string, number>).web).toBeGreaterThanOrEqual(1);
  });

  it('cancels the booking of the phone given, in a later chat, for the name on file only', async () => {
    const business = await widgetBusiness(app);
    await say(business, (await chat(business, { customer_phone: PHONE })).conversation_id, BOOKING_LINES);
    // A number anyone can type: it neither greets the customer nor shows their visit without the name.
    const stranger = await chat(business, { customer_phone: PHONE });
    expect(stranger.reply_text).not.toContain('Dana');
    const refused = await say(business, stranger.conversation_id, ['i need to cancel my appointment']);
    expect(refused[0]?.reply_text).not.toMatch(/12 Elm|Wednesday|March 5/);
    const later = await chat(business, { customer_phone: PHONE });
    const replies = await say(business, later.conversation_id, [
      'this is dana diaz i need to cancel my appointment',
      'yes',
    ]);
    expect(replies[1]?.reply_text).toContain('cancelled');
    const { items } = await ownerGet(app, business, '/v1/crm/appointments');
    expect(items.map((item: { status: string }) => item.status)).toEqual(['CANCELLED']);
  });

  it('flags an emergency in a chat: the owner is texted at once', async () => {
    const business = await widgetBusiness(app, { owner_phone: '+15125550188' });
    const started = await chat(business, { customer_phone: '+15125550166' });
    const [reply] = await say(business, started.conversation_id, [
      'there is water pouring through my ceiling from a burst pipe',
    ]);
    expect(reply?.reply_text).toMatch(/emergency/i);
    const alerts = sms.sent().filter((message) => message.to === '+15125550188');
    expect(alerts.map((alert) => alert.body)).toEqual([expect.stringContaining('EMERGENCY')]);
  });

  it('answers 404 for an unknown conversation, another tenant’s and a call’s, and changes nothing', async () => {
    const business = await widgetBusiness(app);
    const other = await widgetBusiness(app);
    const started = await chat(business);
    const call = await services.conversations.openId(business.id, { channel: 'phone', external_id: 'CA404' });

    for (const [tenant, id] of [
      [business, 'conv_doesnotexist'],
      [other, started.conversation_id],
      [business, call],
    ] as const) {
      const response = await sendMessage(app, tenant, id, 'hello');
      expect(response.statusCode, response.body).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 404, code: 'CONVERSATION_NOT_FOUND' });
    }
    expect((await conversation(business, started.conversation_id)).message_count).toBe(1);
    expect((await conversation(business, call)).message_count).toBe(0);
    expect((await ownerGet(app, other, '/v1/crm/conversations')).items).toEqual([]);
  });

  it('answers 409 once a chat has expired, asking to start again; a new chat works', async () => {
    const business = await widgetBusiness(app);
    const started = await chat(business);
    await say(business, started.conversation_id, ['hello there']);
    // Each message keeps the chat alive for another SESSION_TTL_SECONDS from then.
    clock.advance((TTL_SECONDS - 1) * 1000);
    await say(business, started.conversation_id, ['my drain is slow']);
    clock.advance((TTL_SECONDS - 1) * 1000);
    await say(business, started.conversation_id, ['it is the kitchen one']);
    clock.advance((TTL_SECONDS + 1) * 1000);

    const expired = await sendMessage(app, business, started.conversation_id, 'are you still there');
    expect(expired.statusCode, expired.body).toBe(409);
    expect(expired.json()).toMatchObject({ status: 409, code: 'CHAT_EXPIRED' });
    expect(expired.json().detail).toMatch(/start a new chat/i);
    expect((await conversation(business, started.conversation_id)).message_count).toBe(7);

    const again = await chat(business);
    expect(again.conversation_id).not.toBe(started.conversation_id);
    await say(business, again.conversation_id, ['hello again']);
  });

  it('answers 409 after the assistant has closed the chat (done)', async () => {
    const business = await widgetBusiness(app);
    const started = await chat(business, { customer_phone: '+15125550155' });
    const replies = await say(business, started.conversation_id, [...BOOKING_LINES, 'no thanks bye']);
    expect(replies.at(-1)?.done).toBe(true);
    const count = (await conversation(business, started.conversation_id)).message_count;

    const after = await sendMessage(app, business, started.conversation_id, 'one more thing');
    expect(after.statusCode, after.body).toBe(409);
    expect(after.json()).toMatchObject({ status: 409, code: 'CHAT_ENDED' });
    // Settled as the end of a call is: the transcript carries the summary.
    expect(await conversation(business, started.conversation_id)).toMatchObject({
      status: 'CLOSED',
      outcome: 'booked',
      summary: expect.stringContaining('Dana Diaz'),
    });
    expect((await conversation(business, started.conversation_id)).message_count).toBe(count);
  });

  it('answers 423 while the tenant is in lockdown, and the chat goes on after it', async () => {
    const business = await widgetBusiness(app);
    const started = await chat(business);
    expect((await patchBusiness(app, business, { lockdown_mode: true })).statusCode).toBe(200);

    const start = await startChat(app, business);
    expect(start.statusCode, start.body).toBe(423);
    const message = await sendMessage(app, business, started.conversation_id, 'hello');
    expect(message.statusCode, message.body).toBe(423);
    expect(message.json()).toMatchObject({ status: 423, code: 'LOCKDOWN' });
    expect((await ownerGet(app, business, '/v1/crm/conversations')).items).toHaveLength(1);
    expect((await conversation(business, started.conversation_id)).message_count).toBe(1);

    await patchBusiness(app, business, { lockdown_mode: false });
    await say(business, started.conversation_id, ['hello']);
  });

  it('refuses a rotated widget token and a missing one with 401; the new token continues the chat', async () => {
    const business = await widgetBusiness(app);
    const started = await chat(business);
    const rotated = await adminRequest(app, {
      method: 'POST',
      url: `/v1/admin/businesses/${business.id}/rotate-widget-token`,
    });
    expect(rotated.statusCode).toBe(200);

    expect((await startChat(app, business)).statusCode).toBe(401);
    expect((await sendMessage(app, business, started.conversation_id, 'hello')).statusCode).toBe(401);
    const bare = await app.inject({
      method: 'POST',
      url: `/v1/widget/${started.conversation_id}/message`,
      payload: { text: 'hello' },
    });
    expect(bare.statusCode).toBe(401);
    expect((await conversation(business, started.conversation_id)).message_count).toBe(1);

    const renewed = { ...business, widgetToken: rotated.json().widget_token as string };
    await say(renewed, started.conversation_id, ['hello']);
  });

  it('refuses bad input with a problem document and starts or says nothing', async () => {
    const business = await widgetBusiness(app);
    const badPhone = await startChat(app, business, { customer_phone: 'call me maybe' });
    expect(badPhone.statusCode).toBe(422);
    expect(badPhone.json().errors).toEqual([expect.objectContaining({ path: 'body.customer_phone' })]);
    const unknownField = await startChat(app, business, { customer_id: 'cus_1' });
    expect(unknownField.statusCode).toBeGreaterThanOrEqual(400);
    expect(unknownField.statusCode).toBeLessThan(500);
    expect((await ownerGet(app, business, '/v1/crm/conversations')).items).toEqual([]);

    const started = await chat(business);
    for (const payload of [{ text: '   ' }, {}, { text: 'x'.repeat(2001) }, { text: 7 }]) {
      const response = await app.inject({
        method: 'POST',
        url: `/v1/widget/${started.conversation_id}/message`,
        headers: { 'x-widget-token': business.widgetToken },
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await conversation(business, started.conversation_id)).message_count).toBe(1);
  });
});
