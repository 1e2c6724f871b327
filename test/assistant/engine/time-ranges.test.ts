import { describe, expect, it } from 'vitest';
import { Sim } from './engine-sim.js';

// Sunday 2026-03-08 19:00 in Chicago (the Sim's default): "monday" is tomorrow, 2026-03-09.
// Thursday 2026-03-05 10:00 in Chicago.
const THURSDAY_MORNING = '2026-03-05T16:00:00Z';

/** Books with the time said first, then name and address, taking whatever is offered first. */
async function bookWith(time: string, language: 'en' | 'es' = 'en', now?: string) {
  const sim = new Sim({ facts: { language }, ...(now ? { now } : {}) });
  await sim.start();
  await sim.say(language === 'en' ? 'my kitchen sink is clogged' : 'el fregadero de la cocina está tapado');
  await sim.say(time);
  await sim.say(language === 'en' ? 'this is dana cole' : 'me llamo dana cole');
  await sim.say('88 birch lane');
  await sim.say(language === 'en' ? 'the first one' : 'la primera');
  await sim.say(language === 'en' ? 'yes' : 'sí');
  return { sim, slot: sim.booked[0]?.slot };
}

describe('a weekday ruled out inside the range allowed is never booked', () => {
  it.each<[string, 'en' | 'es']>([
    ['not monday, any other weekday is fine', 'en'],
    ['any weekday but monday', 'en'],
    ['any day but monday', 'en'],
    ['cualquier día menos el lunes', 'es'],
    ['no el lunes, otro día entre semana', 'es'],
  ])('"%s" on a Sunday evening books Tuesday', async (time, language) => {
    const { slot } = await bookWith(time, language);
    expect(slot?.date).toBe('2026-03-10');
  });

  it('"anything except friday this week" on a Thursday books Thursday or Saturday, never Friday', async () => {
    const { sim, slot } = await bookWith('anything except friday this week', 'en', THURSDAY_MORNING);
    expect(sim.searches[0]?.excludeDates).toEqual(['2026-03-06']);
    expect(slot?.date).not.toBe('2026-03-06');
  });
});

describe('days counted from another day keep the part of day', () => {
  it.each<[string, 'en' | 'es', string, string]>([
    ['a week from tomorrow in the afternoon', 'en', '2026-03-16', '12:00'],
    ['two weeks from friday in the morning', 'en', '2026-03-27', '08:00'],
    ['the day after tomorrow in the afternoon', 'en', '2026-03-10', '12:00'],
    ['in three days', 'en', '2026-03-11', '08:00'],
    ['de mañana en ocho por la tarde', 'es', '2026-03-16', '12:00'],
    ['dentro de tres días en la mañana', 'es', '2026-03-11', '08:00'],
    ['pasado mañana por la tarde', 'es', '2026-03-10', '12:00'],
  ])('"%s" (%s) books %s at %s', async (time, language, date, start) => {
    const { slot } = await bookWith(time, language);
    expect(slot).toMatchObject({ date, time: start });
  });
});
