import {
  ALWAYS_OPEN,
  booked,
  bookedFast,
  emergencyHandled,
  GAS_ADVICE,
  GAS_ADVICE_ES,
  slot,
} from '../personas/defaults.js';
import type { Check, Persona } from '../types.js';

// Held-out batch 7: sixty-odd callers written blind (without reading the engine or earlier batches),
// spread over seven businesses that look nothing like the usual Chicago plumber: a rural Vermont
// septic and well outfit, a Minneapolis heating company in January, a San Antonio electrician in a
// July heat wave, a Dominican plumber in the Bronx and a Cuban one in Miami (both Spanish-first), a
// Los Angeles fix-it plumber, and a Phoenix company (no DST) with split shifts and holidays.

const weekdays = (hours: string[][]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });

/** Rural Vermont septic & well: weekdays only, takes emergencies after hours. */
const SEPTIC = {
  name: 'Hollow Creek Septic & Well',
  time_zone: 'America/New_York',
  owner_name: 'Walt Brennan',
  business_hours: { ...weekdays([['07:00', '16:00']]), sat: [], sun: [] },
  services: [
    { name: 'Septic tank pumping', duration_minutes: 120 },
    { name: 'Well pump repair', duration_minutes: 120 },
    { name: 'Pressure tank replacement', duration_minutes: 90 },
    { name: 'Drain field inspection', duration_minutes: 90 },
    { name: 'Leak repair', duration_minutes: 60 },
    { name: 'Faucet repair', duration_minutes: 60 },
  ],
  service_area: ['Rutland', 'Castleton', 'Fair Haven', 'Poultney', 'Wells', 'Pawlet'],
  after_hours_transfer: true,
};

/** Minneapolis heating in deep winter; closed New Year's Day. */
const NORTHSTAR = {
  name: 'North Star Heating & Air',
  time_zone: 'America/Chicago',
  owner_name: 'Gus Lindqvist',
  business_hours: { ...weekdays([['07:00', '18:00']]), sat: [['08:00', '12:00']], sun: [] },
  services: [
    { name: 'Furnace repair', duration_minutes: 90 },
    { name: 'Boiler service', duration_minutes: 90 },
    { name: 'Humidifier repair', duration_minutes: 60 },
    { name: 'Ductwork inspection', duration_minutes: 60 },
    { name: 'Carbon monoxide check', duration_minutes: 60 },
    { name: 'Frozen pipe repair', duration_minutes: 90 },
  ],
  service_area: ['Minneapolis', 'St. Paul', 'Edina', 'Richfield', 'Bloomington', 'Roseville'],
  after_hours_transfer: true,
  closed_dates: ['2027-01-01'],
};

/** San Antonio electrician working early hours in the summer heat; closed for the July 4th holiday. */
const LONESTAR = {
  name: 'Lone Star Wiring Co.',
  time_zone: 'America/Chicago',
  owner_name: 'Rosa Villarreal',
  business_hours: { ...weekdays([['07:00', '15:00']]), sat: [['07:00', '11:00']], sun: [] },
  services: [
    { name: 'Electrical troubleshooting', duration_minutes: 90 },
    { name: 'Panel upgrade', duration_minutes: 240 },
    { name: 'Ceiling fan installation', duration_minutes: 60 },
    { name: 'Outlet and switch repair', duration_minutes: 60 },
    { name: 'EV charger installation', duration_minutes: 180 },
    { name: 'Whole-house surge protection', duration_minutes: 90 },
  ],
  service_area: ['San Antonio', 'Alamo Heights', 'Helotes', 'Converse', 'Schertz', 'Leon Valley'],
  closed_dates: ['2027-07-05'],
};

/** A Dominican-owned plumber in the Bronx that answers in Spanish; closed Christmas Day. */
const QUISQUEYA = {
  name: 'Plomería Quisqueya',
  time_zone: 'America/New_York',
  language_code: 'es',
  owner_name: 'Fernando Almonte',
  business_hours: { ...weekdays([['08:00', '18:00']]), sat: [['08:00', '14:00']], sun: [] },
  services: [
    { name: 'Destape de tuberías', duration_minutes: 60 },
    { name: 'Reparación de calentador de agua', duration_minutes: 90 },
    { name: 'Reparación de fugas', duration_minutes: 60 },
    { name: 'Reparación de inodoros', duration_minutes: 60 },
    { name: 'Calefacción y calderas', duration_minutes: 90 },
  ],
  service_area: ['Bronx', 'Manhattan', 'Yonkers'],
  closed_dates: ['2026-12-25'],
};

/** A Cuban-owned air-conditioning and plumbing shop in Miami that answers in Spanish. */
const CARIBE = {
  name: 'Aire y Plomería Caribe',
  time_zone: 'America/New_York',
  language_code: 'es',
  owner_name: 'Yamilé Cárdenas',
  business_hours: { ...weekdays([['08:00', '17:00']]), sat: [['09:00', '13:00']], sun: [] },
  services: [
    { name: 'Reparación de aire acondicionado', duration_minutes: 90 },
    { name: 'Reparación de fugas', duration_minutes: 60 },
    { name: 'Destape de drenajes', duration_minutes: 60 },
    { name: 'Calentador de agua', duration_minutes: 90 },
    { name: 'Reparación de inodoros', duration_minutes: 60 },
  ],
  service_area: ['Miami', 'Hialeah', 'Doral', 'Coral Gables', 'Westchester'],
};

/** A Los Angeles fix-it plumber, Monday to Saturday. */
const WESTSIDE = {
  name: 'Westside Pipe & Fix',
  time_zone: 'America/Los_Angeles',
  owner_name: 'Theo Marchetti',
  business_hours: { ...weekdays([['09:00', '17:00']]), sat: [['09:00', '17:00']], sun: [] },
  services: [
    { name: 'Leak repair', duration_minutes: 60 },
    { name: 'Faucet and fixture installation', duration_minutes: 60 },
    { name: 'Toilet repair', duration_minutes: 60 },
    { name: 'Water heater replacement', duration_minutes: 180 },
    { name: 'Garbage disposal repair', duration_minutes: 60 },
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Slab leak detection', duration_minutes: 120 },
  ],
  service_area: ['Los Angeles', 'Santa Monica', 'Culver City', 'Inglewood', 'Marina del Rey'],
};

/** Phoenix (no DST): split shifts around the midday heat, holidays closed. */
const DESERTSUN = {
  name: 'Desert Sun Plumbing & Electric',
  time_zone: 'America/Phoenix',
  owner_name: 'Manny Figueroa',
  business_hours: {
    ...weekdays([
      ['06:00', '11:00'],
      ['15:00', '19:00'],
    ]),
    sat: [['07:00', '11:00']],
    sun: [],
  },
  services: [
    { name: 'Water heater repair', duration_minutes: 90 },
    { name: 'Leak repair', duration_minutes: 60 },
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Water softener service', duration_minutes: 60 },
    { name: 'Electrical troubleshooting', duration_minutes: 90 },
    { name: 'Ceiling fan installation', duration_minutes: 60 },
  ],
  service_area: ['Phoenix', 'Tempe', 'Mesa', 'Scottsdale', 'Chandler', 'Glendale'],
  closed_dates: ['2026-12-24', '2026-12-25', '2027-01-01'],
};

const SPANISH: Check = { kind: 'spanish' };
const SPANISH_TENANT: Check = { kind: 'spanish', fromGreeting: true };
const NO_BOOKING: Check = { kind: 'no_booking' };
const CLOSED: Check = { kind: 'closed' };

const DONT_TOUCH: Check = {
  kind: 'said',
  what: 'do not touch it',
  pattern: /\b(don't|do not|avoid)\s+touch/i,
};
const NO_TOCAR: Check = {
  kind: 'said',
  what: 'no lo toque',
  pattern: /\bno\s+(lo\s+|la\s+|los\s+)?toque|\bno\s+toquen|\bsin tocar/i,
};
const GET_OUT_CO: Check = {
  kind: 'said',
  what: 'get everyone out (carbon monoxide)',
  pattern: /\b(get|everyone|leave|go|step|stay)\b.{0,40}\b(out|outside|fresh air)\b|\b(leave|evacuate)\b/i,
};
const NOT_OUR_AREA: Check = {
  kind: 'said',
  what: 'the place is outside the service area',
  pattern:
    /\b(don't|do not|doesn't|can't|cannot|unable|outside|only)\b.{0,60}\b(serve|service|cover|come out|travel|area)|\b(serve|cover)\b[^.?]{0,80}\b(rutland|castleton|fair haven|poultney|wells|pawlet)/i,
};
const FUERA_DE_AREA: Check = {
  kind: 'said',
  what: 'fuera del área de servicio',
  pattern:
    /\b(no|fuera|solo|solamente|únicamente)\b.{0,60}\b(servimos|damos servicio|cubrimos|llegamos|trabajamos|área|zona)/i,
};
const CALLBACK_AFTER_HANGUP: Check = {
  kind: 'any_of',
  what: 'a callback for the owner after the caller hung up',
  options: [[{ kind: 'callback', reason: 'PARTIAL_INTAKE' }], [{ kind: 'callback', reason: 'MISSED_CALL' }]],
};

export const HOLDOUT_BATCH_7: Persona[] = [
  // ───────────── Hollow Creek Septic & Well (rural Vermont, America/New_York) ─────────────
  {
    id: 'holdout-b7-septic-alarm-front-loaded',
    kind: 'front-loaded',
    now: '2026-11-10T09:15',
    tenant: SEPTIC,
    caller: {
      phone: '+18025550141',
      language: 'en',
      opening:
        "yeah morning this is gary lundquist that's l u n d q u i s t the alarm on the septic tank's been beeping since last night we're out at 1140 route 4a in castleton and i was hoping you could pump it thursday morning",
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'gary lundquist',
        address: '1140 route 4a castleton',
        problem: 'the septic high water alarm keeps beeping',
        time: 'thursday morning',
      },
    },
    expect: bookedFast(slot('2026-11-12', '07:00', '12:00')),
  },
  {
    id: 'holdout-b7-septic-3am-sewage-floor-drain',
    kind: 'emergency',
    now: '2026-11-18T03:05',
    tenant: SEPTIC,
    caller: {
      phone: '+18025550142',
      language: 'en',
      opening:
        "i'm sorry to call so late but there's brown water coming up out of the floor drain in the basement and it stinks to high heaven it's creeping toward the furnace",
      gives: ['problem'],
      lines: {
        name: 'dale and becky sorrell',
        address: '88 east poultney road in poultney',
        problem: "sewage is backing up through the basement floor drain and it's spreading",
        time: 'as soon as somebody can get here',
        safety: "we're upstairs we're okay just the smell",
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot(['2026-11-18', '2026-11-19'], '00:00', '24:00')),
  },
  {
    id: 'holdout-b7-septic-rural-route-not-wednesday',
    kind: 'time-expression',
    now: '2026-11-16T10:00',
    tenant: SEPTIC,
    caller: {
      phone: '+18025550143',
      language: 'en',
      opening: "hi there we're due to have the tank pumped it's been about three years",
      gives: ['problem'],
      lines: {
        name: 'this is june abernathy',
        address: 'rural route 2 box 317 in wells, the green farmhouse past the grange hall',
        problem: 'just routine septic pumping, a thousand gallon tank',
        time: "any weekday but wednesday, wednesday's my dialysis",
      },
    },
    expect: booked(slot(['2026-11-16', '2026-11-17', '2026-11-19', '2026-11-20'], '07:00', '16:00')),
  },
  {
    id: 'holdout-b7-septic-middlebury-out-of-area',
    kind: 'question',
    now: '2026-11-13T11:20',
    tenant: SEPTIC,
    caller: {
      phone: '+18025550144',
      language: 'en',
      opening: 'hi do you folks pump septic tanks up around middlebury, we have a camp up there',
      gives: ['problem'],
      lines: {
        name: 'ron tibbetts',
        address: '4410 route 7 south in middlebury',
        problem: 'the septic at our camp needs pumping before the snow',
        time: 'next week sometime',
        inArea: "no middlebury's a good hour north of rutland",
        bye: 'okay no problem thanks anyway bye',
      },
    },
    expect: [NO_BOOKING, NOT_OUR_AREA],
  },
  {
    id: 'holdout-b7-septic-just-asking-price',
    kind: 'question',
    now: '2026-11-12T15:10',
    tenant: SEPTIC,
    caller: { phone: '+18025550145', language: 'en' },
    script: [
      "hi don't book anything i'm just asking, how much does it usually run to pump out a thousand gallon tank",
      'okay and do you guys do the drain field inspections too, for a house sale',
      "alright good to know, i'll talk it over with my wife first, thanks bye",
    ],
    expect: [
      NO_BOOKING,
      {
        kind: 'said',
        what: 'the price is set by the technician or depends on the job',
        pattern: /\b(technician|tech|quote|estimate|depends|on site|in person|assess)/i,
      },
      { kind: 'said', what: 'drain field inspections are offered', pattern: /drain field/i },
      CLOSED,
    ],
  },
  {
    id: 'holdout-b7-septic-monday-after-dst-change',
    kind: 'time-expression',
    now: '2026-03-06T15:30',
    tenant: SEPTIC,
    caller: {
      phone: '+18025550146',
      language: 'en',
      opening:
        'hey the pressure tank in the cellar is short cycling, the pump clicks on and off every few seconds',
      gives: ['problem'],
      lines: {
        name: 'marcel gagnon',
        address: '62 north main street fair haven',
        problem: 'the pump clicks on and off every few seconds, probably the pressure tank',
        time: 'monday around eight in the morning',
      },
    },
    expect: booked(slot('2026-03-09', '07:30', '09:00')),
  },
  {
    id: 'holdout-b7-septic-pressure-tank-spraying',
    kind: 'emergency',
    now: '2026-11-11T14:00',
    tenant: SEPTIC,
    caller: {
      phone: '+18025550147',
      language: 'en',
      opening:
        "the fitting on top of the pressure tank just blew off and water's spraying all over the basement, there's two inches on the floor already and it won't quit",
      gives: ['problem'],
      lines: {
        name: 'tammy kowalczyk',
        address: '219 lake bomoseen road castleton',
        problem: 'the pressure tank fitting blew and the basement is flooding',
        time: 'right now please',
        safety: "yeah we're fine, my son's looking for the breaker for the pump",
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot(['2026-11-11', '2026-11-12'], '07:00', '16:00')),
  },
  {
    id: 'holdout-b7-septic-dramatic-dripping-faucet',
    kind: 'cooperative',
    now: '2026-11-12T12:00',
    tenant: SEPTIC,
    caller: {
      phone: '+18025550148',
      language: 'en',
      opening:
        "oh my god it's a disaster over here, the kitchen faucet will not stop dripping, drip drip drip all night long, i'm losing my mind",
      gives: ['problem'],
      lines: {
        name: 'phyllis ouellette',
        address: '15 church street in pawlet',
        problem: 'the kitchen faucet drips constantly',
        time: 'tuesday, any time, i work from home',
      },
    },
    expect: booked(slot('2026-11-17', '07:00', '16:00')),
  },

  // ───────────── North Star Heating & Air (Minneapolis, January) ─────────────
  {
    id: 'holdout-b7-mpls-no-heat-infant-dawn',
    kind: 'emergency',
    now: '2027-01-12T05:40',
    tenant: NORTHSTAR,
    caller: {
      phone: '+16125550151',
      language: 'en',
      opening:
        "hi sorry it's early, the furnace quit sometime overnight, it's fifty two in here and it's minus eighteen outside and we have a three month old",
      gives: ['problem'],
      lines: {
        name: 'kayla brandvold',
        address: '3417 north 41st avenue minneapolis',
        problem: 'the furnace died overnight and the house is at fifty two with a baby',
        time: 'as soon as anyone can',
        safety: "yeah she's bundled up with us by the space heater",
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot(['2027-01-12', '2027-01-13'], '00:00', '24:00')),
  },
  {
    id: 'holdout-b7-mpls-co-alarm-headache',
    kind: 'emergency',
    now: '2027-01-14T16:20',
    tenant: NORTHSTAR,
    caller: {
      phone: '+16125550152',
      language: 'en',
      opening:
        "the carbon monoxide thing in the hallway keeps going off, four beeps and a pause, and my husband's had a headache all afternoon, is that the furnace",
      gives: ['problem'],
      lines: {
        name: 'priya raghunathan',
        address: '5120 france avenue south edina',
        problem: 'the carbon monoxide alarm keeps going off and my husband has a headache',
        time: 'today please',
        safety: "we're out in the driveway now with the dog",
      },
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot(['2027-01-14', '2027-01-15'], '07:00', '18:00')), GET_OUT_CO],
  },
  {
    id: 'holdout-b7-mpls-water-through-light-fixture',
    kind: 'emergency',
    now: '2027-01-19T08:10',
    tenant: NORTHSTAR,
    caller: {
      phone: '+16125550153',
      language: 'en',
      opening:
        "um there's water coming through the light fixture in the kitchen ceiling, right under the upstairs bathroom, i think a pipe froze in the outside wall and let go",
      gives: ['problem'],
      lines: {
        name: 'tom eckstrom',
        address: '1826 west 54th street minneapolis',
        problem: 'a frozen pipe burst and water is coming through the kitchen light',
        time: 'now if possible',
        safety: "we shut the main off, nobody's hurt",
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot(['2027-01-19', '2027-01-20'], '07:00', '18:00')),
  },
  {
    id: 'holdout-b7-mpls-new-years-day-closed',
    kind: 'time-expression',
    now: '2026-12-31T16:45',
    tenant: NORTHSTAR,
    caller: {
      phone: '+16125550154',
      language: 'en',
      opening: "hey the whole-house humidifier isn't putting out anything, my nose is bleeding every morning",
      gives: ['problem'],
      lines: {
        name: 'greg wojcik',
        address: '7240 york avenue south, unit 312, edina',
        problem: "the humidifier on the furnace isn't putting out any moisture",
        time: "tomorrow if you're open, if not whatever's next",
      },
    },
    expect: booked(slot(['2027-01-02', '2027-01-04'], '07:00', '18:00')),
  },
  {
    id: 'holdout-b7-mpls-reschedule-not-this-week-next',
    kind: 'reschedule',
    now: '2027-01-18T12:00',
    tenant: NORTHSTAR,
    seed: {
      customer: { name: 'Nils Halvorsen', address: '2290 como avenue st. paul' },
      appointments: [
        { start: '2027-01-21T09:00', service_type: 'Boiler service', description: 'annual boiler service' },
      ],
    },
    caller: {
      phone: '+16125550155',
      language: 'en',
      opening:
        "hi it's nils halvorsen, i've got you folks coming thursday for the boiler, i need to push it, not this week, next, same time",
      gives: ['name', 'problem', 'time'],
      lines: {
        name: 'nils halvorsen',
        address: '2290 como avenue st. paul',
        time: 'thursday the 28th, nine like before',
      },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2027-01-28', '08:00', '10:00') }],
  },
  {
    id: 'holdout-b7-mpls-asks-for-dale-after-shift',
    kind: 'time-expression',
    now: '2027-01-25T10:00',
    tenant: NORTHSTAR,
    caller: {
      phone: '+16125550156',
      language: 'en',
      opening:
        "hi could you send dale out again, he did our furnace last winter, it's making that same rattling noise when the blower starts",
      gives: ['problem'],
      lines: {
        name: 'ingrid solberg, s o l b e r g',
        address: '6608 penn avenue south richfield',
        problem: 'the furnace blower rattles when it starts, dale fixed it last year',
        time: 'wednesday after my shift ends at three',
      },
    },
    expect: booked(slot('2027-01-27', '15:00', '18:00')),
  },
  {
    id: 'holdout-b7-mpls-two-phone-numbers',
    kind: 'cooperative',
    now: '2027-01-26T13:00',
    tenant: NORTHSTAR,
    caller: {
      phone: '+16125550157',
      language: 'en',
      opening: 'hi the vents in the basement smell musty whenever the heat comes on, can someone take a look',
      gives: ['problem'],
      lines: {
        name: 'abdi warsame',
        address: '2935 cedar avenue minneapolis',
        problem: 'musty smell out of the basement vents when the heat runs',
        time: 'first thing tomorrow',
        phone:
          "my cell is six one two five five five zero one five seven but if i don't pick up try work six five one five five five zero one nine nine",
      },
    },
    expect: booked(slot('2027-01-27', '07:00', '09:00')),
  },
  {
    id: 'holdout-b7-mpls-open-sunday-then-monday',
    kind: 'time-expression',
    now: '2027-01-22T17:20',
    tenant: NORTHSTAR,
    caller: {
      phone: '+16125550158',
      language: 'en',
      opening:
        'are you guys open sunday? the vents in the upstairs bedrooms whistle like crazy whenever the furnace kicks on',
      gives: ['problem'],
      lines: {
        name: 'cheryl van der berg',
        address: '1411 county road b west roseville',
        problem: 'the upstairs vents whistle loudly when the furnace runs',
        time: 'okay then monday, late morning',
      },
    },
    expect: [
      ...booked(slot('2027-01-25', '10:00', '12:00')),
      {
        kind: 'said',
        what: 'closed on Sunday',
        pattern:
          /\b(closed|not open|aren't open|don't (work|open|have))\b.{0,60}\bsundays?\b|\bsundays?\b.{0,60}\b(closed|not open|aren't open)\b/i,
      },
    ],
  },
  {
    id: 'holdout-b7-mpls-sorry-i-meant-thursday',
    kind: 'correction',
    now: '2027-01-11T09:00',
    tenant: NORTHSTAR,
    caller: {
      phone: '+16125550159',
      language: 'en',
      opening: 'hi i need someone to look at our boiler, the radiators upstairs only get lukewarm',
      gives: ['problem'],
      lines: {
        name: 'frank delvecchio',
        address: '874 grand avenue st. paul',
        problem: 'upstairs radiators only get lukewarm',
        time: 'tuesday morning',
      },
      corrections: [
        {
          after: 'time',
          say: "sorry i meant thursday, thursday morning, tuesday i'm at work",
          afterwards: { time: 'thursday morning' },
        },
      ],
    },
    expect: booked(slot('2027-01-14', '07:00', '12:00')),
  },
  {
    id: 'holdout-b7-mpls-cancel-humidifier-keep-furnace',
    kind: 'cancel',
    now: '2027-01-18T08:30',
    tenant: NORTHSTAR,
    seed: {
      customer: { name: 'Lorraine Pietsch', address: '4012 east 50th street minneapolis' },
      appointments: [
        {
          start: '2027-01-20T09:00',
          service_type: 'Humidifier repair',
          description: 'humidifier not working',
        },
        { start: '2027-01-22T13:00', service_type: 'Furnace repair', description: 'furnace short cycling' },
      ],
    },
    caller: {
      phone: '+16125550160',
      language: 'en',
      opening:
        'hi this is lorraine pietsch, i need to cancel the humidifier appointment on wednesday, my son-in-law fixed it, but keep the friday furnace one',
      gives: ['name', 'problem'],
      lines: {
        name: 'lorraine pietsch',
        address: '4012 east 50th street minneapolis',
        reason: 'my son-in-law fixed the humidifier',
        yes: 'yes cancel that one please',
      },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, { kind: 'unchanged', seed: 1 }, NO_BOOKING],
  },
  {
    id: 'holdout-b7-mpls-es-gas-near-meter',
    kind: 'emergency',
    now: '2027-01-20T11:00',
    tenant: NORTHSTAR,
    caller: {
      phone: '+16125550161',
      language: 'es',
      opening:
        'hola buenos días, disculpe, huele a gas afuera junto al medidor y también un poquito en el sótano, ¿qué hago?',
      gives: ['problem'],
      lines: {
        name: 'me llamo esperanza quispe',
        address: 'vivo en el 3020 de la avenida bloomington en minneapolis',
        problem: 'huele a gas junto al medidor y en el sótano',
        time: 'lo más pronto posible',
        safety: 'sí ya salimos todos, estamos en la banqueta',
        yes: 'sí por favor',
        no: 'no gracias',
      },
      wantsTransfer: true,
    },
    expect: [
      ...GAS_ADVICE_ES,
      ...emergencyHandled(slot(['2027-01-20', '2027-01-21'], '07:00', '18:00')),
      SPANISH,
    ],
  },

  // ───────────── Lone Star Wiring Co. (San Antonio, July heat wave) ─────────────
  {
    id: 'holdout-b7-tx-breaker-box-buzzing-warm',
    kind: 'emergency',
    now: '2027-07-19T13:10',
    tenant: LONESTAR,
    caller: {
      phone: '+12105550171',
      language: 'en',
      opening:
        "yeah the breaker box in the garage is buzzing real loud and it's warm to the touch, and the ac breaker keeps tripping, it's a hundred and six out",
      gives: ['problem'],
      lines: {
        name: 'wade pruitt',
        address: '9315 wurzbach road san antonio',
        problem: 'the panel is buzzing and warm and the ac breaker keeps tripping',
        time: 'today',
        safety: 'yeah i got everybody in the front of the house away from the garage',
      },
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot(['2027-07-19', '2027-07-20'], '07:00', '15:00')), DONT_TOUCH],
  },
  {
    id: 'holdout-b7-tx-can-someone-come-today-heat',
    kind: 'time-expression',
    now: '2027-07-20T08:30',
    tenant: LONESTAR,
    caller: {
      phone: '+12105550172',
      language: 'en',
      opening:
        "can somebody come out today? the outlet for the window unit in my mama's room went dead and it's supposed to hit a hundred and four",
      gives: ['problem', 'time'],
      lines: {
        name: 'darnell hutchins',
        address: '418 rayburn drive in alamo heights',
        problem: 'the outlet for the window air conditioner is dead',
        time: 'today, the sooner the better',
      },
      accepts: slot('2027-07-20', '08:30', '15:00'),
    },
    expect: [
      {
        kind: 'any_of',
        what: 'booked today (flagged urgent or not)',
        options: [
          [{ kind: 'booked', window: slot('2027-07-20', '08:30', '15:00') }],
          [{ kind: 'booked', window: slot('2027-07-20', '08:30', '15:00'), emergency: true }],
        ],
      },
      { kind: 'confirmation_sms' },
    ],
  },
  {
    id: 'holdout-b7-tx-ceiling-fans-front-loaded',
    kind: 'front-loaded',
    now: '2027-07-21T18:30',
    tenant: LONESTAR,
    caller: {
      phone: '+12105550173',
      language: 'en',
      opening:
        "hey y'all this is bubba, well robert tate, i need two ceiling fans hung in the back bedrooms at 2207 west woodlawn avenue in san antonio, saturday morning if you got it",
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'robert tate',
        address: '2207 west woodlawn avenue san antonio',
        problem: 'install two ceiling fans in the back bedrooms',
        time: 'saturday morning',
      },
    },
    expect: bookedFast(slot('2027-07-24', '07:00', '11:00')),
  },
  {
    id: 'holdout-b7-tx-holiday-monday-closed',
    kind: 'time-expression',
    now: '2027-07-01T10:00',
    tenant: LONESTAR,
    caller: {
      phone: '+12105550174',
      language: 'en',
      opening: 'hi the light switch in my hallway gets hot and sometimes the lights flicker when i flip it',
      gives: ['problem'],
      lines: {
        name: 'lupita garza',
        address: '7707 bandera road in leon valley',
        problem: 'the hallway switch gets warm and the lights flicker',
        time: 'monday morning, the fifth',
      },
    },
    expect: booked(slot('2027-07-06', '07:00', '12:00')),
  },
  {
    id: 'holdout-b7-tx-es-spanglish-ev-charger',
    kind: 'spanish',
    now: '2027-07-12T11:00',
    tenant: LONESTAR,
    caller: {
      phone: '+12105550175',
      language: 'es',
      opening:
        'hola buenas, quiero que me instalen un charger para mi carro eléctrico en el garage, ¿ustedes hacen eso?',
      gives: ['problem'],
      lines: {
        name: 'soy rogelio benavides',
        address: 'en el 1302 de la calle east commerce en san antonio',
        problem: 'instalar un cargador para el carro eléctrico en la cochera',
        time: 'el jueves en la mañanita',
        yes: 'sí perfecto',
        no: 'no, ese no',
      },
    },
    expect: [...booked(slot('2027-07-15', '07:00', '12:00')), SPANISH],
  },
  {
    id: 'holdout-b7-tx-es-chispas-enchufe-noche',
    kind: 'emergency',
    now: '2027-07-17T21:30',
    tenant: LONESTAR,
    caller: {
      phone: '+12105550176',
      language: 'es',
      opening: 'oiga, le están saliendo chispas al enchufe de la cocina y huele a quemado, ¿qué hago?',
      gives: ['problem'],
      lines: {
        name: 'marisol treviño',
        address: 'vivo en el 640 de la calle south zarzamora en san antonio',
        problem: 'chispas y olor a quemado en el enchufe de la cocina',
        time: 'lo antes posible',
        safety: 'sí estamos bien, no hemos tocado nada',
        yes: 'sí por favor',
      },
    },
    expect: [...emergencyHandled(slot(['2027-07-19', '2027-07-20'], '07:00', '15:00')), NO_TOCAR, SPANISH],
  },
  {
    id: 'holdout-b7-tx-solar-panels-not-offered',
    kind: 'question',
    now: '2027-07-14T09:30',
    tenant: LONESTAR,
    caller: { phone: '+12105550177', language: 'en' },
    script: [
      "hi quick question do y'all install solar panels on the roof",
      "okay gotcha, that's all i needed, thank you",
    ],
    expect: [
      NO_BOOKING,
      {
        kind: 'said',
        what: 'solar panels are not offered',
        pattern: /\b(don't|do not|doesn't|not|no)\b.{0,60}\b(solar|offer|provide|do that|install)/i,
      },
    ],
  },
  {
    id: 'holdout-b7-tx-cancel-fan-book-tuesday',
    kind: 'reschedule',
    now: '2027-07-19T16:00',
    tenant: LONESTAR,
    seed: {
      customer: { name: 'Cody Ashworth', address: '2519 nacogdoches road san antonio' },
      appointments: [
        {
          start: '2027-07-22T09:00',
          service_type: 'Ceiling fan installation',
          description: 'living room ceiling fan',
        },
      ],
    },
    caller: {
      phone: '+12105550178',
      language: 'en',
      opening:
        "hey it's cody ashworth, cancel my thursday fan install and put me down for the following tuesday afternoon instead, like one o'clock",
      gives: ['name', 'problem', 'time'],
      lines: {
        name: 'cody ashworth',
        address: '2519 nacogdoches road san antonio',
        time: 'tuesday the 27th around one',
      },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2027-07-27', '12:00', '15:00') }],
  },
  {
    id: 'holdout-b7-tx-melted-outlet-smoking',
    kind: 'emergency',
    now: '2027-07-23T14:10',
    tenant: LONESTAR,
    caller: {
      phone: '+12105550179',
      language: 'en',
      opening:
        "the outlet behind the fridge is black and kinda melted and there's a little smoke coming off it, i smell plastic",
      gives: ['problem'],
      lines: {
        name: 'sharon mcbride',
        address: '11 oak hollow lane in helotes',
        problem: 'melted smoking outlet behind the refrigerator',
        time: 'right away',
        safety: "we're standing outside on the porch, nobody touched it",
      },
      wantsTransfer: true,
    },
    expect: [
      ...emergencyHandled(slot(['2027-07-23', '2027-07-24'], '07:00', '15:00')),
      { kind: 'said', what: 'call 911 if there is smoke or fire', pattern: /\b911\b/ },
    ],
  },
  {
    id: 'holdout-b7-tx-wants-owner-on-sunday',
    kind: 'human',
    now: '2027-07-18T13:00',
    tenant: LONESTAR,
    caller: { phone: '+12105550180', language: 'en' },
    script: [
      "can i talk to rosa the owner, i don't want to do this with a machine",
      "it's about the panel upgrade quote she sent me, i got questions about the permit",
      'yeah have her call me back at this number please',
      'thanks bye',
    ],
    expect: [{ kind: 'callback', reason: 'HANDOFF' }, { kind: 'no_transfer' }, NO_BOOKING],
  },
  {
    id: 'holdout-b7-tx-too-early-after-lunch',
    kind: 'correction',
    now: '2027-07-13T09:00',
    tenant: LONESTAR,
    caller: {
      phone: '+12105550181',
      language: 'en',
      opening: 'hi i want a surge protector put on the whole house, we lost a tv in the last storm',
      gives: ['problem'],
      lines: {
        name: 'alma del toro',
        address: '3810 pleasanton road san antonio',
        problem: 'whole house surge protection',
        time: 'tomorrow',
      },
      corrections: [
        {
          after: 'offer',
          say: "that's too early for me, anything after lunch the same day?",
          afterwards: { time: 'tomorrow after lunch' },
        },
      ],
    },
    expect: booked(slot('2027-07-14', '12:00', '15:00')),
  },

  // ───────────── Plomería Quisqueya (Bronx, Spanish-first) ─────────────
  {
    id: 'holdout-b7-bx-landlord-unit-4b-pluma',
    kind: 'spanish',
    now: '2026-12-09T10:00',
    tenant: QUISQUEYA,
    caller: {
      phone: '+17185550201',
      language: 'es',
      opening:
        'buenos días, le llamo por un inquilino mío, en el apartamento 4B, la pluma del baño está goteando y se está manchando la bañera',
      gives: ['problem'],
      lines: {
        name: 'soy el dueño del edificio, héctor rivera, rivera con v',
        address: 'el edificio es el 1520 de la grand concourse, apartamento 4B, en el bronx',
        problem: 'la pluma del baño del 4B gotea sin parar',
        time: 'mañana por la tarde, la inquilina está después de las doce',
      },
    },
    expect: [...booked(slot('2026-12-10', '12:00', '18:00'), { addressIncludes: '1520' }), SPANISH_TENANT],
  },
  {
    id: 'holdout-b7-bx-huevo-podrido-estufa',
    kind: 'emergency',
    now: '2026-12-10T14:00',
    tenant: QUISQUEYA,
    caller: {
      phone: '+17185550202',
      language: 'es',
      opening: 'mire, huele como a huevo podrido cerca de la estufa y no se quita aunque abrí la ventana',
      gives: ['problem'],
      lines: {
        name: 'nilda santiago',
        address: 'en el 655 de la avenida morris, apartamento 2F',
        problem: 'olor a huevo podrido en la cocina junto a la estufa',
        time: 'ahora mismo si se puede',
        safety: 'sí ya bajé con los nenes, estamos en la acera',
      },
      wantsTransfer: true,
    },
    expect: [
      ...GAS_ADVICE_ES,
      ...emergencyHandled(slot(['2026-12-10', '2026-12-11'], '08:00', '18:00')),
      SPANISH_TENANT,
    ],
  },
  {
    id: 'holdout-b7-bx-dominicana-front-loaded',
    kind: 'front-loaded',
    now: '2026-12-08T09:00',
    tenant: QUISQUEYA,
    caller: {
      phone: '+17185550203',
      language: 'es',
      opening:
        'buenas, mi nombre es yokasta peralta, el calentador de agua no está calentando nada, vivo en el 2250 de la avenida university apartamento 3C en el bronx, y quisiera que vinieran el viernes temprano',
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'yokasta peralta',
        address: '2250 avenida university apartamento 3C bronx',
        problem: 'el calentador no calienta',
        time: 'el viernes temprano',
      },
    },
    expect: [...bookedFast(slot('2026-12-11', '08:00', '11:00')), SPANISH_TENANT],
  },
  {
    id: 'holdout-b7-bx-direccion-en-palabras',
    kind: 'spanish',
    now: '2026-12-10T16:00',
    tenant: QUISQUEYA,
    caller: {
      phone: '+17185550204',
      language: 'es',
      opening: 'hola, el fregadero de la cocina está tapado, el agua no baja para nada',
      gives: ['problem'],
      lines: {
        name: 'wilfredo batista',
        address: 'vivo en el dos mil ciento diez de la calle ciento ochenta y tres oeste, en el bronx',
        problem: 'el fregadero está tapado',
        time: 'el lunes a las diez',
      },
    },
    expect: [...booked(slot('2026-12-14', '09:30', '11:00')), SPANISH_TENANT],
  },
  {
    id: 'holdout-b7-bx-cancelar-martes-poner-jueves',
    kind: 'reschedule',
    now: '2026-12-11T11:00',
    tenant: QUISQUEYA,
    seed: {
      customer: { name: 'Altagracia Mejía', address: '1035 southern boulevard bronx' },
      appointments: [
        { start: '2026-12-15T10:00', service_type: 'Destape de tuberías', description: 'bañera tapada' },
      ],
    },
    caller: {
      phone: '+17185550205',
      language: 'es',
      opening:
        'hola, habla altagracia mejía, quiero cancelar la cita del martes y ponerla mejor para el jueves en la tarde',
      gives: ['name', 'problem', 'time'],
      lines: {
        name: 'altagracia mejía',
        address: '1035 southern boulevard en el bronx',
        time: 'el jueves en la tarde',
        yes: 'sí, así mismo',
      },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-12-17', '12:00', '18:00') }, SPANISH_TENANT],
  },
  {
    id: 'holdout-b7-bx-silencio-buzon',
    kind: 'silence',
    now: '2026-12-12T15:00',
    tenant: QUISQUEYA,
    caller: { phone: '+17185550206', language: 'es' },
    script: ['', '', ''],
    expect: [{ kind: 'voicemail' }, { kind: 'callback', reason: 'VOICEMAIL' }],
  },
  {
    id: 'holdout-b7-bx-navidad-solo-pregunta',
    kind: 'question',
    now: '2026-12-21T12:00',
    tenant: QUISQUEYA,
    caller: { phone: '+17185550207', language: 'es' },
    script: [
      '¿ustedes trabajan el día de navidad? no me haga cita, es nada más una pregunta',
      'ah ok, ¿y el sábado 26 sí abren?',
      'perfecto, gracias, después llamo, adiós',
    ],
    expect: [
      NO_BOOKING,
      {
        kind: 'said',
        what: 'cerrado el 25',
        pattern: /\b(cerrad[oa]s?|no (abrimos|trabajamos|estamos|atendemos))\b/i,
      },
      SPANISH_TENANT,
    ],
  },
  {
    id: 'holdout-b7-bx-mumbling-inodoro',
    kind: 'spanish',
    now: '2026-12-14T09:00',
    tenant: QUISQUEYA,
    caller: {
      phone: '+17185550208',
      language: 'es',
      opening: 'eh... sí... es que el... el inodoro... se tapó otra vez... ¿me oye?',
      gives: ['problem'],
      lines: {
        name: 'eh... fausto... fausto liriano',
        address: 'en la... la 175 oeste... el 560... apartamento 5... 5D',
        problem: 'el inodoro se tapa a cada rato',
        time: 'cuando puedan esta semana',
      },
    },
    expect: [
      ...booked(
        slot(
          ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18', '2026-12-19'],
          '08:00',
          '18:00',
        ),
      ),
      SPANISH_TENANT,
    ],
  },
  {
    id: 'holdout-b7-bx-pregunta-con-pregunta',
    kind: 'spanish',
    now: '2026-12-16T10:00',
    tenant: QUISQUEYA,
    caller: {
      phone: '+17185550209',
      language: 'es',
      opening: '¿ustedes arreglan calderas? la calefacción hace un ruido como de golpes en los tubos',
      gives: ['problem'],
      lines: {
        name: '¿y para qué necesita mi nombre? bueno está bien, ramón de jesús',
        address: '¿la dirección de la casa o del trabajo? la de la casa, 3340 de la avenida bailey',
        problem: 'los tubos de la calefacción dan golpes',
        time: '¿el miércoles que viene se puede? el 23 por la mañana',
      },
    },
    expect: [...booked(slot('2026-12-23', '08:00', '12:00')), SPANISH_TENANT],
  },
  {
    id: 'holdout-b7-bx-sin-calefaccion-bebe-sabado-noche',
    kind: 'emergency',
    now: '2026-12-19T22:00',
    tenant: QUISQUEYA,
    caller: {
      phone: '+17185550210',
      language: 'es',
      opening:
        'no hay calefacción, la caldera se apagó y no prende, tengo a mi bebé de dos meses y hace un frío tremendo en el apartamento',
      gives: ['problem'],
      lines: {
        name: 'keila ventura',
        address: '1180 de la avenida walton, apartamento 6A, bronx',
        problem: 'la caldera se apagó, no hay calefacción y tengo una bebé',
        time: 'lo más pronto que puedan',
        safety: 'sí, la tengo envuelta en frisas',
      },
      wantsTransfer: true,
    },
    expect: [
      ...emergencyHandled(slot(['2026-12-19', '2026-12-20', '2026-12-21'], '00:00', '24:00')),
      SPANISH_TENANT,
    ],
  },

  // ───────────── Aire y Plomería Caribe (Miami, Spanish-first) ─────────────
  {
    id: 'holdout-b7-mia-aire-botando-agua',
    kind: 'spanish',
    now: '2026-11-19T10:00',
    tenant: CARIBE,
    caller: {
      phone: '+13055550221',
      language: 'es',
      opening: 'oye mi vida, el aire acondicionado está botando agua por dentro de la casa, por la pared',
      gives: ['problem'],
      lines: {
        name: 'mercedes olazábal',
        address: 'en la 4520 del noroeste de la calle 7, en miami',
        problem: 'el aire bota agua por la pared',
        time: 'el lunes después del almuerzo',
      },
    },
    expect: [...booked(slot('2026-11-23', '12:00', '17:00')), SPANISH_TENANT],
  },
  {
    id: 'holdout-b7-mia-tubo-reventado-cocina',
    kind: 'emergency',
    now: '2026-11-21T11:30',
    tenant: CARIBE,
    caller: {
      phone: '+13055550222',
      language: 'es',
      opening:
        'se reventó un tubo debajo del fregadero y hay agua por toda la cocina, ya está llegando a la sala, ¡ayúdeme!',
      gives: ['problem'],
      lines: {
        name: 'orlando piñeiro',
        address: 'en el 1290 oeste de la calle 29 en hialeah',
        problem: 'se reventó el tubo del fregadero y se inunda la cocina',
        time: 'ahorita mismo',
        safety: 'sí todos bien, cerré la llave de afuera',
      },
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot(['2026-11-21', '2026-11-23'], '08:00', '17:00')), SPANISH_TENANT],
  },
  {
    id: 'holdout-b7-mia-pila-gotea-dramatica',
    kind: 'spanish',
    now: '2026-11-20T15:00',
    tenant: CARIBE,
    caller: {
      phone: '+13055550223',
      language: 'es',
      opening:
        '¡ay dios mío! la pila del baño no para de gotear, toda la noche tic tic tic, me voy a volver loca, ¡esto es una emergencia!',
      gives: ['problem'],
      lines: {
        name: 'caridad fuentes',
        address: 'en el 8840 de la calle suroeste 40, westchester',
        problem: 'la pila del lavamanos gotea',
        time: 'el martes por la mañana',
      },
    },
    expect: [...booked(slot('2026-11-24', '08:00', '12:00')), SPANISH_TENANT],
  },
  {
    id: 'holdout-b7-mia-muy-temprano-despues-almuerzo',
    kind: 'correction',
    now: '2026-11-16T09:00',
    tenant: CARIBE,
    caller: {
      phone: '+13055550224',
      language: 'es',
      opening: 'buenos días, el calentador de agua tiene un salidero por abajo',
      gives: ['problem'],
      lines: {
        name: 'raúl echemendía',
        address: 'en el 7300 de la avenida 36 del noroeste en doral',
        problem: 'el calentador tiene un salidero abajo',
        time: 'mañana',
      },
      corrections: [
        {
          after: 'offer',
          say: 'eso es muy temprano para mí, ¿no tiene algo después del almuerzo el mismo día?',
          afterwards: { time: 'mañana después del almuerzo' },
        },
      ],
    },
    expect: [...booked(slot('2026-11-17', '12:00', '17:00')), SPANISH_TENANT],
  },
  {
    id: 'holdout-b7-mia-homestead-fuera-de-area',
    kind: 'question',
    now: '2026-11-18T10:00',
    tenant: CARIBE,
    caller: {
      phone: '+13055550225',
      language: 'es',
      opening: 'hola, quiero que me revisen el calentador de agua, vivo en homestead',
      gives: ['problem'],
      lines: {
        name: 'dayana ferrer',
        address: 'en el 300 de la calle krome en homestead',
        problem: 'el calentador no calienta bien',
        time: 'esta semana',
        inArea: 'no, homestead queda más al sur, como a una hora de miami',
        bye: 'bueno, gracias de todas formas, adiós',
      },
    },
    expect: [NO_BOOKING, FUERA_DE_AREA, SPANISH_TENANT],
  },
  {
    id: 'holdout-b7-mia-quiere-hablar-con-la-duena',
    kind: 'human',
    now: '2026-11-18T19:30',
    tenant: { ...CARIBE, business_hours: ALWAYS_OPEN },
    caller: { phone: '+13055550226', language: 'es' },
    script: [
      'quisiera hablar con la dueña, con yamilé, por favor',
      'es sobre una factura que me cobraron dos veces, prefiero hablar con una persona',
      'sí, comuníqueme con ella por favor',
    ],
    expect: [{ kind: 'transfer' }, SPANISH_TENANT],
  },

  // ───────────── Westside Pipe & Fix (Los Angeles) ─────────────
  {
    id: 'holdout-b7-la-two-questions-at-once',
    kind: 'question',
    now: '2026-12-07T12:00',
    tenant: WESTSIDE,
    caller: { phone: '+13105550231', language: 'en' },
    script: [
      'hey two quick things, do you guys do garbage disposals, and are you open on saturdays',
      'cool what hours on saturday',
      "okay perfect, i'll call back when i know my schedule, thanks",
    ],
    expect: [
      NO_BOOKING,
      { kind: 'said', what: 'garbage disposals are offered', pattern: /disposal/i },
      {
        kind: 'said',
        what: 'Saturday 9 to 5',
        pattern: /(\b9\b|9:00|nine).{0,60}(\b5\b|5:00|five|17:00)/i,
      },
    ],
  },
  {
    id: 'holdout-b7-la-changes-mind-monday',
    kind: 'correction',
    now: '2026-12-02T10:00',
    tenant: WESTSIDE,
    caller: {
      phone: '+13105550232',
      language: 'en',
      opening: "hi i want a new kitchen faucet put in, i already bought it, it's sitting in the box",
      gives: ['problem'],
      lines: {
        name: 'jasmine okonkwo-reyes',
        address: '3921 jasmine avenue, culver city',
        problem: 'install a kitchen faucet i already bought',
        time: 'saturday morning',
      },
      corrections: [
        {
          after: 'time',
          say: "actually no, saturday's my kid's soccer game, make it monday afternoon",
          afterwards: { time: 'monday afternoon' },
        },
      ],
    },
    expect: booked(slot('2026-12-07', '12:00', '17:00')),
  },
  {
    id: 'holdout-b7-la-landlord-tenant-unit-6',
    kind: 'cooperative',
    now: '2026-12-08T11:00',
    tenant: WESTSIDE,
    caller: {
      phone: '+13105550233',
      language: 'en',
      opening:
        "hi i'm calling for my tenant, she says the water heater in unit 6 is making a loud banging noise every time it heats up",
      gives: ['problem'],
      lines: {
        name: "marsha kleinfeld, i own the building, the tenant's name is ana",
        address: '11820 venice boulevard unit 6, los angeles',
        problem: 'the water heater in unit 6 bangs when it heats',
        time: "she's home after two any day this week",
      },
    },
    expect: booked(
      slot(['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12'], '14:00', '17:00'),
      { addressIncludes: '11820' },
    ),
  },
  {
    id: 'holdout-b7-la-front-loaded-house-number-fix',
    kind: 'front-loaded',
    now: '2026-12-09T14:00',
    tenant: WESTSIDE,
    caller: {
      phone: '+13105550234',
      language: 'en',
      opening:
        "hi this is devon okafor at four eighteen, sorry, eight fourteen north la brea avenue in inglewood, the kitchen drain's backing up into the other sink, tomorrow morning if possible",
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'devon okafor',
        address: '814 north la brea avenue inglewood',
        problem: 'the kitchen drain backs up into the other sink',
        time: 'tomorrow morning',
      },
    },
    expect: [
      ...booked(slot('2026-12-10', '09:00', '12:00'), { addressIncludes: '814' }),
      { kind: 'no_reask' },
      // One read-back of the corrected number is fair: one turn more than a plain front-loaded call.
      { kind: 'max_turns', turns: 4 },
    ],
  },
  {
    id: 'holdout-b7-la-house-number-flipped',
    kind: 'correction',
    now: '2026-12-10T10:00',
    tenant: WESTSIDE,
    caller: {
      phone: '+13105550235',
      language: 'en',
      opening: 'hi my toilet runs all night, like every twenty minutes it fills back up',
      gives: ['problem'],
      lines: {
        name: 'gwen halloran',
        address: '1620 pico boulevard santa monica',
        problem: 'the toilet keeps refilling every twenty minutes',
        time: 'friday, anytime',
      },
      corrections: [
        {
          after: 'address',
          say: "wait sorry, it's 1260 not 1620, i always flip those, 1260 pico boulevard",
          afterwards: { address: '1260 pico boulevard santa monica' },
        },
      ],
    },
    expect: booked(slot('2026-12-11', '09:00', '17:00'), { addressIncludes: '1260' }),
  },
  {
    id: 'holdout-b7-la-water-up-through-carpet',
    kind: 'emergency',
    now: '2026-12-12T16:40',
    tenant: WESTSIDE,
    caller: {
      phone: '+13105550236',
      language: 'en',
      opening:
        "okay so i've been hearing water running under the floor with everything off, and now there's water coming up through the hallway carpet, it's soaked and spreading",
      gives: ['problem'],
      lines: {
        name: 'ken nakamura',
        address: '4410 inglewood boulevard, los angeles',
        problem: 'water is coming up through the hallway carpet from under the slab',
        time: 'whenever soonest',
        safety: "we're fine, i just don't know where the shutoff is",
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot(['2026-12-12', '2026-12-14'], '09:00', '17:00')),
  },
  {
    id: 'holdout-b7-la-today-just-before-closing',
    kind: 'time-expression',
    now: '2026-12-11T16:50',
    tenant: WESTSIDE,
    caller: {
      phone: '+13105550237',
      language: 'en',
      opening: "hey can anybody come today? my garbage disposal just hums and won't spin",
      gives: ['problem', 'time'],
      lines: {
        name: 'luis ochoa',
        address: '5102 west slauson avenue los angeles',
        problem: 'the garbage disposal hums but does not spin',
        time: 'today if you can, otherwise tomorrow whenever',
      },
    },
    expect: booked(slot('2026-12-12', '09:00', '17:00')),
  },
  {
    id: 'holdout-b7-la-es-excusado-regadera',
    kind: 'spanish',
    now: '2026-12-09T18:30',
    tenant: WESTSIDE,
    caller: {
      phone: '+13105550238',
      language: 'es',
      opening: 'buenas tardes, ¿hablan español? se tapó el excusado y el drenaje de la regadera también',
      gives: ['problem'],
      lines: {
        name: 'me llamo abigail sandoval',
        address: 'en el 2716 de la calle east cesar chavez, en los ángeles',
        problem: 'el excusado y la regadera están tapados',
        time: 'el sábado temprano',
      },
    },
    expect: [...booked(slot('2026-12-12', '09:00', '11:00')), SPANISH],
  },
  {
    id: 'holdout-b7-la-hangs-up-early',
    kind: 'silence',
    now: '2026-12-14T11:00',
    tenant: WESTSIDE,
    caller: { phone: '+13105550239', language: 'en' },
    script: [
      "yeah hi uh my water heater's been making this, oh shoot hang on, sorry i gotta run, i'll call you guys back",
    ],
    expect: [NO_BOOKING, { kind: 'no_transfer' }, CALLBACK_AFTER_HANGUP],
  },
  {
    id: 'holdout-b7-la-es-aguas-negras-tina',
    kind: 'emergency',
    now: '2026-12-10T08:15',
    tenant: WESTSIDE,
    caller: {
      phone: '+13105550240',
      language: 'es',
      opening:
        'oiga, el agua del excusado está saliendo por la tina, agua negra, huele horrible y ya se está saliendo al pasillo',
      gives: ['problem'],
      lines: {
        name: 'teodoro villalobos',
        address: 'en el 1847 de la calle west 84, en los ángeles',
        problem: 'aguas negras saliendo por la tina',
        time: 'lo más pronto posible',
        safety: 'sí estamos bien, ya no usamos nada de agua',
      },
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot(['2026-12-10', '2026-12-11'], '09:00', '17:00')), SPANISH],
  },
  {
    id: 'holdout-b7-la-rambler-the-14th',
    kind: 'time-expression',
    now: '2026-12-03T09:00',
    tenant: WESTSIDE,
    caller: {
      phone: '+13105550241',
      language: 'en',
      opening:
        "hi yes so, long story, my sister-in-law's staying with us for the holidays and the guest shower, the one in the back, it barely drips out, like no pressure at all, and i figured maybe it's the head but i changed it and nope",
      gives: ['problem'],
      lines: {
        name: "bernadette quaile, that's q u a i l e",
        address: '2238 ocean park boulevard in santa monica',
        problem: 'the guest shower has almost no water pressure even with a new head',
        time: 'the 14th, in the afternoon, before she lands',
      },
    },
    expect: booked(slot('2026-12-14', '12:00', '17:00')),
  },

  // ───────────── Desert Sun Plumbing & Electric (Phoenix, no DST, split shifts) ─────────────
  {
    id: 'holdout-b7-phx-around-noon-split-shift',
    kind: 'time-expression',
    now: '2026-12-15T10:30',
    tenant: DESERTSUN,
    caller: {
      phone: '+16025550251',
      language: 'en',
      opening: 'hi the water softener is beeping and showing an error code, e four i think',
      gives: ['problem'],
      lines: {
        name: 'trish bergstrom',
        address: '1725 east guadalupe road in tempe',
        problem: 'the water softener shows error e4 and beeps',
        time: 'tomorrow around noon',
      },
    },
    expect: booked(slot('2026-12-16', '09:00', '16:00')),
  },
  {
    id: 'holdout-b7-phx-christmas-eve-closed',
    kind: 'time-expression',
    now: '2026-12-22T18:00',
    tenant: DESERTSUN,
    caller: {
      phone: '+16025550252',
      language: 'en',
      opening:
        'hi the ceiling fan in the living room wobbles like crazy and clicks, i want it rehung before the family comes',
      gives: ['problem'],
      lines: {
        name: 'howard nez',
        address: '3302 west thunderbird road phoenix',
        problem: 'wobbling clicking ceiling fan needs rehanging',
        time: 'thursday the 24th in the morning',
      },
    },
    expect: booked(slot(['2026-12-26', '2026-12-28'], '06:00', '11:00')),
  },
  {
    id: 'holdout-b7-phx-3am-rotten-egg-water-heater',
    kind: 'emergency',
    now: '2026-12-17T03:00',
    tenant: DESERTSUN,
    caller: {
      phone: '+16025550253',
      language: 'en',
      opening:
        'sorry for calling at three in the morning, it smells like rotten eggs in the closet where the water heater is, really strong',
      gives: ['problem'],
      lines: {
        name: 'angela whitehorse',
        address: '2140 north scottsdale road, apartment 208, scottsdale',
        problem: 'strong rotten egg smell by the gas water heater',
        time: 'as early as you can',
        safety: "we're outside in the car now",
      },
      wantsTransfer: true,
    },
    expect: [...GAS_ADVICE, ...emergencyHandled(slot(['2026-12-17', '2026-12-18'], '00:00', '24:00'))],
  },
  {
    id: 'holdout-b7-phx-christmas-day-are-you-open',
    kind: 'question',
    now: '2026-12-25T10:00',
    tenant: DESERTSUN,
    caller: { phone: '+16025550254', language: 'en' },
    script: [
      "hi are you guys open today? it's nothing urgent",
      'okay when do you open back up',
      "alright i'll call then, thanks, merry christmas",
    ],
    expect: [
      NO_BOOKING,
      { kind: 'said', what: 'closed today', pattern: /\b(closed|not open|aren't open)\b/i },
    ],
  },
  {
    id: 'holdout-b7-phx-after-shift-ends-at-3',
    kind: 'time-expression',
    now: '2026-12-14T07:30',
    tenant: DESERTSUN,
    caller: {
      phone: '+16025550255',
      language: 'en',
      opening: "morning, the garage outlets stopped working and the reset button on the gfci won't push in",
      gives: ['problem'],
      lines: {
        name: 'marcus bell',
        address: '915 south dobson road in mesa',
        problem: "garage outlets dead and the gfci won't reset",
        time: "thursday after my shift ends at 3, i'm home by three thirty",
      },
    },
    expect: booked(slot('2026-12-17', '15:30', '19:00')),
  },
  {
    id: 'holdout-b7-phx-pool-pump-not-offered',
    kind: 'question',
    now: '2026-12-16T09:00',
    tenant: DESERTSUN,
    caller: { phone: '+16025550256', language: 'en' },
    script: [
      "hey can you guys fix a pool pump, it's making a grinding noise",
      "ah okay, no worries, i'll find a pool guy, thanks",
    ],
    expect: [
      NO_BOOKING,
      {
        kind: 'said',
        what: 'pool pumps are not offered',
        pattern: /\b(don't|do not|doesn't|not|no)\b.{0,60}\b(pool|offer|provide|service|do that|work on)/i,
      },
    ],
  },
  {
    id: 'holdout-b7-phx-es-front-loaded-boiler',
    kind: 'front-loaded',
    now: '2026-12-16T16:00',
    tenant: DESERTSUN,
    caller: {
      phone: '+16025550257',
      language: 'es',
      opening:
        'buenas tardes, habla guadalupe ortiz, el boiler está goteando por abajo, vivo en el 3318 de la west mcdowell road en phoenix, ¿podrían venir el lunes a las tres?',
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: 'guadalupe ortiz',
        address: '3318 west mcdowell road phoenix',
        problem: 'el boiler gotea por abajo',
        time: 'el lunes a las tres',
      },
    },
    expect: [...bookedFast(slot('2026-12-21', '15:00', '16:00')), SPANISH],
  },
];
