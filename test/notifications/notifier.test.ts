import type { Kysely } from 'kysely';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCustomerService } from '../../src/modules/crm/customers.service.js';
import {
  createNotificationService,
  type NotificationLog,
  type NotificationService,
} from '../../src/modules/notifications/notifications.service.js';
import { RecordingSmsSender } from '../../src/modules/notifications/recording-sms-sender.js';
import { systemClock } from '../../src/platform/clock.js';
import type { Database } from '../../src/platform/db/database.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { manualClock } from '../helpers/manual-clock.js';
import { createCustomer, createTenant, HOUR, insertAppointment, smsRows } from './fixtures.js';

describeEachDialect('notifier', (ctx) => {
  let db: Kysely<Database>;
  let sender: RecordingSmsSender;
  let log: { warn: ReturnType<typeof vi.fn>; error: ReturnType<typeof vi.fn> };
  let notifier: NotificationService;

  beforeAll(() => {
    db = ctx.sql().db;
  });

  beforeEach(() => {
    sender = new RecordingSmsSender();
    log = { warn: vi.fn(), error: vi.fn() };
    notifier = createNotificationService({
      db,
      clock: systemClock,
      sender,
      customers: createCustomerService({ db, clock: systemClock }),
      publicBaseUrl: 'https://api.example.com',
      log: log as NotificationLog,
    });
  });

  const sentTo = (phone: string) => sender.sent().filter((m) => m.to === phone);

  it('stores one row per message with kind, status and provider SID, then sends it', async () => {
    const business = await createTenant(db);
    const customer = await createCustomer(db, business.id);
    const appointmentId = await insertAppointment(db, {
      businessId: business.id,
      customerId: customer.id,
      startTime: new Date(Date.now() + 48 * HOUR),
      createdAt: new Date(),
    });

    const record = await notifier.notifyCustomer(business, {
      customerId: customer.id,
      kind: 'confirmation',
      body: 'You are booked for Tuesday at 9:00 AM.',
      dedupeKey: appointmentId,
      appointmentId,
    });

    expect(record).toMatchObject({ status: 'sent', deduplicated: false });
    expect(record.provider_sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(sender.sent()).toEqual([
      {
        from: business.twilio_phone_number,
        to: customer.phone,
        body: 'You are booked for Tuesday at 9:00 AM.',
        statusCallbackUrl: `https://api.example.com/v1/twilio/sms-status?business_id=${business.id}`,
        sid: record.provider_sid,
      },
    ]);
    const [row] = await smsRows(db, business.id);
    expect(row).toMatchObject({
      id: record.id,
      direction: 'outbound',
      kind: 'confirmation',
      status: 'sent',
      provider_sid: record.provider_sid,
      customer_id: customer.id,
      appointment_id: appointmentId,
      to_phone: customer.phone,
      from_phone: business.twilio_phone_number,
      error_code: null,
    });
  });

  it('sends once when the same key is used twice, returning the first record', async () => {
    const business = await createTenant(db);
    const customer = await createCustomer(db, business.id);
    const message = {
      customerId: customer.id,
      kind: 'confirmation' as const,
      body: 'Booked',
      dedupeKey: 'k1',
    };

    const first = await notifier.notifyCustomer(business, message);
    const second = await notifier.notifyCustomer(business, message);

    expect(second).toEqual({ ...first, deduplicated: true });
    expect(sentTo(customer.phone)).toHaveLength(1);
    expect(await smsRows(db, business.id)).toHaveLength(1);
  });

  it('sends once when 20 calls race on one key', async () => {
    const business = await createTenant(db);
    const customer = await createCustomer(db, business.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        notifier.notifyCustomer(business, {
          customerId: customer.id,
          kind: 'reminder',
          body: 'Reminder',
          dedupeKey: 'race',
        }),
      ),
    );
    expect(sentTo(customer.phone)).toHaveLength(1);
    expect(results.filter((r) => !r.deduplicated)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
  });

  it('scopes keys by kind, so one appointment id serves a confirmation and a reminder', async () => {
    const business = await createTenant(db);
    const customer = await createCustomer(db, business.id);
    for (const kind of ['confirmation', 'reminder'] as const) {
      await notifier.notifyCustomer(business, {
        customerId: customer.id,
        kind,
        body: kind,
        dedupeKey: 'apt_1',
      });
    }
    await notifier.alertOwner(business, { event: 'new_booking', body: 'New booking', dedupeKey: 'apt_1' });
    expect(sentTo(customer.phone).map((m) => m.body)).toEqual(['confirmation', 'reminder']);
    expect(sentTo(business.owner_phone!)).toHaveLength(1);
  });

  it('sends nothing to an opted-out customer but stores the message as blocked', async () => {
    const business = await createTenant(db);
    const customer = await createCustomer(db, business.id, { optedOut: true });

    const record = await notifier.notifyCustomer(business, {
      customerId: customer.id,
      kind: 'confirmation',
      body: 'Booked',
      dedupeKey: 'blocked-1',
    });

    expect(record).toMatchObject({ status: 'blocked', provider_sid: null, deduplicated: false });
    expect(sentTo(customer.phone)).toHaveLength(0);
    expect((await smsRows(db, business.id))[0]).toMatchObject({ status: 'blocked', error_code: 'opted_out' });
  });

  it.each([
    'opt_out',
    'opt_in',
    'help',
  ] as const)('still sends a %s confirmation to an opted-out customer', async (kind) => {
    const business = await createTenant(db);
    const customer = await createCustomer(db, business.id, { optedOut: true });
    const record = await notifier.notifyCustomer(business, {
      customerId: customer.id,
      kind,
      body: 'You will get no more texts. Reply START to opt back in.',
      dedupeKey: `${kind}-1`,
    });
    expect(record.status).toBe('sent');
    expect(sentTo(customer.phone)).toHaveLength(1);
  });

  it('stores a provider failure as failed without throwing, and logs ids only', async () => {
    const business = await createTenant(db);
    const customer = await createCustomer(db, business.id);
    sender.failNext(1, 'rejected', 21211);

    const record = await notifier.notifyCustomer(business, {
      customerId: customer.id,
      kind: 'confirmation',
      body: 'Secret body text',
      dedupeKey: 'fail-1',
    });

    expect(record).toMatchObject({ status: 'failed', provider_sid: null });
    const [row] = await smsRows(db, business.id);
    expect(row).toMatchObject({ status: 'failed', error_code: '21211' });
    expect(row?.error_message).toMatch(/^rejected: /);
    expect(log.warn).toHaveBeenCalledOnce();
    const logged = JSON.stringify(log.warn.mock.calls);
    expect(logged).toContain(record.id);
    expect(logged).not.toContain(customer.phone);
    expect(logged).not.toContain('Secret body text');
  });

  describe('after a transient provider failure', () => {
    const retrying = () => {
      const clock = manualClock(new Date('2031-03-01T12:00:00Z'));
      const service = createNotificationService({
        db,
        clock,
        sender,
        customers: createCustomerService({ db, clock }),
      });
      return { clock, service };
    };
    const confirmation = (customerId: string, dedupeKey: string) => ({
      customerId,
      kind: 'confirmation' as const,
      body: 'Booked for Tuesday',
      dedupeKey,
    });

    it('sends the same message again when it is repeated after its retry time', async () => {
      const { clock, service } = retrying();
      const business = await createTenant(db);
      const customer = await createCustomer(db, business.id);
      sender.failNext(1, 'transient', 20429);

      const first = await service.notifyCustomer(business, confirmation(customer.id, 'retry-1'));
      expect(first).toMatchObject({ status: 'failed', retry_at: '2031-03-01T12:01:00.000Z' });
      const early = await service.notifyCustomer(business, confirmation(customer.id, 'retry-1'));
      expect(early).toMatchObject({ id: first.id, status: 'failed', deduplicated: true });
      expect(sentTo(customer.phone)).toHaveLength(0);

      clock.advance(60_000);
      const again = await service.notifyCustomer(business, confirmation(customer.id, 'retry-1'));
      expect(again).toMatchObject({ id: first.id, status: 'sent', deduplicated: false, retry_at: null });
      expect(sentTo(customer.phone)).toHaveLength(1);
      expect(await smsRows(db, business.id)).toMatchObject([
        { id: first.id, status: 'sent', attempts: 2, retry_at: null, error_code: null },
      ]);
    });

    it('stops after three sends in all, and never retries a rejected number', async () => {
      const { clock, service } = retrying();
      const business = await createTenant(db);
      const customer = await createCustomer(db, business.id);
      sender.failNext(3, 'transient');
      const attempt = () => service.notifyCustomer(business, confirmation(customer.id, 'retry-3'));
      expect((await attempt()).retry_at).toBe('2031-03-01T12:01:00.000Z');
      clock.advance(60_000);
      expect((await attempt()).retry_at).toBe('2031-03-01T12:06:00.000Z');
      clock.advance(5 * 60_000);
      expect(await attempt()).toMatchObject({ status: 'failed', retry_at: null, deduplicated: false });
      clock.advance(HOUR);
      expect(await attempt()).toMatchObject({ status: 'failed', retry_at: null, deduplicated: true });
      expect(sentTo(customer.phone)).toHaveLength(0);

      sender.failNext(1, 'rejected', 21211);
      const rejected = await service.notifyCustomer(business, confirmation(customer.id, 'rejected-1'));
      expect(rejected).toMatchObject({ status: 'failed', retry_at: null });
      clock.advance(HOUR);
      await service.notifyCustomer(business, confirmation(customer.id, 'rejected-1'));
      expect(sentTo(customer.phone)).toHaveLength(0);
      const rows = await smsRows(db, business.id);
      expect(rows.map((row) => row.attempts).sort()).toEqual([1, 3]);
    });

    it('lets one of 10 simultaneous repeats send the retry', async () => {
      const { clock, service } = retrying();
      const business = await createTenant(db);
      const customer = await createCustomer(db, business.id);
      sender.failNext(1, 'transient');
      await service.notifyCustomer(business, confirmation(customer.id, 'retry-race'));
      clock.advance(60_000);
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          service.notifyCustomer(business, confirmation(customer.id, 'retry-race')),
        ),
      );
      expect(results.filter((record) => !record.deduplicated)).toHaveLength(1);
      expect(sentTo(customer.phone)).toHaveLength(1);
    });
  });

  it('logs refused credentials as an error', async () => {
    const business = await createTenant(db);
    const customer = await createCustomer(db, business.id);
    sender.failNext(1, 'auth', 20003);
    const record = await notifier.notifyCustomer(business, {
      customerId: customer.id,
      kind: 'confirmation',
      body: 'Booked',
      dedupeKey: 'auth-1',
    });
    expect(record.status).toBe('failed');
    expect(log.error).toHaveBeenCalledWith(
      expect.objectContaining({ error_kind: 'auth', provider_code: 20003 }),
      expect.any(String),
    );
  });

  it('stores skipped with a reason when the business has no Twilio number', async () => {
    const business = await createTenant(db, { twilio_phone_number: null });
    const customer = await createCustomer(db, business.id);
    const record = await notifier.notifyCustomer(business, {
      customerId: customer.id,
      kind: 'confirmation',
      body: 'Booked',
      dedupeKey: 'skip-1',
    });
    expect(record.status).toBe('skipped');
    expect(sender.sent()).toHaveLength(0);
    expect((await smsRows(db, business.id))[0]).toMatchObject({
      status: 'skipped',
      error_code: 'no_sender_number',
      from_phone: null,
    });
    expect(
      await notifier.alertOwner(business, { event: 'emergency', body: 'x', dedupeKey: 'e' }),
    ).toMatchObject({
      status: 'skipped',
    });
  });

  it('answers NOT_FOUND for a customer of another tenant', async () => {
    const business = await createTenant(db);
    const other = await createTenant(db);
    const theirs = await createCustomer(db, other.id);
    await expect(
      notifier.notifyCustomer(business, {
        customerId: theirs.id,
        kind: 'reminder',
        body: 'x',
        dedupeKey: 'x',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(sender.sent()).toHaveLength(0);
  });

  it('alerts the owner once per event key', async () => {
    const business = await createTenant(db);
    const alert = {
      event: 'emergency' as const,
      body: 'EMERGENCY call from +15125550100.',
      dedupeKey: 'emergency:CA1',
    };

    const first = await notifier.alertOwner(business, alert);
    const again = await notifier.alertOwner(business, alert);
    const other = await notifier.alertOwner(business, { ...alert, dedupeKey: 'emergency:CA2' });

    expect(first).toMatchObject({ status: 'sent', deduplicated: false });
    expect(again).toMatchObject({ id: first?.id, deduplicated: true });
    expect(other?.id).not.toBe(first?.id);
    expect(sentTo(business.owner_phone!)).toHaveLength(2);
    expect((await smsRows(db, business.id))[0]).toMatchObject({ kind: 'owner_alert', customer_id: null });
  });

  it('returns null and stores nothing when the owner has no phone', async () => {
    const business = await createTenant(db, { owner_phone: null });
    expect(
      await notifier.alertOwner(business, { event: 'voicemail', body: 'x', dedupeKey: 'v1' }),
    ).toBeNull();
    expect(await smsRows(db, business.id)).toHaveLength(0);
  });

  it('logs inbound texts once per provider SID and links the customer', async () => {
    const business = await createTenant(db);
    const customer = await createCustomer(db, business.id);
    const inbound = {
      from: customer.phone,
      to: business.twilio_phone_number!,
      body: 'C',
      providerSid: `SM${'9'.repeat(32)}`,
    };
    const first = await notifier.recordInbound(business, inbound);
    const again = await notifier.recordInbound(business, inbound);
    expect(first).toMatchObject({
      direction: 'inbound',
      kind: 'inbound',
      status: 'received',
      customer_id: customer.id,
      deduplicated: false,
    });
    expect(again).toMatchObject({ id: first.id, deduplicated: true });
  });

  it('logs a TwiML reply as a sent outbound message without calling the provider', async () => {
    const business = await createTenant(db);
    const reply = await notifier.recordReply(business, { to: '+15125550177', body: 'Thanks, confirmed.' });
    expect(reply).toMatchObject({
      direction: 'outbound',
      kind: 'reply',
      status: 'sent',
      from: business.twilio_phone_number,
      to: '+15125550177',
      provider_sid: null,
    });
    expect(sender.sent()).toHaveLength(0);
    const keyed = { to: '+15125550177', body: 'Opted out.', kind: 'opt_out' as const, dedupeKey: 'SMx' };
    const once = await notifier.recordReply(business, keyed);
    expect(await notifier.recordReply(business, keyed)).toMatchObject({ id: once.id, deduplicated: true });
  });

  it('applies delivery reports by SID and never moves a status backwards', async () => {
    const business = await createTenant(db);
    const customer = await createCustomer(db, business.id);
    const record = await notifier.notifyCustomer(business, {
      customerId: customer.id,
      kind: 'confirmation',
      body: 'Booked',
      dedupeKey: 'status-1',
    });
    const sid = record.provider_sid!;

    expect(await notifier.updateStatusBySid(sid, 'delivered')).toBe(true);
    expect(await notifier.updateStatusBySid(sid, 'sent')).toBe(false);
    expect((await smsRows(db, business.id))[0]?.status).toBe('delivered');
    expect(await notifier.updateStatusBySid('SMunknown', 'delivered')).toBe(false);
    expect(await notifier.updateStatusBySid(sid, 'exploded')).toBe(false);

    const failing = await notifier.notifyCustomer(business, {
      customerId: customer.id,
      kind: 'reminder',
      body: 'Reminder',
      dedupeKey: 'status-2',
    });
    expect(await notifier.updateStatusBySid(failing.provider_sid!, 'undelivered', '30003')).toBe(true);
    const rows = await smsRows(db, business.id);
    expect(rows.find((r) => r.id === failing.id)).toMatchObject({
      status: 'undelivered',
      error_code: '30003',
    });
  });
});
