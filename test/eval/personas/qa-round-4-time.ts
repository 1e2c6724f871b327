import type { LocalWindow, Persona } from '../types.js';
import { AFTERNOON, booked, MORNING, OPEN, slot } from './defaults.js';

// Fourth QA round, times: a weekday ruled out inside the range the caller allows ("not monday, any
// other weekday is fine", "cualquier día menos el lunes") and days counted from another day ("a week
// from tomorrow in the afternoon", "de mañana en ocho"). These callers take whatever is offered
// (`accepts` is the whole fortnight), so a slot on the day they ruled out would be booked and fail.

const dates = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `2026-03-${String(from + i).padStart(2, '0')}`);
const ANYTHING: LocalWindow = slot(dates(9, 31), '00:00', '24:00');

export const qaRound4Time: Persona[] = [
  {
    id: 'qa4-not-monday-any-other-weekday',
    kind: 'time-expression',
    now: '2026-03-15T18:00', // Sunday evening: "monday" is tomorrow
    caller: {
      phone: '+17735550901',
      language: 'en',
      opening: 'hi the shower drain in our upstairs bathroom is really slow',
      gives: ['problem'],
      lines: {
        name: 'this is greg holloway',
        address: '2218 west belden avenue',
        time: 'not monday, any other weekday is fine',
      },
      accepts: ANYTHING,
    },
    expect: booked(slot(dates(17, 20), ...OPEN)),
  },
  {
    id: 'qa4-any-weekday-but-monday',
    kind: 'time-expression',
    now: '2026-03-13T15:00', // Friday afternoon: saturday is open, then monday
    caller: {
      phone: '+17735550902',
      language: 'en',
      opening: 'hey my garbage disposal just hums and does nothing',
      gives: ['problem'],
      lines: { name: 'nadia petrova', address: '1530 north wells street', time: 'any weekday but monday' },
      accepts: ANYTHING,
    },
    expect: booked(slot(dates(17, 20), ...OPEN)),
  },
  {
    id: 'qa4-es-cualquier-dia-menos-el-lunes',
    kind: 'spanish',
    now: '2026-03-15T17:00', // Sunday evening
    caller: {
      phone: '+17735550903',
      language: 'es',
      opening: 'hola el inodoro del baño no deja de correr el agua',
      gives: ['problem'],
      lines: {
        name: 'me llamo lucía paredes',
        address: 'vivo en 3345 west armitage avenue',
        time: 'cualquier día menos el lunes',
        yes: 'sí está bien',
      },
      accepts: ANYTHING,
    },
    expect: [...booked(slot(dates(17, 21), ...OPEN)), { kind: 'spanish' }],
  },
  {
    id: 'qa4-es-no-el-lunes-otro-dia-entre-semana',
    kind: 'spanish',
    now: '2026-03-14T10:00', // Saturday morning, open until 1: not a weekday
    caller: {
      phone: '+17735550904',
      language: 'es',
      opening: 'buenos días el calentador de agua hace un ruido muy fuerte',
      gives: ['problem'],
      lines: {
        name: 'soy andrés molina',
        address: 'es el 2710 north kedzie avenue',
        time: 'no el lunes, otro día entre semana',
        yes: 'sí perfecto',
      },
      accepts: ANYTHING,
    },
    expect: [...booked(slot(dates(17, 20), ...OPEN)), { kind: 'spanish' }],
  },
  {
    id: 'qa4-a-week-from-tomorrow-afternoon',
    kind: 'time-expression',
    now: '2026-03-16T10:00', // Monday morning: tomorrow is the 17th
    caller: {
      phone: '+17735550905',
      language: 'en',
      opening: 'hi i need someone to look at a leak under my kitchen sink',
      gives: ['problem'],
      lines: {
        name: 'my name is owen baptiste',
        address: '4415 north paulina street',
        time: 'a week from tomorrow in the afternoon',
      },
      accepts: ANYTHING,
    },
    expect: booked(slot('2026-03-24', ...AFTERNOON)),
  },
  {
    id: 'qa4-two-weeks-from-friday-morning',
    kind: 'time-expression',
    now: '2026-03-18T09:00', // Wednesday: this friday is the 20th
    caller: {
      phone: '+17735550906',
      language: 'en',
      opening: 'hi our sump pump needs a checkup before the spring rains',
      gives: ['problem'],
      lines: {
        name: 'ruth eklund',
        address: '6120 north artesian avenue',
        time: 'two weeks from friday in the morning',
      },
      accepts: slot(['2026-03-20', '2026-04-03'], '00:00', '24:00'),
    },
    expect: booked(slot('2026-04-03', ...MORNING)),
  },
  {
    id: 'qa4-in-three-days-afternoon',
    kind: 'time-expression',
    now: '2026-03-16T11:00', // Monday
    caller: {
      phone: '+17735550907',
      language: 'en',
      opening: 'hello the toilet in the basement keeps clogging',
      gives: ['problem'],
      lines: {
        name: 'this is marcus lee',
        address: '917 west cornelia avenue',
        time: 'in three days, afternoon',
      },
      accepts: ANYTHING,
    },
    expect: booked(slot('2026-03-19', ...AFTERNOON)),
  },
  {
    id: 'qa4-es-de-manana-en-ocho-por-la-tarde',
    kind: 'spanish',
    now: '2026-03-17T11:00', // Tuesday: tomorrow is the 18th
    caller: {
      phone: '+17735550908',
      language: 'es',
      opening: 'hola la llave de la cocina gotea todo el día',
      gives: ['problem'],
      lines: {
        name: 'me llamo teresa ochoa',
        address: 'en el 2025 south throop street',
        time: 'de mañana en ocho por la tarde',
        yes: 'sí gracias',
      },
      accepts: ANYTHING,
    },
    expect: [...booked(slot('2026-03-25', ...AFTERNOON)), { kind: 'spanish' }],
  },
  {
    id: 'qa4-es-dentro-de-una-semana-en-la-manana',
    kind: 'spanish',
    now: '2026-03-18T09:00', // Wednesday
    caller: {
      phone: '+17735550909',
      language: 'es',
      opening: 'buenas el lavabo del baño está tapado',
      gives: ['problem'],
      lines: {
        name: 'soy joaquín rivas',
        address: 'vivo en 3901 west fullerton avenue',
        time: 'dentro de una semana en la mañana',
        yes: 'sí está bien',
      },
      accepts: ANYTHING,
    },
    expect: [...booked(slot('2026-03-25', ...MORNING)), { kind: 'spanish' }],
  },
];
