import type { Persona } from '../types.js';
import { AFTERNOON, booked, emergencyHandled, GAS_ADVICE, OPEN, slot } from './defaults.js';

// Second QA round: relative time expressions ("in two weeks", "first thing monday", "around
// lunchtime", "whenever is soonest", "toward the end of the week"), the time said before the problem,
// a returning caller who names which of two jobs to cancel, emergencies told calmly (gas in passing,
// a sparking outlet, sewage in the tub), and Spanish callers who move or cancel. Personas from the
// same hunt that exposed assistant defects are kept out of this list until those are fixed.

const SPANISH_TENANT = {
  name: 'Plomería Hernández',
  language_code: 'es',
  owner_name: 'Ramón Hernández',
};

const EVENINGS: Array<[string, string]> = [['07:00', '20:00']];

export const qaRound2: Persona[] = [
  {
    id: 'qa2-in-two-weeks',
    kind: 'time-expression',
    now: '2026-04-15T10:00', // Wednesday, open
    caller: {
      phone: '+17735550302',
      language: 'en',
      opening: "hey i'd like to get my water heater flushed it's been a few years",
      gives: ['problem'],
      lines: {
        name: 'terrence bailey',
        address: '2219 west wilson avenue',
        time: "it's not urgent um in two weeks maybe",
      },
    },
    expect: booked(slot(['2026-04-28', '2026-04-29', '2026-04-30'], ...OPEN)),
  },
  {
    id: 'qa2-first-thing-monday',
    kind: 'time-expression',
    now: '2026-05-08T16:00', // Friday, open
    caller: {
      phone: '+17735550303',
      language: 'en',
      opening: 'yeah hi the garbage disposal is jammed it just hums',
      gives: ['problem'],
      lines: { name: 'kevin oshea', address: '3917 north hermitage avenue', time: 'first thing monday' },
    },
    expect: booked(slot('2026-05-11', '08:00', '10:00')),
  },
  {
    id: 'qa2-around-lunchtime',
    kind: 'time-expression',
    now: '2026-06-01T09:00', // Monday, open
    caller: {
      phone: '+17735550304',
      language: 'en',
      opening: 'hi my bathtub drains really slow like it takes forever',
      gives: ['problem'],
      lines: {
        name: 'priya raman',
        address: '1645 west farwell avenue',
        time: "wednesday around lunchtime i'm home on my break",
      },
    },
    expect: booked(slot('2026-06-03', '11:00', '13:30')),
  },
  {
    id: 'qa2-tomorrow-before-noon',
    kind: 'time-expression',
    now: '2026-06-16T15:00', // Tuesday, open
    caller: {
      phone: '+17735550305',
      language: 'en',
      opening: 'hi there the kitchen faucet is leaking from the base',
      gives: ['problem'],
      lines: { name: 'oscar lindgren', address: '4810 north damen avenue', time: 'tomorrow before noon' },
    },
    expect: booked(slot('2026-06-17', '08:00', '12:00')),
  },
  {
    id: 'qa2-any-time-after-5-late-hours',
    kind: 'time-expression',
    now: '2026-07-13T12:00', // Monday; this tenant works weekdays 7 AM–8 PM
    tenant: {
      business_hours: {
        mon: EVENINGS,
        tue: EVENINGS,
        wed: EVENINGS,
        thu: EVENINGS,
        fri: EVENINGS,
        sat: [['09:00', '13:00']],
        sun: [],
      },
    },
    caller: {
      phone: '+17735550306',
      language: 'en',
      opening: 'hey i need a leak fixed under the bathroom sink',
      gives: ['problem'],
      lines: {
        name: 'marcus bell',
        address: '6120 north sheridan road',
        time: "thursday any time after 5 i don't get home till then",
      },
    },
    expect: booked(slot('2026-07-16', '17:00', '20:00')),
  },
  {
    id: 'qa2-whenever-is-soonest',
    kind: 'time-expression',
    now: '2026-08-06T10:00', // Thursday, open
    caller: {
      phone: '+17735550307',
      language: 'en',
      opening: 'hi our basement floor drain is backing up a little when the washer drains',
      gives: ['problem'],
      lines: { name: 'helen nowak', address: '5030 west berenice avenue', time: 'uh whenever is soonest' },
    },
    expect: booked(slot('2026-08-06', '10:00', '17:00')),
  },
  {
    id: 'qa2-end-of-the-week',
    kind: 'time-expression',
    now: '2026-09-14T11:00', // Monday, open
    caller: {
      phone: '+17735550308',
      language: 'en',
      opening: 'hi i need somebody to put in a new outlet in the garage',
      gives: ['problem'],
      lines: {
        name: 'doug fenwick',
        address: '3611 north oketo avenue',
        time: 'maybe toward the end of the week',
      },
    },
    expect: booked(slot(['2026-09-17', '2026-09-18', '2026-09-19'], ...OPEN)),
  },
  {
    id: 'qa2-cancel-the-one-on-the-14th',
    kind: 'cancel',
    now: '2026-10-12T17:30', // Monday, just closed
    seed: {
      customer: { name: 'Walter Brandt', address: '4418 North Mozart Street' },
      appointments: [
        { start: '2026-10-14T09:00', service_type: 'Drain cleaning', description: 'kitchen drain' },
        { start: '2026-10-20T13:00', service_type: 'Electrical troubleshooting', description: 'porch light' },
      ],
    },
    caller: {
      phone: '+17735550310',
      language: 'en',
      opening: 'yeah hi i need to cancel the one on the 14th',
      lines: {
        name: 'walter brandt',
        address: '4418 north mozart street',
        yes: 'yeah cancel that one',
        no: 'no the one on the 14th',
        reason: 'my son cleared the drain himself',
        otherwise: 'just the one on the 14th please',
      },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, { kind: 'unchanged', seed: 1 }, { kind: 'no_booking' }],
  },
  {
    id: 'qa2-gas-smell-in-passing',
    kind: 'emergency',
    now: '2026-01-13T10:00', // Tuesday, open
    caller: {
      phone: '+17735550313',
      language: 'en',
      opening:
        "hi yeah my water heater's making a clicking noise and i kind of smell gas near it too so i figured i'd call",
      gives: ['problem'],
      lines: {
        name: 'ed sorensen',
        address: '4229 north keeler avenue',
        time: 'today if you can',
        safety: "okay yeah we're outside now",
      },
      accepts: slot('2026-01-13', '10:00', '17:00'),
      wantsTransfer: true,
    },
    expect: [...GAS_ADVICE, ...emergencyHandled(slot('2026-01-13', '10:00', '17:00'))],
  },
  {
    id: 'qa2-outlet-sparked',
    kind: 'emergency',
    now: '2026-03-18T13:00', // Wednesday, open
    caller: {
      phone: '+17735550315',
      language: 'en',
      opening:
        "hi um the outlet in my kid's bedroom threw sparks when i plugged in a lamp and now it kinda smells burnt",
      gives: ['problem'],
      lines: {
        name: 'jason whitaker',
        address: '5516 north artesian avenue',
        time: 'today if possible',
        safety: "yeah i flipped the breaker we're fine",
      },
      accepts: slot('2026-03-18', '13:00', '17:00'),
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot('2026-03-18', '13:00', '17:00')),
  },
  {
    id: 'qa2-sewage-in-the-tub',
    kind: 'emergency',
    now: '2026-04-07T09:30', // Tuesday, open
    caller: {
      phone: '+17735550316',
      language: 'en',
      opening: "yeah hi so uh whenever we run the washing machine there's sewage coming up in the bathtub",
      gives: ['problem'],
      lines: {
        name: 'rick dombrowski',
        address: '3344 north harding avenue',
        time: 'today please',
        safety: "yeah we're fine",
      },
      accepts: slot('2026-04-07', '09:30', '17:00'),
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot('2026-04-07', '09:30', '17:00')),
  },
  {
    id: 'qa2-es-reschedule-spanish-tenant',
    kind: 'spanish',
    now: '2026-06-22T17:30', // Monday evening
    tenant: SPANISH_TENANT,
    seed: {
      customer: { name: 'Graciela Ortiz', address: '2518 South Christiana Avenue' },
      appointments: [
        { start: '2026-06-25T09:00', service_type: 'Drain cleaning', description: 'fregadero tapado' },
      ],
    },
    caller: {
      phone: '+17735550318',
      language: 'es',
      opening: 'hola buenas tardes tengo una cita el jueves y necesito cambiarla para el viernes en la tarde',
      gives: ['time'],
      lines: {
        name: 'graciela ortiz',
        address: '2518 south christiana avenue',
        problem: 'el fregadero tapado que ya tienen apuntado',
        time: 'el viernes en la tarde',
        yes: 'sí está bien',
      },
    },
    expect: [
      { kind: 'moved', seed: 0, window: slot('2026-06-26', ...AFTERNOON) },
      { kind: 'no_transfer' },
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'qa2-time-first-problem-last',
    kind: 'front-loaded',
    now: '2026-08-18T09:00', // Tuesday, open
    caller: {
      phone: '+17735550320',
      language: 'en',
      opening: "yeah hi do you have anything tomorrow around ten it's for my toilet it keeps running nonstop",
      gives: ['time', 'problem'],
      lines: { name: 'sam okafor', address: '4127 north kostner avenue', time: 'tomorrow around ten' },
    },
    expect: [...booked(slot('2026-08-19', '09:00', '11:00')), { kind: 'no_reask' }],
  },
  {
    id: 'qa2-between-10-and-noon-saturday',
    kind: 'time-expression',
    now: '2026-04-22T19:00', // Wednesday evening, closed
    caller: {
      phone: '+17735550323',
      language: 'en',
      opening: 'hey the toilet in the basement bathroom wobbles and leaks a little at the base',
      gives: ['problem'],
      lines: {
        name: 'my name is victor almeida',
        address: '4406 north mobile avenue',
        time: 'saturday somewhere between ten and noon',
      },
    },
    expect: booked(slot('2026-04-25', '10:00', '12:00')),
  },
  {
    id: 'qa2-es-cancel-english-tenant',
    kind: 'spanish',
    now: '2026-07-27T12:00', // Monday, open
    seed: {
      customer: { name: 'Rogelio Paz', address: '3417 West 59th Street' },
      appointments: [
        {
          start: '2026-07-29T11:00',
          service_type: 'Water heater repair',
          description: 'calentador no prende',
        },
      ],
    },
    caller: {
      phone: '+17735550325',
      language: 'es',
      opening: 'hola buenas tardes quiero cancelar la cita del miércoles ya lo arreglamos',
      lines: {
        name: 'rogelio paz',
        address: '3417 west 59th street',
        yes: 'sí cancélela por favor',
        reason: 'ya se arregló el calentador',
        otherwise: 'sólo quiero cancelar la cita del miércoles',
      },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, { kind: 'no_booking' }, { kind: 'spanish' }],
  },
  {
    id: 'qa2-tomorrow-or-the-day-after',
    kind: 'time-expression',
    now: '2026-10-26T10:00', // Monday, open
    caller: {
      phone: '+17735550326',
      language: 'en',
      opening: 'yeah hi i need my sump pump checked it made a weird grinding noise last night',
      gives: ['problem'],
      lines: {
        name: 'frank delaney',
        address: '5743 north nagle avenue',
        time: 'tomorrow or the day after in the afternoon',
      },
    },
    expect: booked(slot(['2026-10-27', '2026-10-28'], ...AFTERNOON)),
  },
];
