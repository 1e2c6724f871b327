import {
  AFTERNOON,
  ALWAYS_OPEN,
  booked,
  bookedFast,
  emergencyHandled,
  GAS_ADVICE,
  GAS_ADVICE_ES,
  MORNING,
  OPEN,
  slot,
} from '../personas/defaults.js';
import type { Check, Persona } from '../types.js';

// Held-out batch 1: callers written by a tester who has not seen the engine, to measure how well it
// generalises. Utterances are as a speech recogniser hears them (lower case, fillers, no punctuation).
// Calendar used: 2026-01-19, 2026-05-04, 2026-06-01, 2026-10-05 and 2026-11-30 are Mondays.

const ES_TENANT = { name: 'Plomería Hermanos Ibarra', language_code: 'es' };
const ALL_DAY = ['00:00', '24:00'] as const;
const SAT_HOURS = ['09:00', '13:00'] as const;

const LEAVE_HOUSE: Check = GAS_ADVICE[0]!;
const CALL_911: Check = { kind: 'said', what: 'call 911', pattern: /\b(911|fire department)\b/i };
const SALGA: Check = GAS_ADVICE_ES[0]!;
const LLAME_911: Check = { kind: 'said', what: 'llamar al 911', pattern: /\b(911|bomberos)\b/i };
const SATURDAY_HOURS: Check = {
  kind: 'said',
  what: 'Saturday hours 9 to 1',
  pattern: /(\b9\b|9:00|09:00|nine|nueve).{0,60}(\b1\b|1:00|13:00|one|noon|una|mediod[ií]a)/i,
};
const ANY_CALLBACK: Check = {
  kind: 'any_of',
  what: 'a callback recorded for the owner',
  options: [
    [{ kind: 'callback', reason: 'HANDOFF' }],
    [{ kind: 'callback', reason: 'PARTIAL_INTAKE' }],
    [{ kind: 'callback', reason: 'MISSED_CALL' }],
  ],
};

// ─── English: bookings, noise, corrections, refinements, relative and excluded days ───

const englishBookings: Persona[] = [
  {
    id: 'holdout-slow-one-word-disposal',
    kind: 'cooperative',
    now: '2026-05-04T10:15', // Monday, open
    caller: {
      phone: '+17735550201',
      language: 'en',
      opening: 'yeah hi',
      lines: {
        problem: 'disposal',
        name: 'greg',
        address: 'um 4410 north winchester',
        time: 'wednesday',
        yes: 'yeah',
      },
    },
    expect: booked(slot('2026-05-06', ...OPEN)),
  },
  {
    id: 'holdout-slow-silence-then-toilet',
    kind: 'cooperative',
    now: '2026-05-05T13:05', // Tuesday, open
    caller: {
      phone: '+17735550202',
      language: 'en',
      silences: 1,
      opening: 'hello',
      lines: {
        problem: 'toilet',
        name: 'marjorie',
        address: 'uh 5501 north kenmore',
        time: 'friday morning',
        yes: 'mm hm okay',
      },
    },
    expect: booked(slot('2026-05-08', ...MORNING)),
  },
  {
    id: 'holdout-alarming-slow-shower-drain',
    kind: 'cooperative',
    now: '2026-05-05T14:00', // Tuesday, open
    caller: {
      phone: '+17735550203',
      language: 'en',
      opening:
        'hi um it is kind of urgent my shower drain is really slow like the water comes up past my ankles',
      gives: ['problem'],
      lines: {
        name: 'dana whitfield',
        address: '1217 west farragut avenue',
        time: 'tomorrow sometime is fine',
      },
    },
    expect: [...booked(slot('2026-05-06', ...OPEN)), { kind: 'no_transfer' }],
  },
  {
    id: 'holdout-alarming-dripping-faucet',
    kind: 'cooperative',
    now: '2026-05-06T08:20', // Wednesday, open
    caller: {
      phone: '+17735550204',
      language: 'en',
      opening:
        'oh my god the bathroom faucet will not stop dripping it dripped all night i could not sleep at all',
      gives: ['problem'],
      lines: {
        name: 'liz haverford',
        address: '6230 north magnolia avenue',
        time: 'thursday after three',
      },
    },
    expect: [...booked(slot('2026-05-07', '15:00', '17:00')), { kind: 'no_transfer' }],
  },
  {
    id: 'holdout-change-mind-twice-kitchen-sink',
    kind: 'correction',
    now: '2026-05-08T11:00', // Friday, open
    caller: {
      phone: '+17735550205',
      language: 'en',
      opening: 'hi i need somebody to come look at my kitchen sink it is backing up',
      gives: ['problem'],
      lines: { name: 'tom brennan', address: '3318 west belmont avenue', time: 'tuesday morning' },
      corrections: [
        {
          after: 'time',
          say: 'actually no wait wednesday would be better',
          afterwards: { time: 'wednesday afternoon' },
        },
        {
          after: 'offer',
          say: 'hmm you know what sorry can we just do thursday morning instead',
          afterwards: { time: 'thursday morning' },
        },
      ],
    },
    expect: booked(slot('2026-05-14', ...MORNING)),
  },
  {
    id: 'holdout-change-mind-twice-back-to-monday',
    kind: 'correction',
    now: '2026-10-08T16:00', // Thursday, open
    caller: {
      phone: '+17735550206',
      language: 'en',
      opening:
        'hi this is priya raman my furnace is making a banging noise when it starts can someone come monday afternoon',
      gives: ['name', 'problem', 'time'],
      lines: { name: 'priya raman', address: '2744 north spaulding avenue', time: 'monday afternoon' },
      corrections: [
        {
          after: 'offer',
          say: 'oh actually make it tuesday',
          afterwards: { time: 'tuesday afternoon' },
        },
        {
          after: 'offer',
          say: 'no sorry sorry monday was right monday afternoon i mixed up my shifts',
          afterwards: { time: 'monday afternoon' },
        },
      ],
    },
    expect: booked(slot('2026-10-12', ...AFTERNOON)),
  },
  {
    id: 'holdout-noise-four-and-too',
    kind: 'time-expression',
    now: '2026-06-05T09:30', // Friday, open
    caller: {
      phone: '+17735550207',
      language: 'en',
      opening: 'yeah hi i need somebody four my water heater it is not getting hot no more',
      gives: ['problem'],
      lines: {
        name: 'dwayne fuller',
        address: '7741 south east end avenue',
        time: 'can you come tuesday at too',
      },
    },
    expect: booked(slot('2026-06-09', '13:00', '15:00')),
  },
  {
    id: 'holdout-noise-numbers-as-words',
    kind: 'time-expression',
    now: '2026-06-01T12:00', // Monday, open
    caller: {
      phone: '+17735550208',
      language: 'en',
      opening: 'hi half the outlets in my kitchen just stopped working',
      gives: ['problem'],
      lines: {
        name: 'lucas ferreira',
        address: 'twenty two ten north western avenue',
        time: 'thursday around ten thirty',
      },
    },
    expect: booked(slot('2026-06-04', '09:30', '11:31'), { addressIncludes: 'western' }),
  },
  {
    id: 'holdout-noise-spelled-name-next-monday',
    kind: 'time-expression',
    now: '2026-06-03T15:00', // Wednesday, open
    caller: {
      phone: '+17735550209',
      language: 'en',
      opening: 'hi the toilet upstairs runs all the time',
      gives: ['problem'],
      lines: {
        name: 'karen wright w r i g h t not rite',
        address: 'six oh one two north ridge avenue',
        time: 'next monday in the morning',
      },
    },
    expect: booked(slot('2026-06-08', ...MORNING)),
  },
  {
    id: 'holdout-noise-dropped-words-sump',
    kind: 'cooperative',
    now: '2026-06-02T10:00', // Tuesday, open
    caller: {
      phone: '+17735550210',
      language: 'en',
      opening: 'need someone look at sump pump basement',
      gives: ['problem'],
      lines: {
        name: 'uh walt kowalski',
        address: 'forty one oh two west cullom',
        time: 'friday morning if can',
        yes: 'yeah good',
      },
    },
    expect: booked(slot('2026-06-05', ...MORNING)),
  },
  {
    id: 'holdout-two-problems-one-breath',
    kind: 'cooperative',
    now: '2026-06-04T13:00', // Thursday, open
    caller: {
      phone: '+17735550211',
      language: 'en',
      opening:
        'hi yeah two things my kitchen sink is clogged and the garbage disposal just hums when i turn it on',
      gives: ['problem'],
      lines: { name: 'alicia grant', address: '1450 west thorndale avenue', time: 'monday afternoon' },
    },
    expect: booked(slot('2026-06-08', ...AFTERNOON)),
  },
  {
    id: 'holdout-hours-question-and-booking',
    kind: 'time-expression',
    now: '2026-05-06T17:30', // Wednesday, just closed
    caller: {
      phone: '+17735550212',
      language: 'en',
      opening:
        'hi are you guys open saturdays and if so can somebody come this saturday morning for a leaky pipe under the bathroom sink',
      gives: ['problem', 'time'],
      lines: { name: 'mike dunne', address: '2031 west school street', time: 'saturday morning' },
    },
    expect: [...booked(slot('2026-05-09', '09:00', '12:01')), SATURDAY_HOURS],
  },
  {
    id: 'holdout-answers-other-question-at-name',
    kind: 'cooperative',
    now: '2026-10-09T10:00', // Friday, open
    caller: {
      phone: '+17735550213',
      language: 'en',
      opening: 'hey the floor drain in my basement smells like sewer',
      gives: ['problem'],
      lines: {
        name: 'oh um anytime tuesday morning is fine my name is ray castillo',
        address: '3905 west wrightwood avenue',
        time: 'tuesday morning',
      },
    },
    expect: booked(slot('2026-10-13', ...MORNING)),
  },
  {
    id: 'holdout-answers-other-question-at-address',
    kind: 'cooperative',
    now: '2026-10-12T09:00', // Monday, open
    caller: {
      phone: '+17735550214',
      language: 'en',
      opening: 'hi my toilet keeps running and running',
      gives: ['problem'],
      lines: {
        name: 'beth lindqvist',
        address:
          'it is the upstairs bathroom the one off the hallway oh you mean the address 1522 west summerdale',
        time: 'wednesday',
      },
    },
    expect: booked(slot('2026-10-14', ...OPEN), { addressIncludes: '1522' }),
  },
  {
    id: 'holdout-refine-after-lunch',
    kind: 'correction',
    now: '2026-10-06T11:00', // Tuesday, open
    caller: {
      phone: '+17735550215',
      language: 'en',
      opening: 'hi i would like to get an electrician out we got lights flickering in the kitchen',
      gives: ['problem'],
      lines: { name: 'kevin osei', address: '4823 north damen avenue', time: 'friday' },
      corrections: [
        {
          after: 'offer',
          say: 'that is too early for me anything after lunch that day',
          afterwards: { time: 'friday after lunch' },
        },
      ],
    },
    expect: booked(slot('2026-10-09', ...AFTERNOON)),
  },
  {
    id: 'holdout-refine-closer-to-eleven',
    kind: 'correction',
    now: '2026-10-05T14:00', // Monday, open
    caller: {
      phone: '+17735550216',
      language: 'en',
      opening: 'hi the garbage disposal is leaking underneath',
      gives: ['problem'],
      lines: { name: 'sandra ibsen', address: '5318 north glenwood avenue', time: 'thursday morning' },
      corrections: [
        {
          after: 'offer',
          say: 'hmm that is a little early do you have anything closer to eleven',
          afterwards: { time: 'thursday around eleven' },
        },
      ],
    },
    expect: booked(slot('2026-10-08', '10:00', '12:01')),
  },
  {
    id: 'holdout-house-number-correction',
    kind: 'correction',
    now: '2026-05-12T09:00', // Tuesday, open
    caller: {
      phone: '+17735550217',
      language: 'en',
      opening: 'hi the water heater is leaking from the bottom',
      gives: ['problem'],
      lines: { name: 'jenny cho', address: '2481 north lincoln avenue', time: 'tomorrow morning' },
      corrections: [
        {
          after: 'address',
          say: 'sorry no that is 2418 not 2481 i always flip it',
          afterwards: { address: '2418 north lincoln avenue' },
        },
      ],
    },
    expect: booked(slot('2026-05-13', ...MORNING), { addressIncludes: '2418' }),
  },
  {
    id: 'holdout-house-number-correction-digits',
    kind: 'correction',
    now: '2026-05-11T16:00', // Monday, open
    caller: {
      phone: '+17735550218',
      language: 'en',
      opening: 'yeah my garbage disposal is jammed it will not turn',
      gives: ['problem'],
      lines: { name: 'omar siddiqui', address: '3312 west diversey parkway', time: 'thursday afternoon' },
      corrections: [
        {
          after: 'address',
          say: 'wait no 3320 three three two zero sorry',
          afterwards: { address: '3320 west diversey parkway' },
        },
      ],
    },
    expect: booked(slot('2026-05-14', ...AFTERNOON), { addressIncludes: '3320' }),
  },
  {
    id: 'holdout-excluded-monday',
    kind: 'time-expression',
    now: '2026-05-08T10:00', // Friday, open
    caller: {
      phone: '+17735550219',
      language: 'en',
      opening: 'hi the kitchen faucet is loose and it leaks at the base',
      gives: ['problem'],
      lines: {
        name: 'linda moreau',
        address: '7240 north sheridan road',
        time: 'not monday any other weekday is fine',
      },
    },
    expect: booked(slot(['2026-05-08', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15'], ...OPEN)),
  },
  {
    id: 'holdout-excluded-start-of-next-week',
    kind: 'time-expression',
    now: '2026-06-03T13:00', // Wednesday, open
    caller: {
      phone: '+17735550220',
      language: 'en',
      opening: 'hi i need a new gfci outlet put in by the bathroom sink',
      gives: ['problem'],
      lines: {
        name: 'pete albrecht',
        address: '1906 west cornelia avenue',
        time: 'next week but not monday or tuesday i work those days',
      },
    },
    expect: booked(slot(['2026-06-10', '2026-06-11', '2026-06-12', '2026-06-13'], ...OPEN)),
  },
  {
    id: 'holdout-relative-week-from-tomorrow',
    kind: 'time-expression',
    now: '2026-05-04T15:00', // Monday, open
    caller: {
      phone: '+17735550221',
      language: 'en',
      opening: 'hi i want someone to look at my sump pump before the rainy season',
      gives: ['problem'],
      lines: {
        name: 'howard bell',
        address: '4938 north kostner avenue',
        time: 'a week from tomorrow in the afternoon',
      },
    },
    expect: booked(slot('2026-05-12', ...AFTERNOON)),
  },
  {
    id: 'holdout-relative-day-after-tomorrow',
    kind: 'time-expression',
    now: '2026-10-07T09:00', // Wednesday, open
    caller: {
      phone: '+17735550222',
      language: 'en',
      opening: 'hello i got a bathtub that drains super slow',
      gives: ['problem'],
      lines: {
        name: 'glenda marsh',
        address: '1140 west pratt boulevard',
        time: 'the day after tomorrow first thing',
      },
    },
    expect: booked(slot('2026-10-09', '08:00', '10:00')),
  },
  {
    id: 'holdout-relative-this-coming-saturday',
    kind: 'time-expression',
    now: '2026-10-08T12:30', // Thursday, open
    caller: {
      phone: '+17735550223',
      language: 'en',
      opening: 'hi um i need a toilet looked at it wobbles',
      gives: ['problem'],
      lines: { name: 'ed nakamura', address: '3524 north pine grove avenue', time: 'this coming saturday' },
    },
    expect: booked(slot('2026-10-10', ...SAT_HOURS)),
  },
  {
    id: 'holdout-closed-sunday-moves-to-monday',
    kind: 'time-expression',
    now: '2026-06-05T10:00', // Friday, open
    caller: {
      phone: '+17735550224',
      language: 'en',
      opening: 'hi can somebody come out sunday to fix a running toilet',
      gives: ['problem', 'time'],
      lines: { name: 'roberta quinn', address: '5849 north kolmar avenue', time: 'monday then' },
    },
    expect: booked(slot('2026-06-08', ...OPEN)),
  },
  {
    id: 'holdout-front-breaker-hair-dryer',
    kind: 'front-loaded',
    now: '2026-10-05T08:30', // Monday, open
    caller: {
      phone: '+17735550225',
      language: 'en',
      opening:
        'hey this is derek hollis the breaker for my bathroom keeps tripping every time my wife runs the hair dryer i am at 1838 west henderson street and thursday morning works',
      gives: ['name', 'problem', 'address', 'time'],
      lines: {
        name: 'derek hollis',
        address: '1838 west henderson street',
        problem: 'the bathroom breaker trips with the hair dryer',
        time: 'thursday morning',
      },
    },
    expect: bookedFast(slot('2026-10-08', ...MORNING)),
  },
  {
    id: 'holdout-front-noisy-pilot-light',
    kind: 'front-loaded',
    now: '2026-12-02T10:00', // Wednesday, open
    caller: {
      phone: '+17735550226',
      language: 'en',
      opening:
        'hi yes my name is angela rossi r o s s i uh the water heater pilot light keeps going out i am at 5540 north east river road and uh tomorrow afternoon',
      gives: ['name', 'problem', 'address', 'time'],
      lines: {
        name: 'angela rossi',
        address: '5540 north east river road',
        problem: 'the water heater pilot light keeps going out',
        time: 'tomorrow afternoon',
      },
    },
    expect: bookedFast(slot('2026-12-03', ...AFTERNOON)),
  },
  {
    id: 'holdout-front-oak-park-furnace-squeal',
    kind: 'front-loaded',
    now: '2026-12-02T08:10', // Wednesday, open
    caller: {
      phone: '+17085550227',
      language: 'en',
      opening:
        'good morning this is harold finch in oak park 312 south east avenue the furnace makes a squealing noise when it kicks on can somebody come friday morning',
      gives: ['name', 'problem', 'address', 'time'],
      lines: {
        name: 'harold finch',
        address: '312 south east avenue oak park',
        problem: 'the furnace squeals when it kicks on',
        time: 'friday morning',
      },
    },
    expect: bookedFast(slot('2026-12-04', ...MORNING)),
  },
];

// ─── English: returning callers, questions, a person, silence, hang-ups ───

const englishOther: Persona[] = [
  {
    id: 'holdout-returning-second-job',
    kind: 'cooperative',
    now: '2026-05-11T11:00', // Monday, open
    seed: {
      customer: { name: 'Gail Whitman', address: '2650 West Fletcher Street' },
      appointments: [
        { start: '2026-05-14T10:00', service_type: 'Drain cleaning', description: 'kitchen drain slow' },
      ],
    },
    caller: {
      phone: '+17735550228',
      language: 'en',
      opening:
        'hi it is gail whitman again you are already coming thursday for the drain but now the toilet is running too can you send someone friday afternoon for that',
      gives: ['name', 'problem', 'time'],
      lines: {
        name: 'gail whitman',
        address: 'same address 2650 west fletcher',
        time: 'friday afternoon',
      },
    },
    expect: [...booked(slot('2026-05-15', ...AFTERNOON)), { kind: 'unchanged', seed: 0 }],
  },
  {
    id: 'holdout-returning-cancel-electrician',
    kind: 'cancel',
    now: '2026-10-06T17:45', // Tuesday, closed
    seed: {
      customer: { name: 'Victor Mendel', address: '4415 North Central Park Avenue' },
      appointments: [
        {
          start: '2026-10-08T13:00',
          service_type: 'Electrical troubleshooting',
          description: 'dining room lights dim',
        },
      ],
    },
    caller: {
      phone: '+17735550229',
      language: 'en',
      opening: 'yeah hi uh i got to cancel the electrician for thursday',
      lines: {
        name: 'victor mendel',
        yes: 'yep cancel it',
        reason: 'we are selling the house as is',
        otherwise: 'no just cancel thursday please',
      },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, { kind: 'no_booking' }],
  },
  {
    id: 'holdout-returning-reschedule-same-time',
    kind: 'reschedule',
    now: '2026-06-01T12:30', // Monday, open
    seed: {
      customer: { name: 'Nadia Petrova', address: '3030 North Kimball Avenue' },
      appointments: [
        {
          start: '2026-06-03T09:00',
          service_type: 'Water heater repair',
          description: 'no hot water upstairs',
        },
      ],
    },
    caller: {
      phone: '+17735550230',
      language: 'en',
      opening:
        'hi this is nadia petrova i have somebody coming wednesday morning can we push it to friday same time',
      gives: ['name', 'problem', 'time'],
      lines: { name: 'nadia petrova', time: 'friday at nine', yes: 'yes thank you' },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-06-05', '08:30', '09:31') }],
  },
  {
    id: 'holdout-returning-move-second-of-two',
    kind: 'reschedule',
    now: '2026-06-05T10:00', // Friday, open
    seed: {
      customer: { name: 'Frank Russo', address: '6115 North Hermitage Avenue' },
      appointments: [
        { start: '2026-06-09T10:00', service_type: 'Drain cleaning', description: 'laundry drain' },
        { start: '2026-06-11T14:00', service_type: 'Toilet repair', description: 'toilet rocks' },
      ],
    },
    caller: {
      phone: '+17735550231',
      language: 'en',
      opening:
        'hi frank russo here i need to move the toilet one on thursday to the following monday afternoon if you can',
      gives: ['name', 'problem', 'time'],
      lines: { name: 'frank russo', time: 'monday the fifteenth in the afternoon', yes: 'yeah that works' },
    },
    expect: [
      { kind: 'moved', seed: 1, window: slot('2026-06-15', ...AFTERNOON) },
      { kind: 'unchanged', seed: 0 },
    ],
  },
  {
    id: 'holdout-returning-cancel-and-rebook-one-breath',
    kind: 'reschedule',
    now: '2026-10-08T14:00', // Thursday, open
    seed: {
      customer: { name: 'Irene Blake', address: '1727 West Granville Avenue' },
      appointments: [
        { start: '2026-10-12T08:00', service_type: 'Leak repair', description: 'leak under tub' },
      ],
    },
    caller: {
      phone: '+17735550232',
      language: 'en',
      opening:
        'hi i am irene blake i need to cancel the monday appointment and book one for wednesday instead in the afternoon',
      gives: ['name', 'problem', 'time'],
      lines: { name: 'irene blake', time: 'wednesday afternoon', yes: 'yes please' },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-10-14', ...AFTERNOON) }],
  },
  {
    id: 'holdout-question-skokie',
    kind: 'question',
    now: '2026-05-05T10:00', // Tuesday, open
    caller: { phone: '+18475550233', language: 'en' },
    script: ['hi um do you guys come out to skokie', 'okay good to know thanks bye'],
    expect: [
      { kind: 'said', what: 'yes to Skokie', pattern: /skokie/i },
      { kind: 'no_booking' },
      { kind: 'closed' },
    ],
  },
  {
    id: 'holdout-question-naperville-outside',
    kind: 'question',
    now: '2026-06-02T15:00', // Tuesday, open
    caller: { phone: '+16305550234', language: 'en' },
    script: ['yeah do you service naperville', 'oh okay no worries thanks anyway bye'],
    expect: [
      {
        kind: 'said',
        what: 'not Naperville, naming the area served',
        pattern: /(chicago|evanston|oak park|skokie)/i,
      },
      { kind: 'no_booking' },
      { kind: 'closed' },
    ],
  },
  {
    id: 'holdout-question-price-drain',
    kind: 'question',
    now: '2026-10-07T11:00', // Wednesday, open
    caller: { phone: '+17735550235', language: 'en' },
    script: [
      'how much do you guys charge to snake a drain',
      'okay no that is fine i will think about it thanks bye',
    ],
    expect: [
      {
        kind: 'said',
        what: 'an honest price answer (quote or estimate)',
        pattern: /(quote|estimate|price|pricing|depends|cost|charge)/i,
      },
      { kind: 'no_booking' },
      { kind: 'closed' },
    ],
  },
  {
    id: 'holdout-question-two-in-one-breath',
    kind: 'question',
    now: '2026-12-01T09:00', // Tuesday, open
    caller: { phone: '+17735550236', language: 'en' },
    script: ['hi do you work on furnaces and what time do you close on fridays', 'perfect thank you bye'],
    expect: [
      { kind: 'said', what: 'yes to furnaces', pattern: /furnace/i },
      { kind: 'said', what: 'closes at 5 on Friday', pattern: /(\b5\b|5:00|17:00|five)/i },
      { kind: 'no_booking' },
    ],
  },
  {
    id: 'holdout-question-sunday-closed',
    kind: 'question',
    now: '2026-06-06T10:00', // Saturday, open
    caller: { phone: '+17735550237', language: 'en' },
    script: ['are you open tomorrow sunday', 'oh okay thanks'],
    expect: [
      {
        kind: 'said',
        // The caller asked about "tomorrow sunday": "tomorrow we're closed" answers it as well.
        what: 'closed on Sunday (tomorrow)',
        pattern: /\b(closed|not open|aren't open|are not open)\b/i,
      },
      { kind: 'no_booking' },
    ],
  },
  {
    id: 'holdout-human-owner-by-name',
    kind: 'human',
    now: '2026-06-02T11:00', // Tuesday
    tenant: { business_hours: ALWAYS_OPEN },
    caller: { phone: '+17735550238', language: 'en' },
    script: [
      'yeah can i just talk to denise',
      'i would rather talk to her directly',
      'yes please put me through',
    ],
    expect: [{ kind: 'transfer' }],
  },
  {
    id: 'holdout-human-after-hours-invoice',
    kind: 'human',
    now: '2026-06-06T20:00', // Saturday night, closed
    caller: { phone: '+17735550239', language: 'en' },
    script: [
      'hi i need to talk to denise about an invoice',
      'no it is about a bill i think i got charged twice can she call me back',
      'yes please my name is paul jensen',
      'yes this number is fine',
      'thanks bye',
    ],
    expect: [ANY_CALLBACK, { kind: 'no_transfer' }, { kind: 'no_booking' }],
  },
  {
    id: 'holdout-silence-voicemail',
    kind: 'silence',
    now: '2026-10-05T12:00', // Monday, open
    caller: { phone: '+17735550240', language: 'en' },
    script: ['', '', ''],
    expect: [{ kind: 'voicemail' }, { kind: 'callback', reason: 'VOICEMAIL' }],
  },
  {
    id: 'holdout-hangs-up-mid-intake',
    kind: 'cooperative',
    now: '2026-05-13T10:30', // Wednesday, open
    caller: {
      phone: '+17735550241',
      language: 'en',
      opening: 'hi uh i need a plumber the tub will not drain',
      gives: ['problem'],
      lines: { name: 'carl simmons', address: '2204 west argyle street', time: 'friday' },
    },
    maxTurns: 2,
    expect: [ANY_CALLBACK, { kind: 'no_booking' }],
  },
];

// ─── English emergencies, every trade ───

const TODAY_OR_NEXT = (dates: string[]) => slot(dates, ...ALL_DAY);

const englishEmergencies: Persona[] = [
  {
    id: 'holdout-em-burst-pipe-flood',
    kind: 'emergency',
    now: '2026-01-20T09:40', // Tuesday, open, freezing
    caller: {
      phone: '+17735550242',
      language: 'en',
      opening: 'oh god a pipe burst in the basement ceiling and water is pouring everywhere',
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'sharon pike',
        address: '4120 north keeler avenue',
        time: 'right now as soon as possible',
        safety: 'yeah we are okay just wet',
      },
    },
    expect: emergencyHandled(TODAY_OR_NEXT(['2026-01-20', '2026-01-21'])),
  },
  {
    id: 'holdout-em-sparking-outlet-kids-room',
    kind: 'emergency',
    now: '2026-06-04T19:10', // Thursday evening, closed
    caller: {
      phone: '+17735550243',
      language: 'en',
      opening:
        'there is sparks coming out of the outlet in my kid is bedroom and it smells like burning plastic',
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'jamal price',
        address: '8125 south ingleside avenue',
        time: 'as soon as somebody can',
        safety: 'yeah everybody is out of that room i flipped the breaker',
      },
    },
    expect: emergencyHandled(TODAY_OR_NEXT(['2026-06-04', '2026-06-05'])),
  },
  {
    id: 'holdout-em-burning-smell-panel',
    kind: 'emergency',
    now: '2026-10-10T10:30', // Saturday, open
    caller: {
      phone: '+17735550244',
      language: 'en',
      opening:
        'there is a burning smell coming from the breaker panel in the garage and one of the breakers is hot to the touch',
      gives: ['problem'],
      lines: {
        name: 'nancy oberg',
        address: '5607 north natoma avenue',
        time: 'earliest you got',
        safety: 'yes we are all fine',
      },
    },
    expect: emergencyHandled(TODAY_OR_NEXT(['2026-10-10', '2026-10-11', '2026-10-12'])),
  },
  {
    id: 'holdout-em-no-heat-infant',
    kind: 'emergency',
    now: '2026-01-22T21:30', // Thursday night, closed, below zero
    caller: {
      phone: '+17735550245',
      language: 'en',
      opening:
        'hi our furnace just quit and it is like fifty degrees in the house and we have a three month old',
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'caitlin moss',
        address: '3711 north hamlin avenue',
        time: 'tonight if at all possible',
        safety: 'yeah we are okay just freezing we got the baby bundled up',
      },
    },
    expect: emergencyHandled(TODAY_OR_NEXT(['2026-01-22', '2026-01-23'])),
  },
  {
    id: 'holdout-em-no-heat-elderly-mom',
    kind: 'emergency',
    now: '2026-01-24T15:00', // Saturday afternoon, closed
    caller: {
      phone: '+17735550246',
      language: 'en',
      opening:
        'hi i am calling for my mom she is eighty eight and her heat has been out since this morning and it is ten below out',
      gives: ['problem'],
      lines: {
        name: 'my name is gary lutz it is for my mom ruth lutz',
        address: 'her place is 6440 north fairfield avenue',
        time: 'as soon as possible please',
        safety: 'she is okay for now she has a space heater',
      },
    },
    expect: emergencyHandled(TODAY_OR_NEXT(['2026-01-24', '2026-01-25', '2026-01-26'])),
  },
  {
    id: 'holdout-em-gas-smell-stove',
    kind: 'emergency',
    now: '2026-10-07T13:20', // Wednesday, open
    caller: {
      phone: '+17735550247',
      language: 'en',
      opening: 'i smell gas really strong in the kitchen like near the stove',
      gives: ['problem'],
      lines: {
        name: 'helen kowal',
        address: '2958 north oakley avenue',
        time: 'right away',
        safety: 'no we are still inside',
      },
    },
    expect: [...emergencyHandled(TODAY_OR_NEXT(['2026-10-07', '2026-10-08'])), ...GAS_ADVICE],
  },
  {
    id: 'holdout-em-co-alarm-headache',
    kind: 'emergency',
    now: '2026-12-01T06:45', // Tuesday, before opening
    caller: {
      phone: '+17735550248',
      language: 'en',
      opening: 'um the carbon monoxide detector keeps going off and my husband has a headache',
      gives: ['problem'],
      lines: {
        name: 'teresa kim',
        address: '4506 north kasson avenue',
        time: 'as soon as you can',
        safety: 'we are still in the house',
      },
    },
    expect: [...emergencyHandled(TODAY_OR_NEXT(['2026-12-01', '2026-12-02'])), LEAVE_HOUSE, CALL_911],
  },
  {
    id: 'holdout-em-sewage-floor-drain',
    kind: 'emergency',
    now: '2026-06-05T16:40', // Friday, about to close
    caller: {
      phone: '+17735550249',
      language: 'en',
      opening: 'sewage is coming up out of the floor drain in the basement it is everywhere',
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'bob szymanski',
        address: '5236 south nagle avenue',
        time: 'today please',
        safety: 'yeah we are fine it just stinks',
      },
    },
    expect: emergencyHandled(TODAY_OR_NEXT(['2026-06-05', '2026-06-06', '2026-06-08'])),
  },
  {
    id: 'holdout-em-front-loaded-water-heater-burst',
    kind: 'emergency',
    now: '2026-05-04T11:00', // Monday, open
    caller: {
      phone: '+17735550250',
      language: 'en',
      opening:
        'hi this is amy tran the water heater just burst and the basement is flooding i am at 2650 north kimball avenue please send somebody now',
      gives: ['name', 'problem', 'address', 'time'],
      wantsTransfer: true,
      lines: {
        name: 'amy tran',
        address: '2650 north kimball avenue',
        time: 'now',
        safety: 'yes i shut the water off at the main',
      },
    },
    expect: emergencyHandled(TODAY_OR_NEXT(['2026-05-04', '2026-05-05'])),
  },
  {
    id: 'holdout-em-water-through-light-fixture',
    kind: 'emergency',
    now: '2026-12-03T08:15', // Thursday, open
    caller: {
      phone: '+17735550251',
      language: 'en',
      opening:
        'uh there is water dripping out of the ceiling light in the bathroom the upstairs tub overflowed and the light is buzzing',
      gives: ['problem'],
      lines: {
        name: 'martin greer',
        address: '1419 west rosemont avenue',
        time: 'as soon as you can',
        safety: 'yeah we are fine we are staying out of the bathroom',
      },
    },
    expect: emergencyHandled(TODAY_OR_NEXT(['2026-12-03', '2026-12-04'])),
  },
];

// ─── Spanish ───

const spanish: Persona[] = [
  {
    id: 'holdout-es-excusado-tapado',
    kind: 'spanish',
    now: '2026-05-04T10:00', // lunes, abierto
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550252',
      language: 'es',
      opening: 'bueno sí mire es que el excusado está tapado y no baja el agua',
      gives: ['problem'],
      lines: {
        name: 'me llamo rogelio sandoval',
        address: 'vivo en el 2210 de la south laramie avenue',
        time: 'el jueves en la mañana',
        yes: 'sí está bien',
      },
    },
    expect: [
      ...booked(slot('2026-05-07', ...MORNING), { addressIncludes: '2210' }),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-es-taza-calle-18',
    kind: 'spanish',
    now: '2026-05-12T14:30', // martes, abierto; negocio en inglés
    caller: {
      phone: '+17735550253',
      language: 'es',
      opening: 'hola buenas tardes este la taza del baño se está saliendo el agua por abajo',
      gives: ['problem'],
      lines: {
        name: 'soy guadalupe reyes',
        address: 'en la calle 18 número 1533',
        time: 'mañana en la tarde',
        yes: 'sí por favor',
      },
    },
    expect: [...booked(slot('2026-05-13', ...AFTERNOON), { addressIncludes: '1533' }), { kind: 'spanish' }],
  },
  {
    id: 'holdout-es-inodoro-corrige-numero',
    kind: 'spanish',
    now: '2026-06-02T09:00', // martes
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550254',
      language: 'es',
      opening: 'buenos días quería ver si me pueden arreglar el inodoro que no para de correr',
      gives: ['problem'],
      lines: {
        name: 'mi nombre es teresa carrillo',
        address: 'es el 3415 de la west 26th street',
        time: 'el viernes temprano',
        yes: 'sí perfecto',
      },
      corrections: [
        {
          after: 'address',
          say: 'no perdón es el 3451 me equivoqué',
          afterwards: { address: 'el 3451 de la west 26th street' },
        },
      ],
    },
    expect: [
      ...booked(slot('2026-06-05', '08:00', '11:00'), { addressIncludes: '3451' }),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-es-tina-no-drena-sabado',
    kind: 'spanish',
    now: '2026-06-03T18:00', // miércoles, cerrado
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550255',
      language: 'es',
      opening: 'oiga la tina no drena se queda el agua ahí estancada',
      gives: ['problem'],
      lines: {
        name: 'héctor villalobos',
        address: 'vivo en el 4021 de la west cermak road',
        time: 'el sábado en la mañana',
        yes: 'ándale sí',
      },
    },
    expect: [...booked(slot('2026-06-06', ...SAT_HOURS)), { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'holdout-es-boiler-agua-tibia',
    kind: 'spanish',
    now: '2026-10-08T11:00', // jueves
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550256',
      language: 'es',
      opening: 'buenas el bóiler no está calentando bien el agua sale tibia nomás',
      gives: ['problem'],
      lines: {
        name: 'ana lucía paredes',
        address: 'vivo en el 2730 de la south saint louis',
        time: 'el martes después de la una',
        yes: 'sí está bien',
      },
    },
    expect: [...booked(slot('2026-10-13', '13:00', '17:00')), { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'holdout-es-calentador-todo-de-una',
    kind: 'spanish',
    now: '2026-10-05T16:00', // lunes; negocio en inglés
    caller: {
      phone: '+17735550257',
      language: 'es',
      opening:
        'hola habla marisol ortega el calentador de agua está goteando por abajo vivo en el 1845 de la west 21st place y mañana en la mañana me queda bien',
      gives: ['name', 'problem', 'address', 'time'],
      lines: {
        name: 'marisol ortega',
        address: 'el 1845 de la west 21st place',
        problem: 'el calentador gotea por abajo',
        time: 'mañana en la mañana',
        yes: 'sí gracias',
      },
    },
    expect: [...bookedFast(slot('2026-10-06', ...MORNING)), { kind: 'spanish' }],
  },
  {
    id: 'holdout-es-pastilla-se-bota',
    kind: 'spanish',
    now: '2026-10-09T10:00', // viernes
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550258',
      language: 'es',
      opening: 'se bota la pastilla cada vez que conecto la secadora en el enchufe del baño',
      gives: ['problem'],
      lines: {
        name: 'yesenia morales',
        address: 'vivo en el 5122 de la south kedzie',
        time: 'el miércoles en la tarde',
        yes: 'sí',
      },
    },
    expect: [
      ...booked(slot('2026-10-14', ...AFTERNOON)),
      { kind: 'no_transfer' },
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-es-llave-gotea-urgente',
    kind: 'spanish',
    now: '2026-05-07T15:00', // jueves
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550259',
      language: 'es',
      opening: 'es urgente la llave del lavabo no deja de gotear toda la noche estuvo así',
      gives: ['problem'],
      lines: {
        name: 'me llamo ignacio fuentes',
        address: 'vivo en el 2419 de la south avers',
        time: 'el lunes a cualquier hora',
        yes: 'sí está bien',
      },
    },
    expect: [
      ...booked(slot('2026-05-11', ...OPEN)),
      { kind: 'no_transfer' },
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-es-cambia-dos-veces-drenaje',
    kind: 'spanish',
    now: '2026-10-08T10:00', // jueves
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550260',
      language: 'es',
      opening: 'buenas quería una cita para que revisen el drenaje de la cocina que está muy lento',
      gives: ['problem'],
      lines: {
        name: 'soy patricia domínguez',
        address: 'vivo en el 2616 de la south pulaski road',
        time: 'el lunes en la mañana',
        yes: 'sí así está bien',
      },
      corrections: [
        { after: 'time', say: 'ay no espere mejor el martes', afterwards: { time: 'el martes en la tarde' } },
        {
          after: 'offer',
          say: 'no sabe qué mejor el miércoles en la mañana perdón',
          afterwards: { time: 'el miércoles en la mañana' },
        },
      ],
    },
    expect: [...booked(slot('2026-10-14', ...MORNING)), { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'holdout-es-menos-el-viernes',
    kind: 'spanish',
    now: '2026-06-04T11:00', // jueves
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550261',
      language: 'es',
      opening: 'hola el triturador de basura del fregadero ya no sirve hace puro ruido',
      gives: ['problem'],
      lines: {
        name: 'leticia ávila',
        address: 'en la calle 47 número 2240',
        time: 'cualquier día entre semana menos el viernes',
        yes: 'sí',
      },
    },
    expect: [
      ...booked(slot(['2026-06-04', '2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11'], ...OPEN)),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-es-de-manana-en-ocho',
    kind: 'spanish',
    now: '2026-05-05T12:00', // martes
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550262',
      language: 'es',
      opening: 'buenas tardes quiero que me revisen la bomba del sótano la sump pump',
      gives: ['problem'],
      lines: {
        name: 'me llamo efraín salas',
        address: 'vivo en el 3129 de la west 38th street',
        time: 'de mañana en ocho días en la tarde',
        yes: 'sí está bien',
      },
    },
    expect: [...booked(slot('2026-05-13', ...AFTERNOON)), { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'holdout-es-lento-una-palabra',
    kind: 'spanish',
    now: '2026-06-08T09:00', // lunes
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550263',
      language: 'es',
      opening: 'bueno',
      lines: {
        problem: 'el fregadero',
        name: 'chuy',
        address: 'eh 3020 west 59th',
        time: 'jueves',
        yes: 'sí',
      },
    },
    expect: [...booked(slot('2026-06-11', ...OPEN)), { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'holdout-es-numeros-en-palabras-dos-cosas',
    kind: 'spanish',
    now: '2026-10-06T13:00', // martes
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550264',
      language: 'es',
      opening: 'hola fíjese que la regadera gotea y también el excusado hace ruido a cada rato',
      gives: ['problem'],
      lines: {
        name: 'rodolfo ibáñez',
        address: 'vivo en el veintiocho cuarenta y siete de la south kedzie',
        time: 'el viernes a las diez',
        yes: 'sí',
      },
    },
    expect: [
      ...booked(slot('2026-10-09', '09:30', '11:01'), { addressIncludes: 'kedzie' }),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-es-cancelar-viernes',
    kind: 'cancel',
    now: '2026-05-13T18:30', // miércoles, cerrado
    tenant: ES_TENANT,
    seed: {
      customer: { name: 'Javier Montes', address: '2841 West 25th Place' },
      appointments: [
        { start: '2026-05-15T10:00', service_type: 'Toilet repair', description: 'excusado flojo' },
      ],
    },
    caller: {
      phone: '+17735550265',
      language: 'es',
      opening: 'hola buenas tardes le hablo para cancelar la cita del viernes',
      lines: {
        name: 'javier montes',
        yes: 'sí cancélela por favor',
        reason: 'ya lo arregló mi cuñado',
        otherwise: 'no nomás cancelar la del viernes',
      },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, { kind: 'no_booking' }, { kind: 'spanish', fromGreeting: true }],
  },
  {
    id: 'holdout-es-reprogramar-jueves',
    kind: 'reschedule',
    now: '2026-10-05T10:00', // lunes; negocio en inglés
    seed: {
      customer: { name: 'Carmen Ruiz', address: '1944 South Throop Street' },
      appointments: [
        { start: '2026-10-06T09:00', service_type: 'Leak repair', description: 'fuga bajo el lavabo' },
      ],
    },
    caller: {
      phone: '+17735550266',
      language: 'es',
      opening:
        'hola soy carmen ruiz tengo cita mañana a las nueve la puedo cambiar para el jueves a la misma hora',
      gives: ['name', 'problem', 'time'],
      lines: { name: 'carmen ruiz', time: 'el jueves a las nueve', yes: 'sí gracias' },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-10-08', '08:30', '09:31') }, { kind: 'spanish' }],
  },
  {
    id: 'holdout-es-pregunta-sabado',
    kind: 'question',
    now: '2026-06-03T12:00', // miércoles
    tenant: ES_TENANT,
    caller: { phone: '+17735550267', language: 'es' },
    script: ['buenas tardes a qué hora abren los sábados', 'ah ok muchas gracias adiós'],
    expect: [SATURDAY_HOURS, { kind: 'no_booking' }, { kind: 'spanish', fromGreeting: true }],
  },
  // Spanish emergencies
  {
    id: 'holdout-es-em-contacto-chispas',
    kind: 'emergency',
    now: '2026-06-02T12:15', // martes, abierto
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550268',
      language: 'es',
      opening: 'oiga el contacto de la cocina echó chispas y huele a quemado',
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'me llamo rubén ochoa',
        address: 'en la calle 26 número 2905',
        time: 'lo más pronto posible',
        safety: 'sí estamos bien ya bajé el breaker',
        yes: 'sí por favor',
      },
    },
    expect: [
      ...emergencyHandled(TODAY_OR_NEXT(['2026-06-02', '2026-06-03'])),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-es-em-caja-breakers-quemado',
    kind: 'emergency',
    now: '2026-12-03T20:00', // jueves, cerrado; negocio en inglés
    caller: {
      phone: '+17735550269',
      language: 'es',
      opening: 'bueno huele a quemado en la caja de los breakers y uno está bien caliente',
      gives: ['problem'],
      lines: {
        name: 'martín cisneros',
        address: 'vivo en el 4348 de la south richmond street',
        time: 'lo antes posible',
        safety: 'sí todos estamos bien',
        yes: 'sí',
      },
    },
    expect: [...emergencyHandled(TODAY_OR_NEXT(['2026-12-03', '2026-12-04'])), { kind: 'spanish' }],
  },
  {
    id: 'holdout-es-em-olor-a-gas',
    kind: 'emergency',
    now: '2026-05-13T09:30', // miércoles, abierto
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550270',
      language: 'es',
      opening: 'huele mucho a gas en la cocina creo que es la estufa',
      gives: ['problem'],
      lines: {
        name: 'sofía navarro',
        address: 'vivo en el 2538 de la south sawyer avenue',
        time: 'ahorita mismo',
        safety: 'todavía estamos adentro con los niños',
        yes: 'sí',
      },
    },
    expect: [
      ...emergencyHandled(TODAY_OR_NEXT(['2026-05-13', '2026-05-14'])),
      ...GAS_ADVICE_ES,
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-es-em-sin-calefaccion-bebe',
    kind: 'emergency',
    now: '2026-01-26T22:00', // lunes de noche, cerrado, helando
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550271',
      language: 'es',
      opening: 'se descompuso la calefacción y hace un frío tremendo tengo un bebé de seis meses',
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'me llamo karina espinoza',
        address: 'vivo en el 3347 de la west 55th street',
        time: 'lo más pronto que se pueda',
        safety: 'sí estamos bien tapaditos pero hace mucho frío',
        yes: 'sí por favor',
      },
    },
    expect: [
      ...emergencyHandled(TODAY_OR_NEXT(['2026-01-26', '2026-01-27'])),
      { kind: 'spanish', fromGreeting: true },
    ],
  },
  {
    id: 'holdout-es-em-coladera-inundacion',
    kind: 'emergency',
    now: '2026-06-12T08:30', // viernes, abierto; negocio en inglés
    caller: {
      phone: '+17735550272',
      language: 'es',
      opening: 'se está regresando el agua por la coladera del sótano y ya se inundó todo',
      gives: ['problem'],
      wantsTransfer: true,
      lines: {
        name: 'alfredo mejía',
        address: 'en la calle 31 número 2714',
        time: 'ya mismo por favor',
        safety: 'sí estamos bien',
        yes: 'sí',
      },
    },
    expect: [...emergencyHandled(TODAY_OR_NEXT(['2026-06-12', '2026-06-13'])), { kind: 'spanish' }],
  },
  {
    id: 'holdout-es-em-alarma-monoxido',
    kind: 'emergency',
    now: '2026-12-01T05:50', // martes de madrugada, cerrado
    tenant: ES_TENANT,
    caller: {
      phone: '+17735550273',
      language: 'es',
      opening: 'está sonando la alarma de monóxido de carbono y mi hija dice que se siente mareada',
      gives: ['problem'],
      lines: {
        name: 'me llamo gloria pacheco',
        address: 'vivo en el 4417 de la south talman avenue',
        time: 'lo antes posible',
        safety: 'todavía estamos en la casa',
        yes: 'sí',
      },
    },
    expect: [
      ...emergencyHandled(TODAY_OR_NEXT(['2026-12-01', '2026-12-02'])),
      SALGA,
      LLAME_911,
      { kind: 'spanish', fromGreeting: true },
    ],
  },
];

export const HOLDOUT_BATCH_1: Persona[] = [
  ...englishBookings,
  ...englishOther,
  ...englishEmergencies,
  ...spanish,
];
