import { beforeAll, expect, it } from 'vitest';
import type { Business } from '../../src/modules/tenants/tenants.model.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { schedulingHarness } from './fixtures.js';

describeEachDialect('booking notifications', (ctx) => {
  let h: ReturnType<typeof schedulingHarness>;
  let business: Business;
  let customerId: string;
  beforeAll(async () => {
    h = schedulingHarness(ctx.sql());
    business = await h.tenant({ name: 'Acme Plumbing' });
    customerId = (await h.customer(business, '+15125550188', 'Lee Park')).id;
  });

  const book = (start_time: string, extra: Record<string, unknown> = {}, key?: string) =>
    h.bookings.book(
      business,
      { customer_id: customerId, start_time, ...extra },
      key ? { idempotencyKey: key } : {},
    );

  it('alerts the owner of a new booking and texts the customer only when asked', async () => {
    const owner = h.sent.owner.length;
    const customer = h.sent.customer.length;
    const quiet = await book('2026-04-07T08:00');
    expect(h.sent.owner.slice(owner)).toEqual([
      {
        event: 'new_booking',
        body: 'New appointment for Lee Park on Tuesday, April 7 at 8:00 AM.',
        dedupeKey: `new_booking:${quiet.appointment.id}`,
      },
    ]);
    expect(h.sent.customer.length).toBe(customer);

    const loud = await book('2026-04-07T09:00', {
      notify_customer: true,
      is_emergency: true,
      address: '1 Elm St',
    });
    expect(h.sent.customer.at(-1)).toEqual({
      kind: 'confirmation',
      customerId,
      appointmentId: loud.appointment.id,
      body: "Acme Plumbing: your appointment is confirmed for Tuesday, April 7 at 9:00 AM. If that time doesn't work, call or text us.",
      dedupeKey: `confirmation:${loud.appointment.id}`,
    });
    expect(h.sent.owner.at(-1)?.body).toBe(
      '[EMERGENCY] New emergency appointment for Lee Park on Tuesday, April 7 at 9:00 AM.\nAddress: 1 Elm St',
    );
  });

  it('writes Spanish for a Spanish-speaking tenant', async () => {
    const hola = await h.tenant({ name: 'Plomería Sol', language_code: 'es' });
    const cliente = await h.customer(hola);
    await h.bookings.book(hola, {
      customer_id: cliente.id,
      start_time: '2026-04-07T09:00',
      notify_customer: true,
    });
    expect(h.sent.customer.at(-1)?.body).toContain('confirmada para el martes 7 de abril a las 9:00');
  });

  it('sends nothing for an idempotent replay or a repeated cancel', async () => {
    await book('2026-04-08T09:00', { notify_customer: true }, 'notify-once');
    const counts = [h.sent.owner.length, h.sent.customer.length];
    await book('2026-04-08T09:00', { notify_customer: true }, 'notify-once');
    expect([h.sent.owner.length, h.sent.customer.length]).toEqual(counts);
  });

  it('tells owner and customer about a move and a cancellation', async () => {
    const { appointment } = await book('2026-04-09T09:00');
    await h.bookings.reschedule(business, appointment.id, {
      start_time: '2026-04-09T13:00',
      notify_customer: true,
    });
    expect(h.sent.owner.at(-1)).toMatchObject({
      event: 'reschedule',
      body: 'Appointment for Lee Park moved to Thursday, April 9 at 1:00 PM (was Thursday, April 9 at 9:00 AM).',
    });
    expect(h.sent.customer.at(-1)).toMatchObject({ kind: 'reschedule', appointmentId: appointment.id });
    expect(h.sent.customer.at(-1)?.body).toContain('moved to Thursday, April 9 at 1:00 PM');

    await h.bookings.cancel(business, appointment.id, { notifyCustomer: true });
    expect(h.sent.owner.at(-1)).toMatchObject({
      event: 'cancellation',
      dedupeKey: `cancellation:${appointment.id}`,
    });
    expect(h.sent.customer.at(-1)).toMatchObject({
      kind: 'cancellation',
      dedupeKey: `cancellation:${appointment.id}`,
    });
    const counts = [h.sent.owner.length, h.sent.customer.length];
    await h.bookings.cancel(business, appointment.id, { notifyCustomer: true });
    expect([h.sent.owner.length, h.sent.customer.length]).toEqual(counts);
  });

  it('keeps the booking when the notifier throws, and logs a warning', async () => {
    const broken = schedulingHarness(ctx.sql(), { failingNotifier: new Error('SMS provider down') });
    const tenant = await broken.tenant();
    const someone = await broken.customer(tenant);
    const { appointment } = await broken.bookings.book(tenant, {
      customer_id: someone.id,
      start_time: '2026-04-07T09:00',
      notify_customer: true,
    });
    expect((await broken.bookings.get(tenant, appointment.id)).status).toBe('SCHEDULED');
    expect(broken.warnings).toHaveLength(2);
  });
});
