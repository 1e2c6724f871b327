import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Business } from '../../../src/modules/tenants/tenants.model.js';
import { signedTwilioRequest, twimlElement, twimlElements } from '../../helpers/twilio.js';
import { newMessageSid, type TwilioTestApp, twilioTestApp } from './setup.js';

describe('POST /v1/twilio/sms', () => {
  let t: TwilioTestApp;
  let business: Business;
  let sequence = 0;
  beforeAll(async () => {
    t = await twilioTestApp();
    business = await t.services.tenants.get(t.business.id);
  });
  afterAll(() => t.app.close());

  /** A texter nobody else in this file uses. */
  const newTexter = () => {
    sequence += 1;
    return `+1512555${String(1000 + sequence).padStart(4, '0')}`;
  };
  const text = (from: string, body: string, extra: Record<string, string> = {}) =>
    signedTwilioRequest(t.app, {
      path: '/v1/twilio/sms',
      params: { MessageSid: newMessageSid(), From: from, To: t.number, Body: body, ...extra },
    });
  const messageOf = (xml: string) => twimlElement(xml, 'Message')?.text;
  const optedOut = async (phone: string) =>
    (await t.services.customers.findByPhone(t.business.id, phone))?.sms_opt_out;
  const log = async (direction: 'inbound' | 'outbound') =>
    (await t.services.notifier.list(t.business.id, { direction, limit: 200 })).items;

  it.each([
    'STOP',
    'stop',
    ' Unsubscribe ',
    'CANCEL',
    'end',
    'QUIT',
    'StopAll',
  ])('records an opt-out for "%s" and answers without a message', async (keyword) => {
    const from = newTexter();
    const before = t.assistant.callCount();
    const response = await text(from, keyword);
    expect(response.statusCode).toBe(200);
    expect(twimlElements(response.body).map((element) => element.name)).toEqual(['Response']);
    expect(await optedOut(from)).toBe(true);
    expect(t.assistant.callCount()).toBe(before);
  });

  it('records an opt-in for START and UNSTOP', async () => {
    for (const keyword of ['START', 'unstop']) {
      const from = newTexter();
      await text(from, 'STOP');
      const response = await text(from, keyword);
      expect(messageOf(response.body)).toBeUndefined();
      expect(await optedOut(from)).toBe(false);
    }
  });

  it('keeps sentences with a keyword in them for the assistant', async () => {
    const from = newTexter();
    const before = t.assistant.turns.length;
    await text(from, 'Please cancel my appointment');
    expect(t.assistant.turns.length).toBe(before + 1);
    expect(await optedOut(from)).toBeUndefined();
  });

  it('answers HELP with the business name and how to reach it, logged as a reply', async () => {
    const from = newTexter();
    const response = await text(from, 'help');
    const body = messageOf(response.body);
    expect(body).toContain('Acme Plumbing');
    expect(body).toContain(t.number);
    expect(body).toContain('STOP');
    expect((await log('outbound')).find((m) => m.to === from)).toMatchObject({ kind: 'reply', body });
  });

  it('sends anything else to the assistant and logs both directions', async () => {
    const from = newTexter();
    t.assistant.script.push({ reply: 'Sure, what is the address?', language: 'en', end: false });
    const sid = newMessageSid();
    const response = await text(from, 'My sink is leaking', { MessageSid: sid });
    expect(messageOf(response.body)).toBe('Sure, what is the address?');
    expect(t.assistant.turns.at(-1)).toMatchObject({
      ctx: { channel: 'sms', sessionId: `sms:${from}`, callerPhone: from, business: { id: t.business.id } },
      input: { text: 'My sink is leaking', deliveryId: sid },
    });
    expect((await log('inbound')).find((m) => m.from === from)).toMatchObject({ body: 'My sink is leaking' });
    expect((await log('outbound')).find((m) => m.to === from)).toMatchObject({
      kind: 'reply',
      body: 'Sure, what is the address?',
      status: 'sent',
    });
  });

  it('apologises (and logs the apology) when the assistant fails', async () => {
    const from = newTexter();
    t.assistant.failNext();
    const response = await text(from, 'Hello?');
    expect(response.statusCode).toBe(200);
    expect(messageOf(response.body)).toContain('something went wrong');
    expect((await log('outbound')).find((m) => m.to === from)?.body).toContain('something went wrong');
  });

  it('sends no reply to a texter who opted out', async () => {
    const from = newTexter();
    await text(from, 'STOP');
    const before = t.assistant.turns.length;
    const response = await text(from, 'Actually, can you come Tuesday?');
    expect(t.assistant.turns.length).toBe(before + 1);
    expect(messageOf(response.body)).toBeUndefined();
  });

  describe('replies to reminders', () => {
    let booked = 0;
    const book = async (phone: string, daysAhead: number) => {
      const { customer } = await t.services.customers.upsertByPhone(t.business.id, { phone, name: 'Dana' });
      // Each booking gets its own hour: the tenant's appointments may not overlap.
      booked += 1;
      const start = new Date(Date.now() + daysAhead * 86_400_000 + booked * 7_200_000);
      start.setUTCMinutes(0, 0, 0);
      const { appointment } = await t.services.bookings.book(business, {
        customer_id: customer.id,
        start_time: start.toISOString(),
        end_time: new Date(start.getTime() + 3_600_000).toISOString(),
      });
      return appointment;
    };

    it.each(['C', 'confirm', 'YES'])('"%s" confirms the next upcoming appointment', async (keyword) => {
      const from = newTexter();
      const later = await book(from, 9);
      const next = await book(from, 3);
      const before = t.assistant.turns.length;
      const response = await text(from, keyword);
      expect(messageOf(response.body)).toContain('is confirmed');
      expect((await t.services.bookings.get(business, next.id)).status).toBe('CONFIRMED');
      expect((await t.services.bookings.get(business, later.id)).status).toBe('SCHEDULED');
      expect(t.assistant.turns.length).toBe(before);
      const again = await text(from, keyword);
      expect(messageOf(again.body)).toContain('already confirmed');
    });

    it('hands "yes" to the assistant when there is nothing to confirm', async () => {
      const before = t.assistant.turns.length;
      await text(newTexter(), 'yes');
      expect(t.assistant.turns.length).toBe(before + 1);
    });
  });

  it('apologises for a number no tenant owns', async () => {
    const response = await signedTwilioRequest(t.app, {
      path: '/v1/twilio/sms',
      params: { MessageSid: newMessageSid(), From: newTexter(), To: '+15125550000', Body: 'hi' },
    });
    expect(response.statusCode).toBe(200);
    expect(messageOf(response.body)).toContain('Sorry');
  });

  it('answers 400 without From or Body', async () => {
    const response = await signedTwilioRequest(t.app, {
      path: '/v1/twilio/sms',
      params: { MessageSid: newMessageSid(), To: t.number },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.Body', 'body.From']);
  });
});

describe('POST /v1/twilio/sms-status', () => {
  let t: TwilioTestApp;
  beforeAll(async () => {
    t = await twilioTestApp({ business: { owner_phone: '+15125550177' } });
  });
  afterAll(() => t.app.close());

  it('applies a delivery report to the message with that SID', async () => {
    const business = await t.services.tenants.get(t.business.id);
    const sent = await t.services.notifier.alertOwner(business, {
      event: 'callback',
      body: 'Call Dana',
      dedupeKey: 'x',
    });
    expect(sent?.provider_sid).toBeTruthy();
    const response = await signedTwilioRequest(t.app, {
      path: `/v1/twilio/sms-status?business_id=${t.business.id}`,
      params: { MessageSid: sent!.provider_sid!, MessageStatus: 'delivered', From: t.number },
    });
    expect(response.statusCode).toBe(204);
    const messages = await t.services.notifier.list(t.business.id, { direction: 'outbound', limit: 10 });
    expect(messages.items.find((m) => m.id === sent!.id)?.status).toBe('delivered');
  });

  it('finds the tenant by the sending number when business_id is absent', async () => {
    const response = await signedTwilioRequest(t.app, {
      path: '/v1/twilio/sms-status',
      params: { MessageSid: newMessageSid(), MessageStatus: 'failed', ErrorCode: '30007', From: t.number },
    });
    expect(response.statusCode).toBe(204);
  });
});
