import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCustomerService } from '../../src/modules/crm/customers.service.js';
import { createNotificationService } from '../../src/modules/notifications/notifications.service.js';
import { RecordingSmsSender } from '../../src/modules/notifications/recording-sms-sender.js';
import { createReminderService } from '../../src/modules/scheduling/reminders/reminders.service.js';
import { createTenantService } from '../../src/modules/tenants/tenants.service.js';
import { type Clock, systemClock } from '../../src/platform/clock.js';
import type { SqlStore } from '../../src/platform/db/create-database.js';
import type { Database } from '../../src/platform/db/database.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { manualClock } from '../helpers/manual-clock.js';
import {
  createCustomer,
  createTenant,
  HOUR,
  insertAppointment,
  reminderColumns,
  smsRows,
} from '../notifications/fixtures.js';

// One app instance's worth of reminder machinery on a given connection pool.
function instance(db: Kysely<Database>, clock: Clock = systemClock) {
  const sender = new RecordingSmsSender();
  const notifier = createNotificationService({
    db,
    clock,
    sender,
    customers: createCustomerService({ db, clock }),
  });
  const reminders = createReminderService({
    db,
    tenants: createTenantService({ db, clock: systemClock }),
    notifier,
  });
  return { sender, reminders };
}

// Each test lives in its own month, so appointments of other tests fall outside its 168 h window.
let month = 0;
const freshNow = () => new Date(Date.UTC(2031, month++, 1, 12));

describeEachDialect('appointment reminders', (ctx) => {
  let db: Kysely<Database>;
  let second: SqlStore;
  beforeAll(() => {
    db = ctx.sql().db;
    second = ctx.reopen();
  });
  afterAll(() => second.close());

  async function appointmentFor(
    businessId: string,
    startTime: Date,
    options: { createdAt?: Date; status?: string; optedOut?: boolean; reminderClaimedAt?: Date } = {},
  ) {
    const customer = await createCustomer(db, businessId, { optedOut: options.optedOut ?? false });
    const id = await insertAppointment(db, {
      businessId,
      customerId: customer.id,
      startTime,
      createdAt: options.createdAt ?? new Date(startTime.getTime() - 10 * 24 * HOUR),
      ...(options.status ? { status: options.status } : {}),
      ...(options.reminderClaimedAt ? { reminderClaimedAt: options.reminderClaimedAt } : {}),
    });
    return { id, customer };
  }

  it('sends exactly one reminder per appointment while two instances race, and not again', async () => {
    const now = freshNow();
    const business = await createTenant(db, { name: 'Race Plumbing', time_zone: 'America/Chicago' });
    const appointments = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        appointmentFor(business.id, new Date(now.getTime() + (14 + i) * HOUR)),
      ),
    );
    const a = instance(db);
    const b = instance(second.db);

    const sweeps = await Promise.all([
      a.reminders.runOnce(now),
      b.reminders.runOnce(now),
      a.reminders.runOnce(now),
      b.reminders.runOnce(now),
    ]);

    const sent = [...a.sender.sent(), ...b.sender.sent()];
    expect(sent).toHaveLength(10);
    expect(new Set(sent.map((m) => m.to))).toEqual(new Set(appointments.map((x) => x.customer.phone)));
    expect(sweeps.reduce((sum, s) => sum + s.claimed, 0)).toBe(10);
    const rows = await smsRows(db, business.id);
    expect(rows.filter((r) => r.kind === 'reminder' && r.status === 'sent')).toHaveLength(10);
    for (const { id } of appointments) {
      expect((await reminderColumns(db, id)).reminder_sent_at).toBe(now.toISOString());
    }

    const later = new Date(now.getTime() + 60_000);
    await Promise.all([a.reminders.runOnce(later), b.reminders.runOnce(later)]);
    expect(a.sender.sent().length + b.sender.sent().length).toBe(10);
  });

  it('writes the reminder in local time with how to reply', async () => {
    const now = freshNow();
    const business = await createTenant(db, { name: 'Local Plumbing', time_zone: 'America/Chicago' });
    const start = new Date(now.getTime() + 20 * HOUR);
    const { id, customer } = await appointmentFor(business.id, start);
    const { sender, reminders } = instance(db);

    expect(await reminders.runOnce(now)).toMatchObject({ due: 1, claimed: 1, sent: 1, errors: 0 });

    const [message] = sender.sent();
    expect(message).toMatchObject({ to: customer.phone, from: business.twilio_phone_number });
    expect(message?.body).toMatch(/^Reminder: your appointment with Local Plumbing is \w+day, \w+ \d+ at /);
    expect(message?.body).toContain('Reply C to confirm, R to reschedule, or X to cancel.');
    expect((await smsRows(db, business.id))[0]).toMatchObject({ kind: 'reminder', appointment_id: id });
  });

  it('reminds a tenant who chose one hour, from 60 to 30 minutes before the start', async () => {
    const now = freshNow();
    const business = await createTenant(db, { default_reminder_hours: 1 });
    const tooEarly = await appointmentFor(business.id, new Date(now.getTime() + 61 * 60_000));
    const inWindow = await appointmentFor(business.id, new Date(now.getTime() + 45 * 60_000));
    const tooLate = await appointmentFor(business.id, new Date(now.getTime() + 29 * 60_000));
    const { sender, reminders } = instance(db);

    expect(await reminders.runOnce(now)).toMatchObject({ due: 1, sent: 1 });
    expect(sender.sent().map((m) => m.to)).toEqual([inWindow.customer.phone]);

    // Two minutes later the first one's window has opened; the last one's never will.
    await reminders.runOnce(new Date(now.getTime() + 2 * 60_000));
    expect(sender.sent().map((m) => m.to)).toEqual([inWindow.customer.phone, tooEarly.customer.phone]);
    expect((await reminderColumns(db, tooLate.id)).reminder_sent_at).toBeNull();
  });

  it('skips cancelled and completed appointments', async () => {
    const now = freshNow();
    const business = await createTenant(db);
    const start = new Date(now.getTime() + 10 * HOUR);
    await appointmentFor(business.id, start, { status: 'CANCELLED' });
    await appointmentFor(business.id, start, { status: 'COMPLETED' });
    const confirmed = await appointmentFor(business.id, start, { status: 'CONFIRMED' });
    const { sender, reminders } = instance(db);

    await reminders.runOnce(now);

    expect(sender.sent().map((m) => m.to)).toEqual([confirmed.customer.phone]);
  });

  it("respects each tenant's reminder hours", async () => {
    const now = freshNow();
    const early = await createTenant(db, { default_reminder_hours: 48 });
    const late = await createTenant(db, { default_reminder_hours: 4 });
    const start = new Date(now.getTime() + 30 * HOUR);
    const earlyAppointment = await appointmentFor(early.id, start);
    const lateAppointment = await appointmentFor(late.id, start);
    const { sender, reminders } = instance(db);

    await reminders.runOnce(now);
    expect(sender.sent().map((m) => m.to)).toEqual([earlyAppointment.customer.phone]);

    await reminders.runOnce(new Date(now.getTime() + 25 * HOUR));
    expect(sender.sent()).toHaveLength(1);

    await reminders.runOnce(new Date(now.getTime() + 27 * HOUR));
    expect(sender.sent().map((m) => m.to)).toEqual([
      earlyAppointment.customer.phone,
      lateAppointment.customer.phone,
    ]);
  });

  it('stores a blocked reminder for an opted-out customer and sends nothing', async () => {
    const now = freshNow();
    const business = await createTenant(db);
    const { id } = await appointmentFor(business.id, new Date(now.getTime() + 5 * HOUR), { optedOut: true });
    const { sender, reminders } = instance(db);

    expect(await reminders.runOnce(now)).toMatchObject({ claimed: 1, sent: 0 });

    expect(sender.sent()).toHaveLength(0);
    expect(await smsRows(db, business.id)).toMatchObject([{ kind: 'reminder', status: 'blocked' }]);
    expect((await reminderColumns(db, id)).reminder_sent_at).not.toBeNull();
  });

  it('does not remind when booked inside the window or starting within the hour', async () => {
    const now = freshNow();
    const business = await createTenant(db);
    const start = new Date(now.getTime() + 10 * HOUR);
    await appointmentFor(business.id, start, { createdAt: new Date(now.getTime() - HOUR) });
    await appointmentFor(business.id, new Date(now.getTime() + 30 * 60_000));
    const { sender, reminders } = instance(db);

    expect(await reminders.runOnce(now)).toMatchObject({ due: 0, claimed: 0 });
    expect(sender.sent()).toHaveLength(0);
  });

  it('takes over a stale claim but respects a fresh one', async () => {
    const now = freshNow();
    const business = await createTenant(db);
    const start = new Date(now.getTime() + 10 * HOUR);
    const stale = await appointmentFor(business.id, start, {
      reminderClaimedAt: new Date(now.getTime() - 11 * 60_000),
    });
    await appointmentFor(business.id, start, { reminderClaimedAt: new Date(now.getTime() - 5 * 60_000) });
    const { sender, reminders } = instance(db);

    await reminders.runOnce(now);

    expect(sender.sent().map((m) => m.to)).toEqual([stale.customer.phone]);
  });

  it('waits while the tenant is in lockdown and resumes afterwards', async () => {
    const now = freshNow();
    const business = await createTenant(db);
    const tenants = createTenantService({ db, clock: systemClock });
    await tenants.update(business.id, { lockdown_mode: true });
    await appointmentFor(business.id, new Date(now.getTime() + 10 * HOUR));
    const { sender, reminders } = instance(db);

    await reminders.runOnce(now);
    expect(sender.sent()).toHaveLength(0);

    await tenants.update(business.id, { lockdown_mode: false });
    await reminders.runOnce(new Date(now.getTime() + HOUR));
    expect(sender.sent()).toHaveLength(1);
  });

  it('sends a reminder on a later sweep after a transient provider failure, as the same message', async () => {
    const now = freshNow();
    const clock = manualClock(now);
    const business = await createTenant(db);
    const { id } = await appointmentFor(business.id, new Date(now.getTime() + 10 * HOUR));
    const { sender, reminders } = instance(db, clock);
    sender.failNext(1, 'transient');

    expect(await reminders.runOnce(now)).toMatchObject({ claimed: 1, sent: 0, retrying: 1, errors: 0 });
    expect(await reminderColumns(db, id)).toEqual({ reminder_claimed_at: null, reminder_sent_at: null });

    clock.advance(30_000);
    expect(await reminders.runOnce(clock.now())).toMatchObject({ claimed: 1, sent: 0, retrying: 1 });
    clock.advance(60_000);
    expect(await reminders.runOnce(clock.now())).toMatchObject({ claimed: 1, sent: 1, retrying: 0 });

    expect(sender.sent()).toHaveLength(1);
    expect(await smsRows(db, business.id)).toMatchObject([{ kind: 'reminder', status: 'sent', attempts: 2 }]);
    expect((await reminderColumns(db, id)).reminder_sent_at).not.toBeNull();
  });

  it('records a rejected number and does not retry it', async () => {
    const now = freshNow();
    const business = await createTenant(db);
    const { id } = await appointmentFor(business.id, new Date(now.getTime() + 10 * HOUR));
    const { sender, reminders } = instance(db);
    sender.failNext(1, 'rejected', 21211);

    expect(await reminders.runOnce(now)).toMatchObject({ claimed: 1, sent: 0, retrying: 0, errors: 0 });
    await reminders.runOnce(new Date(now.getTime() + 20 * 60_000));

    expect(sender.sent()).toHaveLength(0);
    expect(await smsRows(db, business.id)).toMatchObject([{ kind: 'reminder', status: 'failed' }]);
    expect((await reminderColumns(db, id)).reminder_sent_at).not.toBeNull();
  });
});
