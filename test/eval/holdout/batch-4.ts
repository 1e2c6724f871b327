import {
  booked,
  bookedFast,
  emergencyHandled,
  GAS_ADVICE,
  GAS_ADVICE_ES,
  slot,
} from '../personas/defaults.js';
import type { Check, Persona } from '../types.js';

// Held-out batch-4: callers written blind (without reading the engine or the earlier batches), the
// way a phone recogniser hears people calling trades shops in Atlanta, Denver, Miami, San Antonio,
// Seattle, Philadelphia and a few other places.

const plumbing = [
  { name: 'Drain cleaning', duration_minutes: 60 },
  { name: 'Water heater repair', duration_minutes: 90 },
  { name: 'Leak repair', duration_minutes: 60 },
  { name: 'Toilet repair', duration_minutes: 60 },
  { name: 'Sewer line service', duration_minutes: 120 },
  { name: 'Garbage disposal', duration_minutes: 60 },
];

const hvac = [
  { name: 'Furnace repair', duration_minutes: 90 },
  { name: 'AC repair', duration_minutes: 90 },
  { name: 'AC tune-up', duration_minutes: 60 },
  { name: 'Ductless mini-split installation', duration_minutes: 240 },
  { name: 'Thermostat installation', duration_minutes: 60 },
];

const electrical = [
  { name: 'Electrical troubleshooting', duration_minutes: 90 },
  { name: 'Panel upgrade', duration_minutes: 240 },
  { name: 'Outlet and switch repair', duration_minutes: 60 },
  { name: 'Ceiling fan installation', duration_minutes: 90 },
  { name: 'EV charger installation', duration_minutes: 180 },
];

/** Atlanta plumbing, early hours, ZIP-code service area. */
const ATL = {
  name: 'Peachtree Plumbing & Drain',
  time_zone: 'America/New_York',
  owner_name: 'Marcus Bell',
  owner_phone: '+14045550100',
  business_hours: {
    mon: [['07:30', '16:30']],
    tue: [['07:30', '16:30']],
    wed: [['07:30', '16:30']],
    thu: [['07:30', '16:30']],
    fri: [['07:30', '16:30']],
    sat: [['08:00', '12:00']],
    sun: [],
  },
  services: plumbing,
  service_area: [
    '30303',
    '30305',
    '30306',
    '30307',
    '30308',
    '30309',
    '30310',
    '30312',
    '30316',
    '30317',
    '30318',
    '30324',
  ],
};

/** Denver heating and air, long weekdays, closed weekends, after-hours transfer on. */
const DEN = {
  name: 'Front Range Heating & Air',
  time_zone: 'America/Denver',
  owner_name: 'Gary Lindqvist',
  owner_phone: '+17205550100',
  business_hours: {
    mon: [['07:00', '18:00']],
    tue: [['07:00', '18:00']],
    wed: [['07:00', '18:00']],
    thu: [['07:00', '18:00']],
    fri: [['07:00', '18:00']],
    sat: [],
    sun: [],
  },
  services: hvac,
  service_area: ['Denver', 'Aurora', 'Lakewood', 'Englewood', 'Wheat Ridge'],
  after_hours_transfer: true,
};

/** Miami, Spanish-language, closed for lunch, long Saturday. */
const MIA_ES = {
  name: 'Refrigeración y Plomería Del Sol',
  time_zone: 'America/New_York',
  language_code: 'es',
  owner_name: 'Yolanda Ferrer',
  owner_phone: '+13055550100',
  business_hours: {
    mon: [
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ],
    tue: [
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ],
    wed: [
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ],
    thu: [
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ],
    fri: [
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ],
    sat: [['08:00', '14:00']],
    sun: [],
  },
  services: [...plumbing.slice(0, 4), ...hvac.slice(1, 4)],
  service_area: ['Miami', 'Hialeah', 'Doral', 'Miami Gardens', 'Westchester'],
};

/** San Antonio electrician, Spanish-language, ZIP-code service area. */
const SAT_ES = {
  name: 'Electricidad Garza e Hijos',
  time_zone: 'America/Chicago',
  language_code: 'es',
  owner_name: 'Rogelio Garza',
  owner_phone: '+12105550100',
  services: electrical,
  service_area: ['78201', '78204', '78207', '78211', '78228', '78237'],
};

/** San Antonio air and plumbing, English-language (Spanish callers code-switch). */
const SATX = {
  name: 'Alamo Air & Plumbing',
  time_zone: 'America/Chicago',
  owner_name: 'Dale Whitfield',
  owner_phone: '+12105550177',
  services: [...hvac.slice(0, 3), ...plumbing.slice(0, 3)],
  service_area: ['San Antonio', 'Alamo Heights', 'Leon Valley', 'Converse'],
  after_hours_transfer: true,
};

/** Seattle electrician: closed weekends, no after-hours transfer. */
const SEA = {
  name: 'Puget Sound Electric',
  time_zone: 'America/Los_Angeles',
  owner_name: 'Kenji Okafor',
  owner_phone: '+12065550100',
  business_hours: {
    mon: [['08:00', '16:30']],
    tue: [['08:00', '16:30']],
    wed: [['08:00', '16:30']],
    thu: [['08:00', '16:30']],
    fri: [['08:00', '16:30']],
    sat: [],
    sun: [],
  },
  services: electrical,
  service_area: ['Seattle', 'Shoreline', 'Burien', 'Renton', 'Tukwila'],
  after_hours_transfer: false,
};

/** Philadelphia plumbing and heating, half-hour lunch closure, early close. */
const PHL = {
  name: 'Schuylkill Plumbing & Heating',
  time_zone: 'America/New_York',
  owner_name: 'Frank DiNapoli',
  owner_phone: '+12155550100',
  business_hours: {
    mon: [
      ['07:00', '12:00'],
      ['12:30', '16:00'],
    ],
    tue: [
      ['07:00', '12:00'],
      ['12:30', '16:00'],
    ],
    wed: [
      ['07:00', '12:00'],
      ['12:30', '16:00'],
    ],
    thu: [
      ['07:00', '12:00'],
      ['12:30', '16:00'],
    ],
    fri: [
      ['07:00', '12:00'],
      ['12:30', '16:00'],
    ],
    sat: [['08:00', '12:00']],
    sun: [],
  },
  services: [...plumbing, { name: 'Boiler and radiator service', duration_minutes: 90 }],
  service_area: ['Philadelphia', 'Upper Darby', 'Cheltenham', 'Bala Cynwyd', 'Cherry Hill'],
};

/** Phoenix cooling: no DST, summer hours 6 to 3 Monday to Saturday. */
const PHX = {
  name: 'Saguaro Cooling & Heating',
  time_zone: 'America/Phoenix',
  owner_name: 'Luis Amaya',
  owner_phone: '+16025550100',
  business_hours: {
    mon: [['06:00', '15:00']],
    tue: [['06:00', '15:00']],
    wed: [['06:00', '15:00']],
    thu: [['06:00', '15:00']],
    fri: [['06:00', '15:00']],
    sat: [['06:00', '15:00']],
    sun: [],
  },
  services: hvac,
  service_area: ['85004', '85006', '85008', '85013', '85015', '85016', '85018', '85251'],
};

/** Puerto Rico plumbing, Spanish-language, no DST. */
const PR_ES = {
  name: 'Plomeros Boricua',
  time_zone: 'America/Puerto_Rico',
  language_code: 'es',
  owner_name: 'Efraín Rosario',
  owner_phone: '+17875550100',
  business_hours: {
    mon: [['07:00', '16:00']],
    tue: [['07:00', '16:00']],
    wed: [['07:00', '16:00']],
    thu: [['07:00', '16:00']],
    fri: [['07:00', '16:00']],
    sat: [['08:00', '12:00']],
    sun: [],
  },
  services: plumbing,
  service_area: ['San Juan', 'Bayamón', 'Carolina', 'Guaynabo', 'Trujillo Alto'],
};

/** Anchorage plumbing and heating. */
const ANC = {
  name: 'Chugach Plumbing & Heating',
  time_zone: 'America/Anchorage',
  owner_name: 'Rhonda Tallis',
  owner_phone: '+19075550100',
  business_hours: {
    mon: [['08:00', '17:00']],
    tue: [['08:00', '17:00']],
    wed: [['08:00', '17:00']],
    thu: [['08:00', '17:00']],
    fri: [['08:00', '17:00']],
    sat: [],
    sun: [],
  },
  services: [...plumbing, { name: 'Boiler service', duration_minutes: 90 }],
  service_area: ['Anchorage', 'Eagle River', 'Chugiak'],
};

const SPANISH: Check = { kind: 'spanish' };
const SPANISH_ALL: Check = { kind: 'spanish', fromGreeting: true };
const NO_BOOKING: Check = { kind: 'no_booking' };
const HUNG_UP: Check = {
  kind: 'any_of',
  what: 'a callback for the unfinished call',
  options: [[{ kind: 'callback', reason: 'PARTIAL_INTAKE' }], [{ kind: 'callback', reason: 'MISSED_CALL' }]],
};
const VOICEMAIL: Check[] = [{ kind: 'voicemail' }, { kind: 'callback', reason: 'VOICEMAIL' }];
const CO_ADVICE: Check = {
  kind: 'said',
  what: 'get out / fresh air / 911',
  pattern: /\b(leave|get out|go outside|step outside|outside|fresh air|911|fire department)\b/i,
};
const CO_ADVICE_ES: Check = {
  kind: 'said',
  what: 'salir / aire fresco / 911',
  pattern: /\b(salga|salgan|salir|afuera|aire fresco|911|bomberos)\b/i,
};

export const HOLDOUT_BATCH_4: Persona[] = [
  // ───────────── cooperative: one fact per answer ─────────────
  {
    id: 'holdout-b4-coop-atl-kitchen-drain',
    kind: 'cooperative',
    now: '2026-03-10T09:15',
    tenant: ATL,
    caller: {
      phone: '+14045557311',
      language: 'en',
      opening: 'hey how y all doing i got a kitchen sink that just will not drain',
      lines: {
        name: 'tasha greene',
        address: '1187 lucile avenue southwest 30310',
        problem: 'its standing water in both sides i already tried the plunger and some of that drano',
        time: 'thursday afternoon if yall got it',
        yes: 'yes maam that works',
      },
    },
    expect: booked(slot('2026-03-12', '12:00', '16:30')),
  },
  {
    id: 'holdout-b4-coop-chi-elderly-water-heater',
    kind: 'cooperative',
    now: '2026-11-02T14:40',
    caller: {
      phone: '+17735551942',
      language: 'en',
      opening:
        'hello yes hello is this the plumber my neighbor gave me your number she said you did her bathroom years ago very nice young man and well my hot water is not so hot anymore',
      lines: {
        name: 'oh its dorothy dorothy wisniewski w i s n i e w s k i',
        address: 'i live at 5633 north mango avenue its the brick bungalow with the awning',
        problem:
          'the water heater well i think its the water heater its in the basement and the water comes out lukewarm and then cold and it makes a sort of rumbling my late husband always took care of those things',
        time: 'oh i am home all the time but wednesday morning would be nice my daughter comes in the afternoon',
        yes: 'yes dear that is fine',
        bye: 'no thats all thank you so much youve been very helpful bye bye now',
      },
    },
    expect: booked(slot('2026-11-04', '08:00', '12:00')),
  },
  {
    id: 'holdout-b4-coop-sea-bad-line-outlet',
    kind: 'cooperative',
    now: '2026-06-17T10:05',
    tenant: SEA,
    caller: {
      phone: '+12065553870',
      language: 'en',
      silences: 1,
      opening: 'hello hello sorry im on the ferry the signal is bad uh i got an outlet that stopped working',
      lines: {
        name: 'its ryan ryan o sullivan',
        address: 'sorry you cut out its 7421 twenty fourth avenue northwest in ballard',
        problem: 'the outlets in the bathroom and one in the hallway are dead the gfci wont reset',
        time: 'friday anytime works i work from home',
        yes: 'yep that works',
      },
    },
    expect: booked(slot('2026-06-19', '08:00', '16:30')),
  },
  {
    id: 'holdout-b4-coop-phl-running-toilet',
    kind: 'cooperative',
    now: '2026-01-26T08:20',
    tenant: PHL,
    caller: {
      phone: '+12155554418',
      language: 'en',
      opening: 'yeah hi my toilet upstairs keeps running all night',
      lines: {
        name: 'maureen mcglynn',
        address: '2918 east thompson street in port richmond',
        problem: 'it runs and runs and you gotta jiggle the handle and the water bill is through the roof',
        time: 'tomorrow around one if you can',
        yes: 'okay hon thats good',
      },
    },
    expect: booked(slot('2026-01-27', '12:30', '14:00')),
  },
  {
    id: 'holdout-b4-coop-den-hangs-up-midway',
    kind: 'cooperative',
    now: '2026-10-20T16:10',
    tenant: DEN,
    caller: {
      phone: '+17205558102',
      language: 'en',
      opening: 'hi um my furnace is making like a squealing noise when it kicks on',
      lines: {
        name: 'jess hartley',
        problem: 'yeah like a high pitched squeal for a minute then it goes away',
        address: 'oh shoot hang on my kid just fell i gotta go ill call you back',
        time: 'sorry i really gotta go bye',
        otherwise: 'i gotta go sorry bye',
      },
    },
    maxTurns: 4,
    expect: [NO_BOOKING, HUNG_UP],
  },
  {
    id: 'holdout-b4-coop-phx-ac-tuneup',
    kind: 'cooperative',
    now: '2026-05-04T13:00',
    tenant: PHX,
    caller: {
      phone: '+16025552276',
      language: 'en',
      opening: 'hi i want to get my ac looked at before it gets crazy hot',
      lines: {
        name: 'deb harlan',
        address: '3340 east osborn road phoenix 85018',
        problem: 'just a tune up its a trane maybe eight years old its blowing okay just not real cold',
        time: 'wednesday early like before it gets hot out',
        yes: 'perfect',
      },
    },
    expect: booked(slot('2026-05-06', '06:00', '10:00')),
  },
  // ───────────── front-loaded ─────────────
  {
    id: 'holdout-b4-front-atl-water-heater',
    kind: 'front-loaded',
    now: '2026-02-09T07:45',
    tenant: ATL,
    caller: {
      phone: '+14045550963',
      language: 'en',
      opening:
        'good morning this is darnell price im at 640 glenwood avenue southeast 30312 my water heater is leaking out the bottom into the pan and id like somebody out tomorrow morning',
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'darnell price',
        address: '640 glenwood avenue southeast',
        problem: 'water heater leaking from the bottom',
        time: 'tomorrow morning',
        yes: 'thats fine',
      },
    },
    expect: bookedFast(slot('2026-02-10', '07:30', '12:00')),
  },
  {
    id: 'holdout-b4-front-chi-sump-pump',
    kind: 'front-loaded',
    now: '2026-04-13T11:20',
    caller: {
      phone: '+17735556650',
      language: 'en',
      opening:
        'yeah hi its mike brennan 4120 north kildare avenue the sump pump is running like every two minutes and i think the float is stuck can somebody come this friday in the afternoon',
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'mike brennan',
        address: '4120 north kildare avenue',
        problem: 'sump pump cycling every couple minutes',
        time: 'friday afternoon',
        yes: 'yeah thats good',
      },
    },
    expect: bookedFast(slot('2026-04-17', '12:00', '17:00')),
  },
  {
    id: 'holdout-b4-front-den-ac-after-two',
    kind: 'front-loaded',
    now: '2026-07-14T08:30',
    tenant: DEN,
    caller: {
      phone: '+13035554127',
      language: 'en',
      opening:
        'hi there my names priya raman were at 2215 south clarkson street in denver the ac runs but its blowing warm air upstairs can you send someone tomorrow anytime after two',
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'priya raman',
        address: '2215 south clarkson street',
        problem: 'ac blowing warm upstairs',
        time: 'tomorrow after two',
        yes: 'great',
      },
    },
    expect: bookedFast(slot('2026-07-15', '14:00', '18:00')),
  },
  {
    id: 'holdout-b4-front-sea-breaker',
    kind: 'front-loaded',
    now: '2026-09-08T12:00',
    tenant: SEA,
    caller: {
      phone: '+12065559034',
      language: 'en',
      opening:
        'hey this is aaron feld my breaker for the kitchen keeps tripping whenever the microwave and the kettle are on im at 1502 north 46th street seattle and thursday morning would be ideal',
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'aaron feld',
        address: '1502 north 46th street',
        problem: 'kitchen breaker trips',
        time: 'thursday morning',
        yes: 'sounds good',
      },
    },
    expect: bookedFast(slot('2026-09-10', '08:00', '12:00')),
  },
  {
    id: 'holdout-b4-front-phl-landlord-radiator',
    kind: 'front-loaded',
    now: '2026-12-14T09:50',
    tenant: PHL,
    caller: {
      phone: '+12675551180',
      language: 'en',
      opening:
        'hi this is sal russo im the landlord at 1733 south 11th street second floor unit my tenant says two of the radiators are cold and banging can you get someone there wednesday after lunch shell be home',
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'sal russo',
        address: '1733 south 11th street second floor',
        problem: 'two radiators cold and banging in the tenants unit',
        time: 'wednesday after lunch',
        yes: 'yeah thats good',
      },
    },
    expect: bookedFast(slot('2026-12-16', '12:30', '16:00')),
  },
  {
    id: 'holdout-b4-front-anc-boiler',
    kind: 'front-loaded',
    now: '2026-01-12T10:00',
    tenant: ANC,
    caller: {
      phone: '+19075553365',
      language: 'en',
      opening:
        'hi this is walt pederson out at 9120 jewel lake road the boiler is short cycling its still heating but its clicking on and off every few minutes could someone come tomorrow any time',
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'walt pederson',
        address: '9120 jewel lake road',
        problem: 'boiler short cycling',
        time: 'tomorrow any time',
        yes: 'yep okay',
      },
    },
    expect: bookedFast(slot('2026-01-13', '08:00', '17:00')),
  },
  // ───────────── time expressions ─────────────
  {
    id: 'holdout-b4-time-chi-next-week-tuesday-dst',
    kind: 'time-expression',
    now: '2026-03-05T15:00',
    caller: {
      phone: '+17735553019',
      language: 'en',
      opening: 'hi i need someone to look at my garbage disposal it just hums',
      lines: {
        name: 'kevin oduya',
        address: '2630 west cortez street',
        problem: 'the disposal just hums and doesnt spin',
        time: 'not this week im slammed next week tuesday in the morning',
        yes: 'yeah lets do it',
      },
    },
    expect: booked(slot('2026-03-10', '08:00', '12:00')),
  },
  {
    id: 'holdout-b4-time-atl-property-manager-end-of-month',
    kind: 'time-expression',
    now: '2026-06-22T10:00',
    tenant: ATL,
    caller: {
      phone: '+14045558820',
      language: 'en',
      opening:
        'hi this is kim with ponce park property management i need to schedule a plumber for a unit turn',
      lines: {
        name: 'kimberly ashford with ponce park property management',
        address: '880 ponce de leon avenue unit 412 30306',
        problem:
          'tenant moved out we need the shower valve replaced and the toilet looked at before the new people move in',
        time: 'end of the month like the twenty ninth or the thirtieth any time the unit is vacant',
        yes: 'that works',
      },
    },
    expect: booked(slot(['2026-06-29', '2026-06-30'], '07:30', '16:30')),
  },
  {
    id: 'holdout-b4-time-sea-thanksgiving-week-not-monday',
    kind: 'time-expression',
    now: '2026-11-20T15:30',
    tenant: SEA,
    caller: {
      phone: '+12065551147',
      language: 'en',
      opening: 'hey i need a couple of outlets added in my garage for a freezer and a workbench',
      lines: {
        name: 'lauren beck',
        address: '10322 ashworth avenue north seattle',
        problem: 'two new outlets in the garage one is for a chest freezer',
        time: 'early next week but not monday so tuesday or wednesday before the holiday whatevers open',
        yes: 'cool that works',
      },
    },
    expect: booked(slot(['2026-11-24', '2026-11-25'], '08:00', '16:30')),
  },
  {
    id: 'holdout-b4-time-chi-too-thirty-homophone',
    kind: 'time-expression',
    now: '2026-08-18T09:00',
    caller: {
      phone: '+17085552284',
      language: 'en',
      opening: 'yeah hi the shower drain is super slow',
      lines: {
        name: 'andre wallace',
        address: '1017 south east avenue oak park',
        problem: 'shower drain backs up we stand in like two inches of water',
        time: 'thursday at too thirty',
        yes: 'yeah thats good',
      },
    },
    expect: booked(slot('2026-08-20', '14:00', '15:31')),
  },
  {
    id: 'holdout-b4-time-den-the-eleventh-at-ten',
    kind: 'time-expression',
    now: '2026-03-09T13:00',
    tenant: DEN,
    caller: {
      phone: '+17205557713',
      language: 'en',
      opening: 'hi i wanna get a smart thermostat put in a nest one i already bought it',
      lines: {
        name: 'tom ecklund',
        address: '1465 newland street lakewood',
        problem: 'install a nest thermostat i bought swap out the old honeywell',
        time: 'the eleventh at ten in the morning',
        yes: 'okay great',
      },
    },
    expect: booked(slot('2026-03-11', '09:30', '11:00')),
  },
  {
    id: 'holdout-b4-time-phx-two-weeks-from-today',
    kind: 'time-expression',
    now: '2026-08-03T07:00',
    tenant: PHX,
    caller: {
      phone: '+14805556604',
      language: 'en',
      opening: 'hi id like a quote on a mini split for my garage',
      lines: {
        name: 'carla benavides',
        address: '2840 north 16th street phoenix 85006',
        problem: 'we want a ductless mini split in the garage i turned it into a gym',
        time: 'two weeks from today in the morning',
        yes: 'thats fine',
      },
    },
    expect: booked(slot('2026-08-17', '06:00', '12:00')),
  },
  {
    id: 'holdout-b4-time-sea-saturday-closed-monday-first-thing',
    kind: 'time-expression',
    now: '2026-10-08T11:00',
    tenant: SEA,
    caller: {
      phone: '+12065554481',
      language: 'en',
      opening: 'hi can i get somebody to hang a ceiling fan',
      lines: {
        name: 'marcus lee',
        address: '5810 south holly street seattle',
        problem: 'hang a ceiling fan in the bedroom where the light is now',
        time: 'saturday morning since i work all week or if youre closed then monday first thing before i leave',
        yes: 'okay cool',
      },
    },
    expect: booked(slot('2026-10-12', '08:00', '09:31')),
  },
  {
    id: 'holdout-b4-time-es-sat-pasado-manana',
    kind: 'time-expression',
    now: '2026-09-29T10:30',
    tenant: SAT_ES,
    caller: {
      phone: '+12105553912',
      language: 'es',
      opening: 'bueno buenas quería ver si me pueden mandar a alguien para un apagador que no sirve',
      lines: {
        name: 'me llamo jesús rangel',
        address: 'es el 418 de la calle pendleton aquí por la zarzamora 78237',
        problem: 'el apagador de la sala ya no prende la luz y se siente calientito',
        time: 'pasado mañana en la mañanita',
        yes: 'órale sí está bien',
      },
    },
    expect: [...booked(slot('2026-10-01', '08:00', '12:00')), SPANISH_ALL],
  },
  {
    id: 'holdout-b4-time-phl-after-school',
    kind: 'time-expression',
    now: '2026-04-20T09:00',
    tenant: PHL,
    caller: {
      phone: '+12155557029',
      language: 'en',
      opening: 'hi yeah my garbage disposal is jammed',
      lines: {
        name: 'keisha dawson',
        address: '5421 chester avenue',
        problem: 'the disposal is jammed i heard something go down it and now it just hums',
        time: 'any day this week after like two thirty when i get home from work',
        yes: 'okay that works',
      },
    },
    expect: booked(
      slot(['2026-04-20', '2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24'], '14:30', '16:00'),
    ),
  },
  // ───────────── corrections ─────────────
  {
    id: 'holdout-b4-corr-chi-address-old-place',
    kind: 'correction',
    now: '2026-02-17T10:00',
    caller: {
      phone: '+17735558871',
      language: 'en',
      opening: 'hi uh the pipe under my bathroom sink is dripping',
      lines: {
        name: 'jon kowalczyk',
        address: '3917 north sacramento avenue',
        problem: 'its dripping from the trap under the sink got a bucket under it',
        time: 'tomorrow afternoon',
        yes: 'yep',
      },
      corrections: [
        {
          after: 'address',
          say: 'oh wait no sorry thats my old place its 1420 west winona street',
          afterwards: { address: '1420 west winona street' },
        },
      ],
    },
    expect: [...booked(slot('2026-02-18', '12:00', '17:00'), { addressIncludes: '1420' })],
  },
  {
    id: 'holdout-b4-corr-atl-dentist-after-offer',
    kind: 'correction',
    now: '2026-05-11T14:00',
    tenant: ATL,
    caller: {
      phone: '+14705552215',
      language: 'en',
      opening: 'hey i got a toilet that rocks and i think its leaking at the base',
      lines: {
        name: 'brittany coles',
        address: '2051 north decatur road 30307',
        problem: 'toilet rocks when you sit on it and theres a stain on the floor around it',
        time: 'wednesday morning',
        yes: 'yes thank you',
      },
      corrections: [
        {
          after: 'offer',
          say: 'oh shoot actually wednesday i got a dentist thing can we do thursday morning instead',
          afterwards: { time: 'thursday morning' },
        },
      ],
    },
    expect: booked(slot('2026-05-14', '07:30', '12:00')),
  },
  {
    id: 'holdout-b4-corr-sea-flipped-house-number',
    kind: 'correction',
    now: '2026-01-20T09:30',
    tenant: SEA,
    caller: {
      phone: '+12065556652',
      language: 'en',
      opening: 'hi the lights in my kitchen flicker when the fridge kicks on',
      lines: {
        name: 'hannah lindgren',
        address: '3316 northeast 65th street',
        problem: 'the kitchen lights flicker and dim every time the fridge compressor starts',
        time: 'friday morning',
        yes: 'great thanks',
      },
      corrections: [
        {
          after: 'address',
          say: 'no wait its 3361 i always flip those three three six one',
          afterwards: { address: '3361 northeast 65th street' },
        },
      ],
    },
    expect: booked(slot('2026-01-23', '08:00', '12:00'), { addressIncludes: '3361' }),
  },
  {
    id: 'holdout-b4-corr-es-mia-direccion',
    kind: 'correction',
    now: '2026-07-21T09:00',
    tenant: MIA_ES,
    caller: {
      phone: '+13055559418',
      language: 'es',
      opening: 'oigo buenos días mire el aire acondicionado mío está botando agua por dentro de la casa',
      lines: {
        name: 'maritza quintana',
        address: '2750 suroeste calle ocho en la pequeña habana',
        problem: 'el aire de la sala está goteando de la unidad de arriba y moja la pared',
        time: 'el jueves por la tarde',
        yes: 'sí perfecto',
      },
      corrections: [
        {
          after: 'address',
          say: 'ay perdón no es 2750 es 2570 me equivoqué 2570 suroeste calle ocho',
          afterwards: { address: '2570 suroeste calle ocho' },
        },
      ],
    },
    expect: [...booked(slot('2026-07-23', '13:00', '17:00'), { addressIncludes: '2570' }), SPANISH_ALL],
  },
  {
    id: 'holdout-b4-corr-den-new-years-eve',
    kind: 'correction',
    now: '2026-12-28T10:00',
    tenant: DEN,
    caller: {
      phone: '+13035552790',
      language: 'en',
      opening: 'hey the heat in our upstairs rooms is way colder than downstairs',
      lines: {
        name: 'nate oyelaran',
        address: '1920 south emerson street denver',
        problem:
          'upstairs bedrooms stay like sixty even with the thermostat at seventy the furnace runs fine',
        time: 'tomorrow',
        yes: 'alright sounds good',
      },
      corrections: [
        {
          after: 'time',
          say: 'actually no scratch that make it new years eve the thirty first in the morning my wife is off that day',
          afterwards: { time: 'the thirty first in the morning' },
        },
      ],
    },
    expect: booked(slot('2026-12-31', '07:00', '12:00')),
  },
  // ───────────── wants a person ─────────────
  {
    id: 'holdout-b4-human-atl-invoice-open',
    kind: 'human',
    now: '2026-03-17T11:00',
    tenant: ATL,
    caller: { phone: '+14045553104', language: 'en', wantsTransfer: true },
    script: [
      'yeah i need to talk to marcus',
      'its about the invoice he sent me i just need to talk to him directly',
      'yes please put me through',
    ],
    expect: [{ kind: 'transfer' }, NO_BOOKING],
  },
  {
    id: 'holdout-b4-human-sea-closed-callback',
    kind: 'human',
    now: '2026-03-17T19:30',
    tenant: SEA,
    caller: { phone: '+12065558460', language: 'en', wantsCallback: true },
    script: [
      'can i talk to somebody like a real person',
      'no i just want a human to call me back about a quote for a panel upgrade',
      'yes have them call me back thanks',
      'no thats it bye',
    ],
    expect: [{ kind: 'no_transfer' }, { kind: 'callback', reason: 'HANDOFF' }, NO_BOOKING],
  },
  {
    id: 'holdout-b4-human-den-owner-saturday-night',
    kind: 'human',
    now: '2026-02-14T21:00',
    tenant: DEN,
    caller: { phone: '+17205550388', language: 'en', wantsTransfer: true },
    script: [
      'hey is gary around i need to speak with him',
      'hes doing my basement system and i have a question for him tonight',
      'yeah go ahead connect me',
    ],
    expect: [{ kind: 'transfer' }],
  },
  {
    id: 'holdout-b4-human-es-pr-dueno',
    kind: 'human',
    now: '2026-08-11T10:00',
    tenant: PR_ES,
    caller: { phone: '+17875554120', language: 'es', wantsTransfer: true },
    script: [
      'buenas quiero hablar con el dueño con don efraín',
      'es sobre un trabajo que me hicieron la semana pasada en el baño',
      'sí por favor páseme con él',
    ],
    expect: [{ kind: 'transfer' }, SPANISH_ALL],
  },
  // ───────────── returning callers: cancel ─────────────
  {
    id: 'holdout-b4-cancel-chi-wednesday-drain',
    kind: 'cancel',
    now: '2026-06-08T09:00',
    seed: {
      customer: { name: 'Rosa Delgado', address: '2244 west 21st place' },
      appointments: [
        {
          start: '2026-06-10T10:00',
          service_type: 'Drain cleaning',
          description: 'laundry drain backing up',
        },
      ],
    },
    caller: {
      phone: '+17735554903',
      language: 'en',
      opening: 'hi yeah i gotta cancel the plumber thats coming out wednesday',
      gives: ['problem'],
      lines: {
        name: 'rosa delgado',
        address: '2244 west 21st place',
        reason: 'my brother in law came by and snaked it already',
        yes: 'yeah go ahead and cancel it',
      },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, NO_BOOKING],
  },
  {
    id: 'holdout-b4-cancel-atl-second-of-two',
    kind: 'cancel',
    now: '2026-10-02T16:00',
    tenant: ATL,
    seed: {
      customer: { name: 'Gerald Moss', address: '455 candler park drive 30307' },
      appointments: [
        {
          start: '2026-10-06T09:00',
          service_type: 'Water heater repair',
          description: 'pilot keeps going out',
        },
        { start: '2026-10-13T13:00', service_type: 'Drain cleaning', description: 'main line slow' },
      ],
    },
    caller: {
      phone: '+14045559266',
      language: 'en',
      opening:
        'yes hi this is gerald moss i have two appointments with yall i need to cancel the one on the thirteenth the drain one but keep the water heater one',
      gives: ['name', 'problem'],
      lines: {
        name: 'gerald moss',
        address: '455 candler park drive',
        reason: 'the drain cleared up on its own',
        yes: 'yes cancel the drain one',
      },
    },
    expect: [{ kind: 'cancelled', seed: 1 }, { kind: 'unchanged', seed: 0 }, NO_BOOKING],
  },
  {
    id: 'holdout-b4-cancel-es-sat-cunado',
    kind: 'cancel',
    now: '2026-04-14T18:30',
    tenant: SAT_ES,
    seed: {
      customer: { name: 'Leticia Cárdenas', address: '1207 west mistletoe avenue' },
      appointments: [
        {
          start: '2026-04-16T11:00',
          service_type: 'Outlet and switch repair',
          description: 'apagador de la cocina',
        },
      ],
    },
    caller: {
      phone: '+12105557781',
      language: 'es',
      opening:
        'buenas noches le llamo para cancelar la cita del jueves fíjese que mi cuñado ya me arregló el apagador',
      gives: ['problem'],
      lines: {
        name: 'leticia cárdenas',
        address: '1207 west mistletoe',
        reason: 'ya me lo arregló mi cuñado',
        yes: 'sí cancélela por favor',
      },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, NO_BOOKING, SPANISH_ALL],
  },
  // ───────────── returning callers: reschedule ─────────────
  {
    id: 'holdout-b4-resched-den-thursday-to-monday',
    kind: 'reschedule',
    now: '2026-03-10T12:00',
    tenant: DEN,
    seed: {
      customer: { name: 'Pat Gallegos', address: '3380 west 38th avenue' },
      appointments: [
        { start: '2026-03-12T08:00', service_type: 'Furnace repair', description: 'igniter clicking' },
      ],
    },
    caller: {
      phone: '+13035556917',
      language: 'en',
      opening:
        'hi this is pat gallegos i have you guys coming out thursday morning for the furnace something came up at work can we push it to monday',
      gives: ['name', 'problem'],
      lines: {
        name: 'pat gallegos',
        address: '3380 west 38th avenue',
        time: 'monday morning',
        yes: 'yeah that works better',
      },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-03-16', '07:00', '12:00') }],
  },
  {
    id: 'holdout-b4-resched-phl-christmas-week',
    kind: 'reschedule',
    now: '2026-12-21T08:10',
    tenant: PHL,
    seed: {
      customer: { name: 'Joanne Kelly', address: '7213 ridge avenue roxborough' },
      appointments: [
        {
          start: '2026-12-22T09:00',
          service_type: 'Water heater repair',
          description: 'no hot water upstairs',
        },
      ],
    },
    caller: {
      phone: '+12155553377',
      language: 'en',
      opening:
        'hi its joanne kelly im supposed to have someone tomorrow for the water heater but my in laws are flying in can you move it to monday the twenty eighth same time',
      gives: ['name', 'problem', 'time'],
      lines: {
        name: 'joanne kelly',
        address: '7213 ridge avenue',
        time: 'monday the twenty eighth at nine',
        yes: 'yes thank you so much',
      },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-12-28', '08:30', '10:00') }],
  },
  {
    id: 'holdout-b4-resched-es-mia-viernes-tarde',
    kind: 'reschedule',
    now: '2026-02-03T09:00',
    tenant: MIA_ES,
    seed: {
      customer: { name: 'Osvaldo Peña', address: '1455 west 49th street hialeah' },
      appointments: [
        { start: '2026-02-05T10:00', service_type: 'Leak repair', description: 'salidero en la cocina' },
      ],
    },
    caller: {
      phone: '+13055552630',
      language: 'es',
      opening:
        'buenos días habla osvaldo peña yo tengo una cita para el jueves por el salidero de la cocina y quería cambiarla para el viernes por la tarde',
      gives: ['name', 'problem', 'time'],
      lines: {
        name: 'osvaldo peña',
        address: '1455 west 49th street en hialeah',
        time: 'el viernes por la tarde',
        yes: 'sí dale perfecto',
      },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-02-06', '13:00', '17:00') }, SPANISH_ALL],
  },
  // ───────────── questions ─────────────
  {
    id: 'holdout-b4-q-atl-saturday-hours',
    kind: 'question',
    now: '2026-06-05T17:30',
    tenant: ATL,
    caller: { phone: '+14045556012', language: 'en' },
    script: ['hey what time yall open tomorrow', 'ok cool thanks bye'],
    expect: [
      {
        kind: 'said',
        what: 'Saturday 8 to 12',
        pattern: /(\b8\b|8:00|eight).{0,60}(\b12\b|12:00|noon|twelve|midday)/i,
      },
      NO_BOOKING,
    ],
  },
  {
    id: 'holdout-b4-q-atl-zip-out-of-area',
    kind: 'question',
    now: '2026-06-09T10:00',
    tenant: ATL,
    caller: { phone: '+16785553321', language: 'en' },
    script: ['hi do yall service 30097 thats up in duluth', 'oh ok no worries thank you'],
    expect: [
      {
        kind: 'said',
        what: 'that 30097 / Duluth is outside the area',
        pattern:
          /\b(don't|do not|doesn't|does not|can't|cannot|isn't|is not|outside|unfortunately|afraid)\b[^?]{0,100}(30097|duluth|area|serv|cover)|(30097|duluth)[^?]{0,80}\b(not|outside)\b/i,
      },
      NO_BOOKING,
    ],
  },
  {
    id: 'holdout-b4-q-den-lakewood-in-area',
    kind: 'question',
    now: '2026-04-22T09:00',
    tenant: DEN,
    caller: { phone: '+13035557745', language: 'en' },
    script: [
      'hi quick question do you guys come out to lakewood',
      'ok good to know ill call back when my husband gets home to set something up thanks so much',
    ],
    expect: [
      {
        kind: 'said',
        what: 'yes, Lakewood is served',
        pattern:
          /\b(yes|yeah|yep|we do|absolutely|certainly|sure|we (serve|service|cover))\b[^?]{0,100}lakewood|lakewood[^?]{0,80}\b(service area|we (serve|service|cover)|in our area)/i,
      },
      NO_BOOKING,
    ],
  },
  {
    id: 'holdout-b4-q-sea-gutters-not-offered',
    kind: 'question',
    now: '2026-05-14T11:00',
    tenant: SEA,
    caller: { phone: '+12535550917', language: 'en' },
    script: ['hey do you all do gutters or like roofing stuff', 'ok no problem thanks bye'],
    expect: [
      {
        kind: 'said',
        what: 'no gutters or roofing (electrical only)',
        pattern:
          /\b(don't|do not|doesn't|not something|unfortunately|afraid)\b[^?]{0,100}(gutter|roof)|\b(only|just|strictly)\b[^?]{0,40}electric|(gutter|roof)[^?]{0,80}\b(not|don't|outside)\b/i,
      },
      NO_BOOKING,
    ],
  },
  {
    id: 'holdout-b4-q-chi-price-then-books',
    kind: 'question',
    now: '2026-09-15T10:00',
    caller: {
      phone: '+18475554409',
      language: 'en',
      opening: 'how much do you guys charge to come out and snake a drain',
      lines: {
        name: 'eddie sandoval',
        address: '8120 lamon avenue skokie',
        problem: 'the basement floor drain backs up when the washer empties',
        time: 'tomorrow morning',
        yes: 'alright yeah lets book it',
        otherwise: 'alright yeah lets book it',
      },
    },
    expect: booked(slot('2026-09-16', '08:00', '12:00')),
  },
  {
    id: 'holdout-b4-q-es-mia-horario-sabado',
    kind: 'question',
    now: '2026-11-27T19:00',
    tenant: MIA_ES,
    caller: { phone: '+17865550281', language: 'es' },
    script: ['oiga a qué hora abren mañana sábado', 'ah ok perfecto gracias'],
    expect: [
      {
        kind: 'said',
        what: 'sábado de 8 a 2',
        pattern: /(\b8\b|8:00|ocho).{0,80}(\b2\b|2:00|14:00|dos)/i,
      },
      NO_BOOKING,
      SPANISH_ALL,
    ],
  },
  {
    id: 'holdout-b4-q-phx-mini-split-offered',
    kind: 'question',
    now: '2026-07-06T12:00',
    tenant: PHX,
    caller: { phone: '+16235558193', language: 'en' },
    script: ['hi do you guys do mini splits like the ductless ones', 'ok awesome thanks ill talk to my wife'],
    expect: [
      {
        kind: 'said',
        what: 'yes, ductless mini-splits are offered',
        pattern:
          /\b(yes|yeah|we do|we (install|offer|handle|can))\b[^?]{0,120}(mini|ductless|split)|(mini[- ]?splits?|ductless)[^?]{0,80}\b(we (do|offer|install)|one of our)|^\W*(yes|yeah)\b[^?]{0,20}\bwe do\b/i,
      },
      NO_BOOKING,
    ],
  },
  // ───────────── silence ─────────────
  {
    id: 'holdout-b4-silence-chi-pocket-dial',
    kind: 'silence',
    now: '2026-01-05T10:00',
    caller: { phone: '+17735550734', language: 'en' },
    script: ['', '', ''],
    expect: [...VOICEMAIL, NO_BOOKING],
  },
  {
    id: 'holdout-b4-silence-es-sat',
    kind: 'silence',
    now: '2026-07-02T15:00',
    tenant: SAT_ES,
    caller: { phone: '+12105550645', language: 'es' },
    script: ['', '', '', ''],
    expect: [...VOICEMAIL, NO_BOOKING],
  },
  // ───────────── emergencies ─────────────
  {
    id: 'holdout-b4-emerg-atl-gas-stove-evening',
    kind: 'emergency',
    now: '2026-12-03T18:45',
    tenant: ATL,
    caller: {
      phone: '+14045552047',
      language: 'en',
      opening: 'yeah i smell gas real strong in my kitchen by the stove i dont know what to do',
      lines: {
        name: 'lawanda simmons',
        address: '1340 metropolitan parkway southwest 30310',
        problem: 'strong gas smell by the stove its like rotten eggs',
        time: 'as soon as somebody can come',
        safety: 'im outside on the porch now with my grandbaby',
        yes: 'okay',
      },
      wantsTransfer: true,
    },
    expect: [...GAS_ADVICE, ...emergencyHandled(slot('2026-12-04', '07:30', '12:00'))],
  },
  {
    id: 'holdout-b4-emerg-den-co-alarm-night',
    kind: 'emergency',
    now: '2026-01-18T02:10',
    tenant: DEN,
    caller: {
      phone: '+17205551936',
      language: 'en',
      opening: 'hi sorry its late our carbon monoxide alarm is going off and the furnace is running',
      lines: {
        name: 'greg and amy holcomb',
        address: '16840 east dartmouth avenue aurora',
        problem: 'the co detector in the hallway by the furnace closet keeps going off it says 80',
        time: 'right away',
        safety: 'yeah were all outside in the car with the kids',
        yes: 'yes please',
      },
      wantsTransfer: true,
    },
    expect: [CO_ADVICE, ...emergencyHandled(slot('2026-01-19', '07:00', '10:00'))],
  },
  {
    id: 'holdout-b4-emerg-sea-panel-sparking',
    kind: 'emergency',
    now: '2026-02-24T13:20',
    tenant: SEA,
    caller: {
      phone: '+12065557422',
      language: 'en',
      opening: 'hi um our electrical panel just sparked and theres a burning plastic smell in the garage',
      lines: {
        name: 'sofia marchetti',
        address: '9215 41st avenue southwest seattle',
        problem: 'the panel sparked when the dryer came on and it smells like burning plastic',
        time: 'now please',
        safety: 'yeah we shut off the main and were out of the garage',
        yes: 'yes',
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot('2026-02-24', '13:20', '16:30')),
  },
  {
    id: 'holdout-b4-emerg-phl-burst-pipe-freezing',
    kind: 'emergency',
    now: '2026-01-27T06:40',
    tenant: PHL,
    caller: {
      phone: '+12155550539',
      language: 'en',
      opening: 'oh my god a pipe burst in the basement and theres water everywhere its spraying',
      lines: {
        name: 'tony caruso',
        address: '2617 east norris street fishtown',
        problem: 'the pipe by the outside wall froze and split its spraying water all over the basement',
        time: 'right now please',
        safety: 'yeah im okay i found the main and shut it off i think',
        yes: 'yes please',
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot('2026-01-27', '07:00', '10:00')),
  },
  {
    id: 'holdout-b4-emerg-chi-sewage-saturday',
    kind: 'emergency',
    now: '2026-06-27T11:00',
    caller: {
      phone: '+17735551668',
      language: 'en',
      opening: 'hi theres sewage coming up out of the floor drain in my basement its nasty',
      lines: {
        name: 'brian kessler',
        address: '6140 north kenmore avenue',
        problem: 'raw sewage backing up out of the basement floor drain every time somebody flushes',
        time: 'today if at all possible',
        safety: 'yeah were fine just gross',
        yes: 'yes',
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot(['2026-06-27', '2026-06-29'], '08:00', '13:00')),
  },
  {
    id: 'holdout-b4-emerg-atl-water-in-light-fixture',
    kind: 'emergency',
    now: '2026-08-12T15:00',
    tenant: ATL,
    caller: {
      phone: '+14705558832',
      language: 'en',
      opening:
        'hi water is coming through my kitchen ceiling from the bathroom upstairs and its dripping out of the light fixture',
      lines: {
        name: 'olivia grant',
        address: '2285 peachtree road northeast apartment 9 30309',
        problem: 'water leaking from the upstairs bathroom down through the ceiling light in the kitchen',
        time: 'as soon as possible',
        safety: 'i turned the breaker off for the kitchen and nobodys touching it',
        yes: 'yes',
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot(['2026-08-12', '2026-08-13'], '07:30', '16:30')),
  },
  {
    id: 'holdout-b4-emerg-den-no-heat-90-year-old',
    kind: 'emergency',
    now: '2026-12-09T20:30',
    tenant: DEN,
    caller: {
      phone: '+13035553108',
      language: 'en',
      opening:
        'hi im calling for my mom the furnace quit and its supposed to get down to like eight degrees tonight and shes ninety',
      lines: {
        name: 'linda cho',
        address: '4417 south lowell boulevard denver',
        problem:
          'the furnace wont come on at all its blowing nothing and the house is already down to fifty eight',
        time: 'tonight if anybody can',
        safety: 'shes okay for now shes bundled up with a space heater',
        yes: 'yes please',
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot('2026-12-10', '07:00', '10:00')),
  },
  {
    id: 'holdout-b4-emerg-phx-no-ac-oxygen',
    kind: 'emergency',
    now: '2026-07-18T14:30',
    tenant: PHX,
    caller: {
      phone: '+16025559321',
      language: 'en',
      opening:
        'hi our ac just died its a hundred and fifteen out and my dad is on oxygen and we have a baby here',
      lines: {
        name: 'jared whitman',
        address: '4102 north 40th street phoenix 85018',
        problem: 'the ac stopped blowing cold completely the outside unit hums but the fan doesnt spin',
        time: 'today please',
        safety: 'were okay for right now we got fans going and wet towels',
        yes: 'yes',
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot(['2026-07-18', '2026-07-20'], '06:00', '15:00')),
  },
  {
    id: 'holdout-b4-emerg-anc-water-heater-flooding',
    kind: 'emergency',
    now: '2026-11-10T16:45',
    tenant: ANC,
    caller: {
      phone: '+19075558847',
      language: 'en',
      opening: 'hi our water heater is gushing water all over the utility room floor',
      lines: {
        name: 'cody nakamura',
        address: '2840 checkmate drive anchorage',
        problem:
          'the water heater tank is leaking a lot its flooding the utility room and the carpet in the hall',
        time: 'as soon as you can',
        safety: 'yeah were fine',
        yes: 'yes',
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot(['2026-11-10', '2026-11-11'], '08:00', '17:00')),
  },
  {
    id: 'holdout-b4-emerg-es-mia-olor-a-gas',
    kind: 'emergency',
    now: '2026-03-24T10:00',
    tenant: MIA_ES,
    caller: {
      phone: '+13055556714',
      language: 'es',
      opening: 'ay por favor huele a gas en la cocina bien fuerte desde esta mañana',
      lines: {
        name: 'niurka valdés',
        address: '830 este 25 calle hialeah',
        problem: 'huele a gas por donde está el calentador y la estufa',
        time: 'ahorita mismo',
        safety: 'sí ya estamos afuera en el portal',
        yes: 'sí por favor',
      },
      wantsTransfer: true,
    },
    expect: [
      ...GAS_ADVICE_ES,
      ...emergencyHandled(slot(['2026-03-24', '2026-03-25'], '08:00', '17:00')),
      SPANISH_ALL,
    ],
  },
  {
    id: 'holdout-b4-emerg-es-sat-chispas-noche',
    kind: 'emergency',
    now: '2026-05-19T22:15',
    tenant: SAT_ES,
    caller: {
      phone: '+12105558863',
      language: 'es',
      opening: 'bueno oiga es que el contacto de la recámara echó chispas y huele a quemado',
      lines: {
        name: 'me llamo ramiro elizondo',
        address: 'en el 2310 de la calle el paso 78207',
        problem: 'el contacto echó chispas cuando conecté la plancha y está negrito y huele a quemado',
        time: 'lo más pronto que se pueda',
        safety: 'sí ya bajé el breaker y estamos bien',
        yes: 'sí',
      },
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot('2026-05-20', '08:00', '11:00')), SPANISH_ALL],
  },
  {
    id: 'holdout-b4-emerg-es-pr-tubo-reventado',
    kind: 'emergency',
    now: '2026-09-21T08:30',
    tenant: PR_ES,
    caller: {
      phone: '+17875557759',
      language: 'es',
      opening: 'wepa buenos días se reventó un tubo en el baño y se está inundando todo',
      lines: {
        name: 'carmen luz ortiz',
        address: 'calle magnolia 14 urbanización santa rosa bayamón',
        problem: 'se reventó el tubo debajo del lavamanos y el agua está saliendo hasta la sala',
        time: 'ahora mismo si pueden',
        safety: 'sí estamos bien pero no encuentro la llave de paso',
        yes: 'sí por favor',
      },
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot('2026-09-21', '08:30', '12:00')), SPANISH_ALL],
  },
  {
    id: 'holdout-b4-emerg-es-satx-sin-aire-abuelita',
    kind: 'emergency',
    now: '2026-08-08T16:20',
    tenant: SATX,
    caller: {
      phone: '+12105551490',
      language: 'es',
      opening:
        'hi sí hello es que el aire no sirve y está haciendo como 104 afuera y mi abuelita está aquí conmigo y ella está enferma del corazón',
      lines: {
        name: 'vanessa garcía',
        address: '522 rayburn drive en el south side',
        problem: 'el a c no echa aire frío nomás aire caliente y ya está bien caliente la casa',
        time: 'hoy mismo por favor',
        safety: 'sí ahorita está bien le puse un ventilador y agua',
        yes: 'sí',
      },
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot('2026-08-10', '08:00', '10:00')), SPANISH],
  },
  {
    id: 'holdout-b4-emerg-es-mia-aguas-negras',
    kind: 'emergency',
    now: '2026-10-31T09:30',
    tenant: MIA_ES,
    caller: {
      phone: '+17865553046',
      language: 'es',
      opening: 'buenos días mire se está saliendo el agua negra por la ducha y el inodoro está burbujeando',
      lines: {
        name: 'jorge luis batista',
        address: '10540 noroeste 7 avenida miami',
        problem: 'las aguas negras están subiendo por el drenaje de la ducha y huele horrible',
        time: 'hoy si se puede',
        safety: 'sí estamos bien',
        yes: 'sí está bien',
      },
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot(['2026-10-31', '2026-11-02'], '08:00', '14:00')), SPANISH_ALL],
  },
  {
    id: 'holdout-b4-emerg-es-chi-monoxido-domingo',
    kind: 'emergency',
    now: '2026-02-01T07:00',
    caller: {
      phone: '+17735559207',
      language: 'es',
      opening:
        'hello sí buenos días disculpe hablo español la alarma de monóxido de carbono está sonando y me duele la cabeza',
      lines: {
        name: 'graciela mendoza',
        address: '3021 south trumbull avenue',
        problem: 'la alarma de monóxido suena cerca del furnace y tenemos dolor de cabeza',
        time: 'lo antes posible',
        safety: 'sí ya salimos con los niños estamos en el carro',
        yes: 'sí por favor',
      },
      wantsTransfer: true,
    },
    expect: [CO_ADVICE_ES, ...emergencyHandled(slot('2026-02-02', '08:00', '10:00')), SPANISH],
  },
  // ───────────── Spanish speakers ─────────────
  {
    id: 'holdout-b4-es-mia-calentador-temprano',
    kind: 'spanish',
    now: '2026-04-06T10:00',
    tenant: MIA_ES,
    caller: {
      phone: '+13055551823',
      language: 'es',
      opening: 'oye buenas el calentador del agua no está calentando nada',
      lines: {
        name: 'yamilé fonseca',
        address: 'el 6215 suroeste 24 calle en westchester',
        problem: 'el calentador prende pero el agua sale fría fría',
        time: 'mañana temprano',
        yes: 'sí dale',
      },
    },
    expect: [...booked(slot('2026-04-07', '08:00', '10:00')), SPANISH_ALL],
  },
  {
    id: 'holdout-b4-es-sat-abanico-de-techo',
    kind: 'spanish',
    now: '2026-03-02T09:00',
    tenant: SAT_ES,
    caller: {
      phone: '+12105554471',
      language: 'es',
      opening: 'buenos días quería ver si ustedes instalan abanicos de techo',
      lines: {
        name: 'patricia salinas',
        address: '6318 sun valley drive 78228',
        problem: 'quiero que me pongan un abanico de techo en la recámara donde está la lámpara',
        time: 'el miércoles en la tarde',
        yes: 'sí está bien gracias',
      },
    },
    expect: [...booked(slot('2026-03-04', '12:00', '17:00')), SPANISH_ALL],
  },
  {
    id: 'holdout-b4-es-pr-inodoro-tapado',
    kind: 'spanish',
    now: '2026-06-15T13:00',
    tenant: PR_ES,
    caller: {
      phone: '+17875552318',
      language: 'es',
      opening: 'saludos es que el inodoro está tapao y no baja',
      lines: {
        name: 'héctor rivera',
        address: 'calle 13 bloque 22 número 9 villa carolina',
        problem: 'el inodoro se tapó y ya le di con el destapador y nada',
        time: 'el jueves por la mañana',
        yes: 'perfecto',
      },
    },
    expect: [...booked(slot('2026-06-18', '07:00', '12:00')), SPANISH_ALL],
  },
  {
    id: 'holdout-b4-es-atl-hondureno-lavadora',
    kind: 'spanish',
    now: '2026-10-14T11:00',
    tenant: ATL,
    caller: {
      phone: '+14045551677',
      language: 'es',
      opening: 'hello sí buenas do you speak spanish es que el drenaje de la lavadora se está regresando',
      lines: {
        name: 'mi nombre es wilmer cáceres',
        address: '1690 memorial drive southeast apartamento 4 30317',
        problem: 'cuando la lavadora saca el agua se sale por el tubo y moja todo el piso',
        time: 'el viernes a cualquier hora',
        yes: 'sí está bien',
      },
    },
    expect: [...booked(slot('2026-10-16', '07:30', '16:30')), SPANISH],
  },
  {
    id: 'holdout-b4-es-chi-salvadoreno-sabado',
    kind: 'spanish',
    now: '2026-05-26T15:00',
    caller: {
      phone: '+17735556023',
      language: 'es',
      opening: 'aló buenas tardes fíjese que el chorro de la cocina está goteando todo el día',
      lines: {
        name: 'me llamo jaime orellana',
        address: 'vivo en el 2511 west 24th street',
        problem: 'el chorro de la pila de la cocina gotea y gotea aunque esté cerrado',
        time: 'el sábado en la mañana',
        yes: 'sí va está bueno',
      },
    },
    expect: [...booked(slot('2026-05-30', '09:00', '13:00')), SPANISH],
  },
  {
    id: 'holdout-b4-es-mia-colombiana-martes-proximo',
    kind: 'spanish',
    now: '2026-08-27T11:00',
    tenant: MIA_ES,
    caller: {
      phone: '+17865557415',
      language: 'es',
      opening: 'hola buenos días qué pena con usted es que el aire acondicionado no está enfriando',
      lines: {
        name: 'natalia restrepo',
        address: 'en doral 10850 noroeste 82 calle',
        problem: 'el minisplit del cuarto prende pero no enfría nada y hace un ruidito',
        time: 'la próxima semana el martes',
        yes: 'listo perfecto',
      },
    },
    expect: [...booked(slot('2026-09-01', '08:00', '17:00')), SPANISH_ALL],
  },
  {
    id: 'holdout-b4-es-phl-dominicano-radiadores',
    kind: 'spanish',
    now: '2026-11-16T09:00',
    tenant: PHL,
    caller: {
      phone: '+12675558326',
      language: 'es',
      opening: 'hello buenos días usted habla español es que los radiadores de arriba no calientan bien',
      lines: {
        name: 'ramón almonte',
        address: 'el 4420 north 5th street',
        problem: 'los radiadores del segundo piso están tibios nada más y hacen ruido como de agua',
        time: 'mañana después del almuerzo',
        yes: 'ok sí está bien',
      },
    },
    expect: [...booked(slot('2026-11-17', '12:30', '16:00')), SPANISH],
  },
  {
    id: 'holdout-b4-es-sat-front-breaker-jueves',
    kind: 'spanish',
    now: '2026-12-01T08:15',
    tenant: SAT_ES,
    caller: {
      phone: '+12105552964',
      language: 'es',
      opening:
        'buenos días habla rosa elena treviño del 1518 de la calle guadalupe se me bota el breaker de la cocina cada que prendo el microondas quiero que vengan el jueves a las diez',
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'rosa elena treviño',
        address: '1518 calle guadalupe',
        problem: 'se bota el breaker de la cocina',
        time: 'el jueves a las diez',
        yes: 'sí está bien',
      },
    },
    expect: [...bookedFast(slot('2026-12-03', '09:30', '11:00')), SPANISH_ALL],
  },
  {
    id: 'holdout-b4-es-den-guatemalteco-lunes',
    kind: 'spanish',
    now: '2026-09-10T14:00',
    tenant: DEN,
    caller: {
      phone: '+17205559158',
      language: 'es',
      opening: 'hello buenas tardes spanish por favor es que la calefacción hace un ruido feo',
      lines: {
        name: 'edgar xicará',
        address: '1390 south chambers road en aurora',
        problem: 'el furnace hace un ruido como que raspa cuando prende',
        time: 'para el lunes',
        yes: 'sí gracias',
      },
    },
    expect: [...booked(slot('2026-09-14', '07:00', '18:00')), SPANISH],
  },
  {
    id: 'holdout-b4-es-mia-venezolana-esta-semana',
    kind: 'spanish',
    now: '2026-01-13T09:00',
    tenant: MIA_ES,
    caller: {
      phone: '+13055554092',
      language: 'es',
      opening: 'hola buen día chamo disculpa es que el desagüe de la ducha está tapado',
      lines: {
        name: 'daniela urdaneta',
        address: '8350 noroeste 53 calle doral',
        problem: 'el agua de la ducha no baja se queda estancada',
        time: 'cuando tengan algo esta semana',
        yes: 'sí perfecto',
      },
    },
    expect: [
      ...booked(
        slot(['2026-01-13', '2026-01-14', '2026-01-15', '2026-01-16', '2026-01-17'], '08:00', '17:00'),
      ),
      SPANISH_ALL,
    ],
  },
];
