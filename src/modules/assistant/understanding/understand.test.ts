import { describe, expect, it } from 'vitest';
import type { UnderstandingContext } from './types.js';
import { understand } from './understand.js';

// Monday 2026-03-02 19:00 in Chicago.
const ctx: UnderstandingContext = {
  now: new Date('2026-03-03T01:00:00Z'),
  timeZone: 'America/Chicago',
  language: 'en',
  serviceNames: [
    'Water heater repair',
    'Drain cleaning',
    'Toilet repair',
    'Garbage disposal',
    'Leak detection',
  ],
};
const withCtx = (extra: Partial<UnderstandingContext>): UnderstandingContext => ({ ...ctx, ...extra });

describe('understand: front-loaded callers', () => {
  it('reads a noisy opening with every fact in it', () => {
    const text =
      "uh yeah hi um this is dave miller my uh water heater's leaking all over the garage can somebody come out tomorrow morning i'm at 88 birch lane";
    expect(understand(text, ctx)).toEqual({
      language: 'en',
      intents: ['book'],
      name: 'Dave Miller',
      address: '88 Birch Lane',
      problem: "my water heater's leaking all over the garage",
      service: 'Water heater repair',
      time: { fromDate: '2026-03-03', toDate: '2026-03-03', partOfDay: 'morning' },
    });
  });

  it('reads a front-loaded garbage disposal call', () => {
    const text =
      "Hey, this is Chris Patel. My garbage disposal is leaking from the bottom. I'm at 1904 West Cortland Street, and tomorrow afternoon would be great.";
    expect(understand(text, ctx)).toMatchObject({
      name: 'Chris Patel',
      address: '1904 West Cortland Street',
      problem: 'my garbage disposal is leaking from the bottom',
      service: 'Garbage disposal',
      time: { fromDate: '2026-03-03', toDate: '2026-03-03', partOfDay: 'afternoon' },
    });
  });

  it('keeps the problem said together with a price question, but not with an hours question', () => {
    expect(understand('my sink is clogged how much to fix it', ctx)).toMatchObject({
      intents: ['book', 'faq_price'],
      problem: expect.stringContaining('my sink is clogged'),
      service: 'Drain cleaning',
    });
    expect(understand('are you open on saturday', ctx).problem).toBeUndefined();
  });

  it('does not read "good afternoon" as a time', () => {
    const text =
      "good afternoon my name is helen voss our water heater is making a popping noise and the water's only lukewarm we're at 480 south pearl street and monday morning works best";
    const u = understand(text, withCtx({ timeZone: 'America/Denver' }));
    expect(u).toMatchObject({
      name: 'Helen Voss',
      address: '480 South Pearl Street',
      problem: "our water heater is making a popping noise and the water's only lukewarm",
      time: { fromDate: '2026-03-09', toDate: '2026-03-09', partOfDay: 'morning' },
    });
  });
});

describe('understand: bare answers', () => {
  it.each([
    ['name', 'this is nora feldman', { name: 'Nora Feldman' }],
    ['name', 'john smith', { name: 'John Smith' }],
    ['address', '2231 north clybourn avenue', { address: '2231 North Clybourn Avenue' }],
    ['phone', 'three one two five five five oh one two three', { phone: '+13125550123' }],
    ['time', '3', { time: { at: '15:00' } }],
    ['confirm', 'that works', { yesNo: 'yes' }],
    ['confirm', 'okay sounds good', { yesNo: 'yes' }],
    ['confirm', 'nope', { yesNo: 'no' }],
    ['choice', 'the second one', { choice: 2 }],
    ['choice', '9 works', { time: { at: '09:00' } }],
    ['choice', 'yeah 11 is fine', { time: { at: '11:00' } }],
    ['choice', 'can you do 3 instead', { time: { at: '15:00' } }],
    ['choice', 'okay 10 please', { time: { at: '10:00' } }],
    ['problem', 'the vanity has a puddle under it', { problem: 'the vanity has a puddle under it' }],
  ] as const)('expecting %s: %s', (expecting, text, expected) => {
    expect(understand(text, withCtx({ expecting }))).toMatchObject(expected);
  });
});

describe('understand: corrections', () => {
  it('"no wait make that thursday" replaces the time and is not a plain no', () => {
    const u = understand('no wait make that thursday', withCtx({ expecting: 'confirm' }));
    expect(u.correction).toBe(true);
    expect(u.yesNo).toBeUndefined();
    expect(u.time).toEqual({ fromDate: '2026-03-05', toDate: '2026-03-05' });
  });

  it('a correction after the time question', () => {
    const u = understand(
      'actually no thursday morning would be better sorry',
      withCtx({ expecting: 'time' }),
    );
    expect(u).toMatchObject({
      correction: true,
      time: { fromDate: '2026-03-05', toDate: '2026-03-05', partOfDay: 'morning' },
    });
  });

  it('the later name wins', () => {
    expect(understand("my name is jon no wait it's john", ctx)).toMatchObject({
      name: 'John',
      correction: true,
    });
  });

  it('"no" with a new address is a correction', () => {
    const u = understand("no i'm at 88 birch lane", withCtx({ expecting: 'confirm' }));
    expect(u).toMatchObject({ address: '88 Birch Lane', correction: true });
    expect(u.yesNo).toBeUndefined();
  });

  it('mejor el viernes', () => {
    expect(understand('mejor el viernes', withCtx({ language: 'es' }))).toMatchObject({
      language: 'es',
      correction: true,
      time: { fromDate: '2026-03-06', toDate: '2026-03-06' },
    });
  });

  it('a rejected day is not a preference: it is a plain no that rules the day out', () => {
    expect(understand("no tomorrow doesn't work", withCtx({ expecting: 'confirm' }))).toEqual({
      language: 'en',
      intents: [],
      ruledOut: ['2026-03-03'],
      yesNo: 'no',
    });
  });

  it('a rejected day followed by a new one is a correction to the new one', () => {
    expect(
      understand("tomorrow doesn't work how about wednesday", withCtx({ expecting: 'confirm' })),
    ).toMatchObject({
      correction: true,
      time: { fromDate: '2026-03-04', toDate: '2026-03-04' },
    });
  });

  it('no marker, no correction', () => {
    expect(understand('thursday morning', ctx).correction).toBeUndefined();
  });

  it('a house number corrected alone, with a new day instead of the old one', () => {
    const text =
      "oh shoot sorry i said that wrong it's 1842 not 1824 and can we make it friday afternoon instead of thursday";
    expect(understand(text, withCtx({ expecting: 'choice' }))).toEqual({
      language: 'en',
      intents: [],
      houseNumber: { value: '1842', replaces: '1824' },
      time: { fromDate: '2026-03-06', toDate: '2026-03-06', partOfDay: 'afternoon' },
      correction: true,
    });
  });

  it('"no the house number is 1842": a house number with no old one named', () => {
    expect(understand('no the house number is 1842', withCtx({ expecting: 'confirm' }))).toMatchObject({
      houseNumber: { value: '1842' },
      correction: true,
    });
  });

  it('a house number said without a correction is left alone', () => {
    const u = understand('the house number is 1842', withCtx({ expecting: 'confirm' }));
    expect(u.houseNumber).toBeUndefined();
  });

  it('a whole address said again is an address, not a house number', () => {
    const u = understand("sorry it's 1842 north leclaire avenue not 1824", withCtx({ expecting: 'confirm' }));
    expect(u).toMatchObject({ address: '1842 North Leclaire Avenue', correction: true });
    expect(u.houseNumber).toBeUndefined();
  });

  it('"rather than tuesday" gives tuesday up', () => {
    expect(understand('thursday rather than tuesday', ctx)).toMatchObject({
      correction: true,
      time: { fromDate: '2026-03-05', toDate: '2026-03-05' },
    });
  });
});

describe('understand: other kinds of callers', () => {
  it('flags a burst water heater as an emergency', () => {
    const u = understand("my water heater just burst and there's water all over my basement floor", ctx);
    expect(u.intents[0]).toBe('emergency');
    expect(u.emergency).toMatchObject({ gas: false, reasons: ['burst_pipe', 'flooding'] });
  });

  it('gas smell sets gas: true', () => {
    expect(understand('i smell gas in the basement', ctx).emergency?.gas).toBe(true);
  });

  it('a negated emergency is not one', () => {
    const u = understand("it's not an emergency but my toilet is running", ctx);
    expect(u.emergency).toBeUndefined();
    expect(u.service).toBe('Toilet repair');
  });

  it('reschedule to the day after the booked one', () => {
    const text =
      'hi this is omar haddad i have an appointment on thursday could you move it to the following day same time';
    expect(understand(text, ctx)).toMatchObject({
      intents: ['reschedule'],
      name: 'Omar Haddad',
      time: { fromDate: '2026-03-06', toDate: '2026-03-06' },
    });
  });

  it('cancellation with a weekday', () => {
    expect(understand('hi i need to cancel my appointment for thursday', ctx)).toMatchObject({
      intents: ['cancel'],
      time: { fromDate: '2026-03-05', toDate: '2026-03-05' },
    });
  });

  it('a question about services is not a problem to book', () => {
    const u = understand('do you do tankless water heaters', ctx);
    expect(u.intents).toEqual(['faq_services']);
    expect(u.problem).toBeUndefined();
    expect(u.service).toBe('Water heater repair');
  });

  it('goodbye', () => {
    expect(understand("okay that's all thanks bye", ctx).intents).toEqual(['goodbye']);
  });

  it('asks for a person', () => {
    expect(understand("i'd rather talk to a person", ctx).intents).toEqual(['human']);
  });
});

describe('understand: Spanish callers', () => {
  it('switches an English tenant to Spanish and reads the problem', () => {
    expect(
      understand('buenos días le hablo porque el inodoro del baño no deja de correr', ctx),
    ).toMatchObject({
      language: 'es',
      intents: ['book'],
      problem: 'el inodoro del baño no deja de correr',
      service: 'Toilet repair',
    });
  });

  it.each([
    ['name', 'me llamo carlos ibarra', { name: 'Carlos Ibarra' }],
    ['address', 'mi dirección es 2847 south kedzie avenue', { address: '2847 South Kedzie Avenue' }],
    [
      'time',
      'el lunes en la tarde',
      { time: { fromDate: '2026-03-09', toDate: '2026-03-09', partOfDay: 'afternoon' } },
    ],
    ['confirm', 'sí me parece bien', { yesNo: 'yes' }],
    ['choice', 'la primera', { choice: 1 }],
  ] as const)('expecting %s: %s', (expecting, text, expected) => {
    expect(understand(text, withCtx({ expecting, language: 'es' }))).toMatchObject({
      language: 'es',
      ...expected,
    });
  });

  it('flags a gas smell in Spanish', () => {
    expect(understand('huele a gas en la cocina', ctx)).toMatchObject({
      language: 'es',
      emergency: { gas: true },
    });
  });
});

describe('understand: robustness', () => {
  it.each(['', '   ', '[noise]', 'um uh', '...'])('empty-ish input "%s" yields no facts', (text) => {
    expect(understand(text, ctx)).toEqual({ language: 'en', intents: [] });
  });

  it('is deterministic', () => {
    const text = 'this is bob at 12 main street tomorrow at 3 my drain is clogged';
    expect(understand(text, ctx)).toEqual(understand(text, ctx));
  });
});

describe('understand: openings heard on real calls', () => {
  it('"hey it\'s <first last>" introduces the caller', () => {
    const u = understand("hey it's sam whitaker the toilet in the upstairs bathroom keeps running", ctx);
    expect(u).toMatchObject({
      name: 'Sam Whitaker',
      problem: 'the toilet in the upstairs bathroom keeps running',
    });
  });

  it('"hey it\'s <one word>" still needs more to be a name', () => {
    expect(understand("hey it's pretty bad down here", ctx).name).toBeUndefined();
  });

  it('a leading "morning" greets and is not a time of day', () => {
    const u = understand('morning um my name is jenny cho can you come out today after 2', ctx);
    expect(u.name).toBe('Jenny Cho');
    expect(u.time?.partOfDay).toBeUndefined();
    expect(u.time?.after).toBe('14:00');
  });

  it('"morning" as an answer about time is still the morning', () => {
    expect(understand('morning works', withCtx({ expecting: 'time' })).time?.partOfDay).toBe('morning');
  });

  it.each([
    'hi i got a couple outlets in the bedroom that just stopped working',
    'two outlets in the bedroom are dead nothing works when you plug in',
    'the lights in the kitchen are not working',
  ])('an electrical symptom is a problem: %s', (text) => {
    expect(understand(text, ctx)).toMatchObject({ intents: ['book'], problem: expect.any(String) });
  });
});

describe('understand: reasons are not preferences', () => {
  it('"after 2 instead, i work in the morning" is after 2 pm, not the morning', () => {
    const u = understand(
      'actually can we do it after 2 instead i work in the morning',
      withCtx({ expecting: 'choice' }),
    );
    expect(u.time).toEqual({ after: '14:00' });
  });
});
