import type { Check, Persona } from '../types.js';
import { AFTERNOON, booked, MORNING, OPEN, slot } from './defaults.js';

// Fourth QA round, addresses: Spanish callers say the house number first and then "de la" and the
// street ("el 1918 de la north damen avenue"), a numbered street as "calle 22 número 910" or "la 31
// oeste", the number in Spanish words, or a corner ("la 47 y ashland"). Front-loaded callers go on
// after the street ("… puede venir alguien", "can someone come"): the address must end there. And a
// house number corrected alone ("no perdón es el 2751", "4581 four five eight one").

const SPANISH_TENANT = { name: 'Plomería Los Olivos', language_code: 'es', owner_name: 'Tomás Olivo' };

/** The confirmation reads the address back exactly, with nothing of the sentence after it. */
const saysAddress = (address: string): Check => ({
  kind: 'said',
  what: `the address read back as "${address}"`,
  pattern: new RegExp(`${address}[.?!]`),
});

export const qaRound4Addresses: Persona[] = [
  {
    id: 'qa4-es-number-first-de-la',
    kind: 'spanish',
    now: '2026-03-23T10:00', // lunes, abierto
    tenant: SPANISH_TENANT,
    caller: {
      phone: '+17735550951',
      language: 'es',
      opening: 'buenos días se me tapó el lavabo del baño y no baja nada',
      gives: ['problem'],
      lines: {
        name: 'me llamo rosa elena quintero',
        address: 'vivo en el 1918 de la north damen avenue',
        time: 'el miércoles en la mañana',
        yes: 'sí está bien',
      },
    },
    expect: [
      ...booked(slot('2026-03-25', ...MORNING), { addressIncludes: '1918 North Damen Avenue' }),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'qa4-es-calle-numero',
    kind: 'spanish',
    now: '2026-04-23T10:00', // jueves, abierto; negocio en inglés
    caller: {
      phone: '+17735550952',
      language: 'es',
      opening: 'hola necesito que me cambien la llave de la cocina está goteando mucho',
      gives: ['problem'],
      lines: {
        name: 'soy arturo mejía',
        address: 'en la calle 22 número 910',
        time: 'mañana en la tarde',
        yes: 'sí claro',
      },
    },
    expect: [
      ...booked(slot('2026-04-24', ...AFTERNOON), { addressIncludes: '910 22nd Street' }),
      { kind: 'spanish' },
    ],
  },
  {
    id: 'qa4-es-number-in-words-no-street-type',
    kind: 'spanish',
    now: '2026-03-30T09:00', // lunes, abierto
    tenant: SPANISH_TENANT,
    caller: {
      phone: '+17735550953',
      language: 'es',
      opening: 'buenas el calentador de agua hace un ruido muy feo cuando prende',
      gives: ['problem'],
      lines: {
        name: 'mi nombre es julio cárdenas',
        address: 'vivo en el treinta y uno cuarenta de la south kostner',
        time: 'el jueves en la tarde',
        yes: 'sí perfecto',
      },
    },
    expect: [
      ...booked(slot('2026-04-02', ...AFTERNOON), { addressIncludes: '3140 South Kostner' }),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'qa4-es-corner',
    kind: 'spanish',
    now: '2026-03-24T11:00', // martes, abierto
    tenant: SPANISH_TENANT,
    caller: {
      phone: '+17735550954',
      language: 'es',
      opening: 'hola la regadera no deja de gotear',
      gives: ['problem'],
      lines: {
        name: 'soy norma villegas',
        address: 'en la 47 y ashland',
        time: 'el viernes en la mañana',
        yes: 'sí',
      },
    },
    expect: [
      ...booked(slot('2026-03-27', ...MORNING), { addressIncludes: 'Ashland' }),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'qa4-es-front-loaded-address-then-request',
    kind: 'spanish',
    now: '2026-03-23T15:00', // lunes, abierto
    tenant: SPANISH_TENANT,
    caller: {
      phone: '+17735550955',
      language: 'es',
      opening:
        'hola habla fernando rosales el excusado de arriba está goteando mi dirección es 1718 west 47th street puede venir alguien el jueves en la mañana',
      gives: ['problem', 'name', 'address', 'time'],
      lines: { yes: 'sí está bien' },
    },
    expect: [
      ...booked(slot('2026-03-26', ...MORNING), { addressIncludes: '1718 West 47th Street' }),
      saysAddress('1718 West 47th Street'),
      { kind: 'no_reask' },
    ],
  },
  {
    id: 'qa4-en-front-loaded-address-then-can-someone',
    kind: 'front-loaded',
    now: '2026-03-24T09:00', // Tuesday, open
    caller: {
      phone: '+17735550956',
      language: 'en',
      opening:
        "hi this is dana ruiz our kitchen faucet is leaking i'm at 6120 north kedzie can someone come thursday afternoon",
      gives: ['problem', 'name', 'address', 'time'],
      lines: { yes: 'yes please' },
    },
    expect: [
      ...booked(slot('2026-03-26', ...AFTERNOON), { addressIncludes: '6120 North Kedzie' }),
      saysAddress('6120 North Kedzie'),
      { kind: 'no_reask' },
    ],
  },
  {
    id: 'qa4-es-house-number-corrected-alone',
    kind: 'spanish',
    now: '2026-03-31T09:30', // martes
    tenant: SPANISH_TENANT,
    caller: {
      phone: '+17735550957',
      language: 'es',
      opening: 'buenos días el drenaje de la regadera está muy lento',
      gives: ['problem'],
      lines: {
        name: 'me llamo silvia ortiz',
        address: 'es el 2715 de la 31 oeste',
        time: 'el jueves en la mañana',
        yes: 'sí gracias',
      },
      corrections: [
        {
          after: 'address',
          say: 'ay no perdón es el 2751 me confundí',
          afterwards: { address: 'el 2751 de la 31 oeste' },
        },
      ],
    },
    expect: [
      ...booked(slot('2026-04-02', ...MORNING), { addressIncludes: '2751 West 31st Street' }),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'qa4-en-house-number-repeated-as-digits',
    kind: 'correction',
    now: '2026-03-25T13:00', // Wednesday, open
    caller: {
      phone: '+17735550958',
      language: 'en',
      opening: 'hi our water heater is leaking from the bottom',
      gives: ['problem'],
      lines: { name: 'kevin park', address: '4518 north seeley avenue', time: 'friday' },
      corrections: [
        {
          after: 'address',
          say: 'oops no 4581 four five eight one',
          afterwards: { address: '4581 north seeley avenue' },
        },
      ],
    },
    expect: booked(slot('2026-03-27', ...OPEN), { addressIncludes: '4581 North Seeley' }),
  },
];
