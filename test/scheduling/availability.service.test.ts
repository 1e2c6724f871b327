import { beforeAll, describe, expect, it } from 'vitest';
import type { BusyBlock, BusyCalendar } from '../../src/modules/scheduling/availability/busy-calendar.js';
import type { Slot } from '../../src/modules/scheduling/scheduling-types.js';
import type { Business } from '../../src/modules/tenants/tenants.model.js';
import { AppError } from '../../src/platform/errors/app-error.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { schedulingHarness } from './fixtures.js';

const TUE = '2026-04-07';
const times = (slots: Slot[]) => slots.map((slot) => slot.localTime);

/** A calendar whose answer each test sets: blocks, or an error to throw. */
function scriptedCalendar() {
  const state: { blocks: BusyBlock[]; error: Error | null; calls: number } = {
    blocks: [],
    error: null,
    calls: 0,
  };
  const calendar: BusyCalendar = {
    busyBetween: async (_business, from, to) => {
      state.calls += 1;
      if (state.error) throw state.error;
      return state.blocks.filter((b) => b.start < to && b.end > from);
    },
  };
  return { calendar, state };
}

// Now: Monday 2026-04-06 06:00 in Chicago. Hours 08–17 on weekdays, buffer 30, lead 60.
describeEachDialect('availability service', (ctx) => {
  let h: ReturnType<typeof schedulingHarness>;
  let cal: ReturnType<typeof scriptedCalendar>;
  let business: Business;
  let customerId: string;
  beforeAll(async () => {
    cal = scriptedCalendar();
    h = schedulingHarness(ctx.sql(), { calendar: cal.calendar });
    business = await h.tenant();
    customerId = (await h.customer(business)).id;
    const other = await h.tenant();
    const stranger = await h.customer(other);
    // Another tenant's job at the same time must not matter.
    await h.bookings.book(other, {
      customer_id: stranger.id,
      start_time: `${TUE}T08:00`,
      end_time: `${TUE}T17:00`,
    });
    await h.bookings.book(business, { customer_id: customerId, start_time: `${TUE}T10:00` });
    const cancelled = await h.bookings.book(business, {
      customer_id: customerId,
      start_time: `${TUE}T14:00`,
    });
    await h.bookings.cancel(business, cancelled.appointment.id);
  });

  const search = (extra: Record<string, unknown> = {}) =>
    h.availability.search(business, { constraint: { fromDate: TUE, toDate: TUE }, limit: 30, ...extra });

  describe('search', () => {
    it('keeps the travel buffer around existing jobs and ignores cancelled ones', async () => {
      const { slots, durationMinutes } = await search();
      expect(durationMinutes).toBe(60);
      expect(times(slots)).toEqual([
        '08:00',
        '08:30',
        '11:30',
        '12:00',
        '12:30',
        '13:00',
        '13:30',
        '14:00',
        '14:30',
        '15:00',
        '15:30',
        '16:00',
      ]);
    });

    it('lets an appointment being moved take the times its own buffer blocked', async () => {
      const { appointment } = await h.bookings.book(business, {
        customer_id: customerId,
        start_time: `${TUE}T16:00`,
      });
      try {
        expect(times((await search()).slots)).not.toContain('15:00');
        const moving = await search({ excludeAppointmentId: appointment.id });
        expect(times(moving.slots)).toEqual(expect.arrayContaining(['15:00', '15:30', '16:00']));
      } finally {
        await h.bookings.cancel(business, appointment.id);
      }
    });

    it('takes the duration from the service name, case-insensitively', async () => {
      const { slots, durationMinutes } = await search({ serviceType: 'water HEATER repair' });
      expect(durationMinutes).toBe(120);
      expect(times(slots).at(-1)).toBe('15:00');
      expect(times(slots)).not.toContain('08:00');
    });

    it('treats calendar blocks as busy, without a buffer', async () => {
      cal.state.blocks = [{ start: new Date(`${TUE}T18:00:00Z`), end: new Date(`${TUE}T19:00:00Z`) }];
      try {
        const { slots } = await search();
        expect(times(slots)).toEqual([
          '08:00',
          '08:30',
          '11:30',
          '12:00',
          '14:00',
          '14:30',
          '15:00',
          '15:30',
          '16:00',
        ]);
      } finally {
        cal.state.blocks = [];
      }
    });

    it('offers nothing when the calendar fails: a classified 503, never invented slots', async () => {
      cal.state.error = new Error('socket hang up');
      try {
        await expect(search()).rejects.toMatchObject({
          code: 'DEPENDENCY_UNAVAILABLE',
          details: { subcode: 'CALENDAR_UNAVAILABLE' },
        });
        cal.state.error = new AppError('FORBIDDEN', 'Calendar access was revoked', {
          subcode: 'CALENDAR_AUTH_REVOKED',
        });
        await expect(search()).rejects.toMatchObject({ details: { subcode: 'CALENDAR_AUTH_REVOKED' } });
      } finally {
        cal.state.error = null;
      }
    });

    it('turns a malformed constraint into a 422', async () => {
      await expect(search({ constraint: { fromDate: '2026-02-30' } })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    });
  });

  describe('bookFromSlot', () => {
    const fromSlot = (start_time: string, extra: Record<string, unknown> = {}) =>
      h.bookings.bookFromSlot(
        business,
        { customer_id: customerId, start_time, ...extra },
        { source: 'phone' },
      );

    it('books an offered slot with the given source', async () => {
      const { appointment } = await fromSlot('2026-04-08T08:00');
      expect(appointment).toMatchObject({ source: 'phone', start_time: '2026-04-08T13:00:00.000Z' });
    });

    it.each([
      ['outside business hours', '2026-04-08T18:00'],
      ['on a Sunday', '2026-04-12T09:00'],
      ['inside the travel buffer of a job', '2026-04-08T09:00'],
      ['off the slot grid', '2026-04-08T12:10'],
      ['inside the lead time', '2026-04-06T06:30'],
      ['in the past', '2026-04-03T09:00'],
    ])('refuses a time %s with 409 SLOT_UNAVAILABLE', async (_label, start) => {
      await expect(fromSlot(start)).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { subcode: 'SLOT_UNAVAILABLE' },
      });
    });

    it('refuses a time the calendar blocks, and books nothing when the calendar fails', async () => {
      cal.state.blocks = [{ start: new Date('2026-04-09T13:00:00Z'), end: new Date('2026-04-09T14:00:00Z') }];
      await expect(fromSlot('2026-04-09T08:00')).rejects.toMatchObject({
        details: { subcode: 'SLOT_UNAVAILABLE' },
      });
      cal.state.blocks = [];
      cal.state.error = new Error('timeout');
      try {
        await expect(fromSlot('2026-04-09T08:00')).rejects.toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE' });
      } finally {
        cal.state.error = null;
      }
      const day = await h.bookings.list(business, {
        start_time_from: '2026-04-09',
        start_time_to: '2026-04-10',
        limit: 10,
      });
      expect(day.items).toEqual([]);
    });

    it('stops offering a day that reached max_jobs_per_day', async () => {
      const capped = await h.tenant({ max_jobs_per_day: 1 });
      const someone = await h.customer(capped);
      const input = { customer_id: someone.id, start_time: '2026-04-08T08:00' };
      await h.bookings.bookFromSlot(capped, input, { source: 'sms' });
      await expect(
        h.bookings.bookFromSlot(capped, { ...input, start_time: '2026-04-08T14:00' }, { source: 'sms' }),
      ).rejects.toMatchObject({ details: { subcode: 'SLOT_UNAVAILABLE' } });
    });

    it('reschedules onto an offered slot, its own old time not counting against it', async () => {
      const { appointment } = await fromSlot('2026-04-10T13:00');
      const moved = await h.bookings.reschedule(
        business,
        appointment.id,
        { start_time: '2026-04-10T13:30' },
        { fromSlot: true },
      );
      expect(moved.start_time).toBe('2026-04-10T18:30:00.000Z');
      await expect(
        h.bookings.reschedule(
          business,
          appointment.id,
          { start_time: '2026-04-10T19:00' },
          { fromSlot: true },
        ),
      ).rejects.toMatchObject({ details: { subcode: 'SLOT_UNAVAILABLE' } });
    });
  });
});
