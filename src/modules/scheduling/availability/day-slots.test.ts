import { describe, expect, it } from 'vitest';
import {
  at,
  FRI,
  MON,
  NOW,
  type Ranges,
  SAT,
  SETTINGS,
  TUE,
  WEEKDAY,
} from '../../../../test/scheduling/week-fixture.js';
import type { WeekdayKey } from '../../../platform/time/tenant-time.js';
import type { TimeConstraint } from '../../../platform/time/time-constraint.js';
import type { BusyInterval, SchedulingSettings } from '../scheduling-types.js';
import { type DaySlotsInput, slotsForDay } from './day-slots.js';

const withHours = (hours: Partial<Record<WeekdayKey, Ranges>>, base = SETTINGS): SchedulingSettings => ({
  ...base,
  businessHours: { ...base.businessHours, ...hours },
});

const interval = (kind: BusyInterval['kind'], date: string, from: string, to: string): BusyInterval => ({
  kind,
  start: at(date, from),
  end: at(date, to),
});

function slots(localDate: string, constraint: TimeConstraint = {}, extra: Partial<DaySlotsInput> = {}) {
  return slotsForDay({
    settings: SETTINGS,
    localDate,
    durationMinutes: 60,
    constraint,
    now: NOW,
    busy: [],
    ...extra,
  });
}

function day(localDate: string, constraint: TimeConstraint = {}, extra: Partial<DaySlotsInput> = {}) {
  return slots(localDate, constraint, extra).map((s) => s.localTime);
}

describe('business hours', () => {
  it('the last slot of the day is 16:00 for a 60-minute job, not 16:30', () => {
    const times = day(TUE);
    expect(times).toHaveLength(17);
    expect(times[0]).toBe('08:00');
    expect(times.at(-1)).toBe('16:00');
  });

  it('a job that would cross closing time is not offered', () => {
    expect(day(TUE, {}, { durationMinutes: 90 }).at(-1)).toBe('15:30');
    expect(day(SAT, {}, { durationMinutes: 240 })).toEqual(['09:00']);
    expect(day(SAT, {}, { durationMinutes: 241 })).toEqual([]);
  });

  it('a job may not span the break between two ranges', () => {
    const settings = withHours({
      tue: [
        ['08:00', '12:00'],
        ['13:00', '17:00'],
      ],
    });
    const times = day(TUE, {}, { settings, durationMinutes: 120 });
    expect(times).toEqual([
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '13:00',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
    ]);
  });

  it('closed weekdays and closedDates yield nothing', () => {
    expect(day('2026-04-12')).toEqual([]);
    expect(day(MON, {}, { settings: { ...SETTINGS, closedDates: [MON] } })).toEqual([]);
  });

  it('a 24:00 closing time allows a job ending at local midnight', () => {
    const settings = withHours({ fri: [['18:00', '24:00']] });
    const found = slots(FRI, {}, { settings });
    expect(found).toHaveLength(11);
    expect(found.at(-1)?.localTime).toBe('23:00');
    expect(found.at(-1)?.localDate).toBe(FRI);
    expect(found.at(-1)?.end.toISOString()).toBe(at(SAT, '00:00').toISOString());
  });

  it('reports UTC start/end and the local date/time of the start', () => {
    expect(slots(TUE)[0]).toEqual({
      start: new Date('2026-04-07T13:00:00Z'),
      end: new Date('2026-04-07T14:00:00Z'),
      localDate: TUE,
      localTime: '08:00',
    });
  });
});

describe('conflicts', () => {
  it('keeps the travel buffer before and after existing jobs', () => {
    const settings = { ...SETTINGS, travelBufferMinutes: 30 };
    const busy = [interval('job', TUE, '10:00', '11:00')];
    expect(day(TUE, {}, { settings, busy }).slice(0, 4)).toEqual(['08:00', '08:30', '11:30', '12:00']);
  });

  it('without a buffer, jobs may touch end to start', () => {
    const busy = [interval('job', TUE, '10:00', '11:00')];
    expect(day(TUE, {}, { busy }).slice(0, 5)).toEqual(['08:00', '08:30', '09:00', '11:00', '11:30']);
  });

  it('busy blocks block only the time they cover (no buffer) and are not counted as jobs', () => {
    const settings = { ...SETTINGS, travelBufferMinutes: 30, maxJobsPerDay: 1 };
    const busy = [interval('busy', TUE, '09:00', '10:00'), interval('busy', TUE, '13:00', '17:00')];
    expect(day(TUE, {}, { settings, busy })).toEqual(['08:00', '10:00', '10:30', '11:00', '11:30', '12:00']);
  });

  it('a job on a neighbouring day still keeps its buffer', () => {
    const settings = withHours({ tue: [['00:00', '24:00']] }, { ...SETTINGS, travelBufferMinutes: 60 });
    const busy = [interval('job', MON, '22:00', '23:30')];
    expect(day(TUE, {}, { settings, busy })[0]).toBe('00:30');
  });

  it('a day that reached maxJobsPerDay is skipped', () => {
    const settings = { ...SETTINGS, maxJobsPerDay: 2 };
    const busy = [interval('job', TUE, '08:00', '09:00'), interval('job', TUE, '15:00', '16:00')];
    expect(day(TUE, {}, { settings, busy })).toEqual([]);
    expect(day(TUE, {}, { settings, busy: busy.slice(0, 1) })[0]).toBe('09:00');
  });

  it('maxJobsPerDay counts jobs by the local day they start on', () => {
    const settings = { ...SETTINGS, maxJobsPerDay: 1 };
    // 23:00 Monday local is already Tuesday in UTC; it still belongs to Monday.
    const lateMonday = interval('job', MON, '23:00', '23:30');
    expect(day(MON, {}, { settings, busy: [lateMonday] })).toEqual([]);
    expect(day(TUE, {}, { settings, busy: [lateMonday] })[0]).toBe('08:00');
  });
});

describe('lead time', () => {
  it('now 07:30 local → first slot 08:30; now 07:45 → 09:00 (aligned to the step)', () => {
    expect(day(MON, {}, { now: at(MON, '07:30') })[0]).toBe('08:30');
    expect(day(MON, {}, { now: at(MON, '07:45') })[0]).toBe('09:00');
    expect(day(MON, {}, { now: at(MON, '16:01') })).toEqual([]);
  });
});

describe('time-of-day preferences', () => {
  it('morning / afternoon / evening windows', () => {
    const morning = day(TUE, { partOfDay: 'morning' });
    expect([morning[0], morning.at(-1)]).toEqual(['08:00', '11:00']);
    const afternoon = day(TUE, { partOfDay: 'afternoon' });
    expect([afternoon[0], afternoon.at(-1)]).toEqual(['12:00', '16:00']);
    expect(day(TUE, { partOfDay: 'evening' })).toEqual([]);
    const late = withHours({ tue: [['08:00', '20:00']] });
    expect(day(TUE, { partOfDay: 'evening' }, { settings: late })).toEqual([
      '17:00',
      '17:30',
      '18:00',
      '18:30',
      '19:00',
    ]);
  });

  it('after / before / between (the job must end by `before`)', () => {
    expect(day(TUE, { after: '15:00' })).toEqual(['15:00', '15:30', '16:00']);
    expect(day(TUE, { before: '10:00' })).toEqual(['08:00', '08:30', '09:00']);
    expect(day(TUE, { after: '10:00', before: '12:00' })).toEqual(['10:00', '10:30', '11:00']);
    expect(day(TUE, { after: '10:15', before: '12:00' })).toEqual(['10:30', '11:00']);
    expect(day(TUE, { after: '12:00', before: '12:30' })).toEqual([]);
  });

  it('part of day and explicit bounds intersect', () => {
    expect(day(TUE, { partOfDay: 'morning', after: '10:30' })).toEqual(['10:30', '11:00']);
    expect(day(TUE, { partOfDay: 'afternoon', before: '14:00' })).toEqual(['12:00', '12:30', '13:00']);
  });

  it('`at` orders the day by closeness, earlier first on ties', () => {
    expect(day(TUE, { at: '15:00' }).slice(0, 4)).toEqual(['15:00', '14:30', '15:30', '14:00']);
    const busy = [interval('job', TUE, '14:30', '15:30')];
    expect(day(TUE, { at: '15:00' }, { busy }).slice(0, 3)).toEqual(['15:30', '16:00', '13:30']);
  });

  it('asap ignores part of day, after/before and at', () => {
    expect(day(TUE, { asap: true, partOfDay: 'evening', at: '15:00', after: '12:00' })[0]).toBe('08:00');
  });
});

describe('DST days (America/Chicago, every day open 08:00–17:00)', () => {
  const allWeek = withHours({ sat: WEEKDAY, sun: WEEKDAY });
  const early = new Date(0);

  it.each([
    ['2026-03-07', '2026-03-07T14:00:00.000Z'],
    ['2026-03-08', '2026-03-08T13:00:00.000Z'],
    ['2026-03-09', '2026-03-09T13:00:00.000Z'],
    ['2026-10-31', '2026-10-31T13:00:00.000Z'],
    ['2026-11-01', '2026-11-01T14:00:00.000Z'],
    ['2026-11-02', '2026-11-02T14:00:00.000Z'],
  ])('%s: slots run 08:00–16:00 local (first at %s)', (localDate, utc) => {
    const found = slots(localDate, {}, { settings: allWeek, now: early });
    expect(found[0]?.start.toISOString()).toBe(utc);
    expect(found[0]?.localTime).toBe('08:00');
    expect(found.at(-1)?.localTime).toBe('16:00');
    expect(found).toHaveLength(17);
  });

  it('a range spanning the spring-forward gap steps in real time (00:00–06:00 holds 5 real hours)', () => {
    const settings = { ...withHours({ sun: [['00:00', '06:00']] }, allWeek), slotStepMinutes: 60 };
    expect(day('2026-03-08', {}, { settings, now: early })).toEqual([
      '00:00',
      '01:00',
      '03:00',
      '04:00',
      '05:00',
    ]);
  });

  it('a range spanning the fall-back overlap offers the repeated hour twice (00:00–04:00 holds 5)', () => {
    const settings = { ...withHours({ sun: [['00:00', '04:00']] }, allWeek), slotStepMinutes: 60 };
    const found = slots('2026-11-01', {}, { settings, now: early });
    expect(found.map((s) => s.localTime)).toEqual(['00:00', '01:00', '01:00', '02:00', '03:00']);
    expect(found[2]!.start.getTime() - found[1]!.start.getTime()).toBe(3_600_000);
  });

  it('a range opening inside the spring-forward gap opens at 03:00', () => {
    const settings = withHours({ sun: [['02:30', '05:00']] }, allWeek);
    expect(day('2026-03-08', {}, { settings, now: early })).toEqual(['03:00', '03:30', '04:00']);
  });
});
