import { describe, expect, it } from 'vitest';
import { refinement } from '../../../src/modules/assistant/engine/offers.js';
import type { SlotOffer } from '../../../src/modules/assistant/engine/types.js';
import { understand } from '../../../src/modules/assistant/understanding/index.js';
import { Sim } from './engine-sim.js';

// Monday 2026-03-09, 9 AM in Chicago: "today" is Monday, the agreed day is Wednesday.
const NOW = '2026-03-09T15:00:00Z';
const WED = '2026-03-11';

async function offeredWednesdayMorning(language: 'en' | 'es' = 'en'): Promise<Sim> {
  const sim = new Sim({ now: NOW, facts: { language } });
  await sim.start();
  await sim.say(
    language === 'es'
      ? 'el desagüe está tapado, ¿pueden venir el miércoles por la mañana? me llamo juan pérez, 12 oak street chicago'
      : 'my drain is clogged, can you come wednesday morning? name is john smith, 12 oak street chicago',
  );
  expect(sim.state.offers.map((o) => `${o.date} ${o.time}`)).toEqual([`${WED} 08:00`, `${WED} 10:00`]);
  return sim;
}

describe('a refinement keeps the agreed day', () => {
  it.each([
    ["that's too early, anything after lunch?", '13:00'],
    ['something later that day?', '10:30'],
    ['anything later?', '10:30'],
    ["that's too early", '10:30'],
    ['anything after 3 that day', '15:00'],
    ['no, in the afternoon', '12:00'],
  ])('"%s" searches Wednesday again', async (text, first) => {
    const sim = await offeredWednesdayMorning();
    await sim.say(text);
    expect(sim.searches.at(-1)).toMatchObject({ fromDate: WED, toDate: WED });
    expect(sim.state.offers[0]).toMatchObject({ date: WED, time: first });
    await sim.say('the first one');
    await sim.say('yes');
    expect(sim.booked.at(-1)?.slot.date).toBe(WED);
  });
  it('"¿algo más tarde ese día?" keeps el miércoles', async () => {
    const sim = await offeredWednesdayMorning('es');
    await sim.say('¿algo más tarde ese día?');
    expect(sim.searches.at(-1)).toMatchObject({ fromDate: WED, toDate: WED, after: '10:00' });
    expect(sim.state.offers.every((o) => o.date === WED && o.time > '10:00')).toBe(true);
  });
  it('"a bit earlier?" looks before the offers, never on another day first', async () => {
    const sim = new Sim({ now: NOW });
    await sim.start();
    await sim.say(
      'my drain is clogged, can you come wednesday afternoon? name is john smith, 12 oak street chicago',
    );
    expect(sim.state.offers[0]).toMatchObject({ date: WED, time: '12:00' });
    await sim.say('a bit earlier?');
    expect(sim.searches.at(-1)).toEqual({ fromDate: WED, toDate: WED, before: '12:00' });
    expect(sim.state.offers.map((o) => o.date)).toEqual([WED, WED]);
    expect(sim.state.offers.every((o) => o.time < '12:00')).toBe(true);
  });
  it('a day said with the refinement still replaces the agreed one', async () => {
    const sim = await offeredWednesdayMorning();
    await sim.say('actually thursday afternoon');
    expect(sim.searches.at(-1)).toMatchObject({ fromDate: '2026-03-12', toDate: '2026-03-12' });
  });
  it('"the later one" still picks an offer', async () => {
    const sim = await offeredWednesdayMorning();
    await sim.say('the later one');
    expect(sim.state.chosen).toMatchObject({ date: WED, time: '10:00' });
  });
  it('"later" while confirming one slot moves past it, on the same day', async () => {
    const sim = new Sim({ now: NOW });
    await sim.start();
    await sim.say(
      'my drain is clogged, can you come wednesday at 9? name is john smith, 12 oak street chicago',
    );
    expect(sim.state.pending).toBe('confirm_booking');
    await sim.say('hmm, anything later?');
    expect(sim.searches.at(-1)).toMatchObject({ fromDate: WED, toDate: WED, after: '09:00' });
  });
});

describe('refinement', () => {
  const ctx = {
    now: new Date(NOW),
    timeZone: 'America/Chicago',
    language: 'en' as const,
    expecting: 'choice' as const,
  };
  const offered: SlotOffer[] = ['08:00', '10:00'].map((time) => ({
    start: `${WED}T${time}:00-05:00`,
    end: `${WED}T${time}:00-05:00`,
    date: WED,
    time,
  }));
  const agreed = { fromDate: WED, toDate: WED, partOfDay: 'morning' as const };
  it.each([
    ['anything after lunch', { partOfDay: 'afternoon', after: '13:00' }, false],
    ['something a bit later', { after: '10:00' }, true],
    ['a little earlier', { before: '08:00' }, true],
    ['tomorrow afternoon', { fromDate: '2026-03-10', toDate: '2026-03-10', partOfDay: 'afternoon' }, false],
  ])('"%s" → %j', (text, time, nudged) => {
    const out = refinement(agreed, understand(text, ctx), offered);
    expect(out.u.time).toEqual(time);
    expect(out.nudged).toBe(nudged);
  });
  it('without an agreed day the filled-in day stays', () => {
    expect(refinement(undefined, understand('in the afternoon', ctx), []).u.time).toMatchObject({
      fromDate: '2026-03-09',
    });
  });
  it.each(['talk to you later', 'push it a week later', 'later next week'])('"%s" is no nudge', (text) => {
    expect(understand(text, ctx).nudge).toBeUndefined();
  });
});

describe('two weekdays ruled out in one phrase', () => {
  it('"next week but not monday or tuesday" offers neither', async () => {
    const sim = new Sim({ now: NOW });
    await sim.start();
    await sim.say(
      'my drain is clogged, next week but not monday or tuesday. name is john smith, 12 oak street chicago',
    );
    expect(sim.searches.at(-1)).toMatchObject({ fromDate: '2026-03-18', toDate: '2026-03-22' });
    expect(sim.state.offers.every((o) => o.date >= '2026-03-18')).toBe(true);
  });
  it('"la próxima semana pero no el lunes ni el martes" offers neither', async () => {
    const sim = new Sim({ now: NOW, facts: { language: 'es' } });
    await sim.start();
    await sim.say(
      'el desagüe está tapado, la próxima semana pero no el lunes ni el martes. me llamo juan pérez, 12 oak street chicago',
    );
    expect(sim.state.offers.length).toBeGreaterThan(0);
    expect(sim.state.offers.every((o) => o.date >= '2026-03-18')).toBe(true);
  });
});

describe('a part of day said later in the call', () => {
  it('keeps the day said before it', async () => {
    const sim = new Sim({ now: NOW });
    await sim.start();
    await sim.say('my drain is clogged, can you come wednesday?');
    await sim.say('in the afternoon if possible');
    await sim.say('john smith');
    await sim.say('12 oak street chicago');
    expect(sim.searches.at(-1)).toEqual({ fromDate: WED, toDate: WED, partOfDay: 'afternoon' });
  });
});
