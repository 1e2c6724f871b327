import type { Persona } from '../types.js';
import { AFTERNOON, booked, emergencyHandled, GAS_ADVICE_ES, MORNING, slot } from './defaults.js';

// Spanish speakers, on a Spanish tenant and on an English one: the whole exchange in Spanish.

const SPANISH_TENANT = {
  name: 'Plomería Hernández',
  language_code: 'es',
  owner_name: 'Ramón Hernández',
};

export const spanish: Persona[] = [
  {
    id: 'es-clogged-sink-spanish-tenant',
    kind: 'spanish',
    now: '2026-03-23T18:00', // Monday evening
    tenant: SPANISH_TENANT,
    caller: {
      phone: '+17735550201',
      language: 'es',
      opening: 'buenas tardes le llamo porque el fregadero de la cocina está tapado',
      gives: ['problem'],
      lines: {
        name: 'me llamo lucía morales',
        address: 'mi dirección es 3915 west 26th street',
        time: 'el miércoles en la mañana',
        yes: 'sí está bien',
      },
    },
    expect: [...booked(slot('2026-03-25', ...MORNING)), { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'es-water-heater-english-tenant',
    kind: 'spanish',
    now: '2026-04-23T10:00', // Thursday, open
    caller: {
      phone: '+17735550202',
      language: 'es',
      opening: 'hola buenos días necesito un plomero el calentador de agua no prende',
      gives: ['problem'],
      lines: {
        name: 'soy jorge castillo',
        address: 'vivo en 2650 north milwaukee avenue',
        time: 'mañana en la tarde',
        yes: 'sí claro',
      },
    },
    expect: [...booked(slot('2026-04-24', ...AFTERNOON)), { kind: 'spanish' }],
  },
  {
    id: 'es-burst-pipe-flooding',
    kind: 'spanish',
    now: '2026-05-19T11:30', // Tuesday, open
    caller: {
      phone: '+17735550203',
      language: 'es',
      opening: 'por favor ayúdeme se reventó un tubo y se está inundando el sótano',
      gives: ['problem'],
      lines: {
        name: 'soy marta gil',
        address: 'es el 4420 south kedzie avenue',
        time: 'lo antes posible',
        yes: 'sí por favor',
        safety: 'sí estamos bien',
      },
      accepts: slot('2026-05-19', '11:30', '17:00'),
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot('2026-05-19', '11:30', '17:00')), { kind: 'spanish' }],
  },
  {
    id: 'es-gas-smell-spanish-tenant',
    kind: 'spanish',
    now: '2026-06-17T15:00', // Wednesday, open
    tenant: SPANISH_TENANT,
    caller: {
      phone: '+17735550204',
      language: 'es',
      opening: 'huele mucho a gas en la cocina no sé qué hacer',
      gives: ['problem'],
      lines: {
        name: 'me llamo andrés peña',
        address: 'mi dirección es 1838 south loomis street',
        time: 'ahorita si se puede',
        yes: 'sí por favor',
        safety: 'ya salimos de la casa',
      },
      accepts: slot('2026-06-17', '15:00', '17:00'),
      wantsTransfer: true,
    },
    expect: [
      ...GAS_ADVICE_ES,
      ...emergencyHandled(slot('2026-06-17', '15:00', '17:00')),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'es-saturday-hours-question',
    kind: 'spanish',
    now: '2026-09-09T12:00', // Wednesday, open
    caller: { phone: '+17735550205', language: 'es' },
    script: ['hola a qué hora abren el sábado', 'muy bien gracias adiós'],
    expect: [
      { kind: 'said', what: 'sábado de 9 a 1', pattern: /\b(9|nueve)(:00)?\b.{0,30}\b(1|una|13)(:00)?\b/i },
      { kind: 'spanish' },
      { kind: 'no_booking' },
      { kind: 'closed' },
    ],
  },
];
