import {
  booked,
  bookedFast,
  emergencyHandled,
  GAS_ADVICE,
  GAS_ADVICE_ES,
  slot,
} from '../personas/defaults.js';
import type { Check, Persona } from '../types.js';

// Held-out batch 8: sixty callers the assistant has never heard, written blind (without reading the
// engine), for ten trades businesses far from the default Chicago plumber: a Boston triple-decker
// plumber and heating company, a Sarasota pool-and-plumbing company, an Atlanta electrician, a
// Seattle drain company, a Colorado mountain-town HVAC shop (split days, propane, snow), a Rio
// Grande Valley plumber that answers in Spanish, an Orlando AC-and-plumbing shop with Puerto Rican
// callers, a New Orleans plumber, a Phoenix shop (no DST) and a Los Angeles Spanish electrician.

const weekdays = (hours: string[][]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });

const BOSTON = {
  name: 'Triple Decker Plumbing & Heating',
  time_zone: 'America/New_York',
  owner_name: 'Kevin Dorsey',
  business_hours: { ...weekdays([['07:00', '16:00']]), sat: [], sun: [] },
  services: [
    { name: 'Boiler repair', duration_minutes: 90 },
    { name: 'Radiator service', duration_minutes: 60 },
    { name: 'Frozen pipe repair', duration_minutes: 90 },
    { name: 'Leak repair', duration_minutes: 60 },
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Water heater repair', duration_minutes: 90 },
  ],
  service_area: ['Boston', 'Dorchester', 'South Boston', 'Quincy', 'Milton', 'Somerville'],
};

const POOL = {
  name: 'Gulf Breeze Pool & Plumbing',
  time_zone: 'America/New_York',
  owner_name: 'Rick Alvarado',
  business_hours: { ...weekdays([['08:00', '18:00']]), sat: [['08:00', '18:00']], sun: [] },
  services: [
    { name: 'Pool pump repair', duration_minutes: 90 },
    { name: 'Pool heater repair', duration_minutes: 90 },
    { name: 'Pool leak detection', duration_minutes: 120 },
    { name: 'Leak repair', duration_minutes: 60 },
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Water heater repair', duration_minutes: 90 },
  ],
  service_area: ['Sarasota', 'Bradenton', 'Venice', 'Lakewood Ranch'],
};

const ATLANTA = {
  name: 'Peachtree Volt Electric',
  time_zone: 'America/New_York',
  owner_name: 'Darnell Hughes',
  business_hours: { ...weekdays([['07:30', '16:30']]), sat: [['08:00', '12:00']], sun: [] },
  services: [
    { name: 'Electrical troubleshooting', duration_minutes: 90 },
    { name: 'Panel upgrade', duration_minutes: 240 },
    { name: 'Ceiling fan installation', duration_minutes: 90 },
    { name: 'Outlet and switch repair', duration_minutes: 60 },
    { name: 'EV charger installation', duration_minutes: 180 },
    { name: 'Generator hookup', duration_minutes: 120 },
  ],
  service_area: ['Atlanta', 'Decatur', 'Marietta', 'Sandy Springs', 'Smyrna'],
};

const SEATTLE = {
  name: 'Rainier Rooter & Drain',
  time_zone: 'America/Los_Angeles',
  owner_name: 'Greta Lindqvist',
  business_hours: { ...weekdays([['07:00', '17:00']]), sat: [['08:00', '12:00']], sun: [] },
  services: [
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Sewer camera inspection', duration_minutes: 60 },
    { name: 'Main line hydro-jetting', duration_minutes: 120 },
    { name: 'Sump pump service', duration_minutes: 60 },
    { name: 'Yard drain clearing', duration_minutes: 90 },
  ],
  service_area: ['Seattle', 'Shoreline', 'Burien', 'Renton'],
};

const SUMMIT = {
  name: 'Summit Peak Heating & Air',
  time_zone: 'America/Denver',
  owner_name: 'Hank Sorensen',
  business_hours: {
    ...weekdays([
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ]),
    sat: [['09:00', '12:00']],
    sun: [],
  },
  after_hours_transfer: true,
  services: [
    { name: 'Furnace repair', duration_minutes: 90 },
    { name: 'Propane furnace service', duration_minutes: 90 },
    { name: 'Boiler repair', duration_minutes: 90 },
    { name: 'Heat tape installation', duration_minutes: 60 },
    { name: 'Water heater repair', duration_minutes: 90 },
  ],
  service_area: ['Breckenridge', 'Frisco', 'Silverthorne', 'Dillon', 'Keystone'],
};

const VALLE = {
  name: 'Plomería del Valle',
  time_zone: 'America/Chicago',
  language_code: 'es',
  owner_name: 'Rogelio Garza',
  business_hours: { ...weekdays([['08:00', '18:00']]), sat: [['08:00', '14:00']], sun: [] },
  services: [
    { name: 'Destape de drenaje', duration_minutes: 60 },
    { name: 'Reparación de fugas', duration_minutes: 60 },
    { name: 'Calentador de agua', duration_minutes: 90 },
    { name: 'Reparación de sanitario', duration_minutes: 60 },
    { name: 'Línea de gas', duration_minutes: 90 },
  ],
  service_area: ['McAllen', 'Edinburg', 'Mission', 'Pharr'],
};

const ORLANDO = {
  name: 'Kissimmee Cool Air & Plumbing',
  time_zone: 'America/New_York',
  owner_name: 'Luis Figueroa',
  services: [
    { name: 'AC repair', duration_minutes: 90 },
    { name: 'Plumbing repair', duration_minutes: 60 },
    { name: 'Water heater repair', duration_minutes: 90 },
    { name: 'Drain cleaning', duration_minutes: 60 },
  ],
  service_area: ['Orlando', 'Kissimmee', 'Saint Cloud', 'Winter Park'],
};

const NOLA = {
  name: 'Crescent City Plumbing',
  time_zone: 'America/Chicago',
  owner_name: 'Antoine Broussard',
  business_hours: { ...weekdays([['07:00', '16:00']]), sat: [['08:00', '12:00']], sun: [] },
  services: [
    { name: 'Leak repair', duration_minutes: 60 },
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Sewer line repair', duration_minutes: 120 },
    { name: 'Water heater repair', duration_minutes: 90 },
    { name: 'Gas line repair', duration_minutes: 90 },
    { name: 'Slab leak detection', duration_minutes: 120 },
  ],
  service_area: ['New Orleans', 'Metairie', 'Kenner', 'Gretna', 'Chalmette'],
};

const PHOENIX = {
  name: 'Saguaro Air & Plumbing',
  time_zone: 'America/Phoenix',
  owner_name: 'Cody Whitfield',
  business_hours: { ...weekdays([['06:00', '14:00']]), sat: [['06:00', '10:00']], sun: [] },
  services: [
    { name: 'AC repair', duration_minutes: 90 },
    { name: 'Evaporative cooler service', duration_minutes: 60 },
    { name: 'Water softener service', duration_minutes: 60 },
    { name: 'Leak repair', duration_minutes: 60 },
    { name: 'Water heater repair', duration_minutes: 90 },
  ],
  service_area: ['Phoenix', 'Tempe', 'Mesa', 'Chandler'],
};

const OCHOA = {
  name: 'Electricistas Ochoa',
  time_zone: 'America/Los_Angeles',
  language_code: 'es',
  owner_name: 'Javier Ochoa',
  business_hours: {
    mon: [['07:00', '15:00']],
    tue: [['07:00', '15:00']],
    wed: [['07:00', '11:00']],
    thu: [['07:00', '15:00']],
    fri: [['07:00', '15:00']],
    sat: [['08:00', '12:00']],
    sun: [],
  },
  services: [
    { name: 'Revisión eléctrica', duration_minutes: 90 },
    { name: 'Cambio de panel', duration_minutes: 240 },
    { name: 'Instalación de ventilador de techo', duration_minutes: 90 },
    { name: 'Reparación de contactos', duration_minutes: 60 },
  ],
  service_area: ['Los Angeles', 'East Los Angeles', 'Montebello', 'Pico Rivera'],
};

const SPANISH: Check = { kind: 'spanish' };
const SPANISH_TENANT: Check = { kind: 'spanish', fromGreeting: true };
const NO_BOOKING: Check = { kind: 'no_booking' };
const CLOSED: Check = { kind: 'closed' };

const said = (what: string, pattern: RegExp): Check => ({ kind: 'said', what, pattern });

const LEAVE_HOUSE = said(
  'get everyone out into fresh air',
  /\b(leave|get out|go outside|step outside|fresh air|evacuate|stay outside)\b/i,
);
const CALL_911 = said('call 911 or the fire department', /\b(911|fire department)\b/i);

export const HOLDOUT_BATCH_8: Persona[] = [
  // ───────────── Boston triple-decker plumbing & heating ─────────────
  {
    id: 'holdout-b8-bos-frozen-pipe-burst-second-floor',
    kind: 'emergency',
    now: '2026-01-26T08:40',
    tenant: BOSTON,
    caller: {
      phone: '+16175550801',
      language: 'en',
      opening:
        "oh my god hi the pipe in the back hall froze overnight and now it split and water's pouring down into the second floor apartment",
      lines: {
        name: 'siobhan mcnulty',
        address: 'forty two savin hill avenue third floor in dorchester',
        problem: 'a frozen pipe burst in the back hall and water is coming through the ceiling downstairs',
        time: 'right now please',
        safety: "yeah i found the main and shut it off i think we're okay",
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot('2026-01-26', '08:40', '16:00')),
  },
  {
    id: 'holdout-b8-bos-boiler-relief-valve-spraying',
    kind: 'emergency',
    now: '2026-02-10T13:20',
    tenant: BOSTON,
    caller: {
      phone: '+16175550802',
      language: 'en',
      opening:
        "yeah hi the boiler in the basement there's a valve on the side of it spraying hot water everywhere and the gauge is way up in the red",
      lines: {
        name: 'frank mccarthy',
        address: '118 dorchester street south boston',
        problem: 'the pressure relief valve on the boiler is spraying and the gauge says like thirty five',
        time: 'as soon as somebody can get here',
        safety: "i'm standing back from it nobody's hurt",
      },
      wantsTransfer: false,
    },
    expect: emergencyHandled(slot('2026-02-10', '13:20', '16:00')),
  },
  {
    id: 'holdout-b8-bos-radiators-front-loaded-after-hours',
    kind: 'front-loaded',
    now: '2026-01-14T18:30',
    tenant: BOSTON,
    caller: {
      phone: '+16175550803',
      language: 'en',
      opening:
        "hi this is deirdre o'malley at 77 ashmont street in dorchester second floor unit the radiators in the back bedrooms are stone cold but the front ones are fine and friday morning would be perfect",
      gives: ['name', 'address', 'problem', 'time'],
      lines: {
        name: "deirdre o'malley",
        address: '77 ashmont street dorchester second floor',
        problem: 'the back bedroom radiators are cold while the front ones heat',
        time: 'friday morning',
      },
    },
    expect: bookedFast(slot('2026-01-16', '07:00', '12:00')),
  },
  {
    id: 'holdout-b8-bos-house-number-correction',
    kind: 'correction',
    now: '2026-02-03T10:05',
    tenant: BOSTON,
    caller: {
      phone: '+16175550804',
      language: 'en',
      opening:
        "hi i'm calling about my water heater it's dripping from the bottom we're at 821 east broadway in southie",
      gives: ['problem', 'address'],
      lines: {
        name: 'paul kenneally',
        address: '821 east broadway south boston',
        problem: 'the water heater drips from the bottom of the tank',
        time: 'tomorrow afternoon',
      },
      corrections: [
        {
          after: 'name',
          say: "oh and sorry i gave you the wrong house number it's 812 east broadway not 821",
          afterwards: { address: '812 east broadway south boston' },
        },
      ],
    },
    expect: [
      ...booked(slot('2026-02-04', '12:00', '16:00'), { addressIncludes: '812' }),
      { kind: 'no_reask' },
    ],
  },
  {
    id: 'holdout-b8-bos-elderly-mother-other-town',
    kind: 'cooperative',
    now: '2026-02-17T11:00',
    tenant: BOSTON,
    caller: {
      phone: '+16175550805',
      language: 'en',
      opening:
        "hi i'm calling for my mother she's eighty six and her kitchen sink drain is backed up i live in milton but the job is at her place in quincy",
      gives: ['problem'],
      lines: {
        name: 'maureen flaherty',
        address: 'her address is 19 beale street in quincy not mine',
        problem: "her kitchen sink won't drain at all",
        time: 'thursday any time before two she has a doctor thing after',
      },
    },
    expect: booked(slot('2026-02-19', '07:00', '14:00'), { addressIncludes: '19 beale' }),
  },
  {
    id: 'holdout-b8-bos-worcester-out-of-area',
    kind: 'question',
    now: '2026-01-22T09:30',
    tenant: BOSTON,
    caller: { phone: '+16175550806', language: 'en' },
    script: [
      'hi do you guys come out to worcester my boiler is banging every time it kicks on',
      "oh okay that's too bad",
      'alright thanks anyway bye',
    ],
    expect: [
      NO_BOOKING,
      said('names the areas it does serve', /(boston|dorchester|quincy|milton|somerville)/i),
    ],
  },
  {
    id: 'holdout-b8-bos-price-first-then-after-shift',
    kind: 'time-expression',
    now: '2026-01-20T15:10',
    tenant: BOSTON,
    caller: {
      phone: '+16175550807',
      language: 'en',
      opening: 'how much do you guys charge just to come out and look at a radiator that bangs',
      lines: {
        problem: 'the radiator in the living room bangs like a hammer every time the heat comes on',
        name: 'tom reilly',
        address: 'fifty five dot avenue apartment two in dorchester',
        time: 'wednesday after my shift ends at three',
      },
    },
    expect: booked(slot('2026-01-21', '15:00', '16:00')),
  },

  // ───────────── Sarasota pool & plumbing ─────────────
  {
    id: 'holdout-b8-pool-pump-screech-spelled-name',
    kind: 'cooperative',
    now: '2026-06-09T09:30',
    tenant: POOL,
    caller: {
      phone: '+19415550811',
      language: 'en',
      opening: 'yeah hi my pool pump is making this awful screeching sound like metal on metal',
      lines: {
        name: "gary wieczorek that's w i e c z o r e k",
        address: 'twenty two fifteen bahia vista street sarasota',
        problem: 'the pool pump motor screeches when it runs',
        time: 'thursday morning',
      },
    },
    expect: booked(slot('2026-06-11', '08:00', '12:00')),
  },
  {
    id: 'holdout-b8-pool-just-asking-heaters',
    kind: 'question',
    now: '2026-06-12T16:45',
    tenant: POOL,
    caller: { phone: '+19415550812', language: 'en' },
    script: [
      "hi um don't book anything i'm just asking do you guys fix pool heaters or just the pumps",
      'okay and are you open on saturdays',
      "perfect that's all i needed thanks bye",
    ],
    expect: [
      NO_BOOKING,
      said('yes, pool heaters', /heater/i),
      said('saturday 8 to 6', /\b(8|8:00|eight)\b.{0,40}\b(6|6:00|six|18:00)\b/i),
      CLOSED,
    ],
  },
  {
    id: 'holdout-b8-pool-heater-gate-code-dog-10-to-2',
    kind: 'time-expression',
    now: '2026-07-14T12:10',
    tenant: POOL,
    caller: {
      phone: '+19415550813',
      language: 'en',
      opening: "hi we need somebody to look at the pool heater it's not firing up at all",
      lines: {
        name: 'linda okafor',
        address:
          "6120 midnight pass road in sarasota the gate code is one nine nine two pound and we have a big dog named biscuit but he's friendly",
        problem: 'the pool heater clicks but never lights',
        time: 'friday between 10 and 2',
      },
    },
    expect: booked(slot('2026-07-17', '10:00', '14:00'), { addressIncludes: '6120' }),
  },
  {
    id: 'holdout-b8-pool-hidden-leak-next-week-tuesday',
    kind: 'time-expression',
    now: '2026-07-20T14:00',
    tenant: POOL,
    caller: {
      phone: '+19415550814',
      language: 'en',
      opening:
        "so our water bill basically doubled and when everything's off you can hear water running somewhere under the floor",
      lines: {
        name: 'howard pettigrew',
        address: '5540 palmer ranch parkway in sarasota',
        problem: 'i think there is a hidden leak under the slab',
        time: 'not this week next week tuesday',
      },
    },
    expect: booked(slot('2026-07-28', '08:00', '18:00')),
  },
  {
    id: 'holdout-b8-pool-water-through-light-fixture',
    kind: 'emergency',
    now: '2026-06-23T10:20',
    tenant: POOL,
    caller: {
      phone: '+19415550815',
      language: 'en',
      opening:
        "there's water dripping out of the light fixture in my kitchen ceiling and the light just flickered off and on",
      lines: {
        name: 'bev kowalczyk',
        address: '1200 benjamin franklin drive unit 304 sarasota',
        problem: 'water is coming through the kitchen light fixture from the condo upstairs',
        time: 'as fast as you can',
        safety: "i'm not touching anything i'm in the living room",
      },
      wantsTransfer: true,
    },
    expect: [
      ...emergencyHandled(slot('2026-06-23', '10:20', '18:00')),
      said(
        'keep away from the light / turn off the power',
        /(breaker|power|don't touch|do not touch|stay away)/i,
      ),
    ],
  },
  {
    id: 'holdout-b8-pool-dramatic-dripping-faucet',
    kind: 'cooperative',
    now: '2026-07-07T20:30',
    tenant: POOL,
    caller: {
      phone: '+19415550816',
      language: 'en',
      opening:
        'okay this is a total disaster the bathroom faucet has been dripping all week and it is driving me absolutely insane i cannot sleep',
      gives: ['problem'],
      lines: {
        name: 'courtney bascombe',
        address: '903 north tamiami trail apartment 7 sarasota',
        problem: 'the bathroom faucet drips nonstop',
        time: 'tomorrow morning',
      },
    },
    expect: [...booked(slot('2026-07-08', '08:00', '12:00')), { kind: 'no_transfer' }],
  },

  // ───────────── Atlanta electrician ─────────────
  {
    id: 'holdout-b8-atl-smoking-ceiling-fan',
    kind: 'emergency',
    now: '2026-10-06T14:15',
    tenant: ATLANTA,
    caller: {
      phone: '+14045550821',
      language: 'en',
      opening:
        "the ceiling fan in my son's room started smoking and there's a burning smell i turned the switch off but it still smells",
      lines: {
        name: 'tamika greer',
        address: 'sixteen forty memorial drive southeast atlanta',
        problem: 'the ceiling fan motor smoked and it smells like burning plastic',
        time: 'right away',
        safety: "yes everybody's out of that room",
      },
      wantsTransfer: true,
    },
    expect: [
      ...emergencyHandled(slot('2026-10-06', '14:15', '16:30')),
      said('turn off the breaker or call 911 if it smokes again', /(breaker|911|fire department)/i),
    ],
  },
  {
    id: 'holdout-b8-atl-buzzing-warm-breaker-box',
    kind: 'emergency',
    now: '2026-10-09T07:45',
    tenant: ATLANTA,
    caller: {
      phone: '+14045550822',
      language: 'en',
      opening:
        'morning um the breaker box in my garage is buzzing pretty loud and the door of it feels warm when i touch it is that something to worry about',
      lines: {
        name: 'glen abernathy',
        address: '3315 church street in smyrna',
        problem: 'the electrical panel buzzes and the cover is warm',
        time: 'today if you can',
        safety: "yeah we're fine nobody's in the garage",
      },
      wantsTransfer: false,
    },
    expect: emergencyHandled(slot('2026-10-09', '07:45', '16:30')),
  },
  {
    id: 'holdout-b8-atl-ev-charger-price-first-the-22nd',
    kind: 'time-expression',
    now: '2026-10-13T11:00',
    tenant: ATLANTA,
    caller: {
      phone: '+14045550823',
      language: 'en',
      opening: "hey what do y'all charge to put in an ev charger in the garage",
      lines: {
        name: 'marcus bell',
        address: '1288 dekalb avenue northeast atlanta',
        problem: 'i want a level two charger put in the garage for a new truck',
        time: 'the 22nd in the morning',
      },
    },
    expect: booked(slot('2026-10-22', '07:30', '12:00')),
  },
  {
    id: 'holdout-b8-atl-refinement-after-lunch-same-day',
    kind: 'correction',
    now: '2026-10-14T09:00',
    tenant: ATLANTA,
    caller: {
      phone: '+14045550824',
      language: 'en',
      opening: 'hi i got two outlets in the kitchen that just went dead',
      lines: {
        name: 'keisha worthy',
        address: '455 flat shoals road southeast atlanta',
        problem: 'two kitchen outlets stopped working',
        time: 'thursday',
      },
      corrections: [
        {
          after: 'offer',
          say: "hmm that's too early for me is there anything after lunch the same day",
          afterwards: { time: 'thursday after lunch' },
        },
      ],
      accepts: slot('2026-10-15', '12:00', '16:30'),
    },
    expect: booked(slot('2026-10-15', '12:00', '16:30')),
  },
  {
    id: 'holdout-b8-atl-front-loaded-spoken-numbers',
    kind: 'front-loaded',
    now: '2026-10-19T17:40',
    tenant: ATLANTA,
    caller: {
      phone: '+14045550825',
      language: 'en',
      opening:
        "yeah this is andre fontaine f o n t a i n e the gfci outlet in my bathroom won't reset i'm at twenty two fifteen piedmont road northeast unit oh five and wednesday at eleven if you have it",
      gives: ['name', 'problem', 'address', 'time'],
      lines: {
        name: 'andre fontaine',
        address: '2215 piedmont road northeast unit 05',
        problem: "the bathroom gfci won't reset",
        time: 'wednesday at eleven',
      },
    },
    expect: bookedFast(slot('2026-10-21', '11:00', '11:30')),
  },
  {
    id: 'holdout-b8-atl-spanish-does-tech-speak-spanish',
    kind: 'spanish',
    now: '2026-10-27T10:30',
    tenant: ATLANTA,
    caller: {
      phone: '+14045550826',
      language: 'es',
      opening:
        'hola buenas este el técnico habla español porque mi inglés no es muy bueno es que el ventilador del techo hace un ruido feo y se tambalea',
      gives: ['problem'],
      lines: {
        name: 'me llamo rosa elena castañeda',
        address: 'vivo en el 3390 de buford highway apartamento 12 en atlanta',
        problem: 'el ventilador del techo se tambalea y hace ruido',
        time: 'el jueves en la mañana',
      },
    },
    expect: [...booked(slot('2026-10-29', '07:30', '12:00')), SPANISH],
  },
  {
    id: 'holdout-b8-atl-hangs-up-early',
    kind: 'cooperative',
    now: '2026-10-28T12:40',
    tenant: ATLANTA,
    caller: { phone: '+14045550827', language: 'en' },
    script: [
      'hi this is dana pruitt the switch for my porch light stopped working',
      'uh hold on somebody is at the door i gotta go',
    ],
    expect: [
      NO_BOOKING,
      {
        kind: 'any_of',
        what: 'a callback recorded for the owner',
        options: [
          [{ kind: 'callback', reason: 'PARTIAL_INTAKE' }],
          [{ kind: 'callback', reason: 'MISSED_CALL' }],
        ],
      },
    ],
  },

  // ───────────── Seattle drain company ─────────────
  {
    id: 'holdout-b8-sea-sewage-in-bathtub',
    kind: 'emergency',
    now: '2026-11-17T08:10',
    tenant: SEATTLE,
    caller: {
      phone: '+12065550831',
      language: 'en',
      opening:
        "there's sewage coming up in my bathtub every time the washer drains it's brown and it stinks so bad",
      lines: {
        name: 'marisol chen',
        address: '7719 rainier avenue south seattle',
        problem: 'sewage backs up into the bathtub when the washer drains',
        time: 'today if at all possible',
        safety: "yeah we're okay we stopped using the water",
      },
      wantsTransfer: false,
    },
    expect: emergencyHandled(slot('2026-11-17', '08:10', '17:00')),
  },
  {
    id: 'holdout-b8-sea-rambling-yard-drain-first-thing',
    kind: 'time-expression',
    now: '2026-11-19T16:20',
    tenant: SEATTLE,
    caller: {
      phone: '+12065550832',
      language: 'en',
      opening:
        "hi so it's been raining for like four days straight which i mean it's seattle what do you expect and the yard drain by the driveway is backed up and there's a big puddle creeping toward the crawlspace vent it's not in the house yet though",
      gives: ['problem'],
      lines: {
        name: 'owen fairbanks',
        address: '1402 northwest 85th street seattle',
        problem: 'the yard drain by the driveway is backed up',
        time: 'first thing tomorrow',
      },
    },
    expect: booked(slot('2026-11-20', '07:00', '09:00')),
  },
  {
    id: 'holdout-b8-sea-cancel-and-rebook-same-breath',
    kind: 'reschedule',
    now: '2026-12-01T09:00',
    tenant: SEATTLE,
    seed: {
      customer: { name: 'Naomi Berg', address: '4420 Fremont Avenue North, Seattle' },
      appointments: [
        { start: '2026-12-03T10:00', service_type: 'Drain cleaning', description: 'kitchen sink slow' },
      ],
    },
    caller: {
      phone: '+12065550833',
      language: 'en',
      opening:
        "hi it's naomi berg can you cancel my thursday appointment and book me for next monday at one instead",
      gives: ['name', 'problem', 'time'],
      lines: {
        name: 'naomi berg',
        address: '4420 fremont avenue north',
        time: 'next monday at one',
        yes: 'yes please',
      },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-12-07', '13:00', '13:30') }],
  },
  {
    id: 'holdout-b8-sea-open-sunday-then-monday',
    kind: 'question',
    now: '2026-12-05T10:30',
    tenant: SEATTLE,
    caller: {
      phone: '+12065550834',
      language: 'en',
      opening: 'are you guys open on sunday my basement floor drain is gurgling and it smells',
      gives: ['problem'],
      lines: {
        name: 'eli nakamura',
        address: '8712 greenwood avenue north seattle',
        problem: 'the basement floor drain gurgles and smells like sewer',
        time: 'okay then monday morning i guess',
      },
    },
    expect: [
      ...booked(slot('2026-12-07', '07:00', '12:00')),
      said('closed on Sunday', /(sunday.{0,60}(closed|not open|aren't open|don't)|closed.{0,40}sunday)/i),
    ],
  },
  {
    id: 'holdout-b8-sea-camera-next-week-not-wednesday',
    kind: 'time-expression',
    now: '2026-11-10T13:00',
    tenant: SEATTLE,
    caller: {
      phone: '+12065550835',
      language: 'en',
      opening:
        "hi we're buying a house and the inspector said we should get the sewer line scoped before we close",
      gives: ['problem'],
      lines: {
        name: 'priya raghunathan r a g h u n a t h a n',
        address: "the house we're buying is 3021 south holly street in seattle",
        problem: 'a sewer camera inspection before we close on the house',
        time: 'not this week next week any afternoon except wednesday',
      },
    },
    expect: booked(slot(['2026-11-16', '2026-11-17', '2026-11-19', '2026-11-20'], '12:00', '17:00')),
  },
  {
    id: 'holdout-b8-sea-cutting-out-kitchen-sink',
    kind: 'silence',
    now: '2026-11-24T11:15',
    tenant: SEATTLE,
    caller: {
      phone: '+12065550836',
      language: 'en',
      silences: 1,
      opening: "uh hi sorry you were cutting out um my kitchen sink's backed up and the disposal won't drain",
      gives: ['problem'],
      lines: {
        name: 'bo swanson',
        address: '16504 aurora avenue north shoreline',
        problem: 'the kitchen sink and disposal are backed up',
        time: 'tomorrow afternoon',
      },
    },
    expect: booked(slot('2026-11-25', '12:00', '17:00')),
  },
  {
    id: 'holdout-b8-sea-silent-line',
    kind: 'silence',
    now: '2026-11-18T19:05',
    tenant: SEATTLE,
    caller: { phone: '+12065550837', language: 'en' },
    script: ['', '', ''],
    expect: [{ kind: 'voicemail' }, { kind: 'callback', reason: 'VOICEMAIL' }, NO_BOOKING],
  },

  // ───────────── Summit County mountain HVAC ─────────────
  {
    id: 'holdout-b8-sum-propane-at-the-tank',
    kind: 'emergency',
    now: '2026-12-14T19:40',
    tenant: SUMMIT,
    caller: {
      phone: '+19705550841',
      language: 'en',
      opening:
        "yeah i'm up off highway nine and i smell propane really strong out by the tank and a little bit in the mudroom too",
      lines: {
        name: 'carl jessup',
        address: '2250 county road 450 breckenridge',
        problem: 'strong propane smell at the tank and in the mudroom',
        time: 'tonight',
        safety: "we're all out in the truck now",
      },
      wantsTransfer: true,
    },
    expect: [
      ...emergencyHandled(slot('2026-12-15', '08:00', '12:00')),
      said('stay away from the house and tank', /\b(leave|get out|go outside|stay (out|away)|away from)\b/i),
      said(
        'call 911 or the propane supplier',
        /\b(911|gas company|propane (company|supplier|provider|dealer)|utility)\b/i,
      ),
    ],
  },
  {
    id: 'holdout-b8-sum-no-heat-infant-before-opening',
    kind: 'emergency',
    now: '2026-12-22T06:50',
    tenant: SUMMIT,
    caller: {
      phone: '+19705550842',
      language: 'en',
      opening:
        "our furnace quit sometime last night it's forty eight degrees in the house and we have a four month old the road up here's plowed now though",
      lines: {
        name: 'jenna whitlock',
        address: '41 gold run road in breckenridge',
        problem: "the furnace won't come on and it's forty eight inside",
        time: 'as soon as possible',
        safety: "yeah we've got her bundled up by the wood stove",
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot('2026-12-22', '06:50', '12:00')),
  },
  {
    id: 'holdout-b8-sum-co-alarm-headache',
    kind: 'emergency',
    now: '2026-11-30T15:05',
    tenant: SUMMIT,
    caller: {
      phone: '+19705550843',
      language: 'en',
      opening:
        "the carbon monoxide detector was chirping and now it's doing the long loud beeps and my husband has a pounding headache",
      lines: {
        name: 'ruth delgado-hayes',
        address: '308 lakeview circle in dillon',
        problem: 'the co alarm is going off and my husband has a headache',
        time: 'now',
        safety: "we're outside on the deck now",
      },
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot('2026-11-30', '15:05', '17:00')), LEAVE_HOUSE, CALL_911],
  },
  {
    id: 'holdout-b8-sum-heat-tape-lunch-break',
    kind: 'time-expression',
    now: '2026-12-08T10:00',
    tenant: SUMMIT,
    caller: {
      phone: '+19705550844',
      language: 'en',
      opening: 'hi i need somebody to put heat tape on the gutters before these ice dams get any worse',
      gives: ['problem'],
      lines: {
        name: 'wes halvorsen',
        address: '512 main street unit c in frisco',
        problem: 'heat tape on the gutters for ice dams',
        time: 'thursday around twelve thirty on my lunch break',
      },
    },
    expect: booked(slot('2026-12-10', '11:00', '13:31')),
  },
  {
    id: 'holdout-b8-sum-snowed-in-push-tune-up',
    kind: 'reschedule',
    now: '2026-12-15T16:30',
    tenant: SUMMIT,
    seed: {
      customer: { name: 'Walt Brenner', address: '77 Ptarmigan Trail, Silverthorne' },
      appointments: [
        { start: '2026-12-16T09:00', service_type: 'Propane furnace service', description: 'annual tune-up' },
      ],
    },
    caller: {
      phone: '+19705550845',
      language: 'en',
      opening:
        "hey this is walt brenner we got two feet last night and my road won't get plowed till thursday so can we push tomorrow's tune-up to friday morning",
      gives: ['name', 'problem', 'time'],
      lines: { name: 'walt brenner', address: '77 ptarmigan trail silverthorne', time: 'friday morning' },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-12-18', '08:00', '12:00') }],
  },
  {
    id: 'holdout-b8-sum-dst-monday-at-nine',
    kind: 'time-expression',
    now: '2026-03-07T10:00',
    tenant: SUMMIT,
    caller: {
      phone: '+19705550846',
      language: 'en',
      opening: 'hey i manage a condo building in frisco and the boiler for unit four keeps short cycling',
      gives: ['problem'],
      lines: {
        name: 'alicia moreau',
        address: 'unit four 110 granite street frisco',
        problem: 'the boiler short cycles every few minutes',
        time: 'monday at nine',
      },
    },
    expect: booked(slot('2026-03-09', '09:00', '09:30')),
  },
  {
    id: 'holdout-b8-sum-roofing-not-offered',
    kind: 'question',
    now: '2026-12-29T11:20',
    tenant: SUMMIT,
    caller: { phone: '+19705550847', language: 'en' },
    script: [
      'hi do you guys do roofing or is it just heating my roof is leaking from an ice dam',
      'oh okay no worries',
      'thanks bye',
    ],
    expect: [NO_BOOKING, said('says what it does do', /(heat(ing)?|furnace|boiler|heat tape|water heater)/i)],
  },

  // ───────────── Plomería del Valle (Rio Grande Valley, Spanish) ─────────────
  {
    id: 'holdout-b8-val-boiler-front-loaded',
    kind: 'front-loaded',
    now: '2026-03-16T08:20',
    tenant: VALLE,
    caller: {
      phone: '+19565550851',
      language: 'es',
      opening:
        'buenos días habla gerardo treviño el boiler no calienta nada desde ayer vivo en el 1207 de la calle nogal en mcallen y quisiera que vinieran mañana temprano',
      gives: ['name', 'problem', 'address', 'time'],
      lines: {
        name: 'gerardo treviño',
        address: '1207 calle nogal mcallen',
        problem: 'el boiler no calienta el agua',
        time: 'mañana temprano',
      },
    },
    expect: [...bookedFast(slot('2026-03-17', '08:00', '10:00')), SPANISH_TENANT],
  },
  {
    id: 'holdout-b8-val-rotten-egg-gas-stove',
    kind: 'emergency',
    now: '2026-03-18T11:30',
    tenant: VALLE,
    caller: {
      phone: '+19565550852',
      language: 'es',
      opening: 'oiga huele bien feo a gas aquí en la cocina como a huevo podrido cerca de la estufa',
      lines: {
        name: 'me llamo leticia garza',
        address: 'en la calle dátil 2308 en edinburg',
        problem: 'huele a gas en la cocina cerca de la estufa',
        time: 'ahorita',
        safety: 'sí ya nos salimos al patio',
      },
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot('2026-03-18', '11:30', '18:00')), ...GAS_ADVICE_ES, SPANISH_TENANT],
  },
  {
    id: 'holdout-b8-val-escusado-after-work',
    kind: 'spanish',
    now: '2026-03-17T19:00',
    tenant: VALLE,
    caller: {
      phone: '+19565550853',
      language: 'es',
      opening: 'qué tal mire le hablo porque el escusado se tapó y ya le metí la sopapa y nada',
      gives: ['problem'],
      lines: {
        name: 'soy maría de jesús salinas',
        address: 'en la calle ébano cuatrocientos quince en pharr',
        problem: 'el escusado está tapado',
        time: 'el viernes después de las tres que salgo del trabajo',
      },
    },
    expect: [...booked(slot('2026-03-20', '15:00', '18:00')), SPANISH_TENANT],
  },
  {
    id: 'holdout-b8-val-cancel-compadre-fixed-it',
    kind: 'cancel',
    now: '2026-03-23T12:00',
    tenant: VALLE,
    seed: {
      customer: { name: 'Héctor Villarreal', address: '918 Calle Mango, Mission' },
      appointments: [
        {
          start: '2026-03-26T10:00',
          service_type: 'Reparación de fugas',
          description: 'fuga bajo el fregadero',
        },
      ],
    },
    caller: {
      phone: '+19565550854',
      language: 'es',
      opening: 'buenas tardes quiero cancelar la cita del jueves ya mi compadre me arregló la fuga',
      gives: ['problem'],
      lines: { name: 'héctor villarreal', address: '918 calle mango mission', yes: 'sí cancélela por favor' },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, NO_BOOKING, SPANISH_TENANT],
  },
  {
    id: 'holdout-b8-val-spanglish-leakeando-the-14th',
    kind: 'spanish',
    now: '2026-04-08T10:00',
    tenant: VALLE,
    caller: {
      phone: '+19565550855',
      language: 'es',
      opening: 'hola necesito que me chequen el water heater porque está leakeando por abajo',
      gives: ['problem'],
      lines: {
        name: 'ramiro cantú',
        address: 'dos mil seis north tenth street en mcallen',
        problem: 'el water heater gotea por abajo',
        time: 'el catorce en la mañana',
      },
    },
    expect: [...booked(slot('2026-04-14', '08:00', '12:00')), SPANISH_TENANT],
  },
  {
    id: 'holdout-b8-val-just-asking-saturday',
    kind: 'question',
    now: '2026-04-02T17:30',
    tenant: VALLE,
    caller: { phone: '+19565550856', language: 'es' },
    script: [
      'nomás una pregunta no me agende nada eh trabajan los sábados',
      'ah ok y hasta qué hora',
      'órale gracias bye',
    ],
    expect: [
      NO_BOOKING,
      said('horario del sábado', /(\b8\b|8:00|ocho).{0,60}(\b2\b|2:00|14:00|dos)/i),
      SPANISH_TENANT,
    ],
  },
  {
    id: 'holdout-b8-val-laredo-out-of-area',
    kind: 'question',
    now: '2026-04-06T09:45',
    tenant: VALLE,
    caller: { phone: '+19565550857', language: 'es' },
    script: [
      'buenos días dan servicio allá en laredo es que el calentador hace un ruido como de piedritas',
      'ah bueno pues ni modo gracias',
    ],
    expect: [NO_BOOKING, said('las zonas que atiende', /(mcallen|edinburg|mission|pharr)/i), SPANISH_TENANT],
  },

  // ───────────── Kissimmee / Orlando, Puerto Rican callers ─────────────
  {
    id: 'holdout-b8-orl-pr-aire-botando-agua',
    kind: 'spanish',
    now: '2026-07-21T13:40',
    tenant: ORLANDO,
    caller: {
      phone: '+14075550861',
      language: 'es',
      opening:
        "hola buenas mira nena el aire acondicionado está botando agua por dentro de la casa y no enfría na'",
      gives: ['problem'],
      lines: {
        name: 'wilfredo santiago',
        address: 'vivo en el 2450 de boggy creek road apartamento 204 en kissimmee',
        problem: 'el aire bota agua adentro y no enfría',
        time: 'mañana por la tarde si se puede',
      },
    },
    expect: [...booked(slot('2026-07-22', '12:00', '17:00')), SPANISH],
  },
  {
    id: 'holdout-b8-orl-pr-agua-por-la-lampara',
    kind: 'emergency',
    now: '2026-07-24T09:10',
    tenant: ORLANDO,
    caller: {
      phone: '+14075550862',
      language: 'es',
      opening:
        'ay dios mío se rompió un tubo arriba y está saliendo agua por la lámpara del techo de la sala',
      lines: {
        name: 'me llamo migdalia ortiz',
        address: 'en el 1719 de la calle pleasant hill road en kissimmee',
        problem: 'sale agua por la lámpara del techo',
        time: 'ya mismo',
        safety: 'sí estamos bien ya apagué el breaker',
      },
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot('2026-07-24', '09:10', '17:00')), SPANISH],
  },
  {
    id: 'holdout-b8-orl-pr-front-loaded-fregadero',
    kind: 'front-loaded',
    now: '2026-07-27T19:15',
    tenant: ORLANDO,
    caller: {
      phone: '+14075550863',
      language: 'es',
      opening:
        'buenas noches habla yaritza colón el fregadero de la cocina está tapado y huele malo vivo en el 811 de oak street en saint cloud y me conviene el miércoles en la mañana',
      gives: ['name', 'problem', 'address', 'time'],
      lines: {
        name: 'yaritza colón',
        address: '811 oak street saint cloud',
        problem: 'el fregadero está tapado',
        time: 'el miércoles en la mañana',
      },
    },
    expect: [...bookedFast(slot('2026-07-29', '08:00', '12:00')), SPANISH],
  },
  {
    id: 'holdout-b8-orl-pr-cancel-and-rebook-saturday',
    kind: 'reschedule',
    now: '2026-07-28T10:00',
    tenant: ORLANDO,
    seed: {
      customer: { name: 'Jorge Rivera', address: '3021 Michigan Avenue, Kissimmee' },
      appointments: [{ start: '2026-07-30T14:00', service_type: 'AC repair', description: 'aire no enfría' }],
    },
    caller: {
      phone: '+14075550864',
      language: 'es',
      opening: 'hola mira quiero cancelar la cita del jueves y que vengan mejor el sábado por la mañana',
      gives: ['problem', 'time'],
      lines: {
        name: 'jorge rivera',
        address: '3021 michigan avenue kissimmee',
        time: 'el sábado por la mañana',
        yes: 'sí perfecto',
      },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-08-01', '09:00', '12:00') }, SPANISH],
  },
  {
    id: 'holdout-b8-orl-wants-owner-about-bill',
    kind: 'human',
    now: '2026-07-29T11:00',
    tenant: ORLANDO,
    caller: { phone: '+14075550865', language: 'en', wantsTransfer: true },
    script: [
      "can i just talk to the owner please it's about the bill from last week",
      'yes please put me through',
      'yes',
    ],
    expect: [{ kind: 'transfer' }, NO_BOOKING],
  },

  // ───────────── Crescent City Plumbing, New Orleans ─────────────
  {
    id: 'holdout-b8-nola-rotten-eggs-by-the-stove',
    kind: 'emergency',
    now: '2026-02-16T10:45',
    tenant: NOLA,
    caller: {
      phone: '+15045550871',
      language: 'en',
      opening:
        'hey baby it smells like rotten eggs real strong back by the stove and the pilot on the heater done went out',
      lines: {
        name: 'earline jackson',
        address: '2417 st claude avenue new orleans',
        problem: 'smells like gas by the stove and the heater pilot is out',
        time: 'right now',
        safety: 'we out on the porch now',
      },
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot('2026-02-16', '10:45', '16:00')), ...GAS_ADVICE],
  },
  {
    id: 'holdout-b8-nola-front-loaded-magazine-street',
    kind: 'front-loaded',
    now: '2026-02-12T12:30',
    tenant: NOLA,
    caller: {
      phone: '+15045550872',
      language: 'en',
      opening:
        "hi this is beau thibodeaux t h i b o d e a u x my kitchen drain's backing up into the other side of the sink i'm at 3318 magazine street uptown and monday morning would be great",
      gives: ['name', 'problem', 'address', 'time'],
      lines: {
        name: 'beau thibodeaux',
        address: '3318 magazine street',
        problem: 'the kitchen drain backs up into the other sink',
        time: 'monday morning',
      },
    },
    expect: bookedFast(slot('2026-02-16', '07:00', '12:00')),
  },
  {
    id: 'holdout-b8-nola-daddy-in-gretna-10-to-2',
    kind: 'cooperative',
    now: '2026-02-24T15:30',
    tenant: NOLA,
    caller: {
      phone: '+15045550873',
      language: 'en',
      opening:
        "hey i'm calling for my daddy he's ninety one and his water heater's only giving him lukewarm water he lives over in gretna and i'm in metairie",
      gives: ['problem'],
      lines: {
        name: 'charmaine batiste',
        address: "it's his house 512 huey p long avenue in gretna",
        problem: 'his water heater only makes lukewarm water',
        time: 'thursday between 10 and 2 so i can be there with him',
      },
    },
    expect: booked(slot('2026-02-26', '10:00', '14:00'), { addressIncludes: '512' }),
  },
  {
    id: 'holdout-b8-nola-central-air-not-offered',
    kind: 'question',
    now: '2026-03-03T13:10',
    tenant: NOLA,
    caller: { phone: '+15045550874', language: 'en' },
    script: [
      "hey do y'all work on central air units mine's blowing warm",
      "oh okay what do y'all do then",
      'alright thank you',
    ],
    expect: [NO_BOOKING, said('says what it does do', /(plumbing|leak|drain|water heater|sewer|gas line)/i)],
  },
  {
    id: 'holdout-b8-nola-changes-mind-to-friday',
    kind: 'correction',
    now: '2026-03-02T09:00',
    tenant: NOLA,
    caller: {
      phone: '+15045550875',
      language: 'en',
      opening:
        'good morning my toilet rocks when you sit on it and there is water around the base after you flush',
      gives: ['problem'],
      lines: {
        name: 'vernon lacoste',
        address: '6025 general diaz street in lakeview new orleans',
        problem: 'the toilet rocks and leaks at the base',
        time: 'wednesday morning',
      },
      corrections: [
        {
          after: 'time',
          say: "actually no wait friday would be better i'm off that day any time",
          afterwards: { time: 'friday any time' },
        },
      ],
    },
    expect: booked(slot('2026-03-06', '07:00', '16:00')),
  },
  {
    id: 'holdout-b8-nola-two-things-saturday',
    kind: 'question',
    now: '2026-03-04T17:20',
    tenant: NOLA,
    caller: {
      phone: '+15045550876',
      language: 'en',
      opening:
        "two things what time y'all open saturday and can somebody come out saturday for my tub it drains real slow",
      gives: ['problem', 'time'],
      lines: {
        name: 'lorraine guidry',
        address: '1420 north dorgenois street new orleans',
        problem: 'the bathtub drains very slowly',
        time: 'saturday morning',
      },
    },
    expect: [
      ...booked(slot('2026-03-07', '08:00', '12:00')),
      said('saturday hours', /\b(8|8:00|eight)\b.{0,40}\b(12|12:00|noon|twelve)\b/i),
    ],
  },

  // ───────────── Saguaro Air & Plumbing, Phoenix (no DST) ─────────────
  {
    id: 'holdout-b8-phx-ac-out-mother-heart',
    kind: 'emergency',
    now: '2026-07-15T11:20',
    tenant: PHOENIX,
    caller: {
      phone: '+16025550881',
      language: 'en',
      opening:
        "my mom's ac just quit it's a hundred and twelve outside and she's eighty nine with heart problems it's already ninety one in the house",
      lines: {
        name: 'trish callahan',
        address: '2934 west maryland avenue phoenix',
        problem: "the ac quit and it's ninety one inside, my mother is elderly with a heart condition",
        time: 'today please',
        safety: "i've got her in the car with the ac running",
      },
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot('2026-07-15', '11:20', '14:00')),
  },
  {
    id: 'holdout-b8-phx-swamp-cooler-first-thing',
    kind: 'time-expression',
    now: '2026-06-02T05:45',
    tenant: PHOENIX,
    caller: {
      phone: '+16025550882',
      language: 'en',
      opening: 'hi um my swamp cooler is leaking down the side of the house and the pads smell funky',
      gives: ['problem'],
      lines: {
        name: 'ray montoya',
        address: '4021 east oak street phoenix',
        problem: 'the evaporative cooler leaks and the pads smell',
        time: 'first thing tomorrow',
      },
    },
    expect: booked(slot('2026-06-03', '06:00', '08:00')),
  },
  {
    id: 'holdout-b8-phx-softener-rural-route-at-7',
    kind: 'time-expression',
    now: '2026-03-09T13:00',
    tenant: PHOENIX,
    caller: {
      phone: '+16025550883',
      language: 'en',
      opening: "hey i've got a water softener that keeps running a regen cycle over and over",
      gives: ['problem'],
      lines: {
        name: 'dale huntsinger',
        address: 'rural route 2 box 118 off of baseline road in mesa',
        problem: 'the water softener regenerates over and over',
        time: 'wednesday at 7 in the morning before it gets hot',
      },
    },
    expect: booked(slot('2026-03-11', '07:00', '07:30')),
  },
  {
    id: 'holdout-b8-phx-spanish-owner-callback-after-hours',
    kind: 'human',
    now: '2026-06-10T20:00',
    tenant: PHOENIX,
    caller: {
      phone: '+16025550884',
      language: 'es',
      opening: 'buenas noches quiero hablar con el dueño por un cobro que no entiendo',
      lines: {
        name: 'me llamo consuelo ibarra',
        reason: 'es sobre una factura que me cobraron dos veces',
      },
      wantsCallback: true,
    },
    expect: [{ kind: 'callback', reason: 'HANDOFF' }, { kind: 'no_transfer' }, NO_BOOKING, SPANISH],
  },
  {
    id: 'holdout-b8-phx-warm-spot-today-or-tomorrow',
    kind: 'cooperative',
    now: '2026-06-16T08:00',
    tenant: PHOENIX,
    caller: {
      phone: '+16025550885',
      language: 'en',
      opening:
        "there's a warm spot on the tile in the hallway and the water meter keeps spinning even with everything off",
      gives: ['problem'],
      lines: {
        name: 'gloria pacheco',
        address: '1750 south mill avenue in tempe',
        problem: 'a warm spot on the floor and the meter keeps spinning, probably a hot water leak',
        time: 'today if you can or tomorrow',
      },
    },
    expect: booked(slot(['2026-06-16', '2026-06-17'], '06:00', '14:00')),
  },

  // ───────────── Electricistas Ochoa, Los Angeles (Spanish) ─────────────
  {
    id: 'holdout-b8-och-contacto-chispas-pared-caliente',
    kind: 'emergency',
    now: '2026-10-20T08:30',
    tenant: OCHOA,
    caller: {
      phone: '+13235550891',
      language: 'es',
      opening:
        'buenos días fíjese que el contacto de la recámara echó chispas y ahora huele a quemado y la pared está calientita',
      lines: {
        name: 'me llamo aurelio mendoza',
        address: 'en la calle cuarta este 3512 en east los angeles',
        problem: 'el contacto echó chispas y la pared está caliente',
        time: 'lo antes posible',
        safety: 'sí estamos bien ya bajé el breaker',
      },
      wantsTransfer: false,
    },
    expect: [...emergencyHandled(slot('2026-10-20', '08:30', '15:00')), SPANISH_TENANT],
  },
  {
    id: 'holdout-b8-och-miercoles-tarde-o-jueves',
    kind: 'time-expression',
    now: '2026-10-19T16:00',
    tenant: OCHOA,
    caller: {
      phone: '+13235550892',
      language: 'es',
      opening: 'hola quiero que me instalen un ventilador de techo en la sala ya lo compré',
      gives: ['problem'],
      lines: {
        name: 'graciela ponce',
        address: '1180 south garfield avenue en montebello',
        problem: 'instalar un ventilador de techo',
        time: 'el miércoles en la tarde o si no el jueves en la tarde',
      },
    },
    expect: [...booked(slot('2026-10-22', '12:00', '15:00')), SPANISH_TENANT],
  },
  {
    id: 'holdout-b8-och-pasar-cita-al-sabado',
    kind: 'reschedule',
    now: '2026-10-27T10:00',
    tenant: OCHOA,
    seed: {
      customer: { name: 'Teresa Villalobos', address: '4417 Whittier Boulevard, East Los Angeles' },
      appointments: [
        {
          start: '2026-10-30T09:00',
          service_type: 'Revisión eléctrica',
          description: 'se bajan los breakers',
        },
      ],
    },
    caller: {
      phone: '+13235550893',
      language: 'es',
      opening:
        'hola habla teresa villalobos tengo cita el viernes a las nueve pero me cambiaron el turno se puede pasar para el sábado temprano',
      gives: ['name', 'problem', 'time'],
      lines: {
        name: 'teresa villalobos',
        address: '4417 whittier boulevard east los angeles',
        time: 'el sábado temprano',
        yes: 'sí gracias',
      },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-10-31', '08:00', '10:00') }, SPANISH_TENANT],
  },
  {
    id: 'holdout-b8-och-xochitl-panel-not-wednesday',
    kind: 'spanish',
    now: '2026-10-28T18:00',
    tenant: OCHOA,
    caller: {
      phone: '+13235550894',
      language: 'es',
      opening: 'buenas tardes quiero cambiar el panel eléctrico viejo de fusibles por uno de breakers',
      gives: ['problem'],
      lines: {
        name: 'xóchitl ramírez se escribe equis o ce hache i te ele',
        address: 'en la calle avenida 52 número 2210 en highland park los angeles',
        problem: 'cambiar el panel de fusibles',
        time: 'cualquier día entre semana menos el miércoles',
      },
    },
    expect: [
      ...booked(
        slot(
          ['2026-10-29', '2026-10-30', '2026-11-02', '2026-11-03', '2026-11-05', '2026-11-06'],
          '07:00',
          '15:00',
        ),
      ),
      SPANISH_TENANT,
    ],
  },
];
