import type { Check, LocalWindow, Persona } from '../types.js';
import { booked, emergencyHandled, OPEN, slot } from './defaults.js';

// Fourth QA round, emergencies: electrical hazards (a sparking outlet, a hot-plastic smell at the
// breaker box, a buzzing hot panel, Spanish "echando chispas") get their own safety script before
// the transfer; no heat with someone on an oxygen concentrator is urgent; a water heater leaking
// real bad into the unit below is an emergency while a slow drip is routine; and a slow tub ("it
// just sits there", "takes forever to go down") is a routine drain job, never a transfer.

/** Don't touch it, 911 if there is smoke or fire, the breaker only if it is safe. */
const ELECTRICAL_ADVICE: Check[] = [
  { kind: 'said', what: "don't touch it or use it", pattern: /\bdon't touch\b/i },
  { kind: 'said', what: 'smoke or fire: call 911', pattern: /\b(smoke|fire)\b.{0,80}\b911\b/i },
  { kind: 'said', what: 'the breaker only if safe', pattern: /\bbreaker\b.{0,60}\bsafe(ly)?\b/i },
];

const ELECTRICAL_ADVICE_ES: Check[] = [
  { kind: 'said', what: 'no lo toque ni lo use', pattern: /\bno lo toque\b/i },
  { kind: 'said', what: 'humo o fuego: 911', pattern: /\b(humo|fuego)\b.{0,80}\b911\b/i },
  { kind: 'said', what: 'el breaker solo sin peligro', pattern: /\bbreaker\b.{0,80}\bsin peligro\b/i },
];

const today = (date: string, from: string): LocalWindow => slot(date, from, '17:00');

export const qaRound4Emergencies: Persona[] = [
  {
    id: 'qa4-outlet-sparking-smoke',
    kind: 'emergency',
    now: '2026-04-06T10:00', // Monday, open
    caller: {
      phone: '+17735550501',
      language: 'en',
      opening: "hi um the outlet in my son's bedroom is sparking and there's like a little smoke",
      gives: ['problem'],
      lines: {
        name: 'this is jenna morales',
        address: '3318 west wrightwood avenue',
        time: 'today please',
        yes: 'yes please',
      },
      accepts: today('2026-04-06', '10:00'),
      wantsTransfer: true,
    },
    expect: [...ELECTRICAL_ADVICE, ...emergencyHandled(today('2026-04-06', '10:00'))],
  },
  {
    id: 'qa4-hot-plastic-smell-breaker-box',
    kind: 'emergency',
    now: '2026-04-07T21:00', // Tuesday, closed
    caller: {
      phone: '+17735550502',
      language: 'en',
      opening:
        "yeah there's a hot plastic smell coming from the breaker box and the panel is buzzing and hot",
      gives: ['problem'],
      lines: {
        name: 'marcus bell',
        address: '6021 north kenmore avenue',
        time: 'as soon as possible',
        yes: 'yes',
      },
      accepts: slot('2026-04-08', ...OPEN),
      wantsTransfer: true,
    },
    expect: [...ELECTRICAL_ADVICE, ...emergencyHandled(slot('2026-04-08', ...OPEN))],
  },
  {
    id: 'qa4-es-tomacorriente-echando-chispas',
    kind: 'spanish',
    now: '2026-04-08T11:00', // Wednesday, open
    caller: {
      phone: '+17735550503',
      language: 'es',
      opening: 'oiga el tomacorriente de la cocina está echando chispas y huele a quemado',
      gives: ['problem'],
      lines: {
        name: 'me llamo lucía paredes',
        address: 'vivo en 2917 south pulaski road',
        time: 'hoy mismo',
        yes: 'sí por favor',
      },
      accepts: today('2026-04-08', '11:00'),
      wantsTransfer: true,
    },
    expect: [...ELECTRICAL_ADVICE_ES, ...emergencyHandled(today('2026-04-08', '11:00')), { kind: 'spanish' }],
  },
  {
    id: 'qa4-no-heat-oxygen-concentrator',
    kind: 'emergency',
    now: '2026-04-09T19:30', // Thursday, closed
    caller: {
      phone: '+17735550504',
      language: 'en',
      opening: "hi our furnace quit tonight and my mom's on an oxygen concentrator",
      gives: ['problem'],
      lines: {
        name: 'pete sandoval',
        address: '4415 north lowell avenue',
        time: 'first thing',
        yes: 'yes',
      },
      accepts: slot('2026-04-10', ...OPEN),
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot('2026-04-10', ...OPEN)),
  },
  {
    id: 'qa4-water-heater-leaking-real-bad-into-unit-below',
    kind: 'emergency',
    now: '2026-04-10T09:00', // Friday, open
    caller: {
      phone: '+17735550505',
      language: 'en',
      opening:
        "my water heater's leaking real bad and it's coming through the ceiling into my neighbor's place downstairs",
      gives: ['problem'],
      lines: {
        name: 'alyssa chen',
        address: '1532 west chase avenue',
        time: 'right now',
        yes: 'yes',
      },
      accepts: today('2026-04-10', '09:00'),
      wantsTransfer: true,
    },
    expect: emergencyHandled(today('2026-04-10', '09:00')),
  },
  {
    id: 'qa4-water-heater-slow-drip-routine',
    kind: 'cooperative',
    now: '2026-04-13T10:00', // Monday, open
    caller: {
      phone: '+17735550506',
      language: 'en',
      opening: "hi my water heater has a slow drip from the bottom it's not a lot",
      gives: ['problem'],
      lines: {
        name: 'dave kowalski',
        address: '5240 north sheridan road',
        time: 'wednesday morning',
        yes: 'yes that works',
      },
    },
    expect: [...booked(slot('2026-04-15', '08:00', '12:00')), { kind: 'no_transfer' }],
  },
  {
    id: 'qa4-bathtub-just-sits-there',
    kind: 'cooperative',
    now: '2026-04-14T10:00', // Tuesday, open
    caller: {
      phone: '+17735550507',
      language: 'en',
      opening: "my bathtub's not draining it just sits there",
      gives: ['problem'],
      lines: {
        problem: 'takes forever to go down',
        name: 'rachel ortiz',
        address: '2745 north mozart street',
        time: 'thursday afternoon',
        yes: 'yes',
        otherwise: 'takes forever to go down',
      },
    },
    expect: [...booked(slot('2026-04-16', '12:00', '17:00')), { kind: 'no_transfer' }, { kind: 'no_reask' }],
  },
  {
    id: 'qa4-es-lavabo-tarda-en-bajar',
    kind: 'spanish',
    now: '2026-04-15T10:00', // Wednesday, open
    caller: {
      phone: '+17735550508',
      language: 'es',
      opening: 'hola el lavabo del baño tarda mucho en bajar el agua se queda ahí',
      gives: ['problem'],
      lines: {
        name: 'soy andrés molina',
        address: 'es el 3520 west 26th street',
        time: 'el viernes en la mañana',
        yes: 'sí está bien',
      },
    },
    expect: [...booked(slot('2026-04-17', '08:00', '12:00')), { kind: 'no_transfer' }, { kind: 'spanish' }],
  },
];
