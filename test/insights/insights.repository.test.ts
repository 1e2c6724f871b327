import { expect, it } from 'vitest';
import * as repo from '../../src/modules/insights/insights.repository.js';
import { createInsightsService } from '../../src/modules/insights/insights.service.js';
import { createTenantService } from '../../src/modules/tenants/tenants.service.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { manualClock } from '../helpers/manual-clock.js';
import {
  insertAppointments,
  insertConversation,
  insertCustomer,
  insertOutboundText,
  insertTenant,
} from './fixtures.js';

const RANGE = { from: '2026-12-01T00:00:00.000Z', to: '2026-12-08T00:00:00.000Z' };

describeEachDialect('insights repository', (ctx) => {
  it('counts customer conversations per channel and outcome, of one tenant, in the range only', async () => {
    const db = ctx.sql().db;
    const mine = await insertTenant(db);
    const other = await insertTenant(db);
    const at = '2026-12-03T15:00:00.000Z';
    await insertConversation(db, mine, { channel: 'phone', outcome: 'booked', created_at: at });
    await insertConversation(db, mine, { channel: 'phone', outcome: 'booked', created_at: at });
    await insertConversation(db, mine, { channel: 'phone', outcome: 'abandoned', created_at: at });
    await insertConversation(db, mine, { channel: 'web', outcome: 'emergency', created_at: at });
    // Not counted: an owner test chat, another tenant's call, a call before and at the end of the range.
    await insertConversation(db, mine, { channel: 'web', outcome: 'booked', created_at: at, is_test: 1 });
    await insertConversation(db, other, { channel: 'phone', outcome: 'booked', created_at: at });
    await insertConversation(db, mine, { channel: 'phone', created_at: '2026-11-30T23:59:59.999Z' });
    await insertConversation(db, mine, { channel: 'phone', created_at: RANGE.to });

    const rows = await repo.countConversations(db, RANGE, mine);
    const sorted = rows.map((r) => `${r.channel}/${r.outcome}=${r.count}`).sort();
    expect(sorted).toEqual(['phone/abandoned=1', 'phone/booked=2', 'web/emergency=1']);
    expect(rows.every((r) => r.business_id === mine)).toBe(true);
  });

  it('counts bookings per day by the given day boundaries, leaving calendar imports out', async () => {
    const db = ctx.sql().db;
    const business = await insertTenant(db);
    const other = await insertTenant(db);
    const customer = await insertCustomer(db, business);
    const otherCustomer = await insertCustomer(db, other);
    // Three local days of a UTC-6 business: each starts at 06:00Z.
    const boundaries = [
      '2026-12-01T06:00:00.000Z',
      '2026-12-02T06:00:00.000Z',
      '2026-12-03T06:00:00.000Z',
      '2026-12-04T06:00:00.000Z',
    ];
    await insertAppointments(db, business, customer, [
      { start_time: '2026-12-10T15:00:00.000Z', created_at: '2026-12-01T06:00:00.000Z' },
      { start_time: '2026-12-10T16:00:00.000Z', created_at: '2026-12-02T05:59:59.000Z', is_emergency: true },
      { start_time: '2026-12-10T17:00:00.000Z', created_at: '2026-12-03T12:00:00.000Z' },
      { start_time: '2026-12-10T18:00:00.000Z', created_at: '2026-12-03T13:00:00.000Z', source: 'calendar' },
      { start_time: '2026-12-10T19:00:00.000Z', created_at: '2026-12-01T05:59:59.000Z' },
      { start_time: '2026-12-10T20:00:00.000Z', created_at: '2026-12-04T06:00:00.000Z' },
    ]);
    await insertAppointments(db, other, otherCustomer, [
      { start_time: '2026-12-10T15:00:00.000Z', created_at: '2026-12-02T12:00:00.000Z' },
    ]);

    const days = await repo.countBookingsByDay(db, business, boundaries);
    expect(days.sort((a, b) => a.day - b.day)).toEqual([
      { day: 0, bookings: 2, emergencies: 1 },
      { day: 2, bookings: 1, emergencies: 0 },
    ]);
  });

  it('counts bookings, emergencies and outbound texts of every tenant', async () => {
    const db = ctx.sql().db;
    const a = await insertTenant(db);
    const b = await insertTenant(db);
    const customer = await insertCustomer(db, a);
    await insertAppointments(db, a, customer, [
      { start_time: '2026-12-10T15:00:00.000Z', created_at: '2026-12-02T12:00:00.000Z', is_emergency: true },
      { start_time: '2026-12-10T16:00:00.000Z', created_at: '2026-12-02T13:00:00.000Z' },
    ]);
    await insertOutboundText(db, a, '2026-12-02T12:00:01.000Z');
    await insertOutboundText(db, b, '2026-12-02T12:00:01.000Z');
    await insertOutboundText(db, b, '2026-12-09T12:00:01.000Z');

    const usage = await repo.countUsageByTenant(db, RANGE);
    expect(usage.find((row) => row.business_id === a)).toEqual({
      business_id: a,
      bookings: 2,
      emergencies: 1,
      sms_sent: 1,
    });
    expect(usage.find((row) => row.business_id === b)).toEqual({
      business_id: b,
      bookings: 0,
      emergencies: 0,
      sms_sent: 1,
    });
  });

  it("groups the owner's numbers by local day in the business's zone, across a DST change", async () => {
    const db = ctx.sql().db;
    // Chicago leaves daylight time on Sunday 2026-11-01: that local day is 25 hours long.
    const business = await insertTenant(db, { time_zone: 'America/Chicago' });
    const customer = await insertCustomer(db, business);
    await insertAppointments(db, business, customer, [
      // 23:30 local on Oct 31 (CDT, UTC-5) and 23:30 local on Nov 1 (CST, UTC-6).
      { start_time: '2026-11-20T15:00:00.000Z', created_at: '2026-11-01T04:30:00.000Z' },
      { start_time: '2026-11-20T16:00:00.000Z', created_at: '2026-11-02T05:30:00.000Z', is_emergency: true },
    ]);
    await insertConversation(db, business, {
      channel: 'phone',
      outcome: 'booked',
      created_at: '2026-11-01T04:30:00.000Z',
    });
    await insertConversation(db, business, {
      channel: 'sms',
      outcome: 'emergency',
      created_at: '2026-11-02T05:00:00.000Z',
    });
    await insertConversation(db, business, {
      channel: 'web',
      outcome: null,
      created_at: '2026-11-02T05:00:00.000Z',
    });
    await insertConversation(db, business, {
      channel: 'owner_chat',
      outcome: null,
      created_at: '2026-11-02T05:00:00.000Z',
    });

    const clock = manualClock('2026-11-03T18:00:00.000Z');
    const tenants = createTenantService({ db, clock, defaultVoiceMode: 'gather' });
    const insights = createInsightsService({ db, clock, tenants });
    const found = await tenants.findById(business);
    const stats = await insights.ownerStats(found!, 7);

    expect(stats).toMatchObject({
      days: 7,
      from: '2026-10-28T05:00:00.000Z',
      to: '2026-11-04T06:00:00.000Z',
      calls: 1,
      chats: 2,
      bookings: 2,
      conversion_rate: 0.333,
      emergencies: 2,
    });
    expect(stats.bookings_per_day.map((d) => `${d.date}:${d.count}`)).toEqual([
      '2026-10-28:0',
      '2026-10-29:0',
      '2026-10-30:0',
      '2026-10-31:1',
      '2026-11-01:1',
      '2026-11-02:0',
      '2026-11-03:0',
    ]);
  });
});
