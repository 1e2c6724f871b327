import { describe, expect, it } from 'vitest';
import type { Expecting, UnderstandingContext } from './types.js';
import { understand } from './understand.js';

// Monday 2026-03-02 19:00 in Chicago: tomorrow is Tuesday 03-03, Saturday is 03-07.
const ctx: UnderstandingContext = {
  now: new Date('2026-03-03T01:00:00Z'),
  timeZone: 'America/Chicago',
  language: 'en',
  serviceNames: ['Water heater repair', 'Drain cleaning', 'Toilet repair'],
  emergencyKeywords: [],
};
const read = (text: string, expecting: Expecting | null = null) => understand(text, { ...ctx, expecting });

describe('understand: SMS shorthand', () => {
  it.each([
    ['2moro at 2pm?', { fromDate: '2026-03-03', toDate: '2026-03-03', at: '14:00' }],
    ['tmrw aft', { fromDate: '2026-03-03', toDate: '2026-03-03', partOfDay: 'afternoon' }],
    ['thurs @ 3', { fromDate: '2026-03-05', toDate: '2026-03-05', at: '15:00' }],
    ['weds 10ish', { fromDate: '2026-03-04', toDate: '2026-03-04', at: '10:00' }],
    ['tues b4 noon', { fromDate: '2026-03-03', toDate: '2026-03-03', before: '12:00' }],
    ['nxt wk mon', { fromDate: '2026-03-09', toDate: '2026-03-09' }],
    ['next wk', { fromDate: '2026-03-09', toDate: '2026-03-15' }],
    ['SAT MORNING!!', { fromDate: '2026-03-07', toDate: '2026-03-07', partOfDay: 'morning' }],
    ['sat', { fromDate: '2026-03-07', toDate: '2026-03-07' }],
    ['fri 2 pm', { fromDate: '2026-03-06', toDate: '2026-03-06', at: '14:00' }],
    ['sun aft', { fromDate: '2026-03-08', toDate: '2026-03-08', partOfDay: 'afternoon' }],
    ['mon or tues', { fromDate: '2026-03-09', toDate: '2026-03-10' }],
    ['wed pls', { fromDate: '2026-03-04', toDate: '2026-03-04' }],
    ['can someone come b4 5', { before: '17:00' }],
    ['anytime aft 3', { after: '15:00' }],
  ])('reads the time in %j', (text, time) => {
    expect(read(text, 'time').time).toEqual(time);
  });

  it('reads a booking with tomorrow and appointment abbreviated', () => {
    const u = read('need appt tmr pls');
    expect(u.intents).toEqual(['book']);
    expect(u.time).toEqual({ fromDate: '2026-03-03', toDate: '2026-03-03' });
  });

  it('reads a two-line text with "u" and "fri"', () => {
    const u = read('hi i need my drain cleaned\ncan u come fri?');
    expect(u.problem).toBe('i need my drain cleaned');
    expect(u.service).toBe('Drain cleaning');
    expect(u.time).toEqual({ fromDate: '2026-03-06', toDate: '2026-03-06' });
  });

  it.each([
    ['r u open sat', ['faq_hours']],
    ['what r ur hours', ['faq_hours']],
    ['do u do water heaters', ['faq_services']],
  ])('reads the question in %j', (text, intents) => {
    expect(read(text).intents).toEqual(intents);
  });

  it('reads "wed like to" as "we\'d like to", not Wednesday', () => {
    const u = read('wed like to book a drain cleaning');
    expect(u.intents).toEqual(['book']);
    expect(u.time).toBeUndefined();
  });
});

describe('understand: shorthand that stays a word when it is not shorthand', () => {
  it.each([
    ['it sat there for days leaking'],
    ['the water just sat in the tub'],
    ['the sun room ceiling is leaking'],
  ])('finds no day in %j', (text) => {
    expect(read(text).time).toBeUndefined();
  });

  it.each([
    ['b r u c e', 'Bruce'],
    ['l u k e', 'Luke'],
    ['dr smith', 'Dr Smith'],
  ])('keeps the letters of the spelled name %j', (text, name) => {
    expect(read(text, 'name').name).toBe(name);
  });

  it('keeps "st" a street after an ordinal', () => {
    expect(read('1425 w 1st st', 'address').address).toBe('1425 W 1st St');
  });
});
