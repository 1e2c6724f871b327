import { beforeAll, describe, expect, it } from 'vitest';
import type { Business } from '../../src/modules/tenants/tenants.model.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { schedulingHarness } from './fixtures.js';

// Now: Monday 2026-04-06 06:00 in Chicago (CDT, UTC-5).
describeEachDialect('booking service', (ctx) => {
  let h: ReturnType<typeof schedulingHarness>;
  let business: Business;
  let customerId: string;
  beforeAll(async () => {
    h = schedulingHarness(ctx.sql());
    business = await h.tenant();
    customerId = (await h.customer(business)).id;
  });

  const book = (start_time: string, extra: Record<string, unknown> = {}, key?: string) =>
    h.bookings.book(
      business,
      { customer_id: customerId, start_time, ...extra },
      key ? { idempotencyKey: key } : {},
    );

  describe('times', () => {
    it('reads a naive start in the tenant zone and defaults the end from the service (any case)', async () => {
      const { appointment } = await book('2026-04-07T09:00', { service_type: 'drain CLEANING' });
      expect(appointment).toMatchObject({
        start_time: '2026-04-07T14:00:00.000Z',
        end_time: '2026-04-07T15:30:00.000Z',
        status: 'SCHEDULED',
        source: 'api',
        customer_id: customerId,
        customer_name: 'Dana Diaz',
        customer_phone: expect.stringMatching(/^\+1512555/),
      });
    });

    it("takes the customer's address unless the booking names another one", async () => {
      const withAddress = await h.customers.upsertByPhone(business.id, {
        phone: '+15125550777',
        address: '9 Elm St',
      });
      const id = withAddress.customer.id;
      const own = await h.bookings.book(business, { customer_id: id, start_time: '2026-04-10T09:00' });
      expect(own.appointment.address).toBe('9 Elm St');
      const other = await h.bookings.book(business, {
        customer_id: id,
        start_time: '2026-04-10T11:00',
        address: '1 Job Site Rd',
      });
      expect(other.appointment.address).toBe('1 Job Site Rd');
    });

    it('uses default_duration_minutes for an unknown or missing service', async () => {
      const unknown = await book('2026-04-08T09:00', { service_type: 'Roof repair' });
      expect(unknown.appointment.end_time).toBe('2026-04-08T15:00:00.000Z');
      const none = await book('2026-04-08T11:00');
      expect(none.appointment.end_time).toBe('2026-04-08T17:00:00.000Z');
    });

    it('honours an explicit offset and Z', async () => {
      const offset = await book('2026-04-09T09:00:00-07:00', { end_time: '2026-04-09T17:30:00Z' });
      expect(offset.appointment).toMatchObject({
        start_time: '2026-04-09T16:00:00.000Z',
        end_time: '2026-04-09T17:30:00.000Z',
      });
    });

    it('follows DST: 09:00 is 15:00Z before the March change and 14:00Z after it', async () => {
      const before = await book('2026-03-07T09:00');
      const after = await book('2026-03-08T09:00');
      expect(before.appointment.start_time).toBe('2026-03-07T15:00:00.000Z');
      expect(after.appointment.start_time).toBe('2026-03-08T14:00:00.000Z');
      // 01:30 CST + 60 real minutes ends at 03:30 CDT.
      const across = await book('2026-03-08T01:30');
      expect(across.appointment).toMatchObject({
        start_time: '2026-03-08T07:30:00.000Z',
        end_time: '2026-03-08T08:30:00.000Z',
      });
    });

    it.each([
      [{ start_time: 'next tuesday' }, 'body.start_time'],
      [{ start_time: '2026-04-10T10:00', end_time: '2026-04-10T09:00' }, 'body.end_time'],
      [{ start_time: '2026-04-10T10:00', end_time: '2026-04-10T10:00' }, 'body.end_time'],
      [{ start_time: '2026-04-10T10:00', end_time: '2026-04-11T10:01' }, 'body.end_time'],
    ])('refuses %o with 422 naming %s', async (input, path) => {
      await expect(h.bookings.book(business, { customer_id: customerId, ...input })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ path })] },
      });
    });

    it('answers 404 for a customer of another tenant', async () => {
      const other = await h.tenant();
      const stranger = await h.customer(other);
      await expect(
        h.bookings.book(business, { customer_id: stranger.id, start_time: '2026-04-10T09:00' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('overlap', () => {
    it('refuses an overlapping booking with SLOT_TAKEN and allows back-to-back ones', async () => {
      await book('2026-04-13T10:00', { end_time: '2026-04-13T11:00' });
      await expect(book('2026-04-13T10:30')).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { subcode: 'SLOT_TAKEN' },
      });
      await expect(book('2026-04-13T09:59', { end_time: '2026-04-13T10:01' })).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      const after = await book('2026-04-13T11:00');
      const before = await book('2026-04-13T09:00', { end_time: '2026-04-13T10:00' });
      expect([after.appointment.status, before.appointment.status]).toEqual(['SCHEDULED', 'SCHEDULED']);
    });

    it('ignores business hours, buffer and lead time for owner bookings (Sunday 23:00 is fine)', async () => {
      const { appointment } = await book('2026-04-12T23:00');
      expect(appointment.start_time).toBe('2026-04-13T04:00:00.000Z');
    });

    it('frees the slot when cancelled; cancelling again returns it unchanged', async () => {
      const { appointment } = await book('2026-04-14T10:00');
      const cancelled = await h.bookings.cancel(business, appointment.id);
      expect(cancelled.status).toBe('CANCELLED');
      const again = await h.bookings.cancel(business, appointment.id);
      expect(again).toEqual(cancelled);
      const rebooked = await book('2026-04-14T10:00');
      expect(rebooked.appointment.id).not.toBe(appointment.id);
    });
  });

  describe('reschedule and update', () => {
    it('moves onto a time overlapping its own old slot, keeping the length', async () => {
      const { appointment } = await book('2026-04-15T10:00', { service_type: 'Drain cleaning' });
      const moved = await h.bookings.reschedule(business, appointment.id, { start_time: '2026-04-15T10:30' });
      expect(moved).toMatchObject({
        start_time: '2026-04-15T15:30:00.000Z',
        end_time: '2026-04-15T17:00:00.000Z',
      });
    });

    it('refuses a move onto another appointment with 409', async () => {
      const first = await book('2026-04-16T10:00');
      const second = await book('2026-04-16T12:00');
      await expect(
        h.bookings.reschedule(business, second.appointment.id, { start_time: '2026-04-16T10:30' }),
      ).rejects.toMatchObject({ code: 'CONFLICT', details: { subcode: 'SLOT_TAKEN' } });
      expect((await h.bookings.get(business, second.appointment.id)).start_time).toBe(
        '2026-04-16T17:00:00.000Z',
      );
      expect(first.appointment.id).toBeTruthy();
    });

    it('refuses to move or cancel a completed appointment, and to move a cancelled one', async () => {
      const done = await book('2026-04-17T08:00');
      await h.bookings.update(business, done.appointment.id, { status: 'COMPLETED' });
      await expect(h.bookings.cancel(business, done.appointment.id)).rejects.toMatchObject({
        details: { subcode: 'APPOINTMENT_COMPLETED' },
      });
      await expect(
        h.bookings.reschedule(business, done.appointment.id, { start_time: '2026-04-17T13:00' }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      const gone = await book('2026-04-17T10:00');
      await h.bookings.cancel(business, gone.appointment.id);
      await expect(
        h.bookings.reschedule(business, gone.appointment.id, { start_time: '2026-04-17T15:00' }),
      ).rejects.toMatchObject({ details: { subcode: 'APPOINTMENT_CANCELLED' } });
    });

    it('patches plain fields, confirms, and returns a moved appointment to SCHEDULED', async () => {
      const { appointment } = await book('2026-04-20T09:00');
      const confirmed = await h.bookings.update(business, appointment.id, {
        status: 'CONFIRMED',
        calendar_event_id: 'evt_1',
        description: 'Slow drain',
      });
      expect(confirmed).toMatchObject({
        status: 'CONFIRMED',
        calendar_event_id: 'evt_1',
        description: 'Slow drain',
      });
      const moved = await h.bookings.update(business, appointment.id, { start_time: '2026-04-20T13:00' });
      expect(moved).toMatchObject({
        status: 'SCHEDULED',
        start_time: '2026-04-20T18:00:00.000Z',
        calendar_event_id: 'evt_1',
      });
    });
  });

  describe('idempotency', () => {
    it('returns the first appointment for a retry and books nothing new', async () => {
      const first = await book('2026-04-21T09:00', { description: 'Leak' }, 'retry-1');
      const again = await book('2026-04-21T14:00:00Z', { description: 'Leak' }, 'retry-1');
      expect(first.replayed).toBe(false);
      expect(again).toEqual({ appointment: first.appointment, replayed: true });
      const day = await h.bookings.list(business, {
        start_time_from: '2026-04-21',
        start_time_to: '2026-04-22',
        limit: 50,
      });
      expect(day.items).toHaveLength(1);
    });

    it('refuses the same key with a different request (422 IDEMPOTENCY_KEY_REUSED)', async () => {
      await book('2026-04-22T09:00', {}, 'retry-2');
      await expect(book('2026-04-22T11:00', {}, 'retry-2')).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { subcode: 'IDEMPOTENCY_KEY_REUSED' },
      });
    });

    it('still replays after the appointment was moved', async () => {
      const first = await book('2026-04-23T09:00', {}, 'retry-3');
      await h.bookings.reschedule(business, first.appointment.id, { start_time: '2026-04-23T13:00' });
      const again = await book('2026-04-23T09:00', {}, 'retry-3');
      expect(again.replayed).toBe(true);
      expect(again.appointment.start_time).toBe('2026-04-23T18:00:00.000Z');
    });
  });
});
