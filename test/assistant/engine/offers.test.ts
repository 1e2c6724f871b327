import { describe, expect, it } from 'vitest';
import {
  matchOffer,
  mergeTime,
  nextSearchLevel,
  pickOffers,
  relaxed,
  spreadOut,
  spreadSearchLimit,
  withDefaultClock,
} from '../../../src/modules/assistant/engine/offers.js';
import { createSpeaker } from '../../../src/modules/assistant/engine/speak.js';
import type { SlotOffer } from '../../../src/modules/assistant/engine/types.js';
import { render } from '../../../src/modules/assistant/replies/index.js';

const slot = (date: string, time: string): SlotOffer => ({
  start: `${date}T${time}:00-05:00`,
  end: `${date}T${time}:00-05:00`,
  date,
  time,
});
const MON = '2026-03-09';
const TUE = '2026-03-10';

describe('pickOffers', () => {
  const day = ['08:00', '08:30', '09:00', '10:00', '10:30'].map((t) => slot(MON, t));
  it('offers the first slot and a real alternative two hours later', () => {
    expect(pickOffers(day, {}, false).map((s) => s.time)).toEqual(['08:00', '10:00']);
  });
  it('falls back to another day, then to the next slot', () => {
    expect(pickOffers([slot(MON, '16:00'), slot(TUE, '08:00')], {}, false).map((s) => s.date)).toEqual([
      MON,
      TUE,
    ]);
    expect(pickOffers(day.slice(0, 2), {}, false).map((s) => s.time)).toEqual(['08:00', '08:30']);
  });
  it('offers only the exact time asked for, the earliest for emergencies, or the only slot', () => {
    expect(pickOffers([slot(MON, '14:00'), slot(MON, '13:30')], { at: '14:00' }, false)).toHaveLength(1);
    expect(pickOffers(day, {}, true)).toEqual([day[0]]);
    expect(pickOffers([day[0]!], {}, false)).toEqual([day[0]]);
  });
  it('says the two nearest to a requested time in clock order', () => {
    const nearest = [slot(MON, '14:30'), slot(MON, '13:30'), slot(MON, '15:00')];
    expect(pickOffers(nearest, { at: '14:00' }, false).map((s) => s.time)).toEqual(['13:30', '14:30']);
  });
});

describe('matchOffer', () => {
  const offers = [slot(MON, '09:00'), slot(TUE, '14:00')];
  it.each([
    [{ choice: 1 }, '09:00'],
    [{ choice: -1 }, '14:00'],
    [{ time: { at: '14:00' } }, '14:00'],
    [{ time: { at: '02:00' } }, '14:00'],
    [{ time: { fromDate: TUE, toDate: TUE } }, '14:00'],
    [{ time: { partOfDay: 'morning' as const } }, '09:00'],
    [{ time: { at: '11:00' } }, undefined],
    [{ choice: 3 }, undefined],
  ])('%j → %s', (u, expected) => {
    expect(matchOffer(offers, { language: 'en', intents: [], ...u })?.time).toBe(expected);
  });
});

describe('time preferences', () => {
  it('a follow-up keeps what it does not replace', () => {
    const morning = { fromDate: MON, toDate: MON, partOfDay: 'morning' as const };
    expect(mergeTime(morning, { fromDate: TUE, toDate: TUE })).toEqual({
      fromDate: TUE,
      toDate: TUE,
      partOfDay: 'morning',
    });
    expect(mergeTime(morning, { at: '15:00' })).toEqual({ fromDate: MON, toDate: MON, at: '15:00' });
    expect(mergeTime(morning, { asap: true })).toEqual({ asap: true });
    expect(mergeTime(undefined, { at: '15:00' })).toEqual({ at: '15:00' });
  });
  it('keeps the days the caller ruled out through follow-ups and widening', () => {
    const week = { fromDate: MON, toDate: '2026-03-15', excludeDates: [TUE] };
    expect(mergeTime(week, { partOfDay: 'morning' })).toEqual({ ...week, partOfDay: 'morning' });
    expect(mergeTime(week, { excludeDates: [MON] })).toEqual({ ...week, excludeDates: [MON, TUE] });
    expect(mergeTime(week, { fromDate: TUE, toDate: TUE })).toEqual({ fromDate: TUE, toDate: TUE });
    const afternoon = { ...week, partOfDay: 'afternoon' as const };
    expect(relaxed(afternoon, 1)).toEqual({ fromDate: MON, excludeDates: [TUE], partOfDay: 'afternoon' });
    expect(relaxed(afternoon, 2)).toEqual({ fromDate: MON, excludeDates: [TUE] });
  });

  it('widens step by step and knows when nothing is left', () => {
    const c = { fromDate: MON, toDate: MON, partOfDay: 'morning' as const };
    expect(relaxed(c, 1)).toEqual({ fromDate: MON, partOfDay: 'morning' });
    expect(relaxed(c, 2)).toEqual({ fromDate: MON });
    expect(nextSearchLevel(c, 0)).toBe(1);
    expect(nextSearchLevel({ fromDate: MON, partOfDay: 'morning' }, 0)).toBe(2);
    expect(nextSearchLevel({ asap: true }, 0)).toBeNull();
    expect(nextSearchLevel({}, 0)).toBeNull();
  });
  it('a moved appointment keeps its time of day unless told otherwise', () => {
    expect(withDefaultClock({ fromDate: TUE }, '10:00')).toEqual({ fromDate: TUE, at: '10:00' });
    expect(withDefaultClock({ fromDate: TUE, partOfDay: 'afternoon' }, '10:00')).toEqual({
      fromDate: TUE,
      partOfDay: 'afternoon',
    });
  });
});

describe('speaker', () => {
  const now = new Date('2026-03-09T00:00:00Z'); // Sunday 7 pm in Chicago
  const en = createSpeaker('en', 'America/Chicago', now);
  const es = createSpeaker('es', 'America/Chicago', now);
  it.each([
    [en.when({ date: '2026-03-08', time: '15:00' }), 'today at 3 PM'],
    [en.when({ date: MON, time: '09:30' }), 'tomorrow at 9:30 AM'],
    [en.when({ date: '2026-03-10', time: '12:00' }), 'Tuesday, March 10th at noon'],
    [en.day('2026-03-21'), 'Saturday, March 21st'],
    [en.day('2026-03-22'), 'Sunday, March 22nd'],
    [en.day('2026-03-13'), 'Friday, March 13th'],
    [en.either({ date: MON, time: '08:00' }, { date: MON, time: '10:00' }), 'tomorrow at 8 AM or 10 AM'],
    [es.when({ date: '2026-03-08', time: '13:00' }), 'hoy a la 1 de la tarde'],
    [es.when({ date: '2026-03-10', time: '09:00' }), 'el martes 10 de marzo a las 9 de la mañana'],
    [
      es.either({ date: MON, time: '08:00' }, { date: TUE, time: '20:30' }),
      'mañana a las 8 de la mañana o el martes 10 de marzo a las 8:30 de la noche',
    ],
  ])('%s', (said, expected) => {
    expect(said).toBe(expected);
  });
});

describe('rendered replies', () => {
  const speaker = createSpeaker('en', 'America/Chicago', new Date('2026-03-09T00:00:00Z'));
  it('end a sentence once after a name that ends in a period', () => {
    const goodbye = render(
      { id: 'goodbye', params: { business: 'Demo Plumbing Co.', voice: true } },
      speaker,
    );
    expect(goodbye).toBe('Thanks for calling Demo Plumbing Co. Goodbye!');
  });
  it('say in Spanish that the business is not open after or before a time', () => {
    const es = createSpeaker('es', 'America/Chicago', new Date('2026-03-09T00:00:00Z'));
    expect(render({ id: 'not_open', params: { after: '18:00' } }, es)).toBe(
      'No abrimos después de las 6 de la tarde.',
    );
    expect(render({ id: 'not_open', params: { before: '07:00' } }, es)).toBe(
      'No abrimos antes de las 7 de la mañana.',
    );
  });
});

describe('spreadOut (callers racing for the same slots)', () => {
  /** One-hour jobs on a half-hour grid, 8:00–16:00. */
  const hourJob = (time: string): SlotOffer => {
    const start = `${MON}T${time}:00-05:00`;
    return { start, end: new Date(Date.parse(start) + 3_600_000).toISOString(), date: MON, time };
  };
  const grid = ['08', '09', '10', '11', '12', '13', '14', '15'].flatMap((h) => [`${h}:00`, `${h}:30`]);
  const day = grid.map(hourJob);
  const phones = Array.from({ length: 40 }, (_, i) => `+1312555${String(3000 + i * 17).padStart(4, '0')}`);
  const firstTimes = (lost: number, narrow = false) =>
    new Set(phones.map((seed) => spreadOut(day, seed, lost, narrow)[0]!.time));

  it('leaves the list alone before any slot was lost, or with two slots or fewer', () => {
    expect(spreadOut(day, '+13125550111', 0, false)).toEqual(day);
    expect(spreadOut(day.slice(0, 2), '+13125550111', 3, false)).toEqual(day.slice(0, 2));
  });
  it('only cuts the list: what follows the start stays in the search order', () => {
    for (const seed of phones) {
      const spread = spreadOut(day, seed, 2, false);
      expect(spread).toEqual(day.slice(day.length - spread.length));
      expect(spread.length).toBeGreaterThanOrEqual(2);
    }
  });
  it('starts on slots that do not overlap (on the hour here), 4 of them after one loss, more after two', () => {
    expect([...firstTimes(1)].sort()).toEqual(['08:00', '09:00', '10:00', '11:00']);
    const two = firstTimes(2);
    expect(two.size).toBeGreaterThan(4);
    for (const time of two) expect(time.endsWith(':00')).toBe(true);
    // Never the last slot: a second one is always left to offer.
    expect(two.has('15:30')).toBe(false);
  });
  it('moves a precise wish (a clock time, as soon as possible, an emergency) one slot per loss', () => {
    expect([...firstTimes(1, true)].sort()).toEqual(['08:00', '09:00']);
    expect([...firstTimes(2, true)].sort()).toEqual(['08:00', '09:00', '10:00']);
  });
  it('is a pure function of the caller, the round and the slots', () => {
    for (const seed of phones) expect(spreadOut(day, seed, 1, false)).toEqual(spreadOut(day, seed, 1, false));
  });
  it('widens the search only after a second loss, and not for a precise wish', () => {
    expect([0, 1].map((lost) => spreadSearchLimit(lost, false))).toEqual([undefined, undefined]);
    expect([2, 3, 6].map((lost) => spreadSearchLimit(lost, false))).toEqual([48, 96, 96]);
    expect(spreadSearchLimit(3, true)).toBeUndefined();
  });
});
