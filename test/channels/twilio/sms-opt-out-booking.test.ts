import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../../src/app.js';
import { RecordingSmsSender } from '../../../src/modules/notifications/recording-sms-sender.js';
import { buildTestApp, createBusiness } from '../../helpers/test-app.js';
import {
  signedTwilioRequest,
  TEST_TWILIO_TOKEN,
  twimlElement,
  uniqueTwilioPhone,
} from '../../helpers/twilio.js';

// The real assistant over SMS: a texter who sent STOP can still book by text, but is sent nothing.

describe('STOP, then a booking by text', () => {
  let built: BuiltApp;
  const outbox = new RecordingSmsSender();
  let businessId: string;
  let number: string;
  beforeAll(async () => {
    built = await buildTestApp({ env: { TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN }, overrides: { sms: outbox } });
    number = uniqueTwilioPhone();
    businessId = (
      await createBusiness(built.app, {
        twilio_phone_number: number,
        time_zone: 'America/Chicago',
        business_hours: Object.fromEntries(
          ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['07:00', '19:00']]]),
        ),
      })
    ).id;
  });
  afterAll(() => built.app.close());

  let sid = 0;
  const text = (from: string, body: string) => {
    sid += 1;
    return signedTwilioRequest(built.app, {
      path: '/v1/twilio/sms',
      params: { MessageSid: `SM${Date.now()}${sid}`, From: from, To: number, Body: body },
    });
  };

  it('books the appointment, sends no SMS and answers with no <Message>', async () => {
    const from = '+15125550188';
    await text(from, 'STOP');
    const replies = [];
    for (const body of [
      "hi this is rita gomez my shower drain is clogged can someone come the day after tomorrow in the afternoon i'm at 40 pine street",
      'the first one',
      // Not "yes": like START, Twilio treats YES from an opted-out number as opting back in.
      'that works',
    ]) {
      const response = await text(from, body);
      expect(response.statusCode).toBe(200);
      replies.push(twimlElement(response.body, 'Message'));
    }
    expect(replies).toEqual([undefined, undefined, undefined]);

    const { services } = built;
    const appointments = await services.bookings.list(await services.tenants.get(businessId), { limit: 10 });
    expect(appointments.items).toHaveLength(1);
    expect(appointments.items[0]).toMatchObject({ source: 'sms', customer_phone: from, status: 'SCHEDULED' });

    expect(outbox.sent().filter((message) => message.to === from)).toEqual([]);
    const confirmation = (
      await services.notifier.list(businessId, { direction: 'outbound', limit: 50 })
    ).items.find((message) => message.kind === 'confirmation');
    expect(confirmation).toMatchObject({ to: from, status: 'blocked' });
  });
});
