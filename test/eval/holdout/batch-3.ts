import {
  ALWAYS_OPEN,
  booked,
  bookedFast,
  emergencyHandled,
  GAS_ADVICE,
  GAS_ADVICE_ES,
  slot,
} from '../personas/defaults.js';
import type { Check, LocalWindow, Persona } from '../types.js';

// Held-out batch 3: seventy callers written blind (without reading the assistant, earlier batches or
// the development personas), the way a plumber, electrician or HVAC shop in Chicago, Houston,
// Phoenix, Los Angeles, Dallas, Minneapolis, Detroit, El Paso or Kansas City hears them through a
// phone speech recogniser. Every `now` and window is tenant-local; each window lies in open hours.

// ---------------------------------------------------------------------------------------------
// Tenants (overrides of DEFAULT_TENANT; the default is Lakeview Plumbing & Electric, Chicago).
// ---------------------------------------------------------------------------------------------

type Hours = Array<[string, string]>;

function week(weekday: Hours, sat: Hours = []): Record<string, Hours> {
  return { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat, sun: [] };
}

/** Houston plumbing and AC, English, long weekdays, Saturday mornings. */
const BAYOU = {
  name: 'Bayou City Plumbing & Air',
  time_zone: 'America/Chicago',
  owner_name: 'Ray Guidry',
  business_hours: week([['07:00', '18:00']], [['08:00', '12:00']]),
  services: [
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Water heater repair', duration_minutes: 90 },
    { name: 'Leak repair', duration_minutes: 60 },
    { name: 'Slab leak detection', duration_minutes: 120 },
    { name: 'Toilet repair', duration_minutes: 60 },
    { name: 'AC repair', duration_minutes: 90 },
    { name: 'Sewer line repair', duration_minutes: 120 },
  ],
  service_area: ['Houston', 'Pasadena', 'Pearland', 'Bellaire', 'Katy', 'Sugar Land'],
};

/** Houston east side, Spanish-language shop. */
const TREVINO = {
  name: 'Plomería y Aire Treviño',
  time_zone: 'America/Chicago',
  language_code: 'es',
  owner_name: 'Arturo Treviño',
  business_hours: week([['07:30', '17:30']], [['08:00', '14:00']]),
  services: [
    { name: 'Destape de drenaje', duration_minutes: 60 },
    { name: 'Reparación de calentador', duration_minutes: 90 },
    { name: 'Reparación de fugas', duration_minutes: 60 },
    { name: 'Reparación de aire acondicionado', duration_minutes: 90 },
    { name: 'Reparación de inodoro', duration_minutes: 60 },
  ],
  service_area: ['Houston', 'Pasadena', 'South Houston', 'Galena Park', 'Jacinto City'],
};

/** Phoenix heating and cooling: no DST, summer hours 6–3, closed weekends, no-AC is an emergency. */
const DESERT = {
  name: 'Desert Sun Heating & Cooling',
  time_zone: 'America/Phoenix',
  owner_name: 'Tom Becerra',
  business_hours: week([['06:00', '15:00']]),
  services: [
    { name: 'AC repair', duration_minutes: 90 },
    { name: 'AC tune-up', duration_minutes: 60 },
    { name: 'Heat pump repair', duration_minutes: 90 },
    { name: 'Furnace repair', duration_minutes: 90 },
    { name: 'Ductwork repair', duration_minutes: 120 },
    { name: 'Thermostat installation', duration_minutes: 60 },
    { name: 'Evaporative cooler service', duration_minutes: 60 },
  ],
  service_area: ['Phoenix', 'Tempe', 'Mesa', 'Glendale', 'Scottsdale'],
  emergency_keywords: ['ac went out', 'ac is out', 'no ac', 'no air', 'not cooling', 'no cooling'],
};

/** Southeast Los Angeles, Spanish-language plumbing and electrical, long Saturdays. */
const PRIMOS = {
  name: 'Plomería y Electricidad Los Primos',
  time_zone: 'America/Los_Angeles',
  language_code: 'es',
  owner_name: 'Rigoberto Lozano',
  business_hours: week([['08:00', '17:00']], [['08:00', '15:00']]),
  services: [
    { name: 'Plomería general', duration_minutes: 60 },
    { name: 'Destape de drenaje', duration_minutes: 60 },
    { name: 'Calentadores de agua', duration_minutes: 90 },
    { name: 'Reparación eléctrica', duration_minutes: 90 },
    { name: 'Instalación de enchufes', duration_minutes: 60 },
  ],
  service_area: [
    'Los Angeles',
    'East Los Angeles',
    'Huntington Park',
    'South Gate',
    'Bell Gardens',
    'Maywood',
  ],
};

/** Dallas electrician. */
const LONESTAR = {
  name: 'Lone Star Electric Co',
  time_zone: 'America/Chicago',
  owner_name: 'Sheila Pruitt',
  business_hours: week([['08:00', '18:00']], [['08:00', '12:00']]),
  services: [
    { name: 'Electrical troubleshooting', duration_minutes: 90 },
    { name: 'Panel upgrade', duration_minutes: 240 },
    { name: 'Outlet and switch repair', duration_minutes: 60 },
    { name: 'Ceiling fan installation', duration_minutes: 90 },
    { name: 'EV charger installation', duration_minutes: 180 },
    { name: 'Generator service', duration_minutes: 90 },
  ],
  service_area: ['Dallas', 'Garland', 'Mesquite', 'Irving', 'Grand Prairie'],
};

/** Twin Cities heating, puts emergencies through to the owner after hours too. */
const NORTHSTAR = {
  name: 'North Star Heating & Air',
  time_zone: 'America/Chicago',
  owner_name: 'Gary Lindqvist',
  business_hours: week([['07:00', '17:00']], [['08:00', '12:00']]),
  after_hours_transfer: true,
  services: [
    { name: 'Furnace repair', duration_minutes: 90 },
    { name: 'Boiler repair', duration_minutes: 120 },
    { name: 'Furnace tune-up', duration_minutes: 60 },
    { name: 'AC repair', duration_minutes: 90 },
    { name: 'Carbon monoxide testing', duration_minutes: 60 },
    { name: 'Water heater repair', duration_minutes: 90 },
  ],
  service_area: ['Minneapolis', 'St. Paul', 'Richfield', 'Bloomington', 'Edina', 'Roseville'],
};

/** Detroit drains, Eastern time, closes 4:30, no weekends. */
const MOTORCITY = {
  name: 'Motor City Drain & Sewer',
  time_zone: 'America/Detroit',
  owner_name: 'Darnell Hayes',
  business_hours: week([['08:00', '16:30']]),
  services: [
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Sewer camera inspection', duration_minutes: 60 },
    { name: 'Sump pump service', duration_minutes: 60 },
    { name: 'Sewer backup cleanup', duration_minutes: 120 },
    { name: 'Leak repair', duration_minutes: 60 },
  ],
  service_area: ['Detroit', 'Dearborn', 'Hamtramck', 'Ferndale', 'Warren'],
};

/** Little Village, Chicago: Spanish-language plumbing and heating. */
const LAVILLITA = {
  name: 'Plomería La Villita',
  time_zone: 'America/Chicago',
  language_code: 'es',
  owner_name: 'Guadalupe Ortiz',
  business_hours: week([['08:00', '18:00']], [['08:00', '14:00']]),
  services: [
    { name: 'Destape de drenaje', duration_minutes: 60 },
    { name: 'Reparación de calentador', duration_minutes: 90 },
    { name: 'Reparación de fugas', duration_minutes: 60 },
    { name: 'Reparación de calefacción', duration_minutes: 90 },
    { name: 'Reparación de inodoro', duration_minutes: 60 },
  ],
  service_area: ['Chicago', 'Cicero', 'Berwyn', 'Stickney'],
};

/** El Paso (Mountain time), English-language, many Spanish-speaking callers. */
const SUNCITY = {
  name: 'Sun City Plumbing & Cooling',
  time_zone: 'America/Denver',
  owner_name: 'Mike Salcido',
  business_hours: week([['07:00', '16:00']], [['08:00', '12:00']]),
  services: [
    { name: 'Evaporative cooler service', duration_minutes: 60 },
    { name: 'Refrigerated air repair', duration_minutes: 90 },
    { name: 'Water heater repair', duration_minutes: 90 },
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Gas line repair', duration_minutes: 90 },
    { name: 'Leak repair', duration_minutes: 60 },
  ],
  service_area: ['El Paso', 'Socorro', 'Horizon City', 'Canutillo'],
};

/** Chicago south and west sides, open around the clock. */
const RAPID = {
  name: 'Rapid Rooter 24/7',
  time_zone: 'America/Chicago',
  owner_name: 'Kevin Walsh',
  business_hours: ALWAYS_OPEN,
  services: [
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Sewer backup cleanup', duration_minutes: 120 },
    { name: 'Burst pipe repair', duration_minutes: 90 },
    { name: 'Sump pump service', duration_minutes: 60 },
  ],
  service_area: ['Chicago', 'Cicero', 'Berwyn', 'Oak Lawn', 'Evergreen Park'],
};

/** Kansas City: closed for lunch 12–1, no weekends. */
const HEARTLAND = {
  name: 'Heartland Plumbing Heating & Electric',
  time_zone: 'America/Chicago',
  owner_name: 'Brenda Yoder',
  business_hours: week([
    ['08:00', '12:00'],
    ['13:00', '17:00'],
  ]),
  services: [
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Toilet repair', duration_minutes: 60 },
    { name: 'Water heater repair', duration_minutes: 90 },
    { name: 'Sump pump service', duration_minutes: 60 },
    { name: 'Furnace repair', duration_minutes: 90 },
    { name: 'Electrical troubleshooting', duration_minutes: 90 },
  ],
  service_area: ['Kansas City', 'Overland Park', 'Independence', 'Raytown', "Lee's Summit"],
};

// ---------------------------------------------------------------------------------------------
// Expectation helpers.
// ---------------------------------------------------------------------------------------------

/** The owner is alerted, and the caller is put through or booked in one of the earliest windows, flagged. */
function emergencyEarliest(windows: LocalWindow[]): Check[] {
  return [
    { kind: 'owner_alert' },
    {
      kind: 'any_of',
      what: 'transfer to the owner, or the earliest slot flagged as an emergency',
      options: [
        [{ kind: 'transfer' }],
        ...windows.map((window): Check[] => [{ kind: 'booked', window, emergency: true }]),
      ],
    },
  ];
}

/** An emergency caller takes whatever comes first today or on the next open day. */
const soonest = (...dates: string[]): LocalWindow => slot(dates, '00:00', '24:00');

const CO_ADVICE: Check = {
  kind: 'said',
  what: 'stay out of the house / call 911 or the fire department',
  pattern:
    /\b(stay(s|ing)? (out|outside)|keep (everyone|everybody|the kids|yourselves) out|don'?t go back|do not go back|(leave|get out of) the (house|home)|get out|go outside|fresh air|911|fire department)\b/i,
};

const OUT_OF_AREA: Check = {
  kind: 'said',
  what: 'the address is outside the service area',
  pattern:
    /\b(don'?t|do not|doesn'?t|does not|can'?t|cannot|unfortunately|only|isn'?t|is not|not in)\b.{0,80}\b(serv|cover|area|go out|come out|travel)|\b(outside|out of)\b.{0,30}\b(area|range)\b/i,
};

const FUERA_DEL_AREA: Check = {
  kind: 'said',
  what: 'Baytown no está en el área de servicio',
  pattern:
    /(no (damos servicio|llegamos|cubrimos|trabajamos|vamos|atendemos|tenemos servicio|ofrecemos servicio|servimos)|fuera de(l| nuestra| su)? (área|zona)|solo (damos|trabajamos|servimos|cubrimos|atendemos|vamos|llegamos)|solamente|únicamente|lamentablemente|desafortunadamente)/i,
};

const YES_WE_DO: RegExp =
  /\b(yes|yeah|yep|sure|absolutely|of course|definitely|we do|we (serve|cover|service|go|come|work|repair|fix))\b/i;

// ---------------------------------------------------------------------------------------------
// The callers.
// ---------------------------------------------------------------------------------------------

export const HOLDOUT_BATCH_3: Persona[] = [
  // ===================================== emergencies (15) =====================================
  {
    id: 'holdout-b3-gas-smell-rogers-park',
    kind: 'emergency',
    now: '2027-01-13T10:20', // Wednesday morning, open
    caller: {
      phone: '+17735550148',
      language: 'en',
      opening:
        "yeah hi um i smell gas like really strong in my kitchen it's like by the stove i think it's coming from behind it",
      lines: {
        name: 'uh walt kaminski',
        address: '6914 north sheridan road apartment 2',
        problem: 'smells like rotten eggs in the kitchen real strong by the stove',
        time: 'right away if you can',
        safety: "no i'm still in the kitchen should i open the windows or what",
        yes: 'yeah please',
        bye: 'ok thank you',
      },
      wantsTransfer: true,
      accepts: soonest('2027-01-13', '2027-01-14'),
    },
    expect: [...GAS_ADVICE, ...emergencyHandled(slot('2027-01-13', '10:20', '13:00'))],
  },
  {
    id: 'holdout-b3-co-alarm-richfield-night',
    kind: 'emergency',
    tenant: NORTHSTAR,
    now: '2027-01-20T21:40', // Wednesday night, closed, after-hours transfer on
    caller: {
      phone: '+16125550121',
      language: 'en',
      opening:
        "hi um sorry to call so late our carbon monoxide detector keeps going off in the basement by the furnace it's beeping like four times and then stops and then does it again",
      lines: {
        name: 'jenna thao',
        address: '6622 12th avenue south in richfield',
        problem: 'the co detector by the furnace keeps going off',
        time: 'tonight if anybody can',
        safety: "we're all out in the car right now me and the two kids",
        yes: 'yes please',
        bye: 'okay thank you so much',
      },
      wantsTransfer: true,
      accepts: soonest('2027-01-20', '2027-01-21'),
    },
    expect: [CO_ADVICE, ...emergencyHandled(slot('2027-01-21', '07:00', '09:30'))],
  },
  {
    id: 'holdout-b3-burst-pipe-saturday-logan-square',
    kind: 'emergency',
    now: '2027-02-06T10:05', // Saturday, open 9–1
    caller: {
      phone: '+17735550193',
      language: 'en',
      opening:
        "yeah my pipe burst in the basement it's spraying everywhere i shut the main off i think but there's like two inches of water down there",
      lines: {
        name: 'kevin omalley',
        address: '3418 west belden avenue',
        problem: 'a pipe split by the laundry and the basement is flooding',
        time: 'asap',
        safety: "yeah everybody's fine just a lot of water",
        yes: 'yeah do it',
        no: 'nah just get somebody out here',
        bye: 'thanks',
      },
      wantsTransfer: false,
      accepts: soonest('2027-02-06', '2027-02-08'),
    },
    expect: emergencyHandled(slot('2027-02-06', '10:05', '13:00')),
  },
  {
    id: 'holdout-b3-sparking-panel-garland',
    kind: 'emergency',
    tenant: LONESTAR,
    now: '2027-05-18T15:35', // Tuesday afternoon, open till 6
    caller: {
      phone: '+19725550156',
      language: 'en',
      opening:
        "yes ma'am my breaker panel out in the garage is sparking and i can smell something burning like plastic",
      lines: {
        name: 'dwayne hollis',
        address: '1207 oakbrook drive in garland',
        problem: 'the panel in the garage is sparking and smells like burning plastic',
        time: 'today please',
        safety: 'i flipped the main off and we all went outside',
        yes: 'yes please',
        bye: 'alright thank you',
      },
      wantsTransfer: true,
      accepts: soonest('2027-05-18', '2027-05-19'),
    },
    expect: emergencyHandled(slot('2027-05-18', '15:35', '18:00')),
  },
  {
    id: 'holdout-b3-sewage-backup-dearborn-sunday',
    kind: 'emergency',
    tenant: MOTORCITY,
    now: '2027-04-11T08:15', // Sunday, closed; no after-hours transfer
    caller: {
      phone: '+13135550173',
      language: 'en',
      opening:
        'um yeah our basement floor drain is backing up with sewage its like coming up out the drain and it stinks real bad',
      lines: {
        name: 'hassan beydoun',
        address: '7340 chase road dearborn',
        problem: 'sewage is coming up out of the floor drain in the basement',
        time: 'whenever somebody can get here',
        safety: "yeah we're ok it's just the basement",
        yes: 'yes',
        bye: 'ok thank you',
      },
      wantsTransfer: true,
      accepts: soonest('2027-04-11', '2027-04-12'),
    },
    expect: emergencyHandled(slot('2027-04-12', '08:00', '10:30')),
  },
  {
    id: 'holdout-b3-no-heat-infant-portage-park',
    kind: 'emergency',
    now: '2027-01-26T19:30', // Tuesday evening, closed; no after-hours transfer
    caller: {
      phone: '+17735550127',
      language: 'en',
      opening:
        "hi our furnace stopped working and it's like four degrees outside and i got a three month old the house is already down to like fifty eight",
      lines: {
        name: 'ashley brooks',
        address: '5048 west montrose avenue',
        problem: "the furnace won't kick on at all the thermostat says it's calling for heat",
        time: 'as soon as possible tonight if you can',
        safety: "we got a space heater going in the baby's room for now",
        yes: 'yes please',
        bye: 'okay thank you',
      },
      wantsTransfer: true,
      accepts: soonest('2027-01-26', '2027-01-27'),
    },
    expect: emergencyHandled(slot('2027-01-27', '08:00', '10:00')),
  },
  {
    id: 'holdout-b3-sin-calefaccion-abuela-la-villita',
    kind: 'emergency',
    tenant: LAVILLITA,
    now: '2027-01-11T06:40', // Monday before opening
    caller: {
      phone: '+17735550166',
      language: 'es',
      opening:
        'bueno buenos días disculpe la hora es que no tenemos calefacción desde anoche y está haciendo un frío tremendo y mi mamá ya está grande tiene ochenta y dos años',
      lines: {
        name: 'me llamo marisol cárdenas',
        address: 'en la 2519 south sawyer avenue',
        problem: 'el furnace no prende se apagó anoche y la casa está bien fría',
        time: 'lo más pronto que puedan',
        safety: 'sí estamos bien la tengo con cobijas y un calentoncito eléctrico',
        yes: 'sí por favor',
        no: 'no',
        bye: 'gracias que dios le bendiga',
      },
      wantsTransfer: true,
      accepts: soonest('2027-01-11', '2027-01-12'),
    },
    expect: [
      ...emergencyHandled(slot('2027-01-11', '08:00', '10:30')),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-b3-huele-a-gas-pasadena',
    kind: 'emergency',
    tenant: TREVINO,
    now: '2027-03-03T13:10', // Wednesday afternoon, open
    caller: {
      phone: '+12815550128',
      language: 'es',
      opening: 'oiga huele bien fuerte a gas en la cocina creo que es la estufa o el tubo de atrás',
      lines: {
        name: 'jesús villarreal',
        address: 'en el mil cuatrocientos veintitrés de burke road en pasadena',
        problem: 'huele a gas en la cocina cerca de la estufa',
        time: 'ahorita si se puede',
        safety: 'no pues estamos aquí adentro todavía con los niños',
        yes: 'sí por favor',
        bye: 'gracias',
      },
      wantsTransfer: true,
      accepts: soonest('2027-03-03', '2027-03-04'),
    },
    expect: [
      ...GAS_ADVICE_ES,
      ...emergencyHandled(slot('2027-03-03', '13:10', '16:30')),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-b3-ac-out-dad-on-oxygen-phoenix',
    kind: 'emergency',
    tenant: DESERT,
    now: '2027-07-14T12:30', // Wednesday, 114 out, open till 3
    caller: {
      phone: '+16025550141',
      language: 'en',
      opening:
        "hi yeah our ac went out completely and it's a hundred and fourteen outside my dad is eighty seven and he's on oxygen",
      lines: {
        name: 'linda garza',
        address: '3847 west augusta avenue phoenix',
        problem: "the ac quit it's just blowing hot air it's like ninety something inside already",
        time: 'today please',
        safety: 'we got him in the back bedroom with a fan and wet towels',
        yes: 'yes please',
        bye: 'thank you',
      },
      wantsTransfer: true,
      accepts: soonest('2027-07-14', '2027-07-15'),
    },
    expect: emergencyHandled(slot('2027-07-14', '12:30', '15:00')),
  },
  {
    id: 'holdout-b3-contacto-chispas-south-gate',
    kind: 'emergency',
    tenant: PRIMOS,
    now: '2027-06-08T09:50', // Tuesday morning, open
    caller: {
      phone: '+13235550174',
      language: 'es',
      opening:
        'sí buenas fíjese que el contacto de la sala está echando chispas y huele a quemado y se botó el breaker',
      lines: {
        name: 'soy gilberto ramírez',
        address: 'vivo en el 8714 de la state street en south gate',
        problem: 'el contacto de la sala echó chispas y está negrito y huele a plástico quemado',
        time: 'lo antes posible',
        safety: 'sí ya desconecté todo y estamos bien',
        yes: 'sí',
        bye: 'muchas gracias',
      },
      wantsTransfer: true,
      accepts: soonest('2027-06-08', '2027-06-09'),
    },
    expect: [
      ...emergencyHandled(slot('2027-06-08', '09:50', '12:30')),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-b3-boiler-reventado-houston-english-tenant',
    kind: 'emergency',
    tenant: BAYOU,
    now: '2027-08-24T16:20', // Tuesday late afternoon, open till 6
    caller: {
      phone: '+18325550122',
      language: 'es',
      opening:
        'hola buenas tardes hablan español? fíjese que se me reventó el boiler en el garaje y está saliendo agua por todos lados',
      lines: {
        name: 'ana lucía montes',
        address: 'en el 6210 de lyndhurst drive',
        problem: 'el calentador de agua se reventó y se está inundando el garaje',
        time: 'hoy mismo por favor',
        safety: 'sí estamos bien ya le cerré a la llave de afuera creo',
        yes: 'sí',
        no: 'no mejor mándeme a alguien',
        bye: 'gracias',
      },
      wantsTransfer: false,
      accepts: soonest('2027-08-24', '2027-08-25'),
    },
    expect: [
      ...emergencyEarliest([slot('2027-08-24', '16:20', '18:00'), slot('2027-08-25', '07:00', '08:30')]),
      { kind: 'spanish' },
    ],
  },
  {
    id: 'holdout-b3-sewage-kids-playroom-24-7',
    kind: 'emergency',
    tenant: RAPID,
    now: '2027-09-05T23:15', // Sunday night of Labor Day weekend, always open
    caller: {
      phone: '+17735550114',
      language: 'en',
      opening:
        "yeah hi i got sewage coming up out of my basement drain after all this rain it's like an inch of nasty water and my kids playroom is down there",
      lines: {
        name: 'tamika jefferson',
        address: '8123 south kedzie avenue',
        problem: 'sewer backed up into the basement through the floor drain',
        time: 'tonight if you got somebody',
        safety: 'yeah the kids are upstairs we fine',
        yes: 'yes',
        bye: 'ok thank you',
      },
      wantsTransfer: true,
      accepts: soonest('2027-09-05', '2027-09-06'),
    },
    expect: emergencyEarliest([slot('2027-09-05', '23:15', '24:00'), slot('2027-09-06', '00:00', '02:00')]),
  },
  {
    id: 'holdout-b3-boiler-pipe-split-st-paul',
    kind: 'emergency',
    tenant: NORTHSTAR,
    now: '2027-02-02T07:05', // Tuesday, just opened
    caller: {
      phone: '+16515550188',
      language: 'en',
      opening:
        "yeah good morning our boiler quit overnight and there's a pipe next to it that split it's spraying water and it's like minus twelve out",
      lines: {
        name: 'pat schreiber',
        address: '1784 marshall avenue saint paul',
        problem: "the boiler's out and a pipe by it split and is spraying",
        time: 'right away',
        safety: "yeah i shut the water off at the meter we're ok it's just cold",
        yes: 'yep',
        bye: 'thanks',
      },
      wantsTransfer: true,
      accepts: soonest('2027-02-02', '2027-02-03'),
    },
    expect: emergencyHandled(slot('2027-02-02', '07:05', '10:00')),
  },
  {
    id: 'holdout-b3-huele-gas-medidor-el-paso',
    kind: 'emergency',
    tenant: SUNCITY,
    now: '2027-10-19T11:45', // Tuesday, open; English tenant
    caller: {
      phone: '+19155550169',
      language: 'es',
      opening: 'bueno sí oiga huele a gas afuera por donde está el medidor y también en el cuarto de lavar',
      lines: {
        name: 'me llamo refugio hernández',
        address: 'en el 10433 de la north loop drive',
        problem: 'huele a gas en el cuarto de lavar y afuera junto al medidor',
        time: 'pues ya ahorita',
        safety: 'no todavía estamos adentro es que mi esposo está dormido',
        yes: 'sí',
        bye: 'gracias mijo',
      },
      wantsTransfer: true,
      accepts: soonest('2027-10-19', '2027-10-20'),
    },
    expect: [
      ...GAS_ADVICE_ES,
      ...emergencyHandled(slot('2027-10-19', '11:45', '14:30')),
      { kind: 'spanish' },
    ],
  },
  {
    id: 'holdout-b3-smoking-outlet-lunch-hour-kc',
    kind: 'emergency',
    tenant: HEARTLAND,
    now: '2027-11-30T12:20', // Tuesday, closed for lunch until 1
    caller: {
      phone: '+18165550117',
      language: 'en',
      opening:
        "hi this is greg pfannenstiel at 4410 northeast antioch road in kansas city there's smoke coming out of the outlet behind my washer and it smells like burning i shut the breaker off can somebody come out right away",
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'greg pfannenstiel',
        address: '4410 northeast antioch road kansas city',
        problem: 'smoke came out of the outlet behind the washer',
        time: 'right away',
        safety: "yeah the breaker's off and there's no more smoke we're fine",
        yes: 'yes',
        bye: 'thanks',
      },
      wantsTransfer: true,
      accepts: soonest('2027-11-30', '2027-12-01'),
    },
    expect: emergencyHandled(slot('2027-11-30', '13:00', '15:00')),
  },

  // ====================================== cooperative (7) =====================================
  {
    id: 'holdout-b3-coop-running-toilet-evanston',
    kind: 'cooperative',
    now: '2027-03-23T09:10', // Tuesday
    caller: {
      phone: '+18475550132',
      language: 'en',
      opening: 'hi um yeah i need someone to come look at my toilet',
      lines: {
        problem: 'it keeps running like every twenty minutes it refills by itself',
        name: 'margaret sullivan',
        address: '1420 chicago avenue in evanston',
        time: 'thursday sometime after lunch',
        yes: 'okay that works',
        bye: 'alright thanks so much bye',
      },
      accepts: slot('2027-03-25', '12:00', '17:00'),
    },
    expect: booked(slot('2027-03-25', '12:00', '17:00')),
  },
  {
    id: 'holdout-b3-coop-water-heater-katy-first-thing',
    kind: 'cooperative',
    tenant: BAYOU,
    now: '2027-06-02T14:05', // Wednesday
    caller: {
      phone: '+12815550163',
      language: 'en',
      opening: "yeah hey how's it going i was calling about my water heater",
      lines: {
        problem: "it's barely getting hot it's a gas one like a rheem forty gallon",
        name: 'brandon nguyen',
        address: 'twenty five nineteen morton ranch road in katy',
        time: 'friday first thing in the morning',
        yes: "yep that's fine",
        bye: 'cool thanks man',
      },
      accepts: slot('2027-06-04', '07:00', '08:00'),
    },
    expect: booked(slot('2027-06-04', '07:00', '08:00')),
  },
  {
    id: 'holdout-b3-coop-kitchen-drain-hamtramck',
    kind: 'cooperative',
    tenant: MOTORCITY,
    now: '2027-05-10T11:30', // Monday
    caller: {
      phone: '+13135550142',
      language: 'en',
      opening: 'hello yes i am calling for the drain',
      lines: {
        problem: 'the kitchen sink is not draining the water stays there since yesterday',
        name: 'my name is fatima al saidi',
        address: '3021 caniff street hamtramck',
        time: 'tomorrow any time',
        yes: 'yes okay thank you',
        bye: 'thank you bye bye',
      },
      accepts: slot('2027-05-11', '08:00', '16:30'),
    },
    expect: booked(slot('2027-05-11', '08:00', '16:30')),
  },
  {
    id: 'holdout-b3-coop-ceiling-fan-irving-saturday',
    kind: 'cooperative',
    tenant: LONESTAR,
    now: '2027-09-29T16:50', // Wednesday
    caller: {
      phone: '+19725550131',
      language: 'en',
      opening: "hey uh i'm looking to get a ceiling fan put in",
      lines: {
        problem: 'swapping out the light in the bedroom for a ceiling fan i already bought it it is a hunter',
        name: 'javier castillo',
        address: 'four oh one west irving boulevard in irving',
        time: 'saturday morning',
        yes: 'perfect',
        bye: "that's it thanks",
      },
      accepts: slot('2027-10-02', '08:00', '12:00'),
    },
    expect: booked(slot('2027-10-02', '08:00', '12:00')),
  },
  {
    id: 'holdout-b3-coop-hangs-up-for-boss',
    kind: 'cooperative',
    now: '2027-04-07T13:40', // Wednesday
    caller: { phone: '+13125550187', language: 'en' },
    script: [
      'hi yeah my kitchen sink is all backed up',
      "uh it's marcus webb",
      "oh shoot hold on my boss is beeping in i gotta go i'll call y'all back",
    ],
    expect: [
      { kind: 'no_booking' },
      {
        kind: 'any_of',
        what: 'a callback for the unfinished call',
        options: [
          [{ kind: 'callback', reason: 'PARTIAL_INTAKE' }],
          [{ kind: 'callback', reason: 'MISSED_CALL' }],
        ],
      },
    ],
  },
  {
    id: 'holdout-b3-coop-sump-pump-overland-park',
    kind: 'cooperative',
    tenant: HEARTLAND,
    now: '2027-04-19T16:10', // Monday
    caller: {
      phone: '+19135550183',
      language: 'en',
      opening: 'hi i need somebody to look at my sump pump',
      lines: {
        problem: "it's making a grinding noise and it kicks on every couple minutes even when it's dry",
        name: 'this is rachel lindgren',
        address: '9012 west 97th terrace overland park',
        time: 'wednesday morning sometime',
        yes: 'great',
        bye: 'thanks bye',
      },
      accepts: slot('2027-04-21', '08:00', '12:00'),
    },
    expect: booked(slot('2027-04-21', '08:00', '12:00')),
  },
  {
    id: 'holdout-b3-coop-es-calentador-gotea-la-villita',
    kind: 'cooperative',
    tenant: LAVILLITA,
    now: '2027-02-16T15:20', // Tuesday
    caller: {
      phone: '+17735550109',
      language: 'es',
      opening: 'buenas tardes quería ver si me pueden mandar a alguien',
      lines: {
        problem: 'el calentador está goteando por abajo y hay un charquito',
        name: 'me llamo efraín tapia',
        address: 'en la veintiséis y pulaski el número 4012 west 26th street',
        time: 'el viernes temprano',
        yes: 'ándale sí está bien',
        bye: 'órale gracias',
      },
      accepts: slot('2027-02-19', '08:00', '10:00'),
    },
    expect: [...booked(slot('2027-02-19', '08:00', '10:00')), { kind: 'spanish', fromGreeting: true }],
  },

  // ===================================== front-loaded (7) =====================================
  {
    id: 'holdout-b3-front-ac-warm-bellaire',
    kind: 'front-loaded',
    tenant: BAYOU,
    now: '2027-07-06T08:25', // Tuesday
    caller: {
      phone: '+17135550157',
      language: 'en',
      opening:
        "yeah hi this is derrick thibodeaux i'm over at 4807 jessamine street in bellaire my ac's been blowing warm air since last night and i was hoping y'all could get somebody out here tomorrow morning",
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'derrick thibodeaux',
        address: '4807 jessamine street bellaire',
        problem: 'the ac is blowing warm air',
        time: 'tomorrow morning',
        yes: "yeah that'll work",
        bye: 'appreciate it',
      },
      accepts: slot('2027-07-07', '07:00', '12:00'),
    },
    expect: bookedFast(slot('2027-07-07', '07:00', '12:00')),
  },
  {
    id: 'holdout-b3-front-disposal-hums-skokie',
    kind: 'front-loaded',
    now: '2027-10-14T10:00', // Thursday
    caller: {
      phone: '+18475550176',
      language: 'en',
      opening:
        "hi my name's priya raman i live at 9311 lamon avenue in skokie and my garbage disposal just hums it won't spin can someone come monday afternoon",
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'priya raman',
        address: '9311 lamon avenue skokie',
        problem: 'the garbage disposal hums but does not spin',
        time: 'monday afternoon',
        yes: 'yes that works thank you',
        bye: 'thanks bye',
      },
      accepts: slot('2027-10-18', '12:00', '17:00'),
    },
    expect: bookedFast(slot('2027-10-18', '12:00', '17:00')),
  },
  {
    id: 'holdout-b3-front-swamp-cooler-tempe',
    kind: 'front-loaded',
    tenant: DESERT,
    now: '2027-05-25T07:15', // Tuesday
    caller: {
      phone: '+14805550126',
      language: 'en',
      opening:
        "morning this is steve yazzie um i'm at 1516 east apache boulevard in tempe our swamp cooler's leaking water all over the roof and the pump isn't running could somebody come thursday afternoon",
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'steve yazzie',
        address: '1516 east apache boulevard tempe',
        problem: 'the swamp cooler leaks on the roof and the pump is not running',
        time: 'thursday afternoon',
        yes: 'sounds good',
        bye: 'alright thanks',
      },
      accepts: slot('2027-05-27', '12:00', '15:00'),
    },
    expect: bookedFast(slot('2027-05-27', '12:00', '15:00')),
  },
  {
    id: 'holdout-b3-front-es-drenaje-cocina-little-village',
    kind: 'front-loaded',
    tenant: LAVILLITA,
    now: '2027-08-09T17:05', // Monday, open till 6
    caller: {
      phone: '+17735550151',
      language: 'es',
      opening:
        'buenas tardes habla rosa elena mejía vivo en el 3315 west 26th street y se me tapó el drenaje de la cocina no baja nada el agua quería ver si pueden venir mañana en la mañana',
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'rosa elena mejía',
        address: '3315 west 26th street',
        problem: 'el drenaje de la cocina está tapado',
        time: 'mañana en la mañana',
        yes: 'sí está bien',
        bye: 'gracias',
      },
      accepts: slot('2027-08-10', '08:00', '12:00'),
    },
    expect: [...bookedFast(slot('2027-08-10', '08:00', '12:00')), { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'holdout-b3-front-es-code-switch-leak-pasadena',
    kind: 'front-loaded',
    tenant: BAYOU,
    now: '2027-11-03T12:00', // Wednesday; English tenant
    caller: {
      phone: '+17135550139',
      language: 'es',
      opening:
        'hi good afternoon eh mi nombre es óscar funes vivo en el 2208 de shaver street en pasadena y tengo una leak debajo del lavamanos del baño se está mojando todo el cabinet y quería ver si pueden venir el viernes en la tarde',
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'óscar funes',
        address: '2208 shaver street pasadena',
        problem: 'una fuga debajo del lavamanos del baño',
        time: 'el viernes en la tarde',
        yes: 'sí ok perfecto',
        bye: 'ok gracias bye',
      },
      accepts: slot('2027-11-05', '12:00', '18:00'),
    },
    expect: [...bookedFast(slot('2027-11-05', '12:00', '18:00')), { kind: 'spanish' }],
  },
  {
    id: 'holdout-b3-front-furnace-bang-bloomington-dst',
    kind: 'front-loaded',
    tenant: NORTHSTAR,
    now: '2027-11-05T15:30', // Friday before clocks fall back on Sunday
    caller: {
      phone: '+19525550112',
      language: 'en',
      opening:
        "hi there this is carol anderson at 9920 penn avenue south in bloomington the furnace makes a real loud bang when it kicks on not every time but a lot and i'd like somebody monday at nine if you have it",
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'carol anderson',
        address: '9920 penn avenue south bloomington',
        problem: 'the furnace bangs loudly when it starts',
        time: 'monday at nine',
        yes: "yes that's fine",
        bye: 'thank you',
      },
      accepts: slot('2027-11-08', '09:00', '09:31'),
    },
    expect: bookedFast(slot('2027-11-08', '09:00', '09:31')),
  },
  {
    id: 'holdout-b3-front-es-calentador-huntington-park',
    kind: 'front-loaded',
    tenant: PRIMOS,
    now: '2027-12-02T10:40', // Thursday
    caller: {
      phone: '+13235550118',
      language: 'es',
      opening:
        'buenos días mire le hablo porque el calentador de agua no está calentando nada me llamo maría de los ángeles ochoa vivo en el 6521 de la rugby avenue en huntington park y quisiera que vinieran el sábado temprano si se puede',
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'maría de los ángeles ochoa',
        address: '6521 rugby avenue huntington park',
        problem: 'el calentador no calienta',
        time: 'el sábado temprano',
        yes: 'sí muy bien',
        bye: 'gracias muy amable',
      },
      accepts: slot('2027-12-04', '08:00', '10:00'),
    },
    expect: [...bookedFast(slot('2027-12-04', '08:00', '10:00')), { kind: 'spanish', fromGreeting: true }],
  },

  // =================================== time expressions (10) ==================================
  {
    id: 'holdout-b3-time-next-tuesday-after-lunch',
    kind: 'time-expression',
    now: '2027-03-05T11:10', // Friday
    caller: {
      phone: '+17735550138',
      language: 'en',
      opening: 'hi i need somebody to fix a leaky faucet in the kitchen',
      lines: {
        problem: "it's the kitchen faucet it drips constantly even when it's all the way off",
        name: 'dominic russo',
        address: '2734 west cortland street',
        time: 'next tuesday after lunch',
        yes: "yeah that's good",
        bye: 'thanks',
      },
      accepts: slot(['2027-03-09', '2027-03-16'], '12:00', '17:00'),
    },
    expect: booked(slot(['2027-03-09', '2027-03-16'], '12:00', '17:00')),
  },
  {
    id: 'holdout-b3-time-this-week-not-wednesday',
    kind: 'time-expression',
    now: '2027-06-14T09:05', // Monday
    caller: {
      phone: '+17735550162',
      language: 'en',
      opening: 'hey so my basement floor drain is real slow',
      lines: {
        problem: 'the floor drain by the washer backs up a little every time the washer drains',
        name: 'theresa kowalski',
        address: '5506 south archer avenue',
        time: "sometime this week i'm flexible just not wednesday i work a double that day",
        yes: 'okay good',
        bye: 'bye thanks',
      },
      accepts: slot(['2027-06-14', '2027-06-15', '2027-06-17', '2027-06-18', '2027-06-19'], '08:00', '17:00'),
    },
    expect: booked(
      slot(['2027-06-14', '2027-06-15', '2027-06-17', '2027-06-18', '2027-06-19'], '08:00', '17:00'),
    ),
  },
  {
    id: 'holdout-b3-time-the-thirtieth-ev-charger',
    kind: 'time-expression',
    tenant: LONESTAR,
    now: '2027-09-27T13:15', // Monday
    caller: {
      phone: '+14695550147',
      language: 'en',
      opening: 'hi i wanna get an ev charger put in the garage',
      lines: {
        problem: 'a level two charger for a tesla in the garage the panel is right there on the same wall',
        name: 'kyle brandt',
        address: '3306 lakeland drive in mesquite',
        time: 'uh the thirtieth in the morning if you can',
        yes: 'sweet',
        bye: 'thanks',
      },
      accepts: slot('2027-09-30', '08:00', '12:00'),
    },
    expect: booked(slot('2027-09-30', '08:00', '12:00')),
  },
  {
    id: 'holdout-b3-time-homophone-for-thirty',
    kind: 'time-expression',
    tenant: BAYOU,
    now: '2027-04-13T10:30', // Tuesday
    caller: {
      phone: '+17135550184',
      language: 'en',
      opening: "hi i need a plumber to come check my water pressure it's real low upstairs",
      lines: {
        problem: 'the upstairs shower and sink barely got any pressure downstairs is fine',
        name: 'keisha broussard',
        address: 'eight oh two west 43rd street houston',
        time: 'thursday at for thirty',
        yes: 'ok',
        bye: 'thank you',
      },
      accepts: slot('2027-04-15', '16:00', '17:00'),
    },
    expect: booked(slot('2027-04-15', '16:00', '17:00')),
  },
  {
    id: 'holdout-b3-time-ten-thirty-tune-up',
    kind: 'time-expression',
    tenant: NORTHSTAR,
    now: '2027-10-26T08:40', // Tuesday
    caller: {
      phone: '+16125550179',
      language: 'en',
      opening: "yeah hi i'm looking to get my furnace tuned up before it gets cold",
      lines: {
        problem: "just a tune up it hasn't been looked at in like two years",
        name: 'joe halvorson',
        address: '4415 xerxes avenue north minneapolis',
        time: 'wednesday at ten thirty',
        yes: 'yep',
        bye: 'thanks a lot',
      },
      accepts: slot('2027-10-27', '10:00', '11:00'),
    },
    expect: booked(slot('2027-10-27', '10:00', '11:00')),
  },
  {
    id: 'holdout-b3-time-saturday-but-closed-glendale',
    kind: 'time-expression',
    tenant: DESERT,
    now: '2027-09-09T13:00', // Thursday; closed weekends
    caller: {
      phone: '+16235550168',
      language: 'en',
      opening: "hey i need my ac checked it's making a rattling sound",
      lines: {
        problem: 'the outside unit rattles real loud when it starts up',
        name: 'brittany kowalczyk',
        address: '5210 west thunderbird road glendale',
        time: "saturday morning would be ideal but if you guys aren't open then whenever's next after that in the morning",
        yes: 'okay',
        bye: 'bye',
      },
      accepts: slot('2027-09-13', '06:00', '12:00'),
    },
    expect: booked(slot('2027-09-13', '06:00', '12:00')),
  },
  {
    id: 'holdout-b3-time-week-from-today-lunch-break',
    kind: 'time-expression',
    tenant: HEARTLAND,
    now: '2027-02-24T09:30', // Wednesday; closed 12–1
    caller: {
      phone: '+18165550159',
      language: 'en',
      opening: 'hi i got a toilet that rocks and leaks at the base',
      lines: {
        problem: "the toilet wobbles and there's water around the bottom after you flush",
        name: 'dale schroeder',
        address: '1120 south noland road independence',
        time: 'a week from today in the afternoon',
        yes: 'yep that works',
        bye: 'thanks',
      },
      accepts: slot('2027-03-03', '13:00', '17:00'),
    },
    expect: booked(slot('2027-03-03', '13:00', '17:00')),
  },
  {
    id: 'holdout-b3-time-es-pasado-manana-tarde',
    kind: 'time-expression',
    tenant: TREVINO,
    now: '2027-05-19T18:30', // Wednesday evening, closed
    caller: {
      phone: '+18325550153',
      language: 'es',
      opening: 'buenas noches ya sé que ya cerraron pero quería hacer una cita para el aire',
      lines: {
        problem: 'el aire no enfría está tirando puro aire caliente',
        name: 'me llamo leticia garza',
        address: 'en el mil quince de la avenida a en south houston',
        time: 'pasado mañana en la tarde',
        yes: 'sí está bien',
        bye: 'gracias buenas noches',
      },
      accepts: slot('2027-05-21', '12:00', '17:30'),
    },
    expect: [...booked(slot('2027-05-21', '12:00', '17:30')), { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'holdout-b3-time-es-la-otra-semana-antes-mediodia',
    kind: 'time-expression',
    tenant: PRIMOS,
    now: '2027-01-14T12:15', // Thursday
    caller: {
      phone: '+13235550133',
      language: 'es',
      opening: 'hola buenas tardes este necesito que me instalen unos contactos en la cocina',
      lines: {
        problem: 'quiero dos contactos nuevos en la cocina para el microondas y la licuadora',
        name: 'soy ernesto pineda',
        address: 'en la 3627 east cesar chavez avenue',
        time: 'la otra semana el martes o miércoles antes del mediodía',
        yes: 'sale está bien',
        bye: 'gracias',
      },
      accepts: slot(['2027-01-19', '2027-01-20'], '08:00', '12:00'),
    },
    expect: [
      ...booked(slot(['2027-01-19', '2027-01-20'], '08:00', '12:00')),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-b3-time-six-thirty-phoenix-dst-week',
    kind: 'time-expression',
    tenant: DESERT,
    now: '2027-03-12T10:00', // Friday; the rest of the country springs forward Sunday, Phoenix does not
    caller: {
      phone: '+16025550113',
      language: 'en',
      opening: 'hi i want somebody to look at my heat pump',
      lines: {
        problem: "it's icing up on the outside unit in the mornings",
        name: 'marcus begay',
        address: '2215 north 16th street phoenix',
        time: 'tuesday at six thirty in the morning before i go to work',
        yes: 'good deal',
        bye: 'thanks',
      },
      accepts: slot('2027-03-16', '06:30', '07:00'),
    },
    expect: booked(slot('2027-03-16', '06:30', '07:00')),
  },

  // ====================================== corrections (6) =====================================
  {
    id: 'holdout-b3-fix-address-flipped-digits',
    kind: 'correction',
    now: '2027-04-27T10:45', // Tuesday
    caller: {
      phone: '+17735550119',
      language: 'en',
      opening: "hi there's a brown stain on my kitchen ceiling right under the bathroom and it's kinda soft",
      lines: {
        problem: "i think the tub upstairs is leaking there's a stain and the drywall's soft",
        name: 'greg nowak',
        address: '4418 north wolcott avenue',
        time: 'tomorrow morning',
        yes: 'yeah',
        bye: 'thanks',
      },
      corrections: [
        {
          after: 'address',
          say: "wait no sorry it's 4481 i always flip those 4481 north wolcott",
          afterwards: { address: '4481 north wolcott avenue' },
        },
      ],
      accepts: slot('2027-04-28', '08:00', '12:00'),
    },
    expect: booked(slot('2027-04-28', '08:00', '12:00'), { addressIncludes: '4481' }),
  },
  {
    id: 'holdout-b3-fix-name-wifes-name',
    kind: 'correction',
    tenant: NORTHSTAR,
    now: '2027-12-06T13:20', // Monday
    caller: {
      phone: '+16125550135',
      language: 'en',
      opening: 'yeah hi our furnace is making a squealing noise when it runs',
      lines: {
        problem: "high pitched squeal when the blower's going it started last week",
        name: 'mike brennan',
        address: '2815 34th avenue south minneapolis',
        time: 'wednesday afternoon',
        yes: 'yeah that works',
        bye: 'thanks',
      },
      corrections: [
        {
          after: 'name',
          say: "actually put it under my wife's name karen brennan she's gonna be the one home",
          afterwards: { name: 'karen brennan' },
        },
      ],
      accepts: slot('2027-12-08', '12:00', '17:00'),
    },
    expect: booked(slot('2027-12-08', '12:00', '17:00'), { name: 'Karen Brennan' }),
  },
  {
    id: 'holdout-b3-fix-at-offer-dentist-friday',
    kind: 'correction',
    tenant: BAYOU,
    now: '2027-02-22T09:40', // Monday
    caller: {
      phone: '+18325550171',
      language: 'en',
      opening: 'hey there i need somebody to come unclog my bathtub drain',
      lines: {
        problem: 'the tub takes forever to drain like standing water for an hour',
        name: 'cody pham',
        address: '7714 bissonnet street houston',
        time: 'thursday morning',
        yes: "yeah that's good",
        bye: 'thanks bye',
      },
      corrections: [
        {
          after: 'offer',
          say: 'oh wait hold on i just remembered i got the dentist thursday morning can we do friday instead same time',
          afterwards: { time: 'friday morning' },
        },
      ],
      accepts: slot('2027-02-26', '07:00', '12:00'),
    },
    expect: booked(slot('2027-02-26', '07:00', '12:00')),
  },
  {
    id: 'holdout-b3-fix-es-martes-no-miercoles',
    kind: 'correction',
    tenant: LAVILLITA,
    now: '2027-03-29T10:05', // Monday
    caller: {
      phone: '+18725550143',
      language: 'es',
      opening: 'buenos días fíjese que la taza del baño no jala bien',
      lines: {
        problem: 'le jalo a la taza y no se va todo hay que jalarle dos o tres veces',
        name: 'me llamo juan carlos morales',
        address: 'en el 2145 de la south saint louis avenue',
        time: 'el martes en la mañana',
        yes: 'sí',
        bye: 'gracias',
      },
      corrections: [
        {
          after: 'time',
          say: 'no espérese mejor el miércoles porque el martes trabajo',
          afterwards: { time: 'el miércoles en la mañana' },
        },
      ],
      accepts: slot('2027-03-31', '08:00', '12:00'),
    },
    expect: [...booked(slot('2027-03-31', '08:00', '12:00')), { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'holdout-b3-fix-es-direccion-bell-gardens',
    kind: 'correction',
    tenant: PRIMOS,
    now: '2027-07-20T14:40', // Tuesday
    caller: {
      phone: '+15625550149',
      language: 'es',
      opening: 'hola qué tal buenas tardes necesito un electricista',
      lines: {
        problem: 'se van las luces de la recámara y el breaker se bota a cada rato',
        name: 'dulce maría solís',
        address: 'en el 3150 de la florence avenue en bell gardens',
        time: 'el jueves en la tarde',
        yes: 'sí gracias',
        bye: 'bye gracias',
      },
      corrections: [
        {
          after: 'address',
          say: 'ay no perdón es 3510 no 3150 me equivoqué 3510 florence',
          afterwards: { address: '3510 florence avenue bell gardens' },
        },
      ],
      accepts: slot('2027-07-22', '12:00', '17:00'),
    },
    expect: [
      ...booked(slot('2027-07-22', '12:00', '17:00'), { addressIncludes: '3510' }),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-b3-fix-changes-mind-asks-landlord',
    kind: 'correction',
    now: '2027-08-03T11:20', // Tuesday
    caller: {
      phone: '+17085550158',
      language: 'en',
      opening: 'hi i was wondering about getting a new water heater put in',
      lines: {
        problem: "ours is like eighteen years old and it's got rust on the bottom",
        name: 'ellen fitzgerald',
        address: '1136 north austin boulevard oak park',
        time: 'next week sometime',
        bye: 'okay thanks bye',
      },
      corrections: [
        {
          after: 'time',
          say: "actually you know what hold off i gotta check with my landlord first before i book anything i'll call you guys back",
          afterwards: {
            time: "no i'll call back after i talk to the landlord",
            yes: "no that's okay i'll call back",
            no: 'no thank you',
          },
        },
      ],
      accepts: slot([], '00:00', '00:00'),
    },
    expect: [{ kind: 'no_booking' }, { kind: 'closed' }],
  },

  // ======================================= questions (8) ======================================
  {
    id: 'holdout-b3-ask-saturday-closing-houston',
    kind: 'question',
    tenant: BAYOU,
    now: '2027-05-07T16:40', // Friday
    caller: {
      phone: '+17135550116',
      language: 'en',
      opening: "hey what time do y'all close on saturday",
      lines: { bye: 'alright cool appreciate it', otherwise: "nah that's all i needed" },
    },
    expect: [
      { kind: 'said', what: 'closes at noon on Saturday', pattern: /\b(12|twelve|noon|midday)\b|12:00/i },
      { kind: 'no_booking' },
      { kind: 'closed' },
    ],
  },
  {
    id: 'holdout-b3-ask-gary-out-of-area',
    kind: 'question',
    now: '2027-01-06T14:10', // Wednesday
    caller: {
      phone: '+12195550134',
      language: 'en',
      opening: 'hi do you guys come out to gary indiana i got a leak under my kitchen sink',
      lines: {
        problem: 'the pipe under the kitchen sink is dripping into a bucket',
        name: 'lamar pettway',
        address: '5520 west 25th avenue in gary',
        bye: 'ok thanks anyway',
        otherwise: 'no',
      },
    },
    expect: [OUT_OF_AREA, { kind: 'no_booking' }, { kind: 'closed' }],
  },
  {
    id: 'holdout-b3-ask-pearland-then-books',
    kind: 'question',
    tenant: BAYOU,
    now: '2027-10-05T10:15', // Tuesday
    caller: {
      phone: '+12815550145',
      language: 'en',
      opening: "hi y'all go out to pearland",
      lines: {
        problem: 'my toilet keeps clogging like every other day',
        name: 'monica tran',
        address: '2703 broadway street in pearland',
        time: 'tomorrow afternoon',
        yes: 'ok sounds good',
        bye: 'thank you',
      },
      accepts: slot('2027-10-06', '12:00', '18:00'),
    },
    expect: [
      { kind: 'said', what: 'yes, Pearland is served', pattern: YES_WE_DO },
      ...booked(slot('2027-10-06', '12:00', '18:00')),
    ],
  },
  {
    id: 'holdout-b3-ask-price-to-snake-drain',
    kind: 'question',
    now: '2027-11-16T12:35', // Tuesday
    caller: {
      phone: '+13125550129',
      language: 'en',
      opening: 'hi how much do you guys charge to like snake a drain just a kitchen sink',
      lines: {
        bye: "ok i'll think about it thanks",
        otherwise: 'no i just wanted a price for now',
      },
    },
    expect: [
      {
        kind: 'said',
        what: 'no firm price over the phone: it depends / the technician quotes on site',
        pattern:
          /\b(quote|estimate|depends|depending|varies|vary|technician|tech|on site|in person|can'?t give|cannot give|not able to give|unable to give|don'?t have (a |exact |specific )?pric)/i,
      },
      { kind: 'no_booking' },
      { kind: 'closed' },
    ],
  },
  {
    id: 'holdout-b3-ask-water-heater-hvac-only',
    kind: 'question',
    tenant: DESERT,
    now: '2027-08-11T09:20', // Wednesday
    caller: {
      phone: '+16025550182',
      language: 'en',
      opening: 'hi quick question do you guys do water heaters or is it just ac',
      lines: { bye: 'okay gotcha thanks', otherwise: 'no that was it' },
    },
    expect: [
      {
        kind: 'said',
        what: 'no water heaters: heating and cooling only',
        pattern:
          /\b(don'?t|do not|doesn'?t|does not|unfortunately|only|not something|no,? we|we just|just (do|handle|work on)|specialize)\b/i,
      },
      { kind: 'no_booking' },
      { kind: 'closed' },
    ],
  },
  {
    id: 'holdout-b3-ask-es-horario-sabado',
    kind: 'question',
    tenant: PRIMOS,
    now: '2027-04-08T19:10', // Thursday evening, closed
    caller: {
      phone: '+13235550161',
      language: 'es',
      opening: 'hola buenas noches a qué hora abren el sábado',
      lines: { bye: 'ah bueno gracias', otherwise: 'no nomás eso' },
    },
    expect: [
      { kind: 'said', what: 'abre a las 8 el sábado', pattern: /\b(8|ocho)\b|8:00/i },
      { kind: 'spanish', fromGreeting: true },
      { kind: 'no_booking' },
      { kind: 'closed' },
    ],
  },
  {
    id: 'holdout-b3-ask-es-baytown-fuera-del-area',
    kind: 'question',
    tenant: TREVINO,
    now: '2027-09-14T11:05', // Tuesday
    caller: {
      phone: '+12815550177',
      language: 'es',
      opening: 'buenas ustedes trabajan hasta baytown es que el calentador está goteando poquito por abajo',
      lines: {
        problem: 'el calentador gotea por abajo',
        name: 'josé ángel ríos',
        address: 'en el 4306 de la bayway drive en baytown',
        bye: 'ah ok está bien gracias',
        otherwise: 'no',
      },
    },
    expect: [
      FUERA_DEL_AREA,
      { kind: 'spanish', fromGreeting: true },
      { kind: 'no_booking' },
      { kind: 'closed' },
    ],
  },
  {
    id: 'holdout-b3-ask-boilers-then-books',
    kind: 'question',
    tenant: NORTHSTAR,
    now: '2027-01-04T08:10', // Monday
    caller: {
      phone: '+16515550154',
      language: 'en',
      opening: 'hi do you guys work on boilers or is it just forced air',
      lines: {
        problem:
          'the boiler runs but a couple radiators upstairs stay cold and the pipes bang when it kicks on',
        name: 'sue ellen nordquist',
        address: '1293 grand avenue st paul',
        time: 'tomorrow sometime in the afternoon',
        yes: 'that works',
        bye: 'okay thank you',
      },
      accepts: slot('2027-01-05', '12:00', '17:00'),
    },
    expect: [
      { kind: 'said', what: 'yes, boilers are serviced', pattern: YES_WE_DO },
      ...booked(slot('2027-01-05', '12:00', '17:00')),
    ],
  },

  // ===================================== cancellations (4) ====================================
  {
    id: 'holdout-b3-cancel-thursday-landlord',
    kind: 'cancel',
    now: '2027-03-16T09:30', // Tuesday
    seed: {
      customer: { name: 'Janet Moreno', address: '2240 W Chicago Ave, Chicago' },
      appointments: [
        {
          start: '2027-03-18T10:00',
          service_type: 'Toilet repair',
          description: 'toilet running constantly',
        },
      ],
    },
    caller: {
      phone: '+13125550171',
      language: 'en',
      opening: 'hi yeah i need to cancel my appointment for thursday',
      lines: {
        name: 'janet moreno',
        address: '2240 west chicago avenue',
        reason: "my landlord said he's sending his own guy",
        yes: 'yes please cancel it',
        no: 'no thank you',
        bye: 'thank you bye',
      },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, { kind: 'no_booking' }, { kind: 'closed' }],
  },
  {
    id: 'holdout-b3-cancel-es-viernes-cunado',
    kind: 'cancel',
    tenant: PRIMOS,
    now: '2027-10-12T08:30', // Tuesday
    seed: {
      customer: { name: 'Socorro Espinoza', address: '6123 Templeton St, Huntington Park' },
      appointments: [
        { start: '2027-10-15T09:00', service_type: 'Destape de drenaje', description: 'regadera tapada' },
      ],
    },
    caller: {
      phone: '+13235550186',
      language: 'es',
      opening: 'buenos días le llamo para cancelar la cita que tengo el viernes ya no la voy a necesitar',
      lines: {
        name: 'socorro espinoza',
        address: 'en la 6123 templeton street',
        reason: 'ya lo arregló mi cuñado',
        yes: 'sí cancélela por favor',
        no: 'no gracias',
        bye: 'gracias que le vaya bien',
      },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, { kind: 'no_booking' }, { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'holdout-b3-cancel-water-heater-keep-drain',
    kind: 'cancel',
    tenant: BAYOU,
    now: '2027-06-28T13:00', // Monday
    seed: {
      customer: { name: 'Gerald Pitts', address: '5315 Belmark St, Houston' },
      appointments: [
        { start: '2027-06-30T08:00', service_type: 'Drain cleaning', description: 'kitchen sink slow' },
        {
          start: '2027-07-02T14:00',
          service_type: 'Water heater repair',
          description: 'pilot light keeps going out',
        },
      ],
    },
    caller: {
      phone: '+17135550190',
      language: 'en',
      opening:
        "hey uh i got two appointments with y'all this week and i need to cancel the water heater one the other one's still good",
      lines: {
        name: 'gerald pitts',
        address: '5315 belmark street',
        reason: "my brother in law got the pilot relit so it's fine now",
        yes: 'yeah just that one',
        no: "nah that's it",
        bye: "alright y'all have a good one",
      },
    },
    expect: [{ kind: 'cancelled', seed: 1 }, { kind: 'unchanged', seed: 0 }, { kind: 'no_booking' }],
  },
  {
    id: 'holdout-b3-cancel-the-ninth-furnace-fixed',
    kind: 'cancel',
    tenant: HEARTLAND,
    now: '2027-12-06T08:05', // Monday
    seed: {
      customer: { name: 'Bob Kessler', address: '4217 N Cedar Ave, Kansas City' },
      appointments: [
        { start: '2027-12-09T13:00', service_type: 'Furnace repair', description: 'furnace short cycling' },
      ],
    },
    caller: {
      phone: '+18165550136',
      language: 'en',
      opening:
        'hi this is bob on north cedar i had you guys scheduled for the ninth for the furnace we can cancel that it started working again',
      gives: ['name'],
      lines: {
        name: 'bob kessler',
        address: '4217 north cedar avenue',
        reason: 'the furnace is working fine again',
        yes: 'yep go ahead',
        no: 'nope',
        bye: 'thanks a bunch',
      },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, { kind: 'no_booking' }],
  },

  // ===================================== reschedules (4) ======================================
  {
    id: 'holdout-b3-resched-monday-to-tuesday-morning',
    kind: 'reschedule',
    now: '2027-02-12T14:30', // Friday
    seed: {
      customer: { name: 'Omar Siddiqui', address: '3347 N Kedzie Ave, Chicago' },
      appointments: [
        { start: '2027-02-15T13:00', service_type: 'Furnace repair', description: 'furnace short cycling' },
      ],
    },
    caller: {
      phone: '+17735550185',
      language: 'en',
      opening:
        'hi i have an appointment on monday afternoon for my furnace i need to move it to tuesday morning if possible',
      gives: ['time'],
      lines: {
        name: 'omar siddiqui',
        address: '3347 north kedzie avenue',
        time: 'tuesday morning',
        yes: 'yes perfect',
        bye: 'thank you',
      },
      accepts: slot('2027-02-16', '08:00', '12:00'),
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2027-02-16', '08:00', '12:00') }],
  },
  {
    id: 'holdout-b3-resched-es-miercoles-a-viernes',
    kind: 'reschedule',
    tenant: TREVINO,
    now: '2027-04-05T10:20', // Monday
    seed: {
      customer: { name: 'Maricela Ibarra', address: '914 Burke Rd, Pasadena' },
      appointments: [
        {
          start: '2027-04-07T10:00',
          service_type: 'Reparación de aire acondicionado',
          description: 'el aire no enfría',
        },
      ],
    },
    caller: {
      phone: '+17135550124',
      language: 'es',
      opening:
        'buenos días tengo una cita el miércoles para el aire y quería ver si la podemos cambiar para el viernes en la tarde porque me salió trabajo',
      gives: ['time'],
      lines: {
        name: 'maricela ibarra',
        address: 'en el 914 de burke road',
        time: 'el viernes en la tarde',
        yes: 'sí perfecto',
        bye: 'muchas gracias',
      },
      accepts: slot('2027-04-09', '12:00', '17:30'),
    },
    expect: [
      { kind: 'moved', seed: 0, window: slot('2027-04-09', '12:00', '17:30') },
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-b3-resched-thermostat-next-week-keep-tune-up',
    kind: 'reschedule',
    tenant: DESERT,
    now: '2027-06-15T06:20', // Tuesday
    seed: {
      customer: { name: 'Diane Whitehorse', address: '2234 E Indian School Rd, Phoenix' },
      appointments: [
        { start: '2027-06-16T07:00', service_type: 'AC tune-up', description: 'yearly tune up' },
        {
          start: '2027-06-17T10:00',
          service_type: 'Thermostat installation',
          description: 'install new nest thermostat',
        },
      ],
    },
    caller: {
      phone: '+16025550155',
      language: 'en',
      opening:
        'hi yeah i got two things scheduled with you guys i need to push the thermostat one to next week same day same time the tune up tomorrow is fine',
      gives: ['time'],
      lines: {
        name: 'diane whitehorse',
        address: '2234 east indian school road',
        time: 'thursday the twenty fourth at ten',
        yes: 'yes',
        bye: 'thanks bye',
      },
      accepts: slot('2027-06-24', '10:00', '10:31'),
    },
    expect: [
      { kind: 'moved', seed: 1, window: slot('2027-06-24', '10:00', '10:31') },
      { kind: 'unchanged', seed: 0 },
    ],
  },
  {
    id: 'holdout-b3-resched-push-to-ten-dst-monday',
    kind: 'reschedule',
    tenant: LONESTAR,
    now: '2027-03-11T17:40', // Thursday; clocks spring forward Sunday
    seed: {
      customer: { name: 'Tyler McNair', address: '1418 W Davis St, Dallas' },
      appointments: [
        {
          start: '2027-03-15T08:00',
          service_type: 'Ceiling fan installation',
          description: 'install fan in living room',
        },
      ],
    },
    caller: {
      phone: '+12145550165',
      language: 'en',
      opening:
        "hey i'm on the schedule for monday at eight for a ceiling fan can we push that back a couple hours like ten",
      gives: ['time'],
      lines: {
        name: 'tyler mcnair',
        address: '1418 west davis street',
        time: 'monday at ten',
        yes: 'yeah perfect',
        bye: 'thanks',
      },
      accepts: slot('2027-03-15', '10:00', '10:31'),
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2027-03-15', '10:00', '10:31') }],
  },

  // ================================== wants a person (3) ======================================
  {
    id: 'holdout-b3-person-denise-double-charge',
    kind: 'human',
    now: '2027-05-12T14:20', // Wednesday, open
    caller: {
      phone: '+13125550146',
      language: 'en',
      opening: 'hi is denise there i need to talk to her about the bill from last week',
      lines: {
        name: 'carla jimenez',
        reason: 'she charged my card twice for the same job i think',
        yes: 'yes please',
        bye: 'thanks',
      },
      wantsTransfer: true,
      wantsCallback: true,
    },
    expect: [{ kind: 'transfer' }, { kind: 'no_booking' }],
  },
  {
    id: 'holdout-b3-person-owner-after-hours-phoenix',
    kind: 'human',
    tenant: DESERT,
    now: '2027-08-19T17:30', // Thursday, closed since 3
    caller: {
      phone: '+14805550192',
      language: 'en',
      opening: "yeah can i talk to the owner or a manager it's about the guy you sent out yesterday",
      lines: {
        name: 'frank delgado',
        reason: 'he left insulation all over my garage and the unit makes a squeak now it never did before',
        yes: 'yeah',
        bye: 'ok',
      },
      wantsTransfer: true,
      wantsCallback: true,
    },
    expect: [{ kind: 'callback', reason: 'HANDOFF' }, { kind: 'no_transfer' }, { kind: 'no_booking' }],
  },
  {
    id: 'holdout-b3-person-es-don-arturo',
    kind: 'human',
    tenant: TREVINO,
    now: '2027-11-22T09:15', // Monday, open
    caller: {
      phone: '+18325550199',
      language: 'es',
      opening: 'buenos días con don arturo por favor',
      lines: {
        name: 'ramiro salinas',
        reason: 'es sobre un presupuesto que me dio para cambiar el boiler',
        yes: 'sí por favor',
        bye: 'gracias',
      },
      wantsTransfer: true,
      wantsCallback: true,
    },
    expect: [{ kind: 'transfer' }, { kind: 'no_booking' }, { kind: 'spanish', fromGreeting: true }],
  },

  // ======================================== silence (3) =======================================
  {
    id: 'holdout-b3-silent-pocket-dial',
    kind: 'silence',
    now: '2027-04-22T10:05', // Thursday
    caller: { phone: '+13125550111', language: 'en' },
    script: ['', '', ''],
    expect: [{ kind: 'voicemail' }, { kind: 'callback', reason: 'VOICEMAIL' }],
  },
  {
    id: 'holdout-b3-silent-then-speaker-in-truck',
    kind: 'silence',
    tenant: DESERT,
    now: '2027-10-07T08:30', // Thursday
    caller: {
      phone: '+14805550137',
      language: 'en',
      silences: 1,
      opening:
        'oh hello sorry sorry i had you on speaker in the truck can you hear me now i need to get my heat pump looked at',
      lines: {
        problem: "it's not switching over to heat it just blows cold",
        name: 'ray cordova',
        address: '1911 west university drive mesa',
        time: 'monday morning',
        yes: 'yeah that works',
        bye: 'alright thanks',
      },
      accepts: slot('2027-10-11', '06:00', '12:00'),
    },
    expect: booked(slot('2027-10-11', '06:00', '12:00')),
  },
  {
    id: 'holdout-b3-silencio-la-villita',
    kind: 'silence',
    tenant: LAVILLITA,
    now: '2027-06-30T12:50', // Wednesday
    caller: { phone: '+17735550104', language: 'es' },
    script: ['', '', ''],
    expect: [
      { kind: 'voicemail' },
      { kind: 'callback', reason: 'VOICEMAIL' },
      { kind: 'spanish', fromGreeting: true },
    ],
  },

  // ================================== Spanish bookings (3) ====================================
  {
    id: 'holdout-b3-es-piloto-boiler-east-la',
    kind: 'spanish',
    tenant: PRIMOS,
    now: '2027-02-25T16:30', // Thursday
    caller: {
      phone: '+13235550102',
      language: 'es',
      opening: 'buenas tardes fíjese que el boiler no prende se le apaga el piloto a cada rato',
      lines: {
        problem: 'el calentador de agua se le apaga el piloto y no hay agua caliente',
        name: 'me llamo alfredo cisneros',
        address: 'en la 4516 de la whittier boulevard en el este de los ángeles',
        time: 'el lunes en la mañana',
        yes: 'sí está bien',
        bye: 'muchas gracias',
      },
      accepts: slot('2027-03-01', '08:00', '12:00'),
    },
    expect: [...booked(slot('2027-03-01', '08:00', '12:00')), { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'holdout-b3-es-boricua-pluma-humboldt-park',
    kind: 'spanish',
    now: '2027-09-21T10:40', // Tuesday; English tenant
    caller: {
      phone: '+17735550197',
      language: 'es',
      opening:
        'mira buenas hablan español? es que la pluma de la cocina está goteando y abajo del fregadero está to mojao',
      lines: {
        problem: 'la pluma gotea todo el tiempo y el gabinete de abajo está mojado',
        name: 'me llamo yesenia cruz',
        address: 'en el 2730 de la west division street',
        time: 'mañana después de las tres',
        yes: 'sí perfecto',
        bye: 'gracias mi amor bendiciones',
      },
      accepts: slot('2027-09-22', '15:00', '17:00'),
    },
    expect: [...booked(slot('2027-09-22', '15:00', '17:00')), { kind: 'spanish' }],
  },
  {
    id: 'holdout-b3-es-cooler-ruidazo-el-paso',
    kind: 'spanish',
    tenant: SUNCITY,
    now: '2027-06-10T07:20', // Thursday; English tenant
    caller: {
      phone: '+19155550125',
      language: 'es',
      opening: 'bueno buenos días oiga mi cooler no está echando aire frío nomás echa aire y hace un ruidazo',
      lines: {
        problem: 'el cooler del techo no enfría y hace mucho ruido creo que es la bomba o la banda',
        name: 'me llamo ramón olivas',
        address: 'en el 8200 de la dyer street',
        time: 'hoy en la tarde si se puede',
        yes: 'ándale pues',
        bye: 'gracias',
      },
      accepts: slot('2027-06-10', '12:00', '16:00'),
    },
    expect: [...booked(slot('2027-06-10', '12:00', '16:00')), { kind: 'spanish' }],
  },
];
