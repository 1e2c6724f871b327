import {
  ALWAYS_OPEN,
  booked,
  bookedFast,
  emergencyHandled,
  GAS_ADVICE,
  GAS_ADVICE_ES,
  slot,
} from '../personas/defaults.js';
import type { Caller, Check, LocalWindow, Persona, PersonaKind, Seed } from '../types.js';

// Held-out batch 5: written blind (without reading the engine or earlier batches).
// Calendar: 2027-01-04 is a Monday.

const wk = (from: string, to: string) => [[from, to]];

/** Phoenix HVAC (no DST), Mon–Fri 07:00–16:00, closed weekends. */
const DESERT = {
  name: 'Saguaro Heating & Cooling',
  time_zone: 'America/Phoenix',
  owner_name: 'Ray Dominguez',
  business_hours: {
    mon: wk('07:00', '16:00'),
    tue: wk('07:00', '16:00'),
    wed: wk('07:00', '16:00'),
    thu: wk('07:00', '16:00'),
    fri: wk('07:00', '16:00'),
    sat: [],
    sun: [],
  },
  services: [
    { name: 'AC repair', duration_minutes: 90 },
    { name: 'Furnace repair', duration_minutes: 90 },
    { name: 'Heat pump service', duration_minutes: 90 },
    { name: 'Thermostat installation', duration_minutes: 60 },
  ],
  service_area: ['Phoenix', 'Tempe', 'Mesa', 'Chandler'],
};

/** Spanish-language plumber in Los Angeles, Mon–Sat 08:00–18:00. */
const REYES = {
  name: 'Plomería Hermanos Reyes',
  time_zone: 'America/Los_Angeles',
  language_code: 'es',
  owner_name: 'Héctor Reyes',
  business_hours: {
    mon: wk('08:00', '18:00'),
    tue: wk('08:00', '18:00'),
    wed: wk('08:00', '18:00'),
    thu: wk('08:00', '18:00'),
    fri: wk('08:00', '18:00'),
    sat: wk('08:00', '18:00'),
    sun: [],
  },
  services: [
    { name: 'Destape de drenaje', duration_minutes: 60 },
    { name: 'Reparación de calentador de agua', duration_minutes: 90 },
    { name: 'Reparación de fugas', duration_minutes: 60 },
    { name: 'Reparación de inodoro', duration_minutes: 60 },
  ],
  service_area: ['Los Angeles', 'East Los Angeles', 'Huntington Park', 'South Gate'],
};

/** New York electrician, Mon–Fri 09:00–18:00, Sat 10:00–14:00. */
const BORO = {
  name: 'Boro Electric',
  time_zone: 'America/New_York',
  owner_name: 'Sal Ianucci',
  business_hours: {
    mon: wk('09:00', '18:00'),
    tue: wk('09:00', '18:00'),
    wed: wk('09:00', '18:00'),
    thu: wk('09:00', '18:00'),
    fri: wk('09:00', '18:00'),
    sat: wk('10:00', '14:00'),
    sun: [],
  },
  services: [
    { name: 'Electrical troubleshooting', duration_minutes: 90 },
    { name: 'Panel upgrade', duration_minutes: 120 },
    { name: 'Outlet and switch repair', duration_minutes: 60 },
    { name: 'Lighting installation', duration_minutes: 60 },
  ],
  service_area: ['Queens', 'Brooklyn', 'Bronx'],
};

/** Miami plumber (English tenant, many Spanish callers), Mon–Sat 08:00–17:00. */
const BISCAYNE = {
  name: 'Biscayne Plumbing',
  time_zone: 'America/New_York',
  owner_name: 'Maritza Olivera',
  business_hours: {
    mon: wk('08:00', '17:00'),
    tue: wk('08:00', '17:00'),
    wed: wk('08:00', '17:00'),
    thu: wk('08:00', '17:00'),
    fri: wk('08:00', '17:00'),
    sat: wk('08:00', '17:00'),
    sun: [],
  },
  service_area: ['Miami', 'Hialeah', 'Doral', 'Coral Gables'],
};

const ES: Check = { kind: 'spanish' };
const ES_G: Check = { kind: 'spanish', fromGreeting: true };

function p(
  slug: string,
  kind: PersonaKind,
  now: string,
  caller: Caller,
  expect: Check[],
  extra: { tenant?: Record<string, unknown>; seed?: Seed; script?: string[]; maxTurns?: number } = {},
): Persona {
  return { id: `holdout-b5-${slug}`, kind, now, caller, expect, ...extra };
}

const w = (d: string | string[], from: string, to: string): LocalWindow => slot(d, from, to);

export const HOLDOUT_BATCH_5: Persona[] = [
  // ───── cooperative, one fact at a time ─────
  p(
    'coop-kitchen-drain',
    'cooperative',
    '2027-01-04T09:15',
    {
      phone: '+17735550501',
      language: 'en',
      opening: 'yeah hi um my kitchen sink is backed up',
      lines: {
        name: 'its gary wozniak',
        address: 'uh 5120 west belmont avenue',
        problem: 'the kitchen sink wont drain at all theres like standing water in both sides',
        time: 'tomorrow morning if you got anything',
      },
    },
    booked(w('2027-01-05', '08:00', '12:00')),
  ),
  p(
    'coop-toilet-running',
    'cooperative',
    '2027-01-06T13:40',
    {
      phone: '+18475550502',
      language: 'en',
      opening: 'hello is this the plumber',
      lines: {
        name: 'priya raman r a m a n',
        address: 'nine oh two dempster street in evanston',
        problem: 'our upstairs toilet keeps running all night long and the handle is loose',
        time: 'friday afternoon works',
      },
    },
    booked(w('2027-01-08', '12:00', '17:00')),
  ),
  p(
    'coop-ac-phoenix',
    'cooperative',
    '2027-01-05T08:10',
    {
      phone: '+14805550503',
      language: 'en',
      opening: 'hi i need somebody to come look at my heat pump',
      lines: {
        name: 'name is dale whitehorse',
        address: 'twenty two fourteen east baseline road mesa',
        problem: 'its blowing cold air when its set to heat and it makes a grinding noise',
        time: 'thursday morning',
      },
    },
    booked(w('2027-01-07', '07:00', '12:00')),
    { tenant: DESERT },
  ),
  p(
    'coop-outlet-queens',
    'cooperative',
    '2027-01-07T11:20',
    {
      phone: '+17185550504',
      language: 'en',
      opening: 'hey how you doin i got a couple outlets in the bedroom that stopped working',
      lines: {
        name: 'tony castellano',
        address: '31 dash 18 thirty seventh street astoria',
        problem: 'two outlets on the same wall are dead the breaker aint tripped or nothin',
        time: 'monday anytime after lunch',
      },
    },
    booked(w('2027-01-11', '12:00', '18:00')),
    { tenant: BORO },
  ),
  p(
    'coop-water-heater-miami',
    'cooperative',
    '2027-01-05T15:30',
    {
      phone: '+13055550505',
      language: 'en',
      opening: 'hi good afternoon i think my water heater is going out',
      lines: {
        name: 'this is kevin brathwaite',
        address: '7410 northwest 36th street doral',
        problem: 'water only gets lukewarm now and theres rust color coming out the hot side',
        time: 'wednesday like between ten and two',
      },
    },
    booked(w('2027-01-06', '10:00', '14:00')),
    { tenant: BISCAYNE },
  ),

  // ───── front-loaded ─────
  p(
    'front-disposal-skokie',
    'front-loaded',
    '2027-01-04T16:05',
    {
      phone: '+18475550511',
      language: 'en',
      opening:
        'hi this is marlene fischer my garbage disposal just hums and wont spin im at 4020 oakton street in skokie and tomorrow afternoon would be perfect',
      gives: ['name', 'problem', 'address', 'time'],
    },
    bookedFast(w('2027-01-05', '12:00', '17:00')),
  ),
  p(
    'front-thermostat-tempe',
    'front-loaded',
    '2027-01-06T07:45',
    {
      phone: '+14805550512',
      language: 'en',
      opening:
        'good morning this is alan chu i want a new smart thermostat put in the address is 1650 south mill avenue tempe and friday morning is best for me',
      gives: ['name', 'problem', 'address', 'time'],
    },
    bookedFast(w('2027-01-08', '07:00', '12:00')),
    { tenant: DESERT },
  ),
  p(
    'front-light-brooklyn',
    'front-loaded',
    '2027-01-05T10:00',
    {
      phone: '+17185550513',
      language: 'en',
      opening:
        'yeah hi my name is deshawn miller im at 540 halsey street in brooklyn i need a ceiling light fixture installed in the kitchen any time thursday works',
      gives: ['name', 'problem', 'address', 'time'],
    },
    bookedFast(w('2027-01-07', '09:00', '18:00')),
    { tenant: BORO },
  ),
  p(
    'front-sump-oakpark',
    'front-loaded',
    '2027-01-07T08:30',
    {
      phone: '+17085550514',
      language: 'en',
      opening:
        'morning its ellen okafor at 833 north euclid avenue oak park the sump pump is cycling on and off every couple minutes could someone come by saturday morning',
      gives: ['name', 'problem', 'address', 'time'],
    },
    bookedFast(w('2027-01-09', '09:00', '13:00')),
  ),
  p(
    'front-leak-hialeah',
    'front-loaded',
    '2027-01-04T12:15',
    {
      phone: '+13055550515',
      language: 'en',
      opening:
        'hi yes this is gloria sanchez i got a slow leak under the bathroom sink im at 1290 west 49th street hialeah and wednesday afternoon is good',
      gives: ['name', 'problem', 'address', 'time'],
    },
    bookedFast(w('2027-01-06', '12:00', '17:00')),
    { tenant: BISCAYNE },
  ),

  // ───── time expressions ─────
  p(
    'time-sunday-closed',
    'time-expression',
    '2027-01-08T14:00',
    {
      phone: '+17735550521',
      language: 'en',
      opening: 'hi i need a drain cleaned out in the basement',
      lines: {
        name: 'bob kowalczyk',
        address: '3345 south halsted street',
        problem: 'the floor drain in the basement is slow and kinda smells',
        time: 'how about sunday',
        otherwise: 'okay whats the next day you got then',
      },
      accepts: w('2027-01-11', '08:00', '17:00'),
    },
    booked(w('2027-01-11', '08:00', '17:00')),
  ),
  p(
    'time-first-thing',
    'time-expression',
    '2027-01-05T16:30',
    {
      phone: '+17735550522',
      language: 'en',
      opening: 'hey i got a toilet that keeps clogging',
      lines: {
        name: 'this is jasmine cole',
        address: '6218 south kenwood avenue',
        problem: 'the toilet clogs like every other day even with barely any paper',
        time: 'first thing tomorrow morning like as early as you can',
      },
    },
    booked(w('2027-01-06', '08:00', '10:00')),
  ),
  p(
    'time-end-of-week',
    'time-expression',
    '2027-01-04T11:00',
    {
      phone: '+14805550523',
      language: 'en',
      opening: 'hi i want to get my furnace looked at',
      lines: {
        name: 'name is terry lopez-hunt',
        address: '402 west warner road chandler',
        problem: 'the furnace smells like burning dust when it kicks on',
        time: 'end of the week friday after two',
      },
    },
    booked(w('2027-01-08', '14:00', '16:00')),
    { tenant: DESERT },
  ),
  p(
    'time-next-tuesday',
    'time-expression',
    '2027-01-06T09:50',
    {
      phone: '+17185550524',
      language: 'en',
      opening: 'hi i need an electrician for a panel upgrade',
      lines: {
        name: 'margaret oconnell',
        address: '88 dash 12 elmhurst avenue queens',
        problem: 'we want to go from a hundred amp to two hundred amp service',
        time: 'next tuesday the twelfth in the morning',
      },
    },
    booked(w('2027-01-12', '09:00', '12:00')),
    { tenant: BORO },
  ),
  p(
    'time-half-past',
    'time-expression',
    '2027-01-07T09:05',
    {
      phone: '+13055550525',
      language: 'en',
      opening: 'hello i need somebody for a leak',
      lines: {
        name: 'frank delgado',
        address: '2450 southwest 8th street miami',
        problem: 'the pipe under the kitchen sink drips when you run the dishwasher',
        time: 'today around half past three or so',
      },
    },
    booked(w('2027-01-07', '15:00', '16:01')),
    { tenant: BISCAYNE },
  ),

  // ───── corrections and mind changes ─────
  p(
    'corr-day',
    'correction',
    '2027-01-04T10:30',
    {
      phone: '+17735550531',
      language: 'en',
      opening: 'hi i need someone to look at my water heater',
      lines: {
        name: 'nate gruber',
        address: '1407 west addison street',
        problem: 'the pilot keeps going out on the water heater',
        time: 'wednesday morning',
      },
      corrections: [
        {
          after: 'time',
          say: 'oh wait no i work wednesday make that thursday morning sorry',
          afterwards: { time: 'thursday morning' },
        },
      ],
    },
    booked(w('2027-01-07', '08:00', '12:00')),
  ),
  p(
    'corr-address',
    'correction',
    '2027-01-05T14:10',
    {
      phone: '+18475550532',
      language: 'en',
      opening: 'yeah my bathroom sink is leaking',
      lines: {
        name: 'heather lindqvist',
        address: '1120 chicago avenue evanston',
        problem: 'water drips from the pipe under the vanity',
        time: 'tomorrow afternoon',
      },
      corrections: [
        {
          after: 'address',
          say: 'no sorry thats my work its 1220 hinman avenue evanston',
          afterwards: { address: '1220 hinman avenue evanston' },
        },
      ],
    },
    booked(w('2027-01-06', '12:00', '17:00'), { addressIncludes: '1220' }),
  ),
  p(
    'corr-house-number',
    'correction',
    '2027-01-06T08:20',
    {
      phone: '+14805550533',
      language: 'en',
      opening: 'hi our ac is making a rattling noise',
      lines: {
        name: 'mike sorensen',
        address: '3301 east camelback road phoenix',
        problem: 'the outside unit rattles really loud when it starts',
        time: 'tomorrow morning',
      },
      corrections: [
        {
          after: 'address',
          say: 'oh shoot sorry not thirty three oh one its 3310 east camelback road',
          afterwards: { address: '3310 east camelback road phoenix' },
        },
      ],
    },
    booked(w('2027-01-07', '07:00', '12:00'), { addressIncludes: '3310' }),
    { tenant: DESERT },
  ),
  p(
    'corr-offer-later',
    'correction',
    '2027-01-07T12:00',
    {
      phone: '+17185550534',
      language: 'en',
      opening: 'hi uh the light switch in my hallway is loose and the light flickers',
      lines: {
        name: 'luis ortega',
        address: '1400 grand concourse bronx',
        problem: 'the hallway switch is loose in the wall and the light flickers when you touch it',
        time: 'tomorrow',
      },
      corrections: [
        {
          after: 'offer',
          say: 'ah actually can we do tomorrow afternoon instead like after three',
          afterwards: { time: 'tomorrow after three' },
        },
      ],
      accepts: w('2027-01-08', '15:00', '18:00'),
    },
    booked(w('2027-01-08', '15:00', '18:00')),
    { tenant: BORO },
  ),
  p(
    'mind-change-monday-to-tuesday',
    'correction',
    '2027-01-08T10:40',
    {
      phone: '+17735550535',
      language: 'en',
      opening: 'hi i wanted to book somebody for my furnace',
      lines: {
        name: 'walt brennan',
        address: '5540 north sheridan road',
        problem: 'furnace short cycles it turns on and off every few minutes',
        time: 'monday morning',
      },
      corrections: [
        {
          after: 'time',
          say: 'hmm you know what actually make it tuesday afternoon my kid has a dentist thing monday',
          afterwards: { time: 'tuesday afternoon' },
        },
      ],
    },
    booked(w('2027-01-12', '12:00', '17:00')),
  ),
  p(
    'mind-change-no-booking',
    'correction',
    '2027-01-05T11:45',
    {
      phone: '+13055550536',
      language: 'en',
      opening: 'hi im calling about maybe getting my toilet fixed',
      lines: {
        name: 'ruth abernathy',
        address: '1000 brickell avenue miami',
        problem: 'the toilet wobbles a little',
        time: 'thursday maybe',
        yes: 'okay',
        no: 'no thanks',
        bye: 'ok bye',
      },
      corrections: [
        {
          after: 'time',
          say: 'you know what never mind my son in law said he can fix it himself so dont book anything thanks',
        },
      ],
    },
    [{ kind: 'no_booking' }, { kind: 'closed' }],
    { tenant: BISCAYNE },
  ),

  // ───── questions ─────
  p(
    'q-saturday-hours',
    'question',
    '2027-01-06T18:30',
    {
      phone: '+17735550541',
      language: 'en',
      opening: 'hi quick question are you guys open on saturdays and what time',
      lines: { no: 'no thats it thanks', bye: 'ok thanks bye' },
    },
    [
      { kind: 'said', what: 'saturday 9 to 1', pattern: /\b(9|nine)\b.{0,40}\b(1|one|13:00)\b/i },
      { kind: 'no_booking' },
      { kind: 'closed' },
    ],
  ),
  p(
    'q-area-not-served',
    'question',
    '2027-01-05T13:00',
    {
      phone: '+16305550542',
      language: 'en',
      opening: 'hey do you guys come out as far as naperville',
      lines: {
        no: 'ok no worries',
        bye: 'alright thanks anyway',
        inArea: 'no its out in the western suburbs',
      },
    },
    [
      {
        kind: 'said',
        what: 'does not serve Naperville',
        pattern:
          /\b(don'?t|do not|doesn'?t|does not|isn'?t|is not|outside|not (in|part of|within))\b.{0,60}\b(naperville|area|serve|service|go|come|travel)\b|\bnaperville\b.{0,60}\b(outside|isn'?t|is not|not (in|part of|within))\b/i,
      },
      { kind: 'no_booking' },
      { kind: 'closed' },
    ],
  ),
  p(
    'q-heat-pump-then-book',
    'question',
    '2027-01-04T09:30',
    {
      phone: '+14805550543',
      language: 'en',
      opening: 'hi do you all work on heat pumps or just regular ac',
      lines: {
        name: 'sandra pike',
        address: '915 north scottsdale road tempe',
        problem: 'heat pump is running constantly and the house wont get warm',
        time: 'wednesday morning',
        yes: 'yeah lets get somebody out',
      },
      accepts: w('2027-01-06', '07:00', '12:00'),
    },
    [
      { kind: 'said', what: 'yes, heat pumps', pattern: /heat pump/i },
      ...booked(w('2027-01-06', '07:00', '12:00')),
    ],
    { tenant: DESERT },
  ),
  p(
    'q-sunday-then-book',
    'question',
    '2027-01-09T11:00',
    {
      phone: '+17185550544',
      language: 'en',
      opening: 'yo are you open tomorrow sunday',
      lines: {
        name: 'kenny park',
        address: '212 bedford avenue brooklyn',
        problem: 'i want two outlets added in my garage',
        time: 'monday morning then',
        yes: 'sure book me',
      },
      accepts: w('2027-01-11', '09:00', '12:00'),
    },
    [
      {
        kind: 'said',
        what: 'closed Sunday',
        pattern: /\b(closed|not open|aren'?t open|we don'?t (work|open))\b/i,
      },
      ...booked(w('2027-01-11', '09:00', '12:00')),
    ],
    { tenant: BORO },
  ),

  // ───── returning callers ─────
  p(
    'cancel-only-appt',
    'cancel',
    '2027-01-05T08:45',
    {
      phone: '+17735550551',
      language: 'en',
      opening: 'hi yeah i need to cancel my appointment for thursday',
      lines: { yes: 'yes thats the one', bye: 'thanks bye', no: 'no thats all' },
    },
    [{ kind: 'cancelled', seed: 0 }, { kind: 'no_booking' }],
    {
      seed: {
        customer: { name: 'Stan Pawlak', address: '2911 North Milwaukee Avenue' },
        appointments: [
          { start: '2027-01-07T10:00', service_type: 'Drain cleaning', description: 'bathtub drain slow' },
        ],
      },
    },
  ),
  p(
    'cancel-one-of-two',
    'cancel',
    '2027-01-06T15:20',
    {
      phone: '+18475550552',
      language: 'en',
      opening: 'hello im calling to cancel the furnace one but keep the other one',
      lines: { yes: 'right the furnace one on monday', no: 'no the furnace one', bye: 'thank you' },
    },
    [{ kind: 'cancelled', seed: 1 }, { kind: 'unchanged', seed: 0 }, { kind: 'no_booking' }],
    {
      seed: {
        customer: { name: 'Irene Blum', address: '815 Main Street, Evanston' },
        appointments: [
          { start: '2027-01-08T09:00', service_type: 'Leak repair', description: 'leak under kitchen sink' },
          { start: '2027-01-11T13:00', service_type: 'Furnace repair', description: 'furnace not igniting' },
        ],
      },
    },
  ),
  p(
    'cancel-brooklyn',
    'cancel',
    '2027-01-07T17:10',
    {
      phone: '+17185550553',
      language: 'en',
      opening: 'hi i gotta cancel the electrician for saturday we sold the house lol',
      lines: { yes: 'yep', no: 'nope thats it', bye: 'thanks have a good one' },
    },
    [{ kind: 'cancelled', seed: 0 }, { kind: 'no_booking' }],
    {
      tenant: BORO,
      seed: {
        customer: { name: 'Jordan Weiss', address: '77 Prospect Park West, Brooklyn' },
        appointments: [
          {
            start: '2027-01-09T11:00',
            service_type: 'Lighting installation',
            description: 'install dining room chandelier',
          },
        ],
      },
    },
  ),
  p(
    'resched-later-day',
    'reschedule',
    '2027-01-04T12:30',
    {
      phone: '+17735550554',
      language: 'en',
      opening: 'hi i have somebody coming wednesday and i need to push it to friday',
      lines: { time: 'friday morning', yes: 'yeah that works', bye: 'thanks' },
    },
    [{ kind: 'moved', seed: 0, window: w('2027-01-08', '08:00', '12:00') }],
    {
      seed: {
        customer: { name: 'Alicia Romero', address: '4410 North Damen Avenue' },
        appointments: [
          { start: '2027-01-06T09:00', service_type: 'Water heater repair', description: 'no hot water' },
        ],
      },
    },
  ),
  p(
    'resched-phoenix',
    'reschedule',
    '2027-01-05T14:00',
    {
      phone: '+14805550555',
      language: 'en',
      opening: 'hey its about my appointment tomorrow can we move it to the afternoon instead',
      lines: { time: 'tomorrow afternoon after one', yes: 'perfect', bye: 'thank you bye' },
      accepts: w('2027-01-06', '13:00', '16:00'),
    },
    [{ kind: 'moved', seed: 0, window: w('2027-01-06', '13:00', '16:00') }],
    {
      tenant: DESERT,
      seed: {
        customer: { name: 'Greg Tsosie', address: '2020 West Southern Avenue, Mesa' },
        appointments: [
          { start: '2027-01-06T08:00', service_type: 'AC repair', description: 'ac not cooling' },
        ],
      },
    },
  ),
  p(
    'resched-one-of-two',
    'reschedule',
    '2027-01-08T09:10',
    {
      phone: '+13055550556',
      language: 'en',
      opening: 'hi i need to move the toilet appointment the other one is fine',
      lines: {
        time: 'wednesday the thirteenth in the afternoon',
        yes: 'yes thats good',
        bye: 'okay thank you',
      },
    },
    [
      { kind: 'moved', seed: 1, window: w('2027-01-13', '12:00', '17:00') },
      { kind: 'unchanged', seed: 0 },
    ],
    {
      tenant: BISCAYNE,
      seed: {
        customer: { name: 'Denise Harrow', address: '455 Grand Bay Drive, Miami' },
        appointments: [
          { start: '2027-01-09T10:00', service_type: 'Drain cleaning', description: 'shower drain slow' },
          { start: '2027-01-11T14:00', service_type: 'Toilet repair', description: 'toilet runs constantly' },
        ],
      },
    },
  ),

  // ───── wants a person ─────
  p(
    'human-open',
    'human',
    '2027-01-05T10:20',
    {
      phone: '+17735550561',
      language: 'en',
      opening: 'can i just talk to denise please its about the invoice',
      lines: { reason: 'i got charged twice for the same job', yes: 'yes please' },
      wantsTransfer: true,
    },
    [{ kind: 'transfer' }, { kind: 'no_booking' }],
  ),
  p(
    'human-closed-callback',
    'human',
    '2027-01-05T20:15',
    {
      phone: '+17185550562',
      language: 'en',
      opening: 'yeah i need to speak to sal directly not a machine',
      lines: {
        reason: 'its about the permit for the panel job he did last month',
        yes: 'yeah have him call me',
        name: 'vinny russo',
      },
      wantsCallback: true,
    },
    [{ kind: 'callback', reason: 'HANDOFF' }, { kind: 'no_transfer' }, { kind: 'no_booking' }],
    { tenant: BORO },
  ),
  p(
    'human-real-person',
    'human',
    '2027-01-07T13:50',
    {
      phone: '+14805550563',
      language: 'en',
      opening: 'is this a real person uh can i get a real person on the phone',
      lines: { reason: 'i want to ask about a quote for a whole new ac system', yes: 'sure' },
      wantsTransfer: true,
    },
    [{ kind: 'transfer' }, { kind: 'no_booking' }],
    { tenant: DESERT },
  ),

  // ───── silence ─────
  p(
    'silence-dead-air',
    'silence',
    '2027-01-06T11:00',
    { phone: '+17735550571', language: 'en' },
    [{ kind: 'voicemail' }, { kind: 'callback', reason: 'VOICEMAIL' }, { kind: 'no_booking' }],
    { script: ['', '', '', ''] },
  ),
  p(
    'silence-then-talks',
    'silence',
    '2027-01-04T14:30',
    {
      phone: '+17085550572',
      language: 'en',
      silences: 1,
      opening: 'hello sorry can you hear me i need a plumber for a leaky faucet',
      lines: {
        name: 'omar haddad',
        address: '1015 south oak park avenue oak park',
        problem: 'the kitchen faucet drips nonstop',
        time: 'thursday afternoon',
      },
    },
    booked(w('2027-01-07', '12:00', '17:00')),
  ),

  // ───── emergencies (English) ─────
  p(
    'emerg-gas-smell',
    'emergency',
    '2027-01-05T09:40',
    {
      phone: '+17735550581',
      language: 'en',
      opening: 'hi um i smell gas really strong by the water heater in the basement',
      lines: {
        name: 'carol jensen',
        address: '2215 west roscoe street',
        problem: 'strong rotten egg smell by the water heater',
        time: 'right now as soon as possible',
        safety: 'yeah were outside on the porch now',
        yes: 'yes please',
      },
      wantsTransfer: true,
    },
    [...emergencyHandled(w('2027-01-05', '09:40', '17:00')), ...GAS_ADVICE],
  ),
  p(
    'emerg-burst-pipe',
    'emergency',
    '2027-01-04T07:05',
    {
      phone: '+17735550582',
      language: 'en',
      opening: 'oh my god a pipe burst in the ceiling theres water pouring into the living room',
      lines: {
        name: 'derek washington',
        address: '7730 south cottage grove avenue',
        problem: 'pipe burst upstairs water coming through the ceiling',
        time: 'right now as soon as possible',
        safety: 'yeah everybody is okay i shut the main off i think',
        yes: 'yes yes please',
      },
      wantsTransfer: true,
    },
    emergencyHandled(w('2027-01-04', '07:05', '12:00')),
    { tenant: { business_hours: ALWAYS_OPEN } },
  ),
  p(
    'emerg-sparking-panel',
    'emergency',
    '2027-01-06T15:15',
    {
      phone: '+17185550583',
      language: 'en',
      opening: 'my electrical panel is sparking and theres a burning smell',
      lines: {
        name: 'ashley nguyen',
        address: '41 dash 20 main street flushing queens',
        problem: 'panel sparking and buzzing with a burning smell',
        time: 'right now as soon as possible',
        safety: 'we all went outside',
        yes: 'yes',
      },
      wantsTransfer: true,
    },
    emergencyHandled(w('2027-01-06', '15:15', '18:00')),
    { tenant: BORO },
  ),
  p(
    'emerg-no-heat-baby',
    'emergency',
    '2027-01-08T06:30',
    {
      phone: '+17735550584',
      language: 'en',
      opening: 'hi our furnace died overnight its like fifty degrees in the house and i have a two month old',
      lines: {
        name: 'tasha greene',
        address: '10342 south wood street',
        problem: 'furnace quit completely no heat at all with a newborn',
        time: 'right now as soon as possible',
        safety: 'yeah were okay just cold',
        yes: 'yes please',
      },
      wantsTransfer: true,
    },
    emergencyHandled(w('2027-01-08', '08:00', '12:00')),
  ),
  p(
    'emerg-sewage-backup',
    'emergency',
    '2027-01-09T10:10',
    {
      phone: '+17085550585',
      language: 'en',
      opening: 'sewage is coming up out of the basement floor drain its everywhere',
      lines: {
        name: 'phil marchetti',
        address: '1123 north harlem avenue oak park',
        problem: 'raw sewage backing up from the floor drain',
        time: 'right now as soon as possible',
        safety: 'yeah nobodys down there',
        yes: 'please yes',
      },
      wantsTransfer: true,
    },
    emergencyHandled(w('2027-01-09', '10:10', '13:00')),
  ),
  p(
    'emerg-no-heat-elderly',
    'emergency',
    '2027-01-07T12:40',
    {
      phone: '+16025550586',
      language: 'en',
      opening: 'hi my moms furnace went out and shes eighty nine and shes on oxygen it is freezing in there',
      lines: {
        name: 'linda harjo',
        address: '4502 north 19th avenue phoenix',
        problem: 'no heat at my elderly moms house',
        time: 'right now as soon as possible',
        safety: 'shes wrapped in blankets shes ok for now',
        yes: 'yes',
      },
      wantsTransfer: true,
    },
    emergencyHandled(w('2027-01-07', '12:40', '16:00')),
    { tenant: DESERT },
  ),
  p(
    'emerg-flood-afterhours',
    'emergency',
    '2027-01-06T22:30',
    {
      phone: '+13055550587',
      language: 'en',
      opening:
        'the water line to the washer popped off and water is flooding the laundry room and going into the hall',
      lines: {
        name: 'marcus bell',
        address: '8800 northwest 25th street doral',
        problem: 'washer supply hose burst flooding the house',
        time: 'right now as soon as possible',
        safety: 'yeah we are fine i cant find the shutoff though',
        yes: 'yes',
      },
      wantsTransfer: true,
    },
    emergencyHandled(w('2027-01-07', '08:00', '12:00')),
    { tenant: BISCAYNE },
  ),
  p(
    'emerg-gas-front',
    'emergency',
    '2027-01-11T08:15',
    {
      phone: '+18475550588',
      language: 'en',
      opening:
        'this is nick pappas at 3900 church street skokie i think theres a gas leak by the stove i can hear hissing',
      gives: ['name', 'address', 'problem'],
      lines: { time: 'right now as soon as possible', safety: 'im standing in the driveway', yes: 'yes' },
      wantsTransfer: true,
    },
    [...emergencyHandled(w('2027-01-11', '08:15', '17:00')), ...GAS_ADVICE],
  ),

  // ───── Spanish ─────
  p(
    'es-coop-reyes-drain',
    'spanish',
    '2027-01-04T09:00',
    {
      phone: '+13235550601',
      language: 'es',
      opening: 'bueno hola buenos días este se me tapó el drenaje de la cocina',
      lines: {
        name: 'me llamo rosa elena martínez',
        address: 'en la 3421 calle whittier boulevard east los angeles',
        problem: 'el fregadero no baja nada el agua se queda ahí',
        time: 'mañana en la mañana si se puede',
        yes: 'sí está bien',
        no: 'no gracias',
        bye: 'gracias bye',
      },
    },
    [...booked(w('2027-01-05', '08:00', '12:00')), ES_G],
    { tenant: REYES },
  ),
  p(
    'es-front-reyes-heater',
    'spanish',
    '2027-01-05T11:30',
    {
      phone: '+13235550602',
      language: 'es',
      opening:
        'hola qué tal habla jorge villanueva el boiler del agua caliente está goteando por abajo estoy en la 6120 avenida pacific huntington park y el jueves en la tarde me queda bien',
      gives: ['name', 'problem', 'address', 'time'],
      lines: { yes: 'sí perfecto', no: 'no', bye: 'gracias' },
    },
    [...bookedFast(w('2027-01-07', '12:00', '18:00')), ES_G],
    { tenant: REYES },
  ),
  p(
    'es-spanglish-chicago',
    'spanish',
    '2027-01-06T10:15',
    {
      phone: '+17735550603',
      language: 'es',
      opening: 'hola eh necesito un plomero porque el toilet no para de correr el agua',
      lines: {
        name: 'guadalupe herrera',
        address: 'dieciocho cuarenta west cermak road',
        problem: 'el toilet se queda corriendo todo el día y la manija está floja',
        time: 'el viernes por la mañana',
        yes: 'sí ok',
        no: 'no',
        bye: 'ok gracias',
      },
    },
    [...booked(w('2027-01-08', '08:00', '12:00')), ES],
  ),
  p(
    'es-time-pasado-manana',
    'spanish',
    '2027-01-04T15:00',
    {
      phone: '+13055550604',
      language: 'es',
      opening: 'oiga buenas tardes tengo un salidero debajo del lavamanos',
      lines: {
        name: 'yamilet ferrer',
        address: 'en la 1450 west 68 street hialeah',
        problem: 'hay un salidero en el tubo debajo del lavamanos del baño',
        time: 'pasado mañana por la tarde',
        yes: 'dale sí',
        no: 'no',
        bye: 'gracias mi amor',
      },
    },
    [...booked(w('2027-01-06', '12:00', '17:00')), ES],
    { tenant: BISCAYNE },
  ),
  p(
    'es-correction-day',
    'spanish',
    '2027-01-07T08:40',
    {
      phone: '+13235550605',
      language: 'es',
      opening: 'buenos días quisiera hacer una cita para que me revisen el inodoro',
      lines: {
        name: 'francisco jiménez',
        address: 'calle tweedy 2845 south gate',
        problem: 'el inodoro tiene una fuga por la base',
        time: 'el sábado en la mañana',
        yes: 'sí',
        no: 'no',
        bye: 'gracias',
      },
      corrections: [
        {
          after: 'time',
          say: 'ay no perdón mejor el lunes en la mañana el sábado trabajo',
          afterwards: { time: 'el lunes en la mañana' },
        },
      ],
    },
    [...booked(w('2027-01-11', '08:00', '12:00')), ES_G],
    { tenant: REYES },
  ),
  p(
    'es-question-hours',
    'spanish',
    '2027-01-10T12:00',
    {
      phone: '+13235550606',
      language: 'es',
      opening: 'hola buenas una pregunta a qué hora abren el sábado',
      lines: { yes: 'sí', no: 'no eso es todo gracias', bye: 'gracias adiós' },
    },
    [
      { kind: 'said', what: 'sábado de 8 a 6', pattern: /\b(8|ocho)\b.{0,40}\b(6|seis|18)\b/i },
      { kind: 'no_booking' },
      { kind: 'closed' },
      ES_G,
    ],
    { tenant: REYES },
  ),
  p(
    'es-cancel-reyes',
    'spanish',
    '2027-01-06T17:00',
    {
      phone: '+13235550607',
      language: 'es',
      opening: 'hola le hablo para cancelar la cita que tengo el viernes ya lo arregló mi compadre',
      lines: { yes: 'sí esa', no: 'no eso es todo', bye: 'gracias' },
    },
    [{ kind: 'cancelled', seed: 0 }, { kind: 'no_booking' }, ES_G],
    {
      tenant: REYES,
      seed: {
        customer: { name: 'Martha Alvarado', address: '2510 East Cesar Chavez Avenue, Los Angeles' },
        appointments: [
          {
            start: '2027-01-08T10:00',
            service_type: 'Reparación de fugas',
            description: 'fuga en la regadera',
          },
        ],
      },
    },
  ),
  p(
    'es-reschedule-miami',
    'spanish',
    '2027-01-05T09:30',
    {
      phone: '+13055550608',
      language: 'es',
      opening: 'sí buenas yo tengo una cita mañana pero necesito cambiarla para el viernes por la tarde',
      lines: { time: 'el viernes por la tarde', yes: 'sí perfecto', no: 'no', bye: 'gracias' },
    },
    [{ kind: 'moved', seed: 0, window: w('2027-01-08', '12:00', '17:00') }, ES],
    {
      tenant: BISCAYNE,
      seed: {
        customer: { name: 'Osvaldo Pérez', address: '3150 West Flagler Street, Miami' },
        appointments: [
          { start: '2027-01-06T09:00', service_type: 'Drain cleaning', description: 'tina tapada' },
        ],
      },
    },
  ),
  p(
    'es-human-reyes',
    'spanish',
    '2027-01-08T13:00',
    {
      phone: '+13235550609',
      language: 'es',
      opening: 'quiero hablar con don héctor por favor es sobre un presupuesto',
      lines: {
        reason: 'es para un presupuesto de cambiar toda la tubería de la casa',
        yes: 'sí por favor',
        no: 'no',
        bye: 'gracias',
      },
      wantsTransfer: true,
    },
    [{ kind: 'transfer' }, { kind: 'no_booking' }, ES_G],
    { tenant: REYES },
  ),
  p(
    'es-area-question-book',
    'spanish',
    '2027-01-04T10:45',
    {
      phone: '+13235550610',
      language: 'es',
      opening: 'hola ustedes van hasta south gate es que tengo la regadera goteando',
      lines: {
        name: 'leticia campos',
        address: '8830 calle san juan south gate',
        problem: 'la regadera gotea todo el tiempo aunque la cierre bien',
        time: 'el miércoles como a las diez',
        yes: 'sí',
        no: 'no',
        bye: 'gracias',
      },
    },
    [...booked(w('2027-01-06', '09:00', '11:01')), ES_G],
    { tenant: REYES },
  ),
  p(
    'es-silence-then-coop',
    'spanish',
    '2027-01-07T16:00',
    {
      phone: '+17735550611',
      language: 'es',
      silences: 1,
      opening: 'bueno bueno sí me escucha necesito que me arreglen el calentador',
      lines: {
        name: 'ramiro ochoa',
        address: 'veintiséis diez south pulaski road',
        problem: 'el calentador de agua no calienta nada',
        time: 'el sábado a las diez',
        yes: 'sí',
        no: 'no',
        bye: 'gracias',
      },
    },
    [...booked(w('2027-01-09', '09:30', '11:01')), ES],
  ),

  // ───── Spanish emergencies ─────
  p(
    'es-emerg-gas-reyes',
    'emergency',
    '2027-01-05T10:00',
    {
      phone: '+13235550621',
      language: 'es',
      opening: 'ay señorita huele bien fuerte a gas en la cocina',
      lines: {
        name: 'maría de los ángeles soto',
        address: 'en la 4120 calle city terrace east los angeles',
        problem: 'huele mucho a gas cerca de la estufa',
        time: 'lo más pronto posible ahorita mismo',
        safety: 'sí ya nos salimos todos',
        yes: 'sí por favor',
        no: 'no',
        bye: 'gracias',
      },
      wantsTransfer: true,
    },
    [...emergencyHandled(w('2027-01-05', '10:00', '18:00')), ...GAS_ADVICE_ES, ES_G],
    { tenant: REYES },
  ),
  p(
    'es-emerg-flood-chicago',
    'emergency',
    '2027-01-04T13:20',
    {
      phone: '+17735550622',
      language: 'es',
      opening: 'hola necesito ayuda urgente se reventó un tubo y se está inundando el basement',
      lines: {
        name: 'eduardo salinas',
        address: 'treinta y ocho quince west 26th street',
        problem: 'se reventó una tubería en el sótano y hay mucha agua',
        time: 'lo más pronto posible ahorita mismo',
        safety: 'sí estamos bien',
        yes: 'sí',
        no: 'no',
        bye: 'gracias',
      },
      wantsTransfer: true,
    },
    [...emergencyHandled(w('2027-01-04', '13:20', '17:00')), ES],
  ),
  p(
    'es-emerg-sewage-reyes',
    'emergency',
    '2027-01-09T07:30',
    {
      phone: '+13235550623',
      language: 'es',
      opening:
        'buenos días se está regresando el drenaje por la regadera y huele horrible hay aguas negras por todo el baño',
      lines: {
        name: 'alejandra ruiz',
        address: '5910 calle seville huntington park',
        problem: 'aguas negras saliendo por la regadera',
        time: 'lo más pronto posible ahorita mismo',
        safety: 'sí estamos bien',
        yes: 'sí',
        no: 'no',
        bye: 'gracias',
      },
      wantsTransfer: true,
    },
    [...emergencyHandled(w('2027-01-09', '08:00', '12:00')), ES_G],
    { tenant: REYES },
  ),
  p(
    'es-emerg-no-heat-baby',
    'emergency',
    '2027-01-06T19:45',
    {
      phone: '+17735550624',
      language: 'es',
      opening: 'buenas noches no tenemos calefacción el furnace no prende y tengo un bebé de tres meses',
      lines: {
        name: 'karina mendoza',
        address: 'cuarenta y dos veinte south kedzie avenue',
        problem: 'el furnace no prende y hace mucho frío',
        time: 'lo más pronto posible ahorita mismo',
        safety: 'sí estamos bien nomás con frío',
        yes: 'sí por favor',
        no: 'no',
        bye: 'gracias',
      },
      wantsTransfer: true,
    },
    [...emergencyHandled(w('2027-01-07', '08:00', '12:00')), ES],
  ),
  p(
    'es-emerg-sparks-miami',
    'emergency',
    '2027-01-08T11:10',
    {
      phone: '+13055550625',
      language: 'es',
      opening: 'oye el breaker box está echando chispas y huele a quemado que hago',
      lines: {
        name: 'reinaldo cabrera',
        address: '920 east 25 street hialeah',
        problem: 'la caja de breakers está echando chispas',
        time: 'lo más pronto posible ahorita mismo',
        safety: 'sí salimos para afuera',
        yes: 'sí',
        no: 'no',
        bye: 'gracias',
      },
      wantsTransfer: true,
    },
    [...emergencyHandled(w('2027-01-08', '11:10', '17:00')), ES],
    { tenant: BISCAYNE },
  ),
];
