import { describe, expect, it } from 'vitest';
import type { Expecting, UnderstandingContext } from './types.js';
import { understand } from './understand.js';

// Ways real callers put things that an earlier held-out batch showed the rules missing. Each case
// is the caller's words and what must be read from them. Monday 2026-03-02 10:00 in Chicago.
const ctx: UnderstandingContext = {
  now: new Date('2026-03-02T16:00:00Z'),
  timeZone: 'America/Chicago',
  language: 'en',
  serviceNames: ['Garbage disposal', 'Furnace repair'],
};
const read = (text: string, expecting: Expecting | null = null, language: 'en' | 'es' = 'en') =>
  understand(text, { ...ctx, language, expecting });

describe('times said with a homophone for the number', () => {
  it.each([
    ['thursday at for in the afternoon if you got it', '2026-03-05', '16:00'],
    ['tuesday at too', '2026-03-03', '14:00'],
    ['wednesday at ate in the morning', '2026-03-04', '08:00'],
  ])('%s', (text, date, at) => {
    expect(read(text, 'time').time).toMatchObject({ fromDate: date, toDate: date, at });
  });

  it('leaves "to" and "for" alone where no time fits', () => {
    expect(read('i need someone to look at it for me').time).toBeUndefined();
    expect(read('can you come over to check it').time).toBeUndefined();
  });
});

describe('a day that is only background to the request', () => {
  it('books the day asked for, not the day of the forecast', () => {
    const u = read(
      "my sump pump quit and it's supposed to rain saturday so could somebody come thursday morning",
    );
    expect(u.time).toEqual({ fromDate: '2026-03-05', toDate: '2026-03-05', partOfDay: 'morning' });
  });

  it('ignores the day the trouble started', () => {
    expect(read('it started monday can you come wednesday').time).toMatchObject({
      fromDate: '2026-03-04',
      toDate: '2026-03-04',
    });
  });
});

describe('names spelled out', () => {
  it.each([
    ["siobhan that's s i o b h a n last name keane", 'Siobhan Keane'],
    ['the name is bob wright w r i g h t not rite', 'Bob Wright'],
  ])('%s', (text, name) => {
    expect(read(text, 'name').name).toBe(name);
  });
});

describe('a house number corrected with "not X, it is Y"', () => {
  it('reads the number in words and the new one in digits', () => {
    const u = read("sorry not fourteen fifty seven it's 1475 west wrightwood", 'choice');
    expect(u.houseNumber).toEqual({ value: '1475', replaces: '1457' });
    expect(u.correction).toBe(true);
  });

  it('is not a time correction', () => {
    expect(read("not at 3 it's 4", 'choice').houseNumber).toBeUndefined();
  });
});

describe('a question beside a request', () => {
  it('answers "do you work saturdays" and still takes the job', () => {
    const u = read('hi do you guys work saturdays my furnace is making a squealing noise');
    expect(u.intents).toEqual(['book', 'faq_hours']);
    expect(u.problem).toBe('my furnace is making a squealing noise');
  });

  it('does not start a booking for an area question alone', () => {
    const u = read('hi do you guys come out to naperville');
    expect(u.intents).toEqual(['faq_area']);
    expect(u.askedPlace).toBe('Naperville');
  });

  it.each([
    ['do you service oak park too', 'Oak Park'],
    ['are you guys in my area', undefined],
    ['do you cover the north side', undefined],
  ])('names the place in "%s"', (text, place) => {
    expect(read(text).askedPlace).toBe(place);
  });

  it('names the place in Spanish', () => {
    expect(read('¿trabajan en cicero?', null, 'es').askedPlace).toBe('Cicero');
  });
});

describe('closing and agreeing', () => {
  it.each([
    'cool i will call back when i need you thanks',
    "cool i'll call back when i need you thanks",
    'okay good to know thank you bye',
    'ok thanks',
    'thank you so much',
  ])('"%s" says goodbye', (text) => {
    expect(read(text).intents).toContain('goodbye');
  });

  it('a thank-you after a problem is not a goodbye', () => {
    expect(read('my water heater is leaking thank you').intents).toEqual(['book']);
  });

  it.each(['awesome', 'cool', 'excellent', 'yes please'])('"%s" confirms', (text) => {
    expect(read(text, 'confirm').yesNo).toBe('yes');
  });
});

describe('Spanish as callers speak it', () => {
  it.each([
    ['oiga el calentón no está echando aire caliente hace mucho frío', 'calentón'],
    ['buenas tardes el triturador de basura está trabado', 'triturador'],
    ['saludos mire se me bota el breaker cada vez que prendo la secadora', 'breaker'],
  ])('"%s" is a job to book', (text, word) => {
    const u = read(text, null, 'es');
    expect(u.intents).toContain('book');
    expect(u.problem).toContain(word);
  });

  it.each([
    ['3456 west división street apartamento 2', '3456 West División Street Apartamento 2'],
    ['número 4127 calle 47 oeste', '4127 West 47th Street'],
  ])('address "%s"', (text, address) => {
    expect(read(text, 'address', 'es').address).toBe(address);
  });

  it('"cualquier mañana" is any morning, not tomorrow', () => {
    expect(read('la próxima semana cualquier mañana menos el lunes', 'time', 'es').time).toEqual({
      fromDate: '2026-03-10',
      toDate: '2026-03-15',
      partOfDay: 'morning',
    });
  });
});

describe('held-out batch-3 phrasings', () => {
  it.each([
    ['oiga huele bien fuerte a gas en la cocina creo que es la estufa', 'es', 'gas_leak'],
    ["there's a pipe next to it that split it's spraying water", 'en', 'burst_pipe'],
  ] as const)('"%s" is an emergency', (text, language, reason) => {
    expect(read(text, null, language).emergency?.reasons).toContain(reason);
  });

  it('a swamp cooler leaking on the roof is not a flood', () => {
    const u = read("our swamp cooler's leaking water all over the roof and the pump isn't running");
    expect(u.emergency).toBeUndefined();
    expect(u.intents).toEqual(['book']);
  });

  it.each([
    ['9920 penn avenue south in bloomington', 'en', '9920 Penn Avenue South, Bloomington'],
    ['four oh one west irving boulevard in irving', 'en', '401 West Irving Boulevard, Irving'],
    ['en el mil cuatrocientos veintitrés de burke road en pasadena', 'es', '1423 Burke Road, Pasadena'],
    ['vivo en el 2208 de shaver street en pasadena', 'es', '2208 Shaver Street, Pasadena'],
  ] as const)('address "%s"', (text, language, address) => {
    expect(read(text, 'address', language).address).toBe(address);
  });

  it('"wait no sorry it\'s 4481" corrects the house number', () => {
    const u = read("wait no sorry it's 4481 i always flip those 4481 north wolcott", 'choice');
    expect(u.houseNumber).toEqual({ value: '4481' });
    expect(u.correction).toBe(true);
  });

  it('"put it under my wife\'s name" names who the visit is for', () => {
    const u = read(
      "actually put it under my wife's name karen brennan she's gonna be the one home",
      'address',
    );
    expect(u.name).toBe('Karen Brennan');
    expect(u.correction).toBe(true);
  });

  it('"can we push that back" moves the visit', () => {
    expect(read("i'm on the schedule for monday at eight can we push that back").intents).toEqual([
      'reschedule',
    ]);
  });

  it('a stain on the ceiling is the job, and "kinda soft" is nobody\'s name', () => {
    const u = read("hi there's a brown stain on my kitchen ceiling and it's kinda soft");
    expect(u.intents).toEqual(['book']);
    expect(u.name).toBeUndefined();
  });

  it.each([
    ['thursday at for thirty', 'en', { at: '16:30' }],
    ['antes del mediodía', 'es', { before: '12:00' }],
    ['después del mediodía', 'es', { after: '12:00' }],
  ] as const)('time "%s"', (text, language, time) => {
    expect(read(text, 'time', language).time).toMatchObject(time);
  });

  it.each([
    ["that's it thanks", 'en'],
    ['ah ok está bien gracias', 'es'],
  ] as const)('"%s" says goodbye', (text, language) => {
    expect(read(text, null, language).intents).toContain('goodbye');
  });

  it.each([
    ["what time do y'all close on saturday", 'faq_hours'],
    ["hi y'all go out to pearland", 'faq_area'],
  ] as const)('"%s" is a question', (text, intent) => {
    expect(read(text).intents).toEqual([intent]);
  });

  it('names the place even when the job follows the question', () => {
    const u = read('hi do you guys come out to gary indiana i got a leak under my kitchen sink');
    expect(u.askedPlace).toBe('Gary Indiana');
    expect(u.intents).toEqual(['book', 'faq_area']);
  });
});

describe('held-out batch-4 phrasings', () => {
  it.each([
    ["hi our ac just died it's 115 out and my dad is on oxygen", 'en', 'no_cooling'],
    [
      'es que el aire no sirve y está haciendo como 104 afuera y mi abuelita está enferma del corazón',
      'es',
      'no_cooling',
    ],
    ['se está saliendo el agua negra por la ducha y el inodoro está burbujeando', 'es', 'sewage_backup'],
  ] as const)('"%s" is an emergency', (text, language, reason) => {
    expect(read(text, null, language).emergency?.reasons).toContain(reason);
  });

  it('an air conditioner that cools badly is a routine job', () => {
    expect(read("the ac isn't cooling great upstairs").emergency).toBeUndefined();
  });

  it.each([
    ['10540 noroeste 7 avenida miami', 'es', '10540 Northwest 7th Avenue, Miami'],
    [
      "i'm the landlord at 1733 south 11th street second floor unit",
      'en',
      '1733 South 11th Street 2nd Floor',
    ],
  ] as const)('address "%s"', (text, language, address) => {
    expect(read(text, 'address', language).address).toBe(address);
  });

  it('"my names priya raman" (the recogniser dropped the apostrophe) is a name', () => {
    expect(read('hi there my names priya raman were at 2215 south clarkson street in denver').name).toBe(
      'Priya Raman',
    );
  });

  it('"usted habla español" is not a name', () => {
    expect(read('usted habla español es que los radiadores no calientan', null, 'es').name).toBeUndefined();
  });

  it('a ZIP code asked about is the place', () => {
    expect(read('hi do yall service 30097 thats up in duluth').askedPlace).toBe('30097');
  });

  it('"oh ok no worries thank you" says goodbye', () => {
    expect(read('oh ok no worries thank you').intents).toContain('goodbye');
  });
});

describe('held-out batch-4: moves and services', () => {
  const monday = { ...ctx, now: new Date('2026-12-21T15:00:00Z') };

  it('in a move, the time after "move it to" is the new one; the day before it names the visit', () => {
    const u = understand(
      'im supposed to have someone tomorrow for the water heater can you move it to monday the twenty eighth same time',
      monday,
    );
    expect(u.intents).toContain('reschedule');
    expect(u.time).toMatchObject({ fromDate: '2026-12-28', toDate: '2026-12-28' });
  });

  it('"monday the 28th" is that date, not a range from the nearest monday', () => {
    expect(understand('monday the twenty eighth', monday).time).toEqual({
      fromDate: '2026-12-28',
      toDate: '2026-12-28',
    });
  });

  it.each([
    ['hey do you all do gutters or like roofing stuff', 'gutters or roofing'],
    ['do you guys do panel upgrades', 'panel upgrades'],
  ])('"%s" asks about %s', (text, work) => {
    expect(read(text).askedWork).toBe(work);
  });

  it('"do you do free estimates" names no kind of work', () => {
    expect(read('do you do free estimates').askedWork).toBeUndefined();
  });
});

describe('an either-or services question', () => {
  it('"water heaters or is it just ac" asks about water heaters', () => {
    const u = understand('hi quick question do you guys do water heaters or is it just ac', {
      ...ctx,
      serviceNames: ['AC repair', 'Furnace repair'],
    });
    expect(u.askedWork).toBe('water heaters');
    expect(u.service).toBeUndefined();
  });
});
