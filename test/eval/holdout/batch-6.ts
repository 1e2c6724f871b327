import {
  AFTERNOON,
  booked,
  emergencyHandled,
  GAS_ADVICE,
  GAS_ADVICE_ES,
  MORNING,
  slot,
} from '../personas/defaults.js';
import type { Check, LocalWindow, Persona } from '../types.js';

// Held-out batch 6: 65 callers for eight businesses (Seattle, Phoenix, Houston, Burlington VT,
// Honolulu, Miami, Denver, Chicago), written blind from the example conversations, the check
// helpers and what the service promises. Windows are tenant-local; an emergency window spans every
// day the earliest flagged slot could fall on.

// ---------------------------------------------------------------------------------------------
// Businesses

const SEATTLE = {
  name: 'Cascade Rooter & Drain',
  time_zone: 'America/Los_Angeles',
  owner_name: 'Marcus Bell',
  owner_phone: '+12065550100',
  business_hours: {
    mon: [['07:00', '16:00']],
    tue: [['07:00', '16:00']],
    wed: [['07:00', '16:00']],
    thu: [['07:00', '16:00']],
    fri: [['07:00', '16:00']],
    sat: [],
    sun: [],
  },
  services: [
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Sewer line camera inspection', duration_minutes: 60 },
    { name: 'Water heater repair', duration_minutes: 90 },
    { name: 'Leak repair', duration_minutes: 60 },
    { name: 'Toilet repair', duration_minutes: 60 },
    { name: 'Garbage disposal', duration_minutes: 60 },
  ],
  service_area: ['Seattle', 'Bellevue', 'Kirkland', 'Renton', 'Shoreline'],
};

const PHOENIX = {
  name: 'Saguaro Heating & Cooling',
  time_zone: 'America/Phoenix',
  owner_name: 'Luis Arvizu',
  owner_phone: '+16025550100',
  business_hours: {
    mon: [['06:00', '15:00']],
    tue: [['06:00', '15:00']],
    wed: [['06:00', '15:00']],
    thu: [['06:00', '15:00']],
    fri: [['06:00', '15:00']],
    sat: [['07:00', '11:00']],
    sun: [],
  },
  services: [
    { name: 'AC repair', duration_minutes: 90 },
    { name: 'AC tune-up', duration_minutes: 60 },
    { name: 'Furnace repair', duration_minutes: 90 },
    { name: 'Heat pump service', duration_minutes: 90 },
    { name: 'Thermostat installation', duration_minutes: 60 },
    { name: 'Duct cleaning', duration_minutes: 120 },
  ],
  service_area: ['Phoenix', 'Tempe', 'Mesa', 'Chandler', 'Scottsdale', 'Glendale'],
  emergency_keywords: ['ac went out', 'no air conditioning', 'sin aire acondicionado'],
};

const SPLIT = [
  ['08:00', '12:00'],
  ['13:30', '18:00'],
];

const HOUSTON = {
  name: 'Plomería y Electricidad Luna',
  time_zone: 'America/Chicago',
  language_code: 'es',
  owner_name: 'Ramiro Luna',
  owner_phone: '+17135550100',
  business_hours: {
    mon: SPLIT,
    tue: SPLIT,
    wed: SPLIT,
    thu: SPLIT,
    fri: SPLIT,
    sat: [['08:00', '12:00']],
    sun: [],
  },
  services: [
    { name: 'Destape de drenaje', duration_minutes: 60 },
    { name: 'Reparación de fugas', duration_minutes: 60 },
    { name: 'Calentador de agua', duration_minutes: 90 },
    { name: 'Reparación de inodoro', duration_minutes: 60 },
    { name: 'Revisión eléctrica', duration_minutes: 90 },
    { name: 'Instalación de contactos', duration_minutes: 60 },
  ],
  service_area: ['Houston', 'Pasadena', 'Pearland', 'Bellaire', 'South Houston'],
};

const BURLINGTON = {
  name: 'Green Mountain Electric',
  time_zone: 'America/New_York',
  owner_name: 'Abby Thibault',
  owner_phone: '+18025550100',
  business_hours: {
    mon: [['07:30', '16:30']],
    tue: [['07:30', '16:30']],
    wed: [],
    thu: [['07:30', '16:30']],
    fri: [['07:30', '16:30']],
    sat: [],
    sun: [],
  },
  services: [
    { name: 'Electrical troubleshooting', duration_minutes: 90 },
    { name: 'Panel upgrade', duration_minutes: 240 },
    { name: 'Outlet and switch repair', duration_minutes: 60 },
    { name: 'Lighting installation', duration_minutes: 90 },
    { name: 'EV charger installation', duration_minutes: 180 },
    { name: 'Generator service', duration_minutes: 90 },
  ],
  service_area: ['Burlington', 'South Burlington', 'Winooski', 'Essex Junction', 'Shelburne', 'Williston'],
};

const HONOLULU = {
  name: 'Aloha Plumbing & Solar Water',
  time_zone: 'Pacific/Honolulu',
  owner_name: 'Keoni Mahoe',
  owner_phone: '+18085550100',
  business_hours: {
    mon: [['07:00', '15:00']],
    tue: [['07:00', '15:00']],
    wed: [['07:00', '15:00']],
    thu: [['07:00', '15:00']],
    fri: [['07:00', '15:00']],
    sat: [['07:00', '15:00']],
    sun: [],
  },
  services: [
    { name: 'Leak repair', duration_minutes: 60 },
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Solar water heater service', duration_minutes: 90 },
    { name: 'Water heater repair', duration_minutes: 90 },
    { name: 'Toilet repair', duration_minutes: 60 },
  ],
  service_area: ['Honolulu', 'Kailua', 'Kaneohe', 'Pearl City', 'Aiea'],
};

const MIAMI = {
  name: 'Plomería Caribe',
  time_zone: 'America/New_York',
  language_code: 'es',
  owner_name: 'Yamilet Fonseca',
  owner_phone: '+13055550100',
  business_hours: {
    mon: [['08:00', '17:00']],
    tue: [['08:00', '17:00']],
    wed: [['08:00', '17:00']],
    thu: [['08:00', '17:00']],
    fri: [['08:00', '17:00']],
    sat: [['08:00', '12:00']],
    sun: [],
  },
  services: [
    { name: 'Reparación de fugas', duration_minutes: 60 },
    { name: 'Destape de tuberías', duration_minutes: 60 },
    { name: 'Calentador de agua', duration_minutes: 90 },
    { name: 'Reparación de inodoro', duration_minutes: 60 },
    { name: 'Grifos y llaves', duration_minutes: 60 },
  ],
  service_area: ['Miami', 'Hialeah', 'Doral', 'Coral Gables', 'Kendall', 'Miami Beach'],
};

const DENVER = {
  name: 'Front Range Furnace & Plumbing',
  time_zone: 'America/Denver',
  owner_name: 'Gretchen Sorensen',
  owner_phone: '+17205550100',
  business_hours: {
    mon: [['07:00', '17:30']],
    tue: [
      ['07:00', '11:00'],
      ['13:00', '17:30'],
    ],
    wed: [['07:00', '17:30']],
    thu: [['07:00', '17:30']],
    fri: [['07:00', '17:30']],
    sat: [['08:00', '12:00']],
    sun: [],
  },
  services: [
    { name: 'Furnace repair', duration_minutes: 90 },
    { name: 'Boiler service', duration_minutes: 90 },
    { name: 'Water heater repair', duration_minutes: 90 },
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Leak repair', duration_minutes: 60 },
  ],
  service_area: ['Denver', 'Aurora', 'Lakewood', 'Englewood', 'Arvada'],
};

// ---------------------------------------------------------------------------------------------
// What a good receptionist says

const DECLINES: Check = {
  kind: 'said',
  what: 'says it is not something they do / not an area they serve',
  pattern:
    /\b(don't|do not|doesn't|does not|can't|cannot|unable|not able|unfortunately|outside|isn't something|not something)\b/i,
};

const DECLINES_ES: Check = {
  kind: 'said',
  what: 'dice que no llegan a esa zona',
  pattern: /\b(no (trabajamos|damos servicio|llegamos|cubrimos|atendemos|vamos|servimos)|fuera de)\b/i,
};

const CLOSED: Check = {
  kind: 'said',
  what: 'says that day is closed',
  pattern: /\b(closed|not open|aren't open|are not open|don't open|don't work|do not work)\b/i,
};

const DONT_TOUCH: Check = {
  kind: 'said',
  what: "don't touch it",
  pattern: /\b(don't|do not|never|avoid)\b.{0,25}\btouch/i,
};

const DONT_TOUCH_ES: Check = {
  kind: 'said',
  what: 'no lo toque',
  pattern: /\bno (lo |la |los )?(toque|toques|toquen|tocar)\b/i,
};

const CO_ADVICE: Check[] = [
  {
    kind: 'said',
    what: 'get everyone out',
    pattern:
      /\b(get|go|step|move)\b.{0,30}\b(out|outside)\b|\bleave\b.{0,25}\b(house|home|building)\b|fresh air/i,
  },
  { kind: 'said', what: 'call 911 or the fire department', pattern: /\b911\b|fire department/i },
];

const SHUT_OFF_WATER: Check = {
  kind: 'said',
  what: 'shut off the water',
  pattern: /\b(shut|turn)\b.{0,30}\b(off|valve)\b|shut-?off|main valve/i,
};

const SPANISH: Check = { kind: 'spanish' };
const SPANISH_ALL: Check = { kind: 'spanish', fromGreeting: true };

const HUNG_UP_EARLY: Check = {
  kind: 'any_of',
  what: 'the half-finished call left for the owner to return',
  options: [[{ kind: 'callback', reason: 'PARTIAL_INTAKE' }], [{ kind: 'callback', reason: 'MISSED_CALL' }]],
};

/** A front-loaded caller booked at once, at the address they gave. */
function fastAt(window: LocalWindow, addressIncludes: string): Check[] {
  return [
    { kind: 'booked', window, addressIncludes },
    { kind: 'confirmation_sms' },
    { kind: 'no_reask' },
    { kind: 'max_turns', turns: 3 },
  ];
}

const ALL_DAY = ['00:00', '23:59'] as const;

// ---------------------------------------------------------------------------------------------
// Cascade Rooter & Drain, Seattle (Pacific, DST; closed weekends)

const SEATTLE_CALLERS: Persona[] = [
  {
    // Past failure type: front-loaded, everything in one breath.
    id: 'holdout-b6-sea-front-loaded-disposal',
    kind: 'front-loaded',
    now: '2026-10-13T09:20',
    tenant: SEATTLE,
    caller: {
      phone: '+12065550111',
      language: 'en',
      opening:
        "hi yeah this is priya raman r a m a n my garbage disposal just hums and won't spin i'm at 7724 greenwood avenue north apartment 3b and thursday after 1 would be great",
      gives: ['name', 'problem', 'address', 'time'],
      lines: {
        name: 'priya raman',
        address: '7724 greenwood avenue north apartment 3b',
        problem: "the garbage disposal hums but won't spin",
        time: 'thursday after 1',
      },
    },
    expect: fastAt(slot('2026-10-15', '13:00', '16:00'), '7724'),
  },
  {
    id: 'holdout-b6-sea-ballard-neighbourhood',
    kind: 'cooperative',
    now: '2026-10-14T15:40',
    tenant: SEATTLE,
    caller: {
      phone: '+12065550112',
      language: 'en',
      opening: 'hey there my shower drain is super slow, like standing water up to my ankles',
      gives: ['problem'],
      lines: {
        name: 'this is tobias lindqvist',
        address: "i'm over in ballard, 1418 northwest 62nd street",
        problem: 'the shower drain is really slow and the water stands in the tub',
        time: 'tomorrow morning',
        inArea: "yeah ballard's part of seattle, north end",
      },
    },
    expect: booked(slot('2026-10-15', '07:00', '12:00'), { addressIncludes: '1418' }),
  },
  {
    id: 'holdout-b6-sea-tacoma-out-of-area',
    kind: 'question',
    now: '2026-10-14T11:10',
    tenant: SEATTLE,
    caller: {
      phone: '+12065550113',
      language: 'en',
      opening: 'hi my main sewer line keeps backing up into the basement tub, do you guys come out to tacoma',
      lines: {
        name: 'rhonda pierce',
        address: '3309 north proctor street in tacoma',
        problem: 'the main line backs up into the basement tub',
        time: 'whenever you can',
        inArea: "no tacoma's its own city, it's like thirty five miles south of seattle",
      },
    },
    expect: [{ kind: 'no_booking' }, DECLINES],
  },
  {
    // DST starts 2026-03-08: called in PST, booked in PDT.
    id: 'holdout-b6-sea-not-this-week-next',
    kind: 'time-expression',
    now: '2026-03-05T11:00',
    tenant: SEATTLE,
    caller: {
      phone: '+12065550114',
      language: 'en',
      opening: 'hi i need somebody to look at the laundry sink in my basement, it barely drains',
      gives: ['problem'],
      lines: {
        name: 'my name is gus amundsen',
        address: '6120 35th avenue southwest',
        problem: 'the basement laundry sink barely drains',
        time: 'not this week, next week, tuesday or wednesday morning',
      },
    },
    expect: booked(slot(['2026-03-10', '2026-03-11'], '07:00', '12:00')),
  },
  {
    // Past failure type: "don't book anything, I'm just asking".
    id: 'holdout-b6-sea-dont-book-just-asking',
    kind: 'question',
    now: '2026-10-15T10:30',
    tenant: SEATTLE,
    caller: { phone: '+12065550115', language: 'en' },
    script: [
      "hi don't book anything i'm just asking, do you guys do sewer camera inspections",
      'okay cool and is that something you do in bellevue too',
      "great that's all i needed, thanks bye",
    ],
    expect: [
      { kind: 'no_booking' },
      { kind: 'said', what: 'the camera inspection', pattern: /camera|inspection/i },
      { kind: 'said', what: 'Bellevue is served', pattern: /bellevue/i },
    ],
  },
  {
    id: 'holdout-b6-sea-emergency-light-fixture',
    kind: 'emergency',
    now: '2026-10-14T10:05',
    tenant: SEATTLE,
    caller: {
      phone: '+12065550116',
      language: 'en',
      opening:
        "um there's water coming through the light fixture in my kitchen ceiling, it's dripping out of the bulb thing, i think it's from the upstairs bathroom",
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'hannah okafor',
        address: '2240 eastlake avenue east unit 5',
        problem: 'water is dripping out of the kitchen ceiling light from the bathroom above',
        time: 'right now please',
        safety: "we're okay, i turned the light off",
      },
    },
    expect: emergencyHandled(slot(['2026-10-14', '2026-10-15'], ...ALL_DAY)),
  },
  {
    // Saturday is closed: the next open day is Monday. The address is said in words.
    id: 'holdout-b6-sea-saturday-closed-words-address',
    kind: 'time-expression',
    now: '2026-10-15T14:00',
    tenant: SEATTLE,
    caller: {
      phone: '+12065550117',
      language: 'en',
      opening:
        'yeah hi the toilet in our upstairs bathroom rocks when you sit on it and there is a little water at the base',
      gives: ['problem'],
      lines: {
        name: 'deshawn carter',
        address: 'twenty two oh five east union street',
        problem: 'the upstairs toilet rocks and leaks a little at the base',
        time: 'saturday morning',
      },
    },
    expect: booked(slot('2026-10-19', '07:00', '12:00'), { addressIncludes: '2205' }),
  },
  {
    id: 'holdout-b6-sea-owner-after-hours',
    kind: 'human',
    now: '2026-10-14T19:30',
    tenant: SEATTLE,
    caller: {
      phone: '+12065550118',
      language: 'en',
      opening: "can i talk to marcus please, it's about the bill from last week",
      wantsCallback: true,
      wantsTransfer: true,
      lines: {
        name: 'colleen brady',
        reason: 'i think my card got charged twice for the drain cleaning last week',
      },
    },
    expect: [{ kind: 'callback', reason: 'HANDOFF' }, { kind: 'no_transfer' }, { kind: 'no_booking' }],
  },
];

// ---------------------------------------------------------------------------------------------
// Saguaro Heating & Cooling, Phoenix (no DST; early hours; Saturday mornings)

const PHOENIX_CALLERS: Persona[] = [
  {
    id: 'holdout-b6-phx-emergency-ac-elderly',
    kind: 'emergency',
    now: '2026-07-14T13:30',
    tenant: PHOENIX,
    caller: {
      phone: '+16025550111',
      language: 'en',
      opening:
        "our ac went out about an hour ago, it's a hundred and sixteen outside and my mom's eighty eight and she's getting dizzy",
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'tracy holloway',
        address: '4410 east cactus road, phoenix',
        problem: 'the ac went out and it is getting hot fast',
        time: 'as soon as possible',
        safety: "she's sitting with a wet towel, we're okay for now",
      },
    },
    expect: emergencyHandled(slot(['2026-07-14', '2026-07-15'], ...ALL_DAY)),
  },
  {
    id: 'holdout-b6-phx-first-thing-tomorrow',
    kind: 'time-expression',
    now: '2026-06-09T16:20',
    tenant: PHOENIX,
    caller: {
      phone: '+16025550112',
      language: 'en',
      opening:
        'hi my ac is running all day but the house never gets below eighty, can someone come take a look',
      gives: ['problem'],
      lines: {
        name: 'brent kowalczyk',
        address: '1820 west university drive in tempe',
        problem: "the ac runs all day and the house won't cool below eighty",
        time: 'first thing tomorrow, before it gets hot',
      },
    },
    expect: booked(slot('2026-06-10', '06:00', '08:00')),
  },
  {
    id: 'holdout-b6-phx-spanish-thermostat',
    kind: 'spanish',
    now: '2026-06-10T12:00',
    tenant: PHOENIX,
    caller: {
      phone: '+16025550113',
      language: 'es',
      opening:
        'buenas tardes, quería ver si me pueden instalar un termostato nuevo, de esos que se controlan con el celular',
      gives: ['problem'],
      lines: {
        name: 'me llamo rigoberto salcido',
        address: 'vivo en el 4517 de la west indian school road, aquí en phoenix',
        problem: 'quiero que me instalen un termostato inteligente',
        time: 'el sábado tempranito',
        yes: 'sí, está bien',
      },
    },
    expect: [...booked(slot('2026-06-13', '07:00', '09:30')), SPANISH],
  },
  {
    // Past failure type: "don't book anything, I'm just asking" (Spanish).
    id: 'holdout-b6-phx-dont-book-ducts-es',
    kind: 'question',
    now: '2026-06-11T09:15',
    tenant: PHOENIX,
    caller: { phone: '+16025550114', language: 'es' },
    script: [
      'hola, nomás quiero preguntar, no me agende nada todavía, ¿ustedes limpian los ductos del aire?',
      '¿y trabajan en mesa?',
      'ok, muchas gracias, es todo',
    ],
    expect: [
      { kind: 'no_booking' },
      SPANISH,
      { kind: 'said', what: 'Mesa está en el área', pattern: /\bmesa\b/i },
    ],
  },
  {
    // Past failure type: refinement "too early, anything after lunch the same day?".
    id: 'holdout-b6-phx-refinement-after-lunch',
    kind: 'correction',
    now: '2026-06-08T08:30',
    tenant: PHOENIX,
    caller: {
      phone: '+16025550115',
      language: 'en',
      opening:
        "hi i'd like to get a tune up on my ac before it gets really hot, it's blowing kind of lukewarm",
      gives: ['problem'],
      accepts: slot('2026-06-10', '12:00', '15:00'),
      lines: {
        name: 'joanna whitfield',
        address: '2231 north 44th street, phoenix',
        problem: 'ac tune up, it blows kind of lukewarm',
        time: 'wednesday',
      },
      corrections: [
        {
          after: 'offer',
          say: "that's too early for me, anything after lunch the same day?",
          afterwards: { time: 'wednesday after lunch' },
        },
      ],
    },
    expect: booked(slot('2026-06-10', '12:00', '15:00')),
  },
  {
    id: 'holdout-b6-phx-mumbled-heat-pump',
    kind: 'cooperative',
    now: '2026-01-12T09:00',
    tenant: PHOENIX,
    caller: {
      phone: '+16025550116',
      language: 'en',
      opening: 'uh yeah hi um the the heat pump thing outside is uh making like a grinding uh',
      lines: {
        name: 'uh walt ferreira',
        address: '7815 east mcdowell road in scottsdale',
        problem: 'the heat pump outside makes a grinding noise when it starts',
        time: 'tomorrow any time',
      },
    },
    expect: booked(slot('2026-01-13', '06:00', '15:00')),
  },
];

// ---------------------------------------------------------------------------------------------
// Plomería y Electricidad Luna, Houston (Spanish; closed 12:00–13:30 on weekdays)

const HOUSTON_CALLERS: Persona[] = [
  {
    id: 'holdout-b6-hou-emergency-gas-es',
    kind: 'emergency',
    now: '2026-11-04T12:40',
    tenant: HOUSTON,
    caller: {
      phone: '+17135550111',
      language: 'es',
      opening: 'oiga, huele como a huevo podrido cerca de la estufa y cada vez huele más fuerte',
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'soy graciela montes',
        address: 'en el 1207 de la calle wayside',
        problem: 'huele a huevo podrido junto a la estufa',
        time: 'lo antes posible',
        safety: 'sí, ya nos salimos al patio',
      },
    },
    expect: [
      ...GAS_ADVICE_ES,
      ...emergencyHandled(slot(['2026-11-04', '2026-11-05'], ...ALL_DAY)),
      SPANISH_ALL,
    ],
  },
  {
    id: 'holdout-b6-hou-after-work-split-day',
    kind: 'time-expression',
    now: '2026-11-02T10:00',
    tenant: HOUSTON,
    caller: {
      phone: '+17135550112',
      language: 'es',
      opening: 'buenos días, la regadera del baño de arriba está tapada, el agua se queda ahí',
      gives: ['problem'],
      lines: {
        name: 'soy leticia garza, garza con zeta',
        address: 'vivo en la calle harrisburg número 7710',
        problem: 'la regadera está tapada',
        time: 'el jueves después de las 4, salgo del trabajo a las 3 y media',
      },
    },
    expect: [...booked(slot('2026-11-05', '16:00', '18:00')), SPANISH_ALL],
  },
  {
    // "A mediodía" falls in the lunch break: the closest open slot either side.
    id: 'holdout-b6-hou-noon-lunch-break',
    kind: 'time-expression',
    now: '2026-11-03T16:00',
    tenant: HOUSTON,
    caller: {
      phone: '+17135550113',
      language: 'es',
      opening: 'hola, quiero que me pongan un contacto nuevo en la cocina para el microondas',
      gives: ['problem'],
      lines: {
        name: 'me llamo arturo quintanilla',
        address: 'en el 5402 de la avenida lyons',
        problem: 'necesito un contacto nuevo en la cocina',
        time: 'mañana a mediodía, más o menos',
      },
    },
    expect: [...booked(slot('2026-11-04', '11:00', '14:30')), SPANISH_ALL],
  },
  {
    id: 'holdout-b6-hou-reschedule-friday-afternoon',
    kind: 'reschedule',
    now: '2026-11-03T09:30',
    tenant: HOUSTON,
    seed: {
      customer: { name: 'Esperanza Villarreal', address: '6315 Telephone Road, Houston' },
      appointments: [
        {
          start: '2026-11-05T09:00',
          service_type: 'Reparación de inodoro',
          description: 'el inodoro no deja de correr',
        },
      ],
    },
    caller: {
      phone: '+17135550114',
      language: 'es',
      opening:
        'hola, tengo una cita el jueves en la mañana pero me salió un compromiso, ¿la puedo pasar para el viernes en la tarde?',
      gives: ['time'],
      lines: {
        name: 'esperanza villarreal',
        address: 'el 6315 de telephone road',
        time: 'el viernes en la tarde',
        yes: 'sí, por favor',
      },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-11-06', '13:30', '18:00') }, SPANISH_ALL],
  },
  {
    // Past failure type: cancel one appointment and book another time in the same breath.
    id: 'holdout-b6-hou-cancel-and-rebook-es',
    kind: 'reschedule',
    now: '2026-11-05T14:00',
    tenant: HOUSTON,
    seed: {
      customer: { name: 'Joaquín Serna', address: '811 Shaver Street, Pasadena' },
      appointments: [
        { start: '2026-11-09T08:00', service_type: 'Destape de drenaje', description: 'fregadero tapado' },
      ],
    },
    caller: {
      phone: '+17135550115',
      language: 'es',
      opening: 'buenas, quiero cancelar la cita del lunes y mejor apartar para el miércoles temprano',
      gives: ['time'],
      lines: {
        name: 'joaquín serna',
        address: 'el 811 de la shaver en pasadena',
        time: 'el miércoles temprano',
        yes: 'sí, así está bien',
      },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-11-11', '08:00', '10:30') }, SPANISH_ALL],
  },
  {
    id: 'holdout-b6-hou-emergency-sparks-es',
    kind: 'emergency',
    now: '2026-11-07T21:15',
    tenant: HOUSTON,
    caller: {
      phone: '+17135550116',
      language: 'es',
      opening: 'el enchufe de la recámara echó chispas cuando conecté la plancha y ahora huele a quemado',
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'me llamo noemí castañeda',
        address: 'en el 3918 de la calle almeda',
        problem: 'el enchufe echó chispas y huele a quemado',
        time: 'lo más pronto que se pueda',
        safety: 'sí, estamos bien, ya desconecté la plancha',
      },
    },
    expect: [
      ...emergencyHandled(slot(['2026-11-07', '2026-11-08', '2026-11-09'], ...ALL_DAY)),
      DONT_TOUCH_ES,
      SPANISH_ALL,
    ],
  },
  {
    // Past failure type: front-loaded (Spanglish).
    id: 'holdout-b6-hou-spanglish-front-loaded',
    kind: 'front-loaded',
    now: '2026-11-05T17:30',
    tenant: HOUSTON,
    caller: {
      phone: '+17135550117',
      language: 'es',
      opening:
        'hola soy maribel ochoa, el water heater está leaking por abajo, estoy en el 9031 de la calle bellfort, y si pueden el lunes en la mañana',
      gives: ['name', 'problem', 'address', 'time'],
      lines: {
        name: 'maribel ochoa',
        address: 'el 9031 de la calle bellfort',
        problem: 'el calentador gotea por abajo',
        time: 'el lunes en la mañana',
      },
    },
    expect: [...fastAt(slot('2026-11-09', '08:00', '12:00'), '9031'), SPANISH_ALL],
  },
  {
    id: 'holdout-b6-hou-wants-ramiro',
    kind: 'human',
    now: '2026-11-04T10:30',
    tenant: HOUSTON,
    caller: {
      phone: '+17135550118',
      language: 'es',
      opening: 'buenos días, ¿me comunica con don ramiro? él ya conoce mi casa',
      wantsTransfer: true,
      lines: {
        name: 'soy teodoro ibáñez',
        reason: 'es sobre el presupuesto que me dio para cambiar la tubería',
      },
    },
    expect: [{ kind: 'transfer' }, SPANISH_ALL],
  },
  {
    id: 'holdout-b6-hou-conroe-out-of-area',
    kind: 'question',
    now: '2026-11-04T15:00',
    tenant: HOUSTON,
    caller: {
      phone: '+17135550119',
      language: 'es',
      opening: 'hola, ¿ustedes trabajan hasta conroe? se me tapó el drenaje de la cocina',
      lines: {
        name: 'me llamo efraín rosales',
        address: 'en el 402 de la calle davis en conroe',
        problem: 'el drenaje de la cocina está tapado',
        time: 'esta semana',
        inArea: 'no, conroe queda como a una hora al norte de houston',
      },
    },
    expect: [{ kind: 'no_booking' }, DECLINES_ES, SPANISH_ALL],
  },
  {
    // Past failure type: refinement, in Spanish, around the lunch break.
    id: 'holdout-b6-hou-refinement-after-lunch-es',
    kind: 'correction',
    now: '2026-11-09T09:00',
    tenant: HOUSTON,
    caller: {
      phone: '+17135550120',
      language: 'es',
      opening: 'buenos días, quiero que me revisen los breakers, a cada rato se bota uno',
      gives: ['problem'],
      accepts: slot('2026-11-11', '13:30', '18:00'),
      lines: {
        name: 'soy cristina bustamante',
        address: 'vivo en el 2614 de la calle telephone',
        problem: 'se bota un breaker a cada rato',
        time: 'el miércoles',
      },
      corrections: [
        {
          after: 'offer',
          say: 'uy no, esa hora está muy temprano, ¿no tiene algo después de la comida el mismo día?',
          afterwards: { time: 'el miércoles después de la comida' },
        },
      ],
    },
    expect: [...booked(slot('2026-11-11', '13:30', '18:00')), SPANISH_ALL],
  },
];

// ---------------------------------------------------------------------------------------------
// Green Mountain Electric, Burlington VT (Eastern; closed Wednesdays and weekends)

const BURLINGTON_CALLERS: Persona[] = [
  {
    id: 'holdout-b6-btv-emergency-breaker-buzzing',
    kind: 'emergency',
    now: '2026-01-19T07:50',
    tenant: BURLINGTON,
    caller: {
      phone: '+18025550111',
      language: 'en',
      opening:
        'the breaker box in the basement is buzzing really loud and the metal door on it is warm, like warm to the touch, is that bad',
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'pete lacasse',
        address: '58 north winooski avenue, burlington',
        problem: 'the breaker panel is buzzing and warm',
        time: 'right away',
        safety: "yeah we're all upstairs, nobody's near it",
      },
    },
    expect: [...emergencyHandled(slot(['2026-01-19', '2026-01-20'], ...ALL_DAY)), DONT_TOUCH],
  },
  {
    id: 'holdout-b6-btv-the-14th',
    kind: 'time-expression',
    now: '2027-01-07T10:00',
    tenant: BURLINGTON,
    caller: {
      phone: '+18025550112',
      language: 'en',
      opening: 'hi we just got an electric car and need a charger put in the garage',
      gives: ['problem'],
      lines: {
        name: 'amira haddad',
        address: '412 dorset street, south burlington',
        problem: 'ev charger installed in the attached garage',
        time: "the 14th if you have it, that's a thursday right",
      },
    },
    expect: booked(slot('2027-01-14', '07:30', '16:30')),
  },
  {
    // Past failure type: "are you open <closed day>?" then booking on an open day.
    id: 'holdout-b6-btv-open-wednesday-then-thursday',
    kind: 'time-expression',
    now: '2026-01-19T16:00',
    tenant: BURLINGTON,
    caller: { phone: '+18025550113', language: 'en' },
    script: [
      'hi are you guys open on wednesdays',
      "okay then thursday morning, it's nate gagnon at 77 east allen street in winooski, two bedroom outlets stopped working",
      'yes that works',
      "no that's it, thanks",
    ],
    expect: [...booked(slot('2026-01-22', '07:30', '12:00')), CLOSED],
  },
  {
    // Past failure type: house-number correction right after the opening.
    id: 'holdout-b6-btv-house-number-correction',
    kind: 'correction',
    now: '2026-01-20T09:00',
    tenant: BURLINGTON,
    caller: { phone: '+18025550114', language: 'en' },
    script: [
      'hi this is owen mcallister at 1432 north avenue in burlington, a couple of kitchen outlets stopped working, friday morning if you can',
      "sorry, wrong house number, it's 1423 north avenue, not 1432",
      'yes that works',
      "no that's everything, thanks",
    ],
    expect: booked(slot('2026-01-23', '07:30', '12:00'), { addressIncludes: '1423' }),
  },
  {
    id: 'holdout-b6-btv-emergency-burning-outlet',
    kind: 'emergency',
    now: '2026-01-21T20:00',
    tenant: BURLINGTON,
    caller: {
      phone: '+18025550115',
      language: 'en',
      opening:
        "the lights in the living room keep flickering and there's a burning plastic smell from the outlet behind the couch, the cover's gone kind of brown",
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'marguerite dubois',
        address: '19 church street apartment 4, burlington',
        problem: 'flickering lights and a burning smell from a browned outlet',
        time: 'as soon as someone can',
        safety: "there's no smoke, we unplugged the lamp",
      },
    },
    expect: [...emergencyHandled(slot(['2026-01-21', '2026-01-22'], ...ALL_DAY)), DONT_TOUCH],
  },
  {
    // False alarm: a low-battery chirp, described as an emergency.
    id: 'holdout-b6-btv-chirping-not-emergency',
    kind: 'cooperative',
    now: '2026-01-22T08:15',
    tenant: BURLINGTON,
    caller: {
      phone: '+18025550116',
      language: 'en',
      opening:
        "okay this is kind of an emergency, the hardwired smoke detector in the hall has been chirping every thirty seconds since midnight, no smoke, no fire, i changed the battery and it still chirps, i'm going out of my mind",
      gives: ['problem'],
      lines: {
        name: 'lena fortin',
        address: '230 pearl street, essex junction',
        problem: 'the hardwired smoke detector keeps chirping, no smoke or fire',
        time: 'today if you can or tomorrow',
        safety: "yeah everyone's fine, there's no smoke, it's just the chirping",
      },
    },
    expect: [...booked(slot(['2026-01-22', '2026-01-23'], '07:30', '16:30')), { kind: 'no_transfer' }],
  },
  {
    id: 'holdout-b6-btv-rural-route-spelled',
    kind: 'cooperative',
    now: '2026-01-23T15:00',
    tenant: BURLINGTON,
    caller: {
      phone: '+18025550117',
      language: 'en',
      opening:
        "hi i want a quote and a visit for a panel upgrade, we're going from a hundred to two hundred amps",
      gives: ['problem'],
      lines: {
        name: 'siobhan, s i o b h a n, kelleher',
        address: 'rural route 2 box 47, off oak hill road in williston',
        problem: 'upgrade the electrical panel from 100 to 200 amps',
        time: 'monday at 10',
      },
    },
    expect: booked(slot('2026-01-26', '09:30', '11:00'), { addressIncludes: 'box 47' }),
  },
];

// ---------------------------------------------------------------------------------------------
// Aloha Plumbing & Solar Water, Honolulu (no DST; open Saturdays)

const HONOLULU_CALLERS: Persona[] = [
  {
    id: 'holdout-b6-hnl-rambler-solar',
    kind: 'cooperative',
    now: '2026-02-10T14:00',
    tenant: HONOLULU,
    caller: {
      phone: '+18085550111',
      language: 'en',
      opening:
        "aloha okay so this is kind of a long story, my uncle put in this solar water heater like fifteen years ago and ever since the storm last week the water's only warm in the afternoon, and my wife says it's the panel on the roof but i think it's the tank, anyway can somebody come look",
      gives: ['problem'],
      lines: {
        name: 'kainoa akana, that is a k a n a',
        address: '94-1023 waipahu street in waipahu',
        problem: 'the solar water heater only gets warm in the afternoon since the storm',
        time: 'saturday morning',
        inArea: "yeah waipahu's on oahu, right next to pearl city",
      },
    },
    expect: booked(slot('2026-02-14', '07:00', '12:00'), { addressIncludes: '1023' }),
  },
  {
    id: 'holdout-b6-hnl-emergency-pipe-spraying',
    kind: 'emergency',
    now: '2026-02-11T07:20',
    tenant: HONOLULU,
    caller: {
      phone: '+18085550112',
      language: 'en',
      opening:
        "the pipe under my kitchen sink just came apart and it's spraying everywhere and i don't know where to shut it off",
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'leilani pacheco',
        address: '1550 wilder avenue apartment 1203, honolulu',
        problem: 'a pipe under the kitchen sink came apart and is spraying',
        time: 'right now',
        safety: "we're fine, just soaked",
      },
    },
    expect: [...emergencyHandled(slot(['2026-02-11', '2026-02-12'], ...ALL_DAY)), SHUT_OFF_WATER],
  },
  {
    id: 'holdout-b6-hnl-sunday-hours',
    kind: 'question',
    now: '2026-02-08T10:00',
    tenant: HONOLULU,
    caller: { phone: '+18085550113', language: 'en' },
    script: ['hey are you guys open on sundays', 'okay what time do you open tomorrow then', 'ok mahalo'],
    expect: [
      { kind: 'no_booking' },
      CLOSED,
      { kind: 'said', what: 'opens at 7', pattern: /\b(7|7:00|07:00|seven)\b/i },
    ],
  },
  {
    id: 'holdout-b6-hnl-changes-mind-thursday',
    kind: 'correction',
    now: '2026-02-09T09:00',
    tenant: HONOLULU,
    caller: {
      phone: '+18085550114',
      language: 'en',
      opening: 'hi the toilet in our guest bathroom keeps running and running',
      gives: ['problem'],
      lines: {
        name: 'grace nakamura',
        address: '45-210 kamehameha highway in kaneohe',
        problem: 'the guest toilet runs constantly',
        time: 'wednesday afternoon',
      },
      corrections: [
        {
          after: 'time',
          say: 'oh wait, sorry, my daughter has hula on wednesday, i meant thursday afternoon',
          afterwards: { time: 'thursday afternoon' },
        },
      ],
    },
    expect: booked(slot('2026-02-12', '12:00', '15:00')),
  },
];

// ---------------------------------------------------------------------------------------------
// Plomería Caribe, Miami (Spanish; Eastern)

const MIAMI_CALLERS: Persona[] = [
  {
    id: 'holdout-b6-mia-emergency-flood-es',
    kind: 'emergency',
    now: '2026-06-15T09:30',
    tenant: MIAMI,
    caller: {
      phone: '+13055550111',
      language: 'es',
      opening:
        'se me reventó un tubo debajo del fregadero y se está inundando la cocina, el agua ya está llegando a la sala',
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'me llamo osvaldo pérez',
        address: 'en el 1840 de la calle 22 suroeste',
        problem: 'se reventó un tubo y se inunda la cocina',
        time: 'ahora mismo',
        safety: 'sí, estamos bien, pero hay agua por todos lados',
      },
    },
    expect: [...emergencyHandled(slot(['2026-06-15', '2026-06-16'], ...ALL_DAY)), SPANISH_ALL],
  },
  {
    // Puerto Rican "pluma" for faucet; two jobs in one breath.
    id: 'holdout-b6-mia-pluma-y-calentador',
    kind: 'spanish',
    now: '2026-06-16T11:00',
    tenant: MIAMI,
    caller: {
      phone: '+13055550112',
      language: 'es',
      opening:
        'buenas, la pluma de la cocina está goteando y de paso quiero que me chequeen el calentador que está haciendo un ruido raro',
      gives: ['problem'],
      lines: {
        name: 'soy migdalia rivera',
        address: 'en la calle 8 suroeste número 2745',
        problem: 'la pluma de la cocina gotea y el calentador hace ruido',
        time: 'pasado mañana por la mañana',
      },
    },
    expect: [...booked(slot('2026-06-18', '08:00', '12:00'), { addressIncludes: '2745' }), SPANISH_ALL],
  },
  {
    // False alarm: "es una emergencia" for a dripping tap.
    id: 'holdout-b6-mia-drip-not-emergency-es',
    kind: 'spanish',
    now: '2026-06-17T15:00',
    tenant: MIAMI,
    caller: {
      phone: '+13055550113',
      language: 'es',
      opening:
        'mi esposa dice que esto es una emergencia pero la verdad es que la llave del lavamanos gotea toda la noche y no nos deja dormir',
      gives: ['problem'],
      lines: {
        name: 'me llamo ernesto valdés',
        address: 'vivo en el 455 de la avenida ponce de león en coral gables',
        problem: 'la llave del lavamanos gotea',
        time: 'el viernes cuando puedan',
        safety: 'sí, todo bien, es nada más el goteo',
      },
    },
    expect: [...booked(slot('2026-06-19', '08:00', '17:00')), { kind: 'no_transfer' }, SPANISH_ALL],
  },
  {
    id: 'holdout-b6-mia-address-in-words-es',
    kind: 'spanish',
    now: '2026-06-18T10:00',
    tenant: MIAMI,
    caller: {
      phone: '+13055550114',
      language: 'es',
      opening: 'hola, buenos días, el inodoro se tapa a cada rato, ya compré otro destapador y nada',
      gives: ['problem'],
      lines: {
        name: 'soy dayana cruz',
        address: 'vivo en el mil doscientos treinta y cuatro de la west cuarenta y nueve street en hialeah',
        problem: 'el inodoro se tapa a cada rato',
        time: 'el lunes que viene a las 10',
      },
    },
    expect: [...booked(slot('2026-06-22', '09:30', '11:00'), { addressIncludes: '1234' }), SPANISH_ALL],
  },
  {
    id: 'holdout-b6-mia-emergency-sewage-es',
    kind: 'emergency',
    now: '2026-06-20T18:45',
    tenant: MIAMI,
    caller: {
      phone: '+13055550115',
      language: 'es',
      opening: 'están saliendo aguas negras por el tragante del baño y por la bañera, huele horrible',
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'me llamo reinaldo suárez',
        address: 'en el 6710 de la calle 2 noroeste',
        problem: 'salen aguas negras por el drenaje del baño',
        time: 'lo antes posible',
        safety: 'sí, estamos bien, cerramos la puerta del baño',
      },
    },
    expect: [...emergencyHandled(slot(['2026-06-20', '2026-06-21', '2026-06-22'], ...ALL_DAY)), SPANISH_ALL],
  },
  {
    id: 'holdout-b6-mia-cancel-es',
    kind: 'cancel',
    now: '2026-06-22T08:10',
    tenant: MIAMI,
    seed: {
      customer: { name: 'Odalys Marrero', address: '3021 NW 7th Street, Miami' },
      appointments: [
        {
          start: '2026-06-24T14:00',
          service_type: 'Reparación de fugas',
          description: 'fuga debajo del lavamanos',
        },
      ],
    },
    caller: {
      phone: '+13055550116',
      language: 'es',
      opening: 'buenos días, llamo para cancelar la cita del miércoles, ya mi cuñado lo arregló',
      gives: ['problem'],
      lines: {
        name: 'odalys marrero',
        address: 'el 3021 de la calle 7 noroeste',
        reason: 'mi cuñado ya arregló la fuga',
        yes: 'sí, cancélela por favor',
      },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, { kind: 'no_booking' }, SPANISH_ALL],
  },
  {
    id: 'holdout-b6-mia-silent-line-es',
    kind: 'silence',
    now: '2026-06-23T13:00',
    tenant: MIAMI,
    caller: { phone: '+13055550117', language: 'es' },
    script: ['', '', ''],
    expect: [{ kind: 'voicemail' }, { kind: 'no_booking' }],
  },
  {
    // Past failure type: house-number correction right after the opening (Spanish).
    id: 'holdout-b6-mia-house-number-correction-es',
    kind: 'correction',
    now: '2026-06-18T16:00',
    tenant: MIAMI,
    caller: { phone: '+13055550118', language: 'es' },
    script: [
      'hola, habla yolanda pérez, estoy en el 3381 de la calle flagler, el inodoro no para de correr, quisiera para el martes en la mañana',
      'perdón, me equivoqué, es el 3318, no el 3381, el 3318 de la flagler',
      'sí, está bien',
      'no, eso es todo, gracias',
    ],
    expect: [...booked(slot('2026-06-23', '08:00', '12:00'), { addressIncludes: '3318' }), SPANISH_ALL],
  },
];

// ---------------------------------------------------------------------------------------------
// Front Range Furnace & Plumbing, Denver (Mountain, DST; Tuesday split for lunch)

const DENVER_CALLERS: Persona[] = [
  {
    id: 'holdout-b6-den-emergency-co-alarm',
    kind: 'emergency',
    now: '2026-12-08T06:10',
    tenant: DENVER,
    caller: {
      phone: '+17205550111',
      language: 'en',
      opening:
        "the little white alarm by the furnace keeps screaming and it says co on the screen, and my husband's got a really bad headache",
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'bethany kruger',
        address: '3345 west 38th avenue, denver',
        problem: 'the carbon monoxide alarm by the furnace is going off',
        time: 'as soon as possible',
        safety: "okay we're going outside now with the kids",
      },
    },
    expect: [...emergencyHandled(slot(['2026-12-08', '2026-12-09'], ...ALL_DAY)), ...CO_ADVICE],
  },
  {
    id: 'holdout-b6-den-emergency-no-heat-infant',
    kind: 'emergency',
    now: '2026-12-09T05:40',
    tenant: DENVER,
    caller: {
      phone: '+17205550112',
      language: 'en',
      opening:
        "the furnace quit sometime overnight, it's four degrees out and it's fifty five in the house and we've got a two month old",
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'dmitri volkov',
        address: '1290 south pearl street, denver',
        problem: 'the furnace stopped and the house is cold, we have a baby',
        time: 'as early as possible',
        safety: "the baby's bundled up with us, we're okay for now",
      },
    },
    expect: emergencyHandled(slot(['2026-12-09', '2026-12-10'], ...ALL_DAY)),
  },
  {
    // Tuesday noon is the lunch gap (11:00–13:00): "give or take an hour".
    id: 'holdout-b6-den-tuesday-around-noon',
    kind: 'time-expression',
    now: '2026-12-10T12:00',
    tenant: DENVER,
    caller: {
      phone: '+17205550113',
      language: 'en',
      opening: 'hi my water heater is making a rumbling popping noise when it heats up',
      gives: ['problem'],
      lines: {
        name: 'carla espinoza',
        address: '7021 west alameda avenue in lakewood',
        problem: 'the water heater rumbles and pops when heating',
        time: "tuesday around noon, i'm home on my lunch, give or take an hour",
      },
    },
    expect: booked(slot('2026-12-15', '10:00', '14:00')),
  },
  {
    id: 'holdout-b6-den-push-back-a-week',
    kind: 'reschedule',
    now: '2026-12-09T15:00',
    tenant: DENVER,
    seed: {
      customer: { name: 'Harold Jessup', address: '2555 Kearney Street, Denver' },
      appointments: [
        { start: '2026-12-11T08:00', service_type: 'Boiler service', description: 'annual boiler service' },
      ],
    },
    caller: {
      phone: '+17205550114',
      language: 'en',
      opening:
        "hi it's harold jessup, i've got the boiler guy coming friday, can we push that back a week, same time",
      gives: ['name', 'time'],
      lines: {
        name: 'harold jessup',
        address: '2555 kearney street',
        time: 'a week later, same time',
        yes: "yes that's right",
      },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-12-18', '07:00', '09:30') }],
  },
  {
    // DST ends 2026-11-01: called in MDT, booked in MST.
    id: 'holdout-b6-den-monday-first-thing-dst',
    kind: 'time-expression',
    now: '2026-10-30T16:45',
    tenant: DENVER,
    caller: {
      phone: '+17205550115',
      language: 'en',
      opening: 'hey the drain in our basement floor is backing up a little when the washer empties',
      gives: ['problem'],
      lines: {
        name: 'ryan mcbride',
        address: '5780 west 44th avenue in arvada',
        problem: 'the basement floor drain backs up when the washer drains',
        time: 'monday first thing',
      },
    },
    expect: booked(slot('2026-11-02', '07:00', '08:30')),
  },
  {
    id: 'holdout-b6-den-two-questions',
    kind: 'question',
    now: '2026-12-10T09:00',
    tenant: DENVER,
    caller: { phone: '+17205550116', language: 'en' },
    script: [
      'two quick things, do you guys work on boilers and are you open saturdays',
      "great, that's all for now, thanks",
    ],
    expect: [
      { kind: 'no_booking' },
      { kind: 'said', what: 'boiler service', pattern: /boiler/i },
      { kind: 'said', what: 'Saturday 8 to noon', pattern: /\b(8|8:00|08:00|eight)\b/i },
    ],
  },
  {
    id: 'holdout-b6-den-no-heat-baby-es',
    kind: 'emergency',
    now: '2026-12-14T19:30',
    tenant: DENVER,
    caller: {
      phone: '+17205550117',
      language: 'es',
      opening:
        'se descompuso la calefacción y hace un frío tremendo aquí adentro, tengo un bebé de tres meses',
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'me llamo yesenia ortiz',
        address: 'vivo en el 1455 de la south federal boulevard',
        problem: 'no sirve la calefacción y tengo un bebé',
        time: 'lo más pronto posible',
        safety: 'sí, estamos bien tapados con cobijas',
      },
    },
    expect: [...emergencyHandled(slot(['2026-12-14', '2026-12-15'], ...ALL_DAY)), SPANISH],
  },
];

// ---------------------------------------------------------------------------------------------
// Lakeview Plumbing & Electric, Chicago (the default tenant)

const CHICAGO_CALLERS: Persona[] = [
  {
    // Past failure type: "are you open Sunday?" then a wish to book on a day that is open.
    id: 'holdout-b6-chi-open-sunday-then-monday',
    kind: 'time-expression',
    now: '2026-03-13T18:30',
    caller: {
      phone: '+13125550211',
      language: 'en',
      opening:
        "hi are you open on sunday, my toilet's been running all night and i'd like someone to look at it",
      gives: ['problem'],
      lines: {
        name: 'dale brennan',
        address: '2650 north kimball avenue',
        problem: 'the toilet runs all night',
        time: 'monday morning then',
      },
    },
    expect: [...booked(slot('2026-03-16', ...MORNING)), CLOSED],
  },
  {
    id: 'holdout-b6-chi-any-weekday-but-wednesday',
    kind: 'time-expression',
    now: '2026-04-06T12:00',
    caller: {
      phone: '+13125550212',
      language: 'en',
      opening: 'hi half the outlets in our basement just went dead, nothing tripped that i can see',
      gives: ['problem'],
      lines: {
        name: 'imani brooks',
        address: '8130 south east end avenue',
        problem: 'half the basement outlets are dead',
        time: 'any weekday but wednesday, mornings are best',
      },
    },
    expect: booked(slot(['2026-04-07', '2026-04-09', '2026-04-10', '2026-04-13', '2026-04-14'], ...MORNING)),
  },
  {
    // False alarm: dramatic words, a dripping faucet.
    id: 'holdout-b6-chi-dramatic-drip',
    kind: 'cooperative',
    now: '2026-04-07T10:00',
    caller: {
      phone: '+13125550213',
      language: 'en',
      opening:
        "oh my god it's a nightmare, the bathroom faucet has been dripping for three days straight, drip drip drip, i'm losing my mind, please tell me someone can come",
      gives: ['problem'],
      lines: {
        name: 'veronica sullivan',
        address: '1120 north lasalle street apartment 14f',
        problem: 'the bathroom faucet drips nonstop',
        time: 'tomorrow afternoon',
        safety: "yes we're fine, it's just the dripping",
      },
    },
    expect: [...booked(slot('2026-04-08', ...AFTERNOON)), { kind: 'no_transfer' }],
  },
  {
    // Past failure type: front-loaded with a spelled name and a unit number.
    id: 'holdout-b6-chi-front-loaded-spelled',
    kind: 'front-loaded',
    now: '2026-04-07T16:00',
    caller: {
      phone: '+13125550214',
      language: 'en',
      opening:
        "yeah hi my name's wojciech, that's w o j c i e c h, nowak, i'm at 5318 west belmont avenue unit 2, the pilot on my water heater keeps going out, i don't smell any gas, and friday between 10 and 2 is best",
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'wojciech nowak',
        address: '5318 west belmont avenue unit 2',
        problem: 'the water heater pilot keeps going out',
        time: 'friday between 10 and 2',
      },
    },
    expect: fastAt(slot('2026-04-10', '10:00', '13:00'), '5318'),
  },
  {
    id: 'holdout-b6-chi-cancel-one-keep-other',
    kind: 'cancel',
    now: '2026-04-07T09:00',
    seed: {
      customer: { name: 'Franklin Odum', address: '4419 North Damen Avenue' },
      appointments: [
        { start: '2026-04-09T09:00', service_type: 'Drain cleaning', description: 'kitchen sink clogged' },
        { start: '2026-04-13T13:00', service_type: 'Furnace repair', description: 'furnace short cycling' },
      ],
    },
    caller: {
      phone: '+13125550215',
      language: 'en',
      opening:
        'hi this is franklin odum, cancel the drain one on thursday, my neighbor snaked it for me, but keep the furnace one',
      gives: ['name', 'problem'],
      lines: {
        name: 'franklin odum',
        address: '4419 north damen avenue',
        reason: 'my neighbor already cleared the drain',
        yes: 'yes please cancel just the thursday one',
      },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, { kind: 'unchanged', seed: 1 }, { kind: 'no_booking' }],
  },
  {
    // Past failure type: cancel and rebook another time in the same breath.
    id: 'holdout-b6-chi-cancel-rebook-same-breath',
    kind: 'reschedule',
    now: '2026-04-08T13:00',
    seed: {
      customer: { name: 'Gary Olsen', address: '6032 North Kilbourn Avenue' },
      appointments: [
        { start: '2026-04-10T10:00', service_type: 'Sump pump service', description: 'sump pump cycling' },
      ],
    },
    caller: {
      phone: '+13125550216',
      language: 'en',
      opening:
        'hi this is gary olsen, cancel my friday appointment and book me for next tuesday afternoon instead',
      gives: ['name', 'time'],
      lines: {
        name: 'gary olsen',
        address: '6032 north kilbourn avenue',
        time: 'next tuesday afternoon',
        yes: 'yep that works',
      },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-04-14', ...AFTERNOON) }],
  },
  {
    id: 'holdout-b6-chi-hangs-up-early',
    kind: 'cooperative',
    now: '2026-04-08T09:40',
    caller: { phone: '+13125550217', language: 'en' },
    script: [
      "yeah hi my sump pump is clicking but it's not pumping, this is lorraine, oh shoot someone's at the door, i'll call you back",
    ],
    expect: [{ kind: 'no_booking' }, HUNG_UP_EARLY],
  },
  {
    id: 'holdout-b6-chi-garage-door-not-offered',
    kind: 'question',
    now: '2026-04-08T14:20',
    caller: {
      phone: '+13125550218',
      language: 'en',
      opening: "do you guys fix garage door openers, mine won't close all the way",
      lines: {
        name: 'tom szymanski',
        problem: "the garage door opener won't close",
        otherwise: "no that's okay, thanks anyway",
      },
    },
    expect: [{ kind: 'no_booking' }, DECLINES],
  },
  {
    id: 'holdout-b6-chi-wants-denise',
    kind: 'human',
    now: '2026-04-08T11:00',
    caller: {
      phone: '+13125550219',
      language: 'en',
      opening:
        'hi can i just talk to denise, she did my water heater last year and i have a question for her',
      wantsTransfer: true,
      lines: {
        name: 'phyllis grant',
        reason: 'a question about the warranty on the water heater she put in',
      },
    },
    expect: [{ kind: 'transfer' }, { kind: 'no_booking' }],
  },
  {
    id: 'holdout-b6-chi-silence-then-speaks',
    kind: 'silence',
    now: '2026-04-13T08:30',
    caller: {
      phone: '+13125550220',
      language: 'en',
      silences: 1,
      opening:
        'sorry sorry, had you on mute, i need the kitchen drain cleaned, it backs up into the other side',
      gives: ['problem'],
      lines: {
        name: 'marcus webb',
        address: '3917 west armitage avenue',
        problem: 'the double kitchen sink backs up into the other side',
        time: 'thursday morning',
      },
    },
    expect: booked(slot('2026-04-16', ...MORNING)),
  },
  {
    id: 'holdout-b6-chi-spanish-english-tenant',
    kind: 'spanish',
    now: '2026-04-08T14:00',
    caller: {
      phone: '+13125550221',
      language: 'es',
      opening: 'bueno, buenas tardes, es que se tapó el fregadero de la cocina y ya le eché de todo y nada',
      gives: ['problem'],
      lines: {
        name: 'me llamo guadalupe reyes',
        address: 'por la 26 y kedzie, el número es 3140 west 26th street',
        problem: 'el fregadero de la cocina está tapado',
        time: 'el sábado en la mañana',
      },
    },
    expect: [...booked(slot('2026-04-11', '09:00', '12:00')), SPANISH],
  },
  {
    id: 'holdout-b6-chi-emergency-sewage-basement',
    kind: 'emergency',
    now: '2026-04-09T15:10',
    caller: {
      phone: '+13125550222',
      language: 'en',
      opening:
        "there's brown water bubbling up out of the floor drain in the basement and it really stinks, it's spreading toward the furnace",
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'shauna mitchell',
        address: '2215 west roscoe street',
        problem: 'sewage is coming up from the basement floor drain',
        time: 'today',
        safety: "we're fine, we're upstairs",
      },
    },
    expect: emergencyHandled(slot(['2026-04-09', '2026-04-10'], ...ALL_DAY)),
  },
  {
    id: 'holdout-b6-chi-gas-rotten-eggs',
    kind: 'emergency',
    now: '2026-04-11T22:00',
    caller: {
      phone: '+13125550223',
      language: 'en',
      opening: "it smells like rotten eggs near the stove and it's getting stronger, the burners are all off",
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'ahmed siddiqui',
        address: '6145 north sheridan road apartment 9c',
        problem: 'a rotten egg smell near the stove',
        time: 'as soon as possible',
        safety: "okay we're out on the sidewalk now",
      },
    },
    expect: [
      ...GAS_ADVICE,
      ...emergencyHandled(slot(['2026-04-11', '2026-04-12', '2026-04-13'], ...ALL_DAY)),
    ],
  },
  {
    // Past failure type: "I don't want to book anything, I'm just asking".
    id: 'holdout-b6-chi-dont-book-evanston-furnace',
    kind: 'question',
    now: '2026-04-09T10:30',
    caller: { phone: '+13125550224', language: 'en' },
    script: [
      "i don't want to book anything yet, i'm just asking, do you guys work in evanston",
      'and do you do furnaces or just plumbing',
      "okay thanks, i'll call back when i'm ready",
    ],
    expect: [
      { kind: 'no_booking' },
      { kind: 'said', what: 'Evanston is served', pattern: /evanston/i },
      { kind: 'said', what: 'furnace work', pattern: /furnace/i },
    ],
  },
  {
    id: 'holdout-b6-chi-after-shift-at-3',
    kind: 'time-expression',
    now: '2026-04-13T07:30',
    caller: {
      phone: '+13125550225',
      language: 'en',
      opening: 'hi my garbage disposal is jammed, it just hums, i already tried the little allen key thing',
      gives: ['problem'],
      lines: {
        name: 'keisha lawson, l a w s o n',
        address: '1035 west 18th street',
        problem: 'the garbage disposal is jammed and hums',
        time: "any day this week after my shift ends at 3, i'm home by 3 30",
      },
    },
    expect: booked(
      slot(['2026-04-13', '2026-04-14', '2026-04-15', '2026-04-16', '2026-04-17'], '15:30', '17:00'),
    ),
  },
];

export const HOLDOUT_BATCH_6: Persona[] = [
  ...SEATTLE_CALLERS,
  ...PHOENIX_CALLERS,
  ...HOUSTON_CALLERS,
  ...BURLINGTON_CALLERS,
  ...HONOLULU_CALLERS,
  ...MIAMI_CALLERS,
  ...DENVER_CALLERS,
  ...CHICAGO_CALLERS,
];
