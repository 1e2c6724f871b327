import { describe, expect, it } from 'vitest';
import type { TimeConstraint } from '../../../platform/time/time-constraint.js';
import { normalize } from './normalize.js';
import { parseTime } from './time-expressions.js';
import type { Language } from './types.js';

// Monday 2026-03-02 19:00 in Chicago (already Tuesday in UTC).
const MONDAY_EVENING = new Date('2026-03-03T01:00:00Z');
// Monday 2026-03-02 09:00 in Chicago.
const MONDAY_MORNING = new Date('2026-03-02T15:00:00Z');
const CHICAGO = 'America/Chicago';

function time(text: string, now = MONDAY_EVENING, timeZone = CHICAGO, language: Language = 'en') {
  return parseTime(normalize(text, language), { now, timeZone, language })?.constraint;
}

const day = (date: string): TimeConstraint => ({ fromDate: date, toDate: date });

describe('time expressions (Monday 2026-03-02 19:00 America/Chicago)', () => {
  it.each<[string, TimeConstraint]>([
    ['tomorrow morning', { ...day('2026-03-03'), partOfDay: 'morning' }],
    ['next tuesday at 3', { ...day('2026-03-10'), at: '15:00' }],
    ['thursday between 1 and 3', { ...day('2026-03-05'), after: '13:00', before: '15:00' }],
    ['the day after tomorrow around 10', { ...day('2026-03-04'), at: '10:00' }],
    ['any time next week', { fromDate: '2026-03-09', toDate: '2026-03-15' }],
    ['after lunch', { ...day('2026-03-03'), partOfDay: 'afternoon', after: '13:00' }],
    ['this afternoon', { ...day('2026-03-02'), partOfDay: 'afternoon' }],
    ['tonight', { ...day('2026-03-02'), partOfDay: 'evening' }],
    ['this evening', { ...day('2026-03-02'), partOfDay: 'evening' }],
    ['monday or tuesday', { fromDate: '2026-03-09', toDate: '2026-03-10' }],
    ['march 10th at 9am', { ...day('2026-03-10'), at: '09:00' }],
    ['the 15th', day('2026-03-15')],
    ['on the fifteenth at ten', { ...day('2026-03-15'), at: '10:00' }],
    ['in the morning', { ...day('2026-03-03'), partOfDay: 'morning' }],
    ['next week tuesday', day('2026-03-10')],
    ['tuesday of next week', day('2026-03-10')],
    ['sometime friday', day('2026-03-06')],
    ['early next week', { fromDate: '2026-03-09', toDate: '2026-03-10' }],
    ['before noon', { before: '12:00' }],
    ['after 2', { after: '14:00' }],
    ['wednesday around 2', { ...day('2026-03-04'), at: '14:00' }],
    ['saturday morning', { ...day('2026-03-07'), partOfDay: 'morning' }],
    ['monday morning works best', { ...day('2026-03-09'), partOfDay: 'morning' }],
    ['monday', day('2026-03-09')],
    ['tomorrow afternoon would be great', { ...day('2026-03-03'), partOfDay: 'afternoon' }],
    ['ten a m tomorrow', { ...day('2026-03-03'), at: '10:00' }],
    ['tomorrow at seven in the evening', { ...day('2026-03-03'), partOfDay: 'evening', at: '19:00' }],
    ['at 6 in the morning', { ...day('2026-03-03'), partOfDay: 'morning', at: '06:00' }],
    ['between 10 and 2', { after: '10:00', before: '14:00' }],
    ['between 6 and 8', { after: '18:00', before: '20:00' }],
    ['3/10', day('2026-03-10')],
    ['march first', day('2027-03-01')],
    ['this weekend', { fromDate: '2026-03-07', toDate: '2026-03-08' }],
    ['later this week', { fromDate: '2026-03-05', toDate: '2026-03-06' }],
    ['in a couple of days', day('2026-03-04')],
    ['first thing in the morning', { ...day('2026-03-03'), partOfDay: 'morning', before: '10:00' }],
    ['late afternoon tomorrow', { ...day('2026-03-03'), partOfDay: 'afternoon', after: '15:00' }],
    ['any mornings', { partOfDay: 'morning' }],
    ["i'm free monday but not tuesday", day('2026-03-09')],
    ['whenever works', {}],
    ['i work until 5 so anytime after that', { after: '17:00' }],
    ['i get off work at 4 can you come after', { after: '16:00' }],
    ['no earlier than 9 please', { after: '09:00' }],
    ['i need it done before friday', { fromDate: '2026-03-02', toDate: '2026-03-05' }],
    ['by thursday', { fromDate: '2026-03-02', toDate: '2026-03-05' }],
    ['my appointment is thursday could you move it to the following day', day('2026-03-06')],
    ['8 in the morning would be perfect', { ...day('2026-03-03'), partOfDay: 'morning', at: '08:00' }],
    [
      'how about wednesday or thursday morning',
      { fromDate: '2026-03-04', toDate: '2026-03-05', partOfDay: 'morning' },
    ],
    ['friday through monday', { fromDate: '2026-03-06', toDate: '2026-03-09' }],
    ['2 weeks from now', day('2026-03-16')],
    ['next month', { fromDate: '2026-04-01', toDate: '2026-04-30' }],
    ['tuesday march 10 at 2:30 pm', { ...day('2026-03-10'), at: '14:30' }],
    ['the 22nd at 2:30', { ...day('2026-03-22'), at: '14:30' }],
  ])('%s', (text, expected) => {
    expect(time(text)).toEqual(expected);
  });

  it.each([
    'as soon as possible',
    'asap',
    'right away',
    'today if you can',
    'as soon as you can',
    'lo antes posible',
  ])('%s → asap', (text) => {
    expect(time(text, MONDAY_EVENING, CHICAGO, text.startsWith('lo') ? 'es' : 'en')).toEqual({ asap: true });
  });

  it.each([
    'i have a leak under my sink',
    'good afternoon my name is helen',
    "it's been leaking since this morning",
    'i was there last monday',
    'i need two people',
    'there are about 2 inches of water',
    'the next day',
  ])('%s → no time', (text) => {
    expect(time(text)).toBeUndefined();
  });

  it.each([
    ["i can't do friday", 'en', '2026-03-06'],
    ['el martes no puedo', 'es', '2026-03-03'],
  ] as const)('%s → only a day ruled out', (text, language, date) => {
    const parsed = parseTime(normalize(text, language), { now: MONDAY_EVENING, timeZone: CHICAGO, language });
    expect(parsed).toMatchObject({ constraint: { excludeDates: [date] }, ruledOutOnly: true });
  });
});

describe('weekday named on that same weekday', () => {
  it.each<[string, TimeConstraint]>([
    // 09:00 on a Monday: Monday morning is still ahead, so "monday" is today.
    ['monday morning', { ...day('2026-03-02'), partOfDay: 'morning' }],
    ['monday at 3', { ...day('2026-03-02'), at: '15:00' }],
    ['this monday', day('2026-03-02')],
    // "next monday" is always next week's Monday.
    ['next monday', day('2026-03-09')],
    ['in the morning', { ...day('2026-03-02'), partOfDay: 'morning' }],
    ['tuesday or wednesday', { fromDate: '2026-03-03', toDate: '2026-03-04' }],
  ])('%s', (text, expected) => {
    expect(time(text, MONDAY_MORNING)).toEqual(expected);
  });

  it('at 19:00 the day is over, so "monday" is next week', () => {
    expect(time('monday afternoon')).toEqual({ ...day('2026-03-09'), partOfDay: 'afternoon' });
  });
});

describe('Spanish', () => {
  it.each<[string, TimeConstraint]>([
    ['mañana en la mañana', { ...day('2026-03-03'), partOfDay: 'morning' }],
    ['mañana por la mañana', { ...day('2026-03-03'), partOfDay: 'morning' }],
    ['el martes a las 3', { ...day('2026-03-03'), at: '15:00' }],
    ['la próxima semana', { fromDate: '2026-03-09', toDate: '2026-03-15' }],
    ['la semana que viene', { fromDate: '2026-03-09', toDate: '2026-03-15' }],
    ['el jueves entre la 1 y las 3', { ...day('2026-03-05'), after: '13:00', before: '15:00' }],
    ['el jueves entre la una y las tres', { ...day('2026-03-05'), after: '13:00', before: '15:00' }],
    ['pasado mañana', day('2026-03-04')],
    ['el lunes en la tarde', { ...day('2026-03-09'), partOfDay: 'afternoon' }],
    ['el 10 de marzo', day('2026-03-10')],
    ['el 15', day('2026-03-15')],
    ['el próximo lunes', day('2026-03-09')],
    ['a las diez de la mañana', { ...day('2026-03-03'), partOfDay: 'morning', at: '10:00' }],
    ['después de las dos', { after: '14:00' }],
    ['la semana que viene el martes', day('2026-03-10')],
    ['el martes de la próxima semana', day('2026-03-10')],
    [
      'el viernes por la tarde después de las tres',
      { ...day('2026-03-06'), partOfDay: 'afternoon', after: '15:00' },
    ],
    ['el día 20', day('2026-03-20')],
    ['antes de las cuatro', { before: '16:00' }],
  ])('%s', (text, expected) => {
    expect(time(text, MONDAY_EVENING, CHICAGO, 'es')).toEqual(expected);
  });
});

describe('corrections yield only the new time', () => {
  it.each<[string, TimeConstraint]>([
    ['no wait make that thursday', day('2026-03-05')],
    ['actually friday is better', day('2026-03-06')],
    ['actually no thursday morning would be better sorry', { ...day('2026-03-05'), partOfDay: 'morning' }],
    ['tuesday at 3 no wait make that thursday', day('2026-03-05')],
    ['wednesday i mean thursday', day('2026-03-05')],
    ['tomorrow at 10 no make it 11', { at: '11:00' }],
  ])('%s', (text, expected) => {
    const parsed = parseTime(normalize(text), { now: MONDAY_EVENING, timeZone: CHICAGO, language: 'en' });
    expect(parsed?.constraint).toEqual(expected);
    expect(parsed?.corrected).toBe(true);
  });

  it('mejor el viernes', () => {
    const parsed = parseTime(normalize('mejor el viernes', 'es'), {
      now: MONDAY_EVENING,
      timeZone: CHICAGO,
      language: 'es',
    });
    expect(parsed).toMatchObject({ constraint: day('2026-03-06'), corrected: true });
  });
});

describe('a day the caller replaces is not part of the range', () => {
  it.each<[string, TimeConstraint, Language?]>([
    ['can we make it friday afternoon instead of thursday', { ...day('2026-03-06'), partOfDay: 'afternoon' }],
    ['friday instead of thursday', day('2026-03-06')],
    ['thursday rather than tuesday', day('2026-03-05')],
    ['friday not thursday', day('2026-03-06')],
    ['wednesday instead of tomorrow', day('2026-03-04')],
    ['the 12th instead of the 10th', day('2026-03-12')],
    ['el viernes en vez del jueves', day('2026-03-06'), 'es'],
    ['el viernes en lugar del jueves', day('2026-03-06'), 'es'],
  ])('%s', (text, expected, language = 'en') => {
    expect(time(text, MONDAY_EVENING, CHICAGO, language)).toEqual(expected);
  });
});

describe('days the caller rules out (Monday 2026-03-02 evening)', () => {
  it.each<[string, TimeConstraint]>([
    [
      'sometime next week but not monday i have a thing monday',
      { fromDate: '2026-03-10', toDate: '2026-03-15' },
    ],
    ['any day next week except monday', { fromDate: '2026-03-10', toDate: '2026-03-15' }],
    [
      'next week but not wednesday',
      { fromDate: '2026-03-09', toDate: '2026-03-15', excludeDates: ['2026-03-11'] },
    ],
    ['next week but not sunday', { fromDate: '2026-03-09', toDate: '2026-03-14' }],
    ['anything but friday', { excludeDates: ['2026-03-06'] }],
    ['any day but tomorrow', { excludeDates: ['2026-03-03'] }],
    [
      "uh we're out of town next week so sometime the week after next",
      { fromDate: '2026-03-16', toDate: '2026-03-22' },
    ],
    ["i'm busy tuesday so wednesday or thursday", { fromDate: '2026-03-04', toDate: '2026-03-05' }],
    ["we won't be home next week so the week after next", { fromDate: '2026-03-16', toDate: '2026-03-22' }],
    [
      'tuesday through friday but thursday is out',
      { fromDate: '2026-03-03', toDate: '2026-03-06', excludeDates: ['2026-03-05'] },
    ],
  ])('%s', (text, expected) => {
    expect(time(text)).toEqual(expected);
  });

  it('estamos de viaje la próxima semana, mejor la siguiente', () => {
    expect(
      time(
        'estamos de viaje la semana que viene así que la semana siguiente a la próxima',
        MONDAY_EVENING,
        CHICAGO,
        'es',
      ),
    ).toEqual({
      fromDate: '2026-03-16',
      toDate: '2026-03-22',
    });
  });
});

describe('"what do you have?" leaves the day to us', () => {
  it.each([
    ['um what do you have', 'en'],
    ["what's available", 'en'],
    ['what have you got', 'en'],
    ["what's open", 'en'],
    ['whatever you have', 'en'],
    ['qué tiene disponible', 'es'],
    ['lo que tenga', 'es'],
  ] as const)('%s → {}', (text, language) => {
    expect(time(text, MONDAY_EVENING, CHICAGO, language)).toEqual({});
  });

  it('what do you have on thursday → thursday', () => {
    expect(time('what do you have on thursday')).toEqual(day('2026-03-05'));
  });
});

describe('time zones and DST', () => {
  it.each<[string, string, string, TimeConstraint]>([
    // Saturday 22:00 CST, the night before clocks spring forward.
    ['2026-03-08T04:00:00Z', CHICAGO, 'tomorrow at 3', { ...day('2026-03-08'), at: '15:00' }],
    // Sunday 01:30 CST, half an hour before the change: still morning today.
    ['2026-03-08T07:30:00Z', CHICAGO, 'in the morning', { ...day('2026-03-08'), partOfDay: 'morning' }],
    // Sunday 12:30 CDT (11:30 if the offset were not updated): the morning is over.
    ['2026-03-08T17:30:00Z', CHICAGO, 'in the morning', { ...day('2026-03-09'), partOfDay: 'morning' }],
    // Sunday 11:30 CST after falling back (12:30 under the old offset): still morning.
    ['2026-11-01T17:30:00Z', CHICAGO, 'in the morning', { ...day('2026-11-01'), partOfDay: 'morning' }],
    ['2026-11-01T05:30:00Z', CHICAGO, 'next week', { fromDate: '2026-11-02', toDate: '2026-11-08' }],
    ['2026-03-03T01:00:00Z', '-06:00', 'tomorrow', day('2026-03-03')],
    ['2026-03-02T20:00:00Z', '+05:30', 'tomorrow', day('2026-03-04')],
    [
      '2026-03-08T04:00:00Z',
      'America/Denver',
      'monday morning',
      { ...day('2026-03-09'), partOfDay: 'morning' },
    ],
  ])('%s %s: %s', (iso, zone, text, expected) => {
    expect(time(text, new Date(iso), zone)).toEqual(expected);
  });
});

describe('a weekday ruled out inside the range allowed (Monday 2026-03-02 evening)', () => {
  // Sunday 2026-03-08 19:00 in Chicago: "monday" is tomorrow.
  const SUNDAY_EVENING = new Date('2026-03-09T01:00:00Z');
  const WEEKDAYS_BUT_MONDAY = {
    fromDate: '2026-03-03',
    toDate: '2026-03-13',
    excludeDates: ['2026-03-07', '2026-03-08', '2026-03-09'],
  };
  it.each<[string, TimeConstraint, Language?]>([
    ['not monday, any other weekday is fine', WEEKDAYS_BUT_MONDAY],
    ['any weekday but monday', WEEKDAYS_BUT_MONDAY],
    ['no el lunes, otro día entre semana', WEEKDAYS_BUT_MONDAY, 'es'],
    ['entre semana menos el lunes', WEEKDAYS_BUT_MONDAY, 'es'],
    ['any day but monday', { excludeDates: ['2026-03-09'] }],
    ['cualquier día menos el lunes', { excludeDates: ['2026-03-09'] }, 'es'],
    ['any other day is fine just not monday', { excludeDates: ['2026-03-09'] }],
    [
      'anything except tuesday this week',
      { fromDate: '2026-03-02', toDate: '2026-03-08', excludeDates: ['2026-03-03'] },
    ],
    [
      'any weekday except wednesday next week',
      { fromDate: '2026-03-09', toDate: '2026-03-13', excludeDates: ['2026-03-11'] },
    ],
    [
      'la próxima semana entre semana menos el miércoles',
      { fromDate: '2026-03-09', toDate: '2026-03-13', excludeDates: ['2026-03-11'] },
      'es',
    ],
    ['weekdays next week', { fromDate: '2026-03-09', toDate: '2026-03-13' }],
    [
      'any weekday in the morning but not friday',
      {
        fromDate: '2026-03-02',
        toDate: '2026-03-12',
        excludeDates: ['2026-03-06', '2026-03-07', '2026-03-08'],
        partOfDay: 'morning',
      },
    ],
  ])('%s', (text, expected, language = 'en') => {
    expect(time(text, MONDAY_EVENING, CHICAGO, language)).toEqual(expected);
  });

  it.each<[string, Language]>([
    ['not monday, any other weekday is fine', 'en'],
    ['any day but monday', 'en'],
    ['cualquier día menos el lunes', 'es'],
    ['no el lunes, otro día entre semana', 'es'],
  ])('on a Sunday, "%s" rules out tomorrow', (text, language) => {
    const c = time(text, SUNDAY_EVENING, CHICAGO, language);
    const excluded = (c?.excludeDates ?? []).includes('2026-03-09') || (c?.fromDate ?? '') > '2026-03-09';
    expect(excluded).toBe(true);
  });

  it('the week is still a time preference, not only a day ruled out', () => {
    const parse = parseTime(normalize('not monday any other weekday is fine', 'en'), {
      now: MONDAY_EVENING,
      timeZone: CHICAGO,
      language: 'en',
    });
    expect(parse?.ruledOutOnly).toBeUndefined();
  });
});

describe('days counted from another day (Monday 2026-03-02 evening)', () => {
  it.each<[string, TimeConstraint, Language?]>([
    ['a week from tomorrow in the afternoon', { ...day('2026-03-10'), partOfDay: 'afternoon' }],
    ['a week from tomorrow', day('2026-03-10')],
    ['a week from today', day('2026-03-09')],
    ['one week from tomorrow morning', { ...day('2026-03-10'), partOfDay: 'morning' }],
    ['two weeks from friday', day('2026-03-20')],
    ['2 weeks from friday at 2', { ...day('2026-03-20'), at: '14:00' }],
    ['a week from next tuesday at 3', { ...day('2026-03-17'), at: '15:00' }],
    ['three days from now', day('2026-03-05')],
    ['the day after tomorrow in the morning', { ...day('2026-03-04'), partOfDay: 'morning' }],
    ['in three days', day('2026-03-05')],
    ['dentro de una semana', day('2026-03-09'), 'es'],
    ['dentro de tres días por la mañana', { ...day('2026-03-05'), partOfDay: 'morning' }, 'es'],
    ['dentro de dos semanas', day('2026-03-16'), 'es'],
    ['de mañana en ocho', day('2026-03-10'), 'es'],
    ['de mañana en ocho por la tarde', { ...day('2026-03-10'), partOfDay: 'afternoon' }, 'es'],
    ['de hoy en ocho', day('2026-03-09'), 'es'],
    ['de hoy en quince', day('2026-03-16'), 'es'],
    ['del viernes en ocho a las 10', { ...day('2026-03-13'), at: '10:00' }, 'es'],
    ['una semana después del lunes', day('2026-03-16'), 'es'],
    ['dos semanas a partir de mañana en la tarde', { ...day('2026-03-17'), partOfDay: 'afternoon' }, 'es'],
    ['pasado mañana', day('2026-03-04'), 'es'],
    ['pasado mañana por la tarde', { ...day('2026-03-04'), partOfDay: 'afternoon' }, 'es'],
  ])('%s', (text, expected, language = 'en') => {
    expect(time(text, MONDAY_EVENING, CHICAGO, language)).toEqual(expected);
  });

  it("on a Wednesday morning the anchor is that week's day", () => {
    const WEDNESDAY_MORNING = new Date('2026-03-04T16:00:00Z');
    expect(time('a week from tomorrow in the afternoon', WEDNESDAY_MORNING)).toEqual({
      ...day('2026-03-12'),
      partOfDay: 'afternoon',
    });
    expect(time('de mañana en ocho', WEDNESDAY_MORNING, CHICAGO, 'es')).toEqual(day('2026-03-12'));
  });
});

describe('several days ruled out in one phrase (Monday 2026-03-02 evening)', () => {
  const nextWeek = (from: string, excludeDates?: string[]): TimeConstraint => ({
    fromDate: from,
    toDate: '2026-03-15',
    ...(excludeDates ? { excludeDates } : {}),
  });
  it.each<[string, Language, TimeConstraint]>([
    ['next week but not monday or tuesday', 'en', nextWeek('2026-03-11')],
    ['next week but not monday and tuesday', 'en', nextWeek('2026-03-11')],
    ['next week, not monday, tuesday or wednesday', 'en', nextWeek('2026-03-12')],
    ['next week but not monday or thursday', 'en', nextWeek('2026-03-10', ['2026-03-12'])],
    ['la próxima semana pero no el lunes ni el martes', 'es', nextWeek('2026-03-11')],
    ['la semana que viene menos el lunes y el martes', 'es', nextWeek('2026-03-11')],
  ])('"%s"', (text, language, expected) => {
    expect(time(text, MONDAY_EVENING, CHICAGO, language)).toEqual(expected);
  });
  it('a day named as fine after the one ruled out is still wanted', () => {
    expect(time('not monday, tuesday is fine')).toEqual(day('2026-03-03'));
    expect(time('not monday or tuesday works')).toEqual(day('2026-03-03'));
  });
});
