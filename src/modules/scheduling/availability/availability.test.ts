import { describe, expect, it } from 'vitest';
import {
  at,
  MON,
  NEXT_MON,
  NOW,
  SAT,
  SETTINGS,
  SUN,
  TUE,
  WEEKDAY,
} from '../../../../test/scheduling/week-fixture.js';
import {
  type BusyInterval,
  type FindSlotsInput,
  findSlots,
  SchedulingInputError,
  type Slot,
} from './availability.js';

const iso = (date: string, time: string) => at(date, time).toISOString();

const job = (date: string, from: string, to: string): BusyInterval => ({
  kind: 'job',
  start: at(date, from),
  end: at(date, to),
});

const labels = (slots: Slot[]) => slots.map((s) => `${s.localDate} ${s.localTime}`);

/** Runs findSlots against a lookupBusy that serves `busy` like a range query and records its windows. */
async function search(overrides: Partial<FindSlotsInput> & { busy?: BusyInterval[] } = {}) {
  const { busy = [], ...rest } = overrides;
  const calls: Array<{ from: string; to: string }> = [];
  const lookupBusy = async (from: Date, to: Date) => {
    calls.push({ from: from.toISOString(), to: to.toISOString() });
    return busy.filter((b) => b.start < to && b.end > from);
  };
  const base = { settings: SETTINGS, durationMinutes: 60, constraint: {}, now: NOW, limit: 3, lookupBusy };
  const slots = await findSlots({ ...base, ...rest });
  return { slots, labels: labels(slots), calls };
}

describe('which days are searched', () => {
  it('a closed day (Sunday) moves to the next open day', async () => {
    const { labels } = await search({ constraint: { fromDate: SUN } });
    expect(labels).toEqual([`${NEXT_MON} 08:00`, `${NEXT_MON} 08:30`, `${NEXT_MON} 09:00`]);
  });

  it('a closed day that is also toDate gives [] without fetching anything', async () => {
    const { slots, calls } = await search({ constraint: { fromDate: SUN, toDate: SUN } });
    expect(slots).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('a job too long for the only requested day gives []', async () => {
    const { slots } = await search({ durationMinutes: 300, constraint: { fromDate: SAT, toDate: SAT } });
    expect(slots).toEqual([]);
  });

  it('a closedDates holiday moves to the next open day', async () => {
    const { labels } = await search({ settings: { ...SETTINGS, closedDates: [MON] } });
    expect(labels[0]).toBe(`${TUE} 08:00`);
  });

  it('a day the caller ruled out (excludeDates) is skipped, asap or not', async () => {
    const plain = await search({ constraint: { excludeDates: [MON] } });
    expect(plain.labels[0]).toBe(`${TUE} 08:00`);
    const asap = await search({ constraint: { asap: true, excludeDates: [MON] } });
    expect(asap.labels[0]).toBe(`${TUE} 08:00`);
  });

  it('a day that reached maxJobsPerDay moves to the next day', async () => {
    const settings = { ...SETTINGS, maxJobsPerDay: 2 };
    const { labels } = await search({
      settings,
      busy: [job(MON, '08:00', '09:00'), job(MON, '15:00', '16:00')],
    });
    expect(labels[0]).toBe(`${TUE} 08:00`);
  });

  it('lead time: now 07:30 local → first slot 08:30', async () => {
    const { labels } = await search({ now: at(MON, '07:30') });
    expect(labels[0]).toBe(`${MON} 08:30`);
  });

  it('after closing time the search starts tomorrow, without fetching today', async () => {
    const { labels, calls } = await search({ now: at(MON, '16:30') });
    expect(labels[0]).toBe(`${TUE} 08:00`);
    expect(calls[0]?.from).toBe(iso(TUE, '00:00'));
  });

  it('never searches past the horizon or before today', async () => {
    const settings = { ...SETTINGS, horizonDays: 3 };
    expect((await search({ settings, constraint: { fromDate: '2026-04-09' } })).calls).toEqual([]);
    expect((await search({ settings, constraint: { fromDate: '2026-01-01' }, limit: 1 })).labels).toEqual([
      `${MON} 08:00`,
    ]);
    const wide = await search({ settings, constraint: { toDate: '2026-12-31' }, limit: 100 });
    expect(wide.calls).toEqual([{ from: iso(MON, '00:00'), to: iso('2026-04-09', '00:00') }]);
    expect(wide.labels.at(-1)).toBe('2026-04-08 16:00');
  });
});

describe('preferences across days', () => {
  it('"tuesday at 3" offers 15:00 first when free', async () => {
    const { labels } = await search({ constraint: { fromDate: TUE, toDate: TUE, at: '15:00' } });
    expect(labels).toEqual([`${TUE} 15:00`, `${TUE} 14:30`, `${TUE} 15:30`]);
  });

  it('"tuesday at 3" offers the nearest slots when 15:00 is taken', async () => {
    const busy = [job(TUE, '14:30', '15:30')];
    const { labels } = await search({ busy, constraint: { fromDate: TUE, toDate: TUE, at: '15:00' } });
    expect(labels).toEqual([`${TUE} 15:30`, `${TUE} 16:00`, `${TUE} 13:30`]);
  });

  it('asap ignores dates and preferences and returns the earliest slots', async () => {
    const constraint = {
      asap: true,
      fromDate: NEXT_MON,
      toDate: NEXT_MON,
      partOfDay: 'evening',
      at: '15:00',
    } as const;
    const { labels } = await search({ constraint, now: at(MON, '09:10') });
    expect(labels).toEqual([`${MON} 10:30`, `${MON} 11:00`, `${MON} 11:30`]);
  });

  it('an evening request with no evening hours walks to the horizon in 7-day chunks', async () => {
    const { slots, calls } = await search({ constraint: { partOfDay: 'evening' } });
    expect(slots).toEqual([]);
    expect(calls).toHaveLength(Math.ceil(SETTINGS.horizonDays / 7));
  });
});

describe('time zones', () => {
  it('crosses the spring-forward weekend at the right local times', async () => {
    const allWeek = { ...SETTINGS, businessHours: { ...SETTINGS.businessHours, sat: WEEKDAY, sun: WEEKDAY } };
    const { labels, slots } = await search({ settings: allWeek, now: at('2026-03-07', '16:00'), limit: 2 });
    expect(labels).toEqual(['2026-03-08 08:00', '2026-03-08 08:30']);
    expect(slots[0]?.start.toISOString()).toBe('2026-03-08T13:00:00.000Z');
  });

  it('-06:00 never shifts for DST', async () => {
    const settings = { ...SETTINGS, timeZone: '-06:00' };
    const winter = await search({ settings, now: new Date('2026-03-09T00:00:00Z'), limit: 1 });
    expect(winter.slots[0]?.start.toISOString()).toBe('2026-03-09T14:00:00.000Z');
    expect(winter.slots[0]?.localTime).toBe('08:00');
    const summer = await search({ settings, now: new Date('2026-07-01T00:00:00Z'), limit: 1 });
    expect(summer.slots[0]?.start.toISOString()).toBe('2026-07-01T14:00:00.000Z');
  });

  it('+05:30 reports local dates and times in the tenant zone', async () => {
    const settings = { ...SETTINGS, timeZone: '+05:30' };
    const { slots } = await search({ settings, now: new Date('2026-04-06T00:00:00Z'), limit: 1 });
    expect(slots[0]).toMatchObject({ localDate: MON, localTime: '08:00' });
    expect(slots[0]?.start.toISOString()).toBe('2026-04-06T02:30:00.000Z');
  });
});

describe('bounded lookups', () => {
  it('fetches one 7-day chunk when day 1 has slots — never the whole horizon', async () => {
    const settings = { ...SETTINGS, travelBufferMinutes: 30 };
    const { labels, calls } = await search({ settings });
    expect(labels).toEqual([`${MON} 08:00`, `${MON} 08:30`, `${MON} 09:00`]);
    // Mon..Sat (Sunday is closed): whole local days widened by the travel buffer.
    expect(calls).toEqual([{ from: '2026-04-06T04:30:00.000Z', to: '2026-04-12T05:30:00.000Z' }]);
  });

  it('walks contiguous chunks up to toDate', async () => {
    const { slots, calls } = await search({
      settings: { ...SETTINGS, maxJobsPerDay: 0 },
      constraint: { toDate: '2026-04-20' },
    });
    expect(slots).toEqual([]);
    expect(calls).toEqual([
      { from: iso(MON, '00:00'), to: iso(SUN, '00:00') },
      { from: iso(NEXT_MON, '00:00'), to: iso('2026-04-19', '00:00') },
      { from: iso('2026-04-20', '00:00'), to: iso('2026-04-21', '00:00') },
    ]);
  });

  it('skips the lookup for a chunk in which every day is closed', async () => {
    const closedDates = ['2026-04-06', '2026-04-07', '2026-04-08', '2026-04-09', '2026-04-10', SAT];
    const { labels, calls } = await search({ settings: { ...SETTINGS, closedDates }, limit: 1 });
    expect(labels).toEqual([`${NEXT_MON} 08:00`]);
    expect(calls).toEqual([{ from: iso(NEXT_MON, '00:00'), to: iso('2026-04-19', '00:00') }]);
  });

  it('reads a shorter first chunk when firstChunkDays is given, then whole chunks', async () => {
    const { calls } = await search({
      settings: { ...SETTINGS, maxJobsPerDay: 0 },
      constraint: { toDate: '2026-04-20' },
      firstChunkDays: 2,
    });
    expect(calls).toEqual([
      { from: iso(MON, '00:00'), to: iso('2026-04-08', '00:00') },
      { from: iso('2026-04-08', '00:00'), to: iso('2026-04-15', '00:00') },
      { from: iso('2026-04-15', '00:00'), to: iso('2026-04-21', '00:00') },
    ]);
  });

  it('stops at the limit, honours chunkDays, and does nothing for limit 0', async () => {
    const { slots, calls } = await search({ limit: 20, chunkDays: 1 });
    expect(slots).toHaveLength(20);
    expect(labels(slots).at(-1)).toBe(`${TUE} 09:00`);
    expect(calls).toHaveLength(2);
    expect((await search({ limit: 0 })).calls).toEqual([]);
  });
});

describe('input validation', () => {
  it('rejects invalid settings, constraint and arguments with SchedulingInputError', async () => {
    const bad: Array<Partial<FindSlotsInput>> = [
      { settings: { ...SETTINGS, timeZone: 'Nowhere/Land' } },
      { settings: { ...SETTINGS, businessHours: { ...SETTINGS.businessHours, mon: [['17:00', '08:00']] } } },
      { settings: { ...SETTINGS, businessHours: { ...SETTINGS.businessHours, mon: [['8:00', '17:00']] } } },
      { settings: { ...SETTINGS, closedDates: ['2026-02-30'] } },
      { settings: { ...SETTINGS, slotStepMinutes: 0 } },
      { settings: { ...SETTINGS, maxJobsPerDay: -1 } },
      { durationMinutes: 0 },
      { limit: 1.5 },
      { constraint: { at: '3pm' } },
      { constraint: { fromDate: 'tuesday' } },
      { constraint: { excludeDates: ['2026-13-01'] } },
      { now: new Date('garbage') },
    ];
    for (const overrides of bad) {
      await expect(search(overrides), JSON.stringify(overrides)).rejects.toThrow(SchedulingInputError);
    }
  });
});
