import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistantService } from '../../src/modules/assistant/assistant.service.js';
import type { Business } from '../../src/modules/tenants/tenants.model.js';
import { assistantHarness, phone } from './harness.js';

const FRONT_LOADED =
  "hi this is dave miller my water heater is leaking can someone come tomorrow morning i'm at 88 birch lane";

describe('assistant runner (SQLite)', () => {
  let h: Awaited<ReturnType<typeof assistantHarness>>;
  let business: Business;

  beforeAll(async () => {
    h = await assistantHarness();
    business = await h.tenant();
  });
  afterAll(() => h.close());

  async function bookFrontLoaded() {
    const call = h.session(business);
    await call.start();
    h.advance();
    const offer = await call.say(FRONT_LOADED);
    h.advance();
    const confirm = await call.say('the first one');
    h.advance();
    const booked = await call.say('yes');
    return { call, offer, confirm, booked };
  }

  it('books a front-loaded caller in three turns at the right local time, with transcript, alert and SMS', async () => {
    const { call, offer, confirm, booked } = await bookFrontLoaded();
    expect(offer.reply).toContain('tomorrow at 8 AM or 10 AM');
    expect(confirm.reply).toContain('tomorrow at 8 AM at 88 Birch Lane');
    expect(booked).toMatchObject({ outcome: 'booked', end: false, language: 'en' });
    const appointment = await h.services.bookings.get(business, booked.appointmentId!);
    expect(appointment).toMatchObject({
      // Monday 2026-03-09 08:00 CDT.
      start_time: '2026-03-09T13:00:00.000Z',
      end_time: '2026-03-09T15:00:00.000Z',
      source: 'phone',
      address: '88 Birch Lane',
      customer_name: 'Dave Miller',
      customer_phone: call.callerPhone,
      service_type: 'Water heater repair',
      is_emergency: false,
    });
    const conversation = await h.services.conversations.findByExternal(business.id, 'phone', call.sessionId);
    const full = await h.services.conversations.get(business.id, conversation!.id);
    expect(full.messages.map((m) => m.role)).toEqual([
      'assistant',
      'user',
      'assistant',
      'user',
      'assistant',
      'user',
      'assistant',
    ]);
    expect(full.messages[1]!.text).toBe(FRONT_LOADED);
    expect(full.customer_id).toBe(appointment.customer_id);
    const sms = await h.services.notifier.list(business.id, { direction: 'outbound', limit: 50 });
    const forThis = sms.items.filter((m) => m.body.includes('Dave') || m.to === call.callerPhone);
    expect(forThis.map((m) => m.kind).sort()).toEqual(['confirmation', 'owner_alert']);
  });

  it('leaves no callback when a booked call ends', async () => {
    const { call } = await bookFrontLoaded();
    await call.end();
    const callbacks = await h.services.callbacks.list(business.id, {});
    expect(callbacks.items.filter((c) => c.call_sid === call.sessionId)).toEqual([]);
  });

  it('answers a retried turn from the session without booking twice', async () => {
    const call = h.session(business);
    await call.start();
    h.advance();
    await call.say(FRONT_LOADED.replace('88 birch', '14 elm').replace('tomorrow', 'tuesday'));
    h.advance();
    await call.say('the second one');
    h.advance();
    const [first, retry] = await Promise.all([call.say('yes'), call.say('yes')]);
    expect(retry).toEqual(first);
    expect(first.outcome).toBe('booked');
    const listed = await h.services.bookings.list(business, { limit: 200 });
    expect(listed.items.filter((a) => a.customer_phone === call.callerPhone)).toHaveLength(1);
    const conversation = await h.services.conversations.findByExternal(business.id, 'phone', call.sessionId);
    expect(conversation!.message_count).toBe(7);
  });

  it('tells a redelivered turn from the same words said again when the transport names its turns', async () => {
    const call = h.session(business);
    await call.start();
    h.advance();
    const reprompt = await call.say(null, { deliveryId: 'turn-1' });
    expect(reprompt.voicemail).toBeUndefined();
    expect(await call.say(null, { deliveryId: 'turn-1' })).toEqual(reprompt);
    // A second silence at once, under a new turn id, is not a retry: it goes to voicemail.
    const second = await call.say(null, { deliveryId: 'turn-2' });
    expect(second.voicemail).toBe(true);
  });

  it('takes the same input again within seconds as a retry when the transport names no turns', async () => {
    const call = h.session(business);
    await call.start();
    h.advance();
    const reprompt = await call.say(null);
    expect(await call.say(null)).toEqual(reprompt);
    h.advance();
    expect((await call.say(null)).voicemail).toBe(true);
  });

  it('lets a returning caller cancel their next appointment after confirming', async () => {
    const caller = phone();
    const { customer } = await h.services.customers.upsertByPhone(business.id, {
      phone: caller,
      name: 'Julia Romero',
    });
    const { appointment } = await h.services.bookings.book(business, {
      customer_id: customer.id,
      start_time: '2026-03-12T11:00',
      service_type: 'Electrical troubleshooting',
    });
    const call = h.session(business, caller);
    expect((await call.start()).reply).toContain('Hi Julia');
    h.advance();
    const found = await call.say('hi i need to cancel my appointment for thursday');
    expect(found.reply).toContain('Thursday, March 12th at 11 AM');
    expect((await h.services.bookings.get(business, appointment.id)).status).toBe('SCHEDULED');
    h.advance();
    const done = await call.say('yes cancel it please');
    expect(done).toMatchObject({ outcome: 'cancelled', appointmentId: appointment.id });
    expect((await h.services.bookings.get(business, appointment.id)).status).toBe('CANCELLED');
  });

  it('picks the one of two appointments the caller names by its service', async () => {
    const shop = await h.tenant({
      services: [
        { name: 'Water heater repair', duration_minutes: 120 },
        { name: 'Furnace repair', duration_minutes: 120 },
      ],
    });
    const caller = phone();
    const { customer } = await h.services.customers.upsertByPhone(shop.id, {
      phone: caller,
      name: 'Ray Ortiz',
    });
    await h.services.bookings.book(shop, {
      customer_id: customer.id,
      start_time: '2026-03-11T09:00',
      service_type: 'Water heater repair',
    });
    const { appointment: furnace } = await h.services.bookings.book(shop, {
      customer_id: customer.id,
      start_time: '2026-03-13T14:00',
      service_type: 'Furnace repair',
    });
    const call = h.session(shop, caller);
    await call.start();
    h.advance();
    const found = await call.say('i need to cancel the furnace one');
    expect(found.reply).toContain('Friday, March 13th at 2 PM');
    h.advance();
    expect(await call.say('yes')).toMatchObject({ outcome: 'cancelled', appointmentId: furnace.id });
  });

  it('lets a returning caller move their appointment to the next day at the same time', async () => {
    const caller = phone();
    const { customer } = await h.services.customers.upsertByPhone(business.id, {
      phone: caller,
      name: 'Omar Haddad',
    });
    const { appointment } = await h.services.bookings.book(business, {
      customer_id: customer.id,
      start_time: '2026-03-12T10:00',
    });
    const call = h.session(business, caller);
    await call.start();
    h.advance();
    const offer = await call.say(
      'hi this is omar haddad i have an appointment on thursday could you move it to the following day same time',
    );
    expect(offer.reply).toContain('to Friday, March 13th at 10 AM. Shall I do that?');
    h.advance();
    const done = await call.say('yes perfect');
    expect(done).toMatchObject({ outcome: 'rescheduled', appointmentId: appointment.id });
    const moved = await h.services.bookings.get(business, appointment.id);
    expect(moved).toMatchObject({
      start_time: '2026-03-13T15:00:00.000Z',
      end_time: '2026-03-13T16:00:00.000Z',
    });
  });

  it('books a web chat visitor after asking for a phone number', async () => {
    const chat = h.session(business, null, 'web');
    await chat.start();
    h.advance();
    const ask = await chat.say(
      "this is ana ruiz my drain is clogged tomorrow afternoon i'm at 12 elm street",
    );
    expect(ask.reply).toContain("What's the best phone number to reach you?");
    h.advance();
    const offer = await chat.say('312 555 0187');
    expect(offer.reply).toContain('Which works better?');
    h.advance();
    await chat.say('the first one');
    h.advance();
    const booked = await chat.say('yes');
    const appointment = await h.services.bookings.get(business, booked.appointmentId!);
    expect(appointment).toMatchObject({
      source: 'web',
      customer_phone: '+13125550187',
      customer_name: 'Ana Ruiz',
    });
  });

  it('does not recognise a customer or find their visits by a number typed into a web chat', async () => {
    const theirs = phone();
    const { customer } = await h.services.customers.upsertByPhone(business.id, {
      phone: theirs,
      name: 'Julia Romero',
      address: '77 Private Lane',
    });
    await h.services.bookings.book(business, {
      customer_id: customer.id,
      start_time: '2026-03-12T11:00',
      service_type: 'Electrical troubleshooting',
    });
    const chat = h.session(business, theirs, 'web', { callerVerified: false });
    const greeting = await chat.start();
    expect(greeting.reply).not.toContain('Julia');
    h.advance();
    const cancel = await chat.say('i need to cancel my appointment for thursday');
    expect(cancel.reply).not.toMatch(/March 12th|11 AM|Private Lane/);
    expect(
      (await h.services.bookings.upcomingForCustomer(business, customer.id, h.clock.now()))[0]?.status,
    ).toBe('SCHEDULED');
  });

  it('records a PARTIAL_INTAKE callback with a summary when a call ends without a booking', async () => {
    const call = h.session(business);
    await call.start();
    h.advance();
    await call.say('hi my toilet keeps running');
    await call.end();
    await call.end();
    const callbacks = (await h.services.callbacks.list(business.id, {})).items.filter(
      (c) => c.call_sid === call.sessionId,
    );
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0]).toMatchObject({ reason: 'PARTIAL_INTAKE', phone: call.callerPhone });
    expect(callbacks[0]!.summary).toContain('toilet');
  });

  it('records a MISSED_CALL when the caller said nothing, and a voicemail replaces it', async () => {
    const call = h.session(business);
    await call.start();
    h.advance();
    expect((await call.say(null)).end).toBe(false);
    h.advance();
    const second = await call.say('');
    expect(second).toMatchObject({ voicemail: true, end: true, outcome: 'voicemail' });
    await call.end();
    const before = (await h.services.callbacks.list(business.id, {})).items.filter(
      (c) => c.call_sid === call.sessionId,
    );
    expect(before.map((c) => c.reason)).toEqual(['MISSED_CALL']);
    await h.services.assistant.voicemail(call.ctx(), {
      url: 'https://example.test/rec.mp3',
      transcription: 'call me',
    });
    const after = (await h.services.callbacks.list(business.id, {})).items.filter(
      (c) => c.call_sid === call.sessionId,
    );
    expect(after.map((c) => [c.reason, c.voicemail_url])).toEqual([
      ['VOICEMAIL', 'https://example.test/rec.mp3'],
    ]);
  });

  it('transfers an emergency to the owner at once and alerts the owner exactly once', async () => {
    const owner = phone();
    const shop = await h.tenant({ owner_phone: owner });
    const call = h.session(shop);
    await call.start();
    h.advance();
    const result = await call.say("my water heater just burst and there's water all over my basement floor");
    expect(result).toMatchObject({ transferTo: owner, end: true, outcome: 'emergency' });
    await call.end();
    const alerts = await h.services.notifier.list(shop.id, {
      direction: 'outbound',
      kind: 'owner_alert',
      limit: 50,
    });
    expect(alerts.items).toHaveLength(1);
    expect(alerts.items[0]!.body).toMatch(/EMERGENCY/);
    expect((await h.services.callbacks.list(shop.id, {})).items).toEqual([]);
  });

  it('records an EMERGENCY callback when the transfer rang out and no voicemail was left', async () => {
    const owner = phone();
    const shop = await h.tenant({ owner_phone: owner });
    const call = h.session(shop);
    await call.start();
    h.advance();
    await call.say("my water heater just burst and there's water all over my basement floor");
    await h.services.assistant.transferUnanswered(call.ctx());
    await call.end();
    const callbacks = (await h.services.callbacks.list(shop.id, {})).items;
    expect(callbacks.map((c) => c.reason)).toEqual(['EMERGENCY']);
  });

  it('records a HANDOFF callback for an unanswered transfer to a person, unless a voicemail replaces it', async () => {
    const owner = phone();
    const shop = await h.tenant({ owner_phone: owner, after_hours_transfer: true });
    const rangOut = h.session(shop);
    await rangOut.start();
    h.advance();
    const asked = await rangOut.say('can i just talk to a real person please');
    expect(asked.transferTo).toBe(owner);
    await h.services.assistant.transferUnanswered(rangOut.ctx());
    await rangOut.end();
    const withVoicemail = h.session(shop);
    await withVoicemail.start();
    h.advance();
    await withVoicemail.say('can i just talk to a real person please');
    await h.services.assistant.transferUnanswered(withVoicemail.ctx());
    await h.services.assistant.voicemail(withVoicemail.ctx(), { url: 'https://api.twilio.com/rec/RE1' });
    await withVoicemail.end();
    const reasons = (await h.services.callbacks.list(shop.id, {})).items.map((c) => [c.call_sid, c.reason]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        [rangOut.sessionId, 'HANDOFF'],
        [withVoicemail.sessionId, 'VOICEMAIL'],
      ]),
    );
    expect(reasons).toHaveLength(2);
  });

  it('greets once when the transport retries the first request', async () => {
    const call = h.session(business);
    const [first, retry] = await Promise.all([call.start(), call.start()]);
    expect(retry).toEqual(first);
    const conversation = await h.services.conversations.findByExternal(business.id, 'phone', call.sessionId);
    expect(conversation!.message_count).toBe(1);
  });

  it('books over SMS with source sms, without a start', async () => {
    const caller = phone();
    const text = h.session(business, caller, 'sms');
    await text.say(
      "hi this is rita gomez my shower drain is clogged can someone come tuesday afternoon i'm at 40 pine street",
    );
    h.advance();
    await text.say('the first one');
    h.advance();
    const booked = await text.say('yes');
    const appointment = await h.services.bookings.get(business, booked.appointmentId!);
    expect(appointment).toMatchObject({
      source: 'sms',
      customer_phone: caller,
      start_time: '2026-03-10T17:00:00.000Z',
    });
  });

  it('uses a second opinion on understanding when given one, and the rules when it fails', async () => {
    const s = h.services;
    const seen: string[] = [];
    const assistant = createAssistantService({
      sessions: s.state.sessions,
      clock: h.clock,
      customers: s.customers,
      conversations: s.conversations,
      callbacks: s.callbacks,
      availability: s.availability,
      bookings: s.bookings,
      notifier: s.notifier,
      refineUnderstanding: async (text, ctx, rules) => {
        seen.push(ctx.businessName);
        if (text.includes('boom')) throw new Error('model down');
        return { ...rules, intents: ['faq_hours'] };
      },
    });
    const ctx = {
      business,
      channel: 'web' as const,
      sessionId: `web-${Date.now()}`,
      callerPhone: null,
      now: h.clock.now(),
    };
    expect((await assistant.turn(ctx, { text: 'tell me' })).reply).toContain('Monday to Friday');
    h.advance();
    expect((await assistant.turn(ctx, { text: 'boom my sink is clogged' })).reply).toContain(
      'When would you like',
    );
    expect(seen).toEqual([business.name, business.name]);
  });

  it('starts over when the stored session is corrupt', async () => {
    const call = h.session(business);
    await h.services.state.sessions.set(
      `assistant:${business.id}:${call.sessionId}`,
      '{"engine":{"v":99}',
      60_000,
    );
    const result = await call.say('what are your hours');
    expect(result.reply).toContain('Monday to Friday from 8 AM to 5 PM');
    expect(result.end).toBe(false);
  });
});
