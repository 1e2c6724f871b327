import type { Check, LocalWindow, Persona } from '../types.js';
import {
  AFTERNOON,
  ALWAYS_OPEN,
  booked,
  emergencyHandled,
  GAS_ADVICE,
  GAS_ADVICE_ES,
  MORNING,
  OPEN,
  slot,
} from './defaults.js';

// Third QA round: Spanish callers booking with relative times ("el jueves en la tarde", "pasado
// mañana temprano", "lo antes posible", "la próxima semana"), a Spanish caller who gives name and
// address up front, a Spanish returning caller who cancels, Spanish emergencies (gas, a burst pipe
// flooding the kitchen, no heat with a baby, a sparking outlet), and English emergencies said in
// unusual words (a floor drain welling up, a CO alarm, a hissing leaking water heater, rotten eggs).

const SPANISH_TENANT = {
  name: 'Plomería Hernández',
  language_code: 'es',
  owner_name: 'Ramón Hernández',
};

/** Carbon monoxide: get everyone out and call 911 or the fire department. */
const CO_ADVICE: Check[] = [
  GAS_ADVICE[0] as Check,
  { kind: 'said', what: 'call 911 or the fire department', pattern: /\b(911|fire department)\b/i },
];

const today = (date: string, from: string): LocalWindow => slot(date, from, '17:00');

export const qaRound3: Persona[] = [
  {
    id: 'qa3-es-jueves-en-la-tarde',
    kind: 'spanish',
    now: '2026-03-09T10:00', // Monday, open
    tenant: SPANISH_TENANT,
    caller: {
      phone: '+17735550401',
      language: 'es',
      opening: 'hola buenos días este el lavabo del baño gotea mucho',
      gives: ['problem'],
      lines: {
        name: 'eh soy rosa delgado',
        address: 'pues es el 2143 south blue island avenue',
        time: 'el jueves en la tarde',
        yes: 'sí está bien',
      },
    },
    expect: [...booked(slot('2026-03-12', ...AFTERNOON)), { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'qa3-es-pasado-manana-temprano',
    kind: 'spanish',
    now: '2026-03-10T15:00', // Tuesday, open
    caller: {
      phone: '+17735550402',
      language: 'es',
      opening: 'buenas tardes pues el triturador de basura no funciona nomás zumba',
      gives: ['problem'],
      lines: {
        name: 'me llamo ernesto villa',
        address: 'eh vivo en 4510 south wolcott avenue',
        time: 'pasado mañana temprano',
        yes: 'sí perfecto',
      },
    },
    expect: [...booked(slot('2026-03-12', '08:00', '10:00')), { kind: 'spanish' }],
  },
  {
    id: 'qa3-es-lo-antes-posible',
    kind: 'spanish',
    now: '2026-03-11T09:00', // Wednesday, open
    tenant: SPANISH_TENANT,
    caller: {
      phone: '+17735550403',
      language: 'es',
      opening: 'hola este el drenaje de la regadera está tapado y no baja el agua',
      gives: ['problem'],
      lines: {
        name: 'soy patricia núñez',
        address: 'mi dirección es 1722 west 21st place',
        time: 'lo antes posible por favor',
        yes: 'sí esa está bien',
      },
      accepts: slot(['2026-03-11', '2026-03-12'], ...OPEN),
    },
    expect: [
      ...booked(slot(['2026-03-11', '2026-03-12'], ...OPEN)),
      { kind: 'no_transfer' },
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'qa3-es-la-proxima-semana',
    kind: 'spanish',
    now: '2026-03-12T11:00', // Thursday, open
    caller: {
      phone: '+17735550404',
      language: 'es',
      opening: 'hola quisiera que revisen el calentador de agua pues ya no calienta bien',
      gives: ['problem'],
      lines: {
        name: 'eh mi nombre es alberto ramos',
        address: 'vivo en el 3321 west 55th street',
        time: 'no es urgente la próxima semana',
        yes: 'sí está bien',
      },
    },
    expect: [
      ...booked(slot(['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'], ...OPEN)),
      { kind: 'spanish' },
    ],
  },
  {
    id: 'qa3-es-name-and-address-up-front',
    kind: 'spanish',
    now: '2026-03-16T13:00', // Monday, open
    tenant: SPANISH_TENANT,
    caller: {
      phone: '+17735550405',
      language: 'es',
      opening: 'hola me llamo carmen ruiz vivo en 2234 west cermak road y el inodoro no deja de correr',
      gives: ['name', 'address', 'problem'],
      lines: {
        name: 'carmen ruiz',
        address: '2234 west cermak road',
        time: 'el viernes en la mañana',
        yes: 'sí gracias',
      },
    },
    expect: [
      ...booked(slot('2026-03-20', ...MORNING), { addressIncludes: '2234 west cermak', name: 'Carmen Ruiz' }),
      { kind: 'no_reask' },
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'qa3-es-returning-cancel-spanish-tenant',
    kind: 'spanish',
    now: '2026-03-16T16:00', // Monday, open
    tenant: SPANISH_TENANT,
    seed: {
      customer: { name: 'Beatriz Salas', address: '2845 West 24th Street' },
      appointments: [
        { start: '2026-03-18T10:00', service_type: 'Toilet repair', description: 'inodoro tapado' },
      ],
    },
    caller: {
      phone: '+17735550406',
      language: 'es',
      opening: 'hola buenas tardes este quería cancelar mi cita del miércoles',
      lines: {
        name: 'beatriz salas',
        address: '2845 west 24th street',
        yes: 'sí por favor cancélela',
        reason: 'mi esposo ya lo arregló',
        otherwise: 'nada más cancelar la cita por favor',
      },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, { kind: 'no_booking' }, { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'qa3-es-huele-a-gas-english-tenant',
    kind: 'spanish',
    now: '2026-03-17T10:00', // Tuesday, open
    caller: {
      phone: '+17735550407',
      language: 'es',
      opening: 'hola eh huele a gas en el sótano cerca del calentador',
      gives: ['problem'],
      lines: {
        name: 'soy raúl medina',
        address: 'es el 3018 south st louis avenue',
        time: 'lo más pronto posible',
        yes: 'sí por favor',
        safety: 'sí ya estamos afuera',
      },
      accepts: today('2026-03-17', '10:00'),
      wantsTransfer: true,
    },
    expect: [...GAS_ADVICE_ES, ...emergencyHandled(today('2026-03-17', '10:00')), { kind: 'spanish' }],
  },
  {
    id: 'qa3-es-tubo-reventado-cocina',
    kind: 'spanish',
    now: '2026-03-18T14:00', // Wednesday, open
    tenant: SPANISH_TENANT,
    caller: {
      phone: '+17735550408',
      language: 'es',
      opening: 'ay por favor se reventó un tubo y se está inundando la cocina',
      gives: ['problem'],
      lines: {
        name: 'me llamo silvia ortega',
        address: 'vivo en 2620 south millard avenue',
        time: 'ahorita mismo',
        yes: 'sí por favor',
        safety: 'sí estamos bien ya cerré la llave',
      },
      accepts: today('2026-03-18', '14:00'),
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(today('2026-03-18', '14:00')), { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'qa3-es-sin-calefaccion-con-bebe',
    kind: 'spanish',
    now: '2026-11-22T07:00', // Sunday, closed
    tenant: SPANISH_TENANT,
    caller: {
      phone: '+17735550409',
      language: 'es',
      opening: 'buenos días pues no tenemos calefacción y hace mucho frío con un bebé',
      gives: ['problem'],
      lines: {
        name: 'soy daniela fuentes',
        address: 'es el 4119 west 31st street',
        time: 'lo antes posible',
        yes: 'sí por favor',
        safety: 'sí estamos bien lo tenemos bien tapadito',
      },
      accepts: slot('2026-11-23', ...MORNING),
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot('2026-11-23', ...MORNING)), { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'qa3-es-chispas-del-enchufe',
    kind: 'spanish',
    now: '2026-03-19T11:00', // Thursday, open
    caller: {
      phone: '+17735550410',
      language: 'es',
      opening: 'oiga salen chispas del enchufe de la sala qué hago',
      gives: ['problem'],
      lines: {
        name: 'me llamo tomás aguirre',
        address: 'vivo en 5233 south kolin avenue',
        time: 'hoy mismo',
        yes: 'sí por favor',
        safety: 'sí ya bajamos el breaker',
      },
      accepts: today('2026-03-19', '11:00'),
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(today('2026-03-19', '11:00')), { kind: 'spanish' }],
  },
  {
    id: 'qa3-water-up-through-floor-drain',
    kind: 'emergency',
    now: '2026-03-19T09:30', // Thursday, open
    caller: {
      phone: '+17735550411',
      language: 'en',
      opening: "uh hi there's water coming up through the floor drain in the basement and it keeps rising",
      gives: ['problem'],
      lines: {
        name: 'this is greg malinowski',
        address: '5520 south natoma avenue',
        time: 'as soon as you can',
        safety: "yeah we're fine",
      },
      accepts: today('2026-03-19', '09:30'),
      wantsTransfer: true,
    },
    expect: emergencyHandled(today('2026-03-19', '09:30')),
  },
  {
    id: 'qa3-co-detector-going-off',
    kind: 'emergency',
    now: '2026-03-20T19:30', // Friday evening
    tenant: { business_hours: ALWAYS_OPEN },
    caller: {
      phone: '+17735550412',
      language: 'en',
      opening: "um my carbon monoxide detector is going off and it won't stop beeping",
      gives: ['problem'],
      lines: {
        name: 'amanda price',
        address: '6012 north kenmore avenue',
        time: 'tonight if possible',
        safety: "okay we're outside now",
      },
      accepts: slot(['2026-03-20', '2026-03-21'], '00:00', '24:00'),
      wantsTransfer: true,
    },
    expect: [...CO_ADVICE, ...emergencyHandled(slot(['2026-03-20', '2026-03-21'], '00:00', '24:00'))],
  },
  {
    id: 'qa3-water-heater-hissing-leaking',
    kind: 'emergency',
    now: '2026-03-23T10:00', // Monday, open
    caller: {
      phone: '+17735550413',
      language: 'en',
      opening: 'hey the water heater is making a hissing noise and leaking a lot all over the floor',
      gives: ['problem'],
      lines: {
        name: 'brian kowalczyk',
        address: '4227 west berteau avenue',
        time: 'today if you can',
        safety: "yeah everyone's fine",
      },
      accepts: today('2026-03-23', '10:00'),
      wantsTransfer: true,
    },
    expect: emergencyHandled(today('2026-03-23', '10:00')),
  },
  {
    id: 'qa3-smell-like-rotten-eggs',
    kind: 'emergency',
    now: '2026-03-24T13:00', // Tuesday, open
    caller: {
      phone: '+17735550414',
      language: 'en',
      opening: 'hi um i smell something like rotten eggs near the stove is that bad',
      gives: ['problem'],
      lines: {
        name: 'nicole hart',
        address: '1934 west cortland street',
        time: 'as soon as possible',
        safety: "okay we're out on the porch",
      },
      accepts: today('2026-03-24', '13:00'),
      wantsTransfer: true,
    },
    expect: [...GAS_ADVICE, ...emergencyHandled(today('2026-03-24', '13:00'))],
  },
];
