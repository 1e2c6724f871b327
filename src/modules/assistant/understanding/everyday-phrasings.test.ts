import { describe, expect, it } from 'vitest';
import { scoreEmergency } from './emergency.js';
import { normalize } from './normalize.js';
import { understand } from './understand.js';

// Ways callers put things that the assistant once missed, by kind.

const ctx = { now: new Date('2026-04-13T15:00:00Z'), timeZone: 'America/Chicago', language: 'en' as const };
const es = { ...ctx, language: 'es' as const };
const emergency = (text: string, lang: 'en' | 'es' = 'en') =>
  scoreEmergency(normalize(text, lang)).score >= 0.7;

describe('emergencies said indirectly', () => {
  it.each([
    ['huele como a huevo podrido cerca de la estufa', 'es'],
    ['the alarm by the furnace keeps screaming and it says co on the screen', 'en'],
    ['the breaker box is buzzing really loud and the door on it is warm', 'en'],
    ['the pipe under my kitchen sink just came apart and it is spraying everywhere', 'en'],
  ] as const)('"%s" is an emergency', (text, lang) => {
    expect(emergency(text, lang)).toBe(true);
  });

  it.each([
    ['my shower drain is super slow, like standing water up to my ankles', 'en'],
    ['this is kind of an emergency, the smoke detector keeps chirping, no smoke, no fire', 'en'],
    ['mi esposa dice que esto es una emergencia pero la verdad es que la llave gotea', 'es'],
  ] as const)('"%s" is not', (text, lang) => {
    expect(emergency(text, lang)).toBe(false);
  });

  it('standing water in the basement still is', () => {
    expect(emergency('there is standing water all over the basement floor')).toBe(true);
  });
});

describe('Spanish requests', () => {
  it('"¿la puedo pasar para el viernes?" moves the appointment', () => {
    const u = understand('tengo una cita el jueves pero ¿la puedo pasar para el viernes en la tarde?', es);
    expect(u.intents).toEqual(['reschedule']);
    expect(u.time).toMatchObject({ fromDate: '2026-04-17', partOfDay: 'afternoon' });
  });

  it('"cancelar la del lunes y mejor apartar para el miércoles" is one move to wednesday', () => {
    const u = understand('quiero cancelar la cita del lunes y mejor apartar para el miércoles temprano', es);
    expect(u.intents).toEqual(['reschedule']);
    expect(u.time?.fromDate).toBe('2026-04-15');
  });

  it('"hola soy maribel ochoa, el water heater…" gives the name', () => {
    const u = understand('hola soy maribel ochoa, el water heater está leaking por abajo', es);
    expect(u.name).toBe('Maribel Ochoa');
  });

  it('a thermostat to install is a job', () => {
    expect(understand('quería ver si me pueden instalar un termostato nuevo', es).intents).toContain('book');
  });
});

describe('questions', () => {
  it('"is that something you do in bellevue too" asks about the area', () => {
    expect(understand('okay cool and is that something you do in bellevue too', ctx).intents).toEqual([
      'faq_area',
    ]);
  });

  it('the work asked about ends where the caller talks about their own', () => {
    const u = understand("do you guys fix garage door openers, mine won't close all the way", ctx);
    expect(u.askedWork).toBe('garage door openers');
  });

  it('"don\'t book anything, i\'m just asking" withdraws', () => {
    expect(
      understand("hi don't book anything i'm just asking, do you do camera inspections", ctx).withdraws,
    ).toBe(true);
  });
});

describe('facts', () => {
  it('a rural route and box is an address', () => {
    const u = understand('rural route 2 box 47, off oak hill road in williston', {
      ...ctx,
      expecting: 'address',
    });
    expect(u.address).toBe('Rural Route 2, Box 47, Williston');
  });

  it('"after my shift ends at 3, i\'m home by 3 30" starts the window at 3:30', () => {
    const u = understand("any day this week after my shift ends at 3, i'm home by 3 30", {
      ...ctx,
      expecting: 'time',
    });
    expect(u.time).toMatchObject({ after: '15:30' });
  });

  it('"i get off at 4" is after 4, "can you come by 3" before 3', () => {
    expect(understand('i get off at 4', { ...ctx, expecting: 'time' }).time).toMatchObject({
      after: '16:00',
    });
    expect(understand('can you come by 3', { ...ctx, expecting: 'time' }).time).toMatchObject({
      before: '15:00',
    });
  });

  it('"wrong house number, it\'s 1423 north avenue, not 1432" corrects the address', () => {
    const u = understand("sorry, wrong house number, it's 1423 north avenue, not 1432", {
      ...ctx,
      expecting: 'choice',
    });
    expect(u).toMatchObject({ address: '1423 North Avenue', correction: true });
  });

  it('a name said before the address, after "it\'s", mid-sentence', () => {
    const u = understand(
      "okay then thursday morning, it's nate gagnon at 77 east allen street in winooski",
      ctx,
    );
    expect(u.name).toBe('Nate Gagnon');
  });
});

describe('work of another trade', () => {
  const withServices = (text: string, serviceNames: string[]) => understand(text, { ...ctx, serviceNames });

  it.each([
    ['do you install solar panels on the roof', 'solar panels'],
    ["can you guys fix a pool pump, it's making a grinding noise", 'pool pump'],
  ])('"%s" asks about %s, which is not done here', (text, work) => {
    const u = withServices(text, ['panel upgrade', 'ceiling fan installation']);
    expect(u).toMatchObject({ intents: ['faq_services'], askedWork: work });
    expect(u.service).toBeUndefined();
  });

  it.each([
    ["there's a pool of water under my sink"],
    ['2744 north spaulding avenue'],
    ['do you speak spanish, el drenaje de la lavadora se está regresando'],
    ['a swamp cooler leaking on the roof'],
  ])('"%s" names no other trade', (text) => {
    expect(withServices(text, ['drain cleaning']).intents).not.toEqual(['faq_services']);
  });

  it("a trade the tenant offers is booked (a solar company's solar panels)", () => {
    expect(withServices('my solar panels stopped working', ['solar panel repair']).intents).toContain('book');
  });
});

describe('names and holidays', () => {
  it('"cheryl van der berg" keeps both particles', () => {
    expect(understand('cheryl van der berg', { ...ctx, expecting: 'name' }).name).toBe('Cheryl van der Berg');
  });

  it('a name after who the caller is, or after a grudging yes', () => {
    const asked = { ...es, expecting: 'name' as const };
    expect(understand('soy el dueño del edificio, héctor rivera, rivera con v', asked).name).toBe(
      'Héctor Rivera',
    );
    expect(understand('¿y para qué necesita mi nombre? bueno está bien, ramón de jesús', asked).name).toBe(
      'Ramón de Jesús',
    );
  });

  it('christmas and navidad are december 25th; "es nada más una pregunta" is not a goodbye', () => {
    const u = understand(
      '¿ustedes trabajan el día de navidad? no me haga cita, es nada más una pregunta',
      es,
    );
    expect(u).toMatchObject({ intents: ['faq_hours'], time: { fromDate: '2026-12-25' }, withdraws: true });
    expect(understand('are you open on christmas', ctx).time?.fromDate).toBe('2026-12-25');
  });

  it('"los angeles" and "la brea" do not make a caller Spanish', () => {
    expect(
      understand('4410 inglewood boulevard, los angeles', { ...ctx, expecting: 'address' }).language,
    ).toBe('en');
    expect(understand('814 north la brea avenue inglewood', { ...ctx, expecting: 'address' }).address).toBe(
      '814 North la Brea Avenue, Inglewood',
    );
  });
});

describe('batch-8 kinds', () => {
  it.each([
    ['i smell propane really strong out by the tank and a little bit in the mudroom', 'en'],
    ['se rompió un tubo arriba y está saliendo agua por la lámpara del techo', 'es'],
  ] as const)('"%s" is an emergency', (text, lang) => {
    expect(emergency(text, lang)).toBe(true);
  });

  it('an elderly mother makes a cold house urgent, not a clogged sink', () => {
    expect(
      emergency("i'm calling for my mother she's eighty six and her kitchen sink drain is backed up"),
    ).toBe(false);
    expect(emergency("my mother is 86 and her heat's out, it's 50 degrees inside")).toBe(true);
  });

  it.each([
    ["hey can we push tomorrow's tune-up to friday morning", 'en'],
    ['tengo cita el viernes pero se puede pasar para el sábado temprano', 'es'],
    ['quiero cancelar la cita del jueves y que vengan mejor el sábado por la mañana', 'es'],
  ] as const)('"%s" moves the appointment', (text, lang) => {
    expect(understand(text, lang === 'es' ? es : ctx).intents).toEqual(['reschedule']);
  });

  it('"el catorce en la mañana" is the 14th in the morning, not 2 PM', () => {
    expect(understand('el catorce en la mañana', { ...es, expecting: 'time' }).time).toEqual({
      fromDate: '2026-04-14',
      toDate: '2026-04-14',
      partOfDay: 'morning',
    });
  });

  it('"before two, she has a doctor thing after" ends the window at two', () => {
    const u = understand('thursday any time before two she has a doctor thing after', {
      ...ctx,
      expecting: 'time',
    });
    expect(u.time).toMatchObject({ before: '14:00' });
    expect(u.time?.after).toBeUndefined();
  });

  it('the tenant\'s own service named outright is not another trade ("heat tape on the gutters")', () => {
    const u = understand('i need somebody to put heat tape on the gutters', {
      ...ctx,
      serviceNames: ['heat tape installation', 'furnace repair'],
    });
    expect(u).toMatchObject({ intents: ['book'], service: 'heat tape installation' });
  });

  it('"pool heaters or just the pumps" asks about pool heaters', () => {
    const u = understand('do you guys fix pool heaters or just the pumps', {
      ...ctx,
      serviceNames: ['Pool pump repair', 'Pool heater repair'],
    });
    expect(u.service).toBe('Pool heater repair');
  });

  it('"dan servicio allá en laredo" asks about the area', () => {
    const u = understand('buenos días dan servicio allá en laredo es que el calentador hace ruido', es);
    expect(u.intents).toContain('faq_area');
    expect(u.askedPlace).toBe('Laredo');
  });
});
