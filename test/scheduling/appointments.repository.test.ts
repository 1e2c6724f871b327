import { beforeAll, expect, it } from 'vitest';
import * as repo from '../../src/modules/scheduling/appointments/appointments.repository.js';
import type { AppointmentRow } from '../../src/modules/scheduling/appointments/appointments.table.js';
import type { Business } from '../../src/modules/tenants/tenants.model.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { schedulingHarness } from './fixtures.js';

let n = 0;
function row(
  business: Business,
  customerId: string,
  start: string,
  end: string,
  extra: Partial<AppointmentRow> = {},
) {
  n += 1;
  return {
    id: `apt_repo_${n}_${Math.random().toString(36).slice(2, 8)}`,
    business_id: business.id,
    customer_id: customerId,
    start_time: new Date(start).toISOString(),
    end_time: new Date(end).toISOString(),
    status: 'SCHEDULED',
    source: 'api',
    is_emergency: 0,
    service_type: null,
    description: null,
    address: null,
    calendar_event_id: null,
    idempotency_key: null,
    idempotency_fingerprint: null,
    reminder_claimed_at: null,
    reminder_sent_at: null,
    created_at: '2026-04-01T00:00:00.000Z',
    updated_at: '2026-04-01T00:00:00.000Z',
    ...extra,
  } satisfies AppointmentRow;
}

const range = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });

describeEachDialect('appointments repository', (ctx) => {
  let h: ReturnType<typeof schedulingHarness>;
  let mine: Business;
  let theirs: Business;
  let ids: Record<string, string>;
  let myCustomerId: string;
  beforeAll(async () => {
    h = schedulingHarness(ctx.sql());
    mine = await h.tenant();
    theirs = await h.tenant();
    const me = await h.customer(mine);
    const them = await h.customer(theirs);
    myCustomerId = me.id;
    const rows = {
      morning: row(mine, me.id, '2026-04-06T14:00:00Z', '2026-04-06T15:00:00Z'),
      noon: row(mine, me.id, '2026-04-06T17:00:00Z', '2026-04-06T18:00:00Z', { status: 'CONFIRMED' }),
      cancelled: row(mine, me.id, '2026-04-06T15:00:00Z', '2026-04-06T16:00:00Z', { status: 'CANCELLED' }),
      overnight: row(mine, me.id, '2026-04-05T22:00:00Z', '2026-04-06T13:30:00Z'),
      nextDay: row(mine, me.id, '2026-04-07T14:00:00Z', '2026-04-07T15:00:00Z'),
      theirs: row(theirs, them.id, '2026-04-06T14:00:00Z', '2026-04-06T15:00:00Z'),
    };
    for (const value of Object.values(rows)) await repo.insertAppointment(h.db, value);
    ids = Object.fromEntries(Object.entries(rows).map(([name, value]) => [name, value.id]));
  });

  it('finds non-cancelled appointments overlapping a half-open range, including ones that began earlier', async () => {
    const busy = await repo.listBusyBetween(
      h.db,
      mine.id,
      range('2026-04-06T13:00:00Z', '2026-04-06T17:00:00Z'),
    );
    expect(busy.map((b) => b.id)).toEqual([ids.overnight, ids.morning]);
  });

  it('treats touching intervals as free: [end, …) and […, start) do not overlap', async () => {
    expect(
      await repo.findFirstOverlap(h.db, mine.id, range('2026-04-06T15:00:00Z', '2026-04-06T17:00:00Z')),
    ).toBeUndefined();
    expect(
      await repo.findFirstOverlap(h.db, mine.id, range('2026-04-06T13:30:00Z', '2026-04-06T14:00:00Z')),
    ).toBeUndefined();
    const hit = await repo.findFirstOverlap(
      h.db,
      mine.id,
      range('2026-04-06T14:59:00Z', '2026-04-06T15:30:00Z'),
    );
    expect(hit?.id).toBe(ids.morning);
  });

  it('can leave one appointment out (the one being moved)', async () => {
    const window = range('2026-04-06T14:30:00Z', '2026-04-06T14:45:00Z');
    expect(await repo.findFirstOverlap(h.db, mine.id, window, ids.morning)).toBeUndefined();
  });

  it('never sees another tenant', async () => {
    const busy = await repo.listBusyBetween(
      h.db,
      theirs.id,
      range('2026-04-06T00:00:00Z', '2026-04-08T00:00:00Z'),
    );
    expect(busy.map((b) => b.id)).toEqual([ids.theirs]);
    expect(await repo.findAppointmentById(h.db, theirs.id, ids.morning!)).toBeUndefined();
    const listed = await repo.listAppointments(h.db, theirs.id, {}, { limit: 50 });
    expect(listed.map((r) => r.id)).toEqual([ids.theirs]);
  });

  it('lists by start time with filters and keyset pages', async () => {
    const all = await repo.listAppointments(h.db, mine.id, {}, { limit: 50 });
    expect(all.map((r) => r.id)).toEqual([ids.overnight, ids.morning, ids.cancelled, ids.noon, ids.nextDay]);
    const day = await repo.listAppointments(
      h.db,
      mine.id,
      { startFrom: '2026-04-06T05:00:00.000Z', startTo: '2026-04-07T05:00:00.000Z', status: 'SCHEDULED' },
      { limit: 50 },
    );
    expect(day.map((r) => r.id)).toEqual([ids.morning]);
    const second = await repo.listAppointments(h.db, mine.id, {}, { limit: 2, after: all[1]! });
    expect(second.map((r) => r.id)).toEqual([ids.cancelled, ids.noon]);
  });

  it('finds the next scheduled or confirmed appointment from a time on', async () => {
    const next = await repo.findNextUpcoming(h.db, mine.id, new Date('2026-04-06T14:30:00Z'));
    expect(next?.id).toBe(ids.noon);
  });

  it("lists one customer's open appointments from a time on, soonest first", async () => {
    const upcoming = (from: string, limit: number, businessId = mine.id) =>
      repo.listUpcomingForCustomer(h.db, businessId, myCustomerId, new Date(from), limit);
    const idsOf = (rows: AppointmentRow[]) => rows.map((appointment) => appointment.id);
    expect(idsOf(await upcoming('2026-04-06T14:00:00Z', 10))).toEqual([ids.morning, ids.noon, ids.nextDay]);
    expect(idsOf(await upcoming('2026-04-06T14:30:00Z', 1))).toEqual([ids.noon]);
    expect(await upcoming('2026-04-01T00:00:00Z', 10, theirs.id)).toEqual([]);
  });

  it('keeps one idempotency key per tenant', async () => {
    const me = await h.customer(mine);
    const first = row(mine, me.id, '2026-05-01T14:00:00Z', '2026-05-01T15:00:00Z', {
      idempotency_key: 'k-1',
    });
    await repo.insertAppointment(h.db, first);
    const again = row(mine, me.id, '2026-05-02T14:00:00Z', '2026-05-02T15:00:00Z', {
      idempotency_key: 'k-1',
    });
    await expect(repo.insertAppointment(h.db, again)).rejects.toThrow();
    expect((await repo.findByIdempotencyKey(h.db, mine.id, 'k-1'))?.id).toBe(first.id);
    expect(await repo.findByIdempotencyKey(h.db, theirs.id, 'k-1')).toBeUndefined();
  });
});
