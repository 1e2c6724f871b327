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

// Held-out batch 2: callers written without sight of how the assistant understands them. Dates are
// 2026 (March 2 is a Monday); the default tenant is Lakeview Plumbing & Electric, America/Chicago,
// Mon–Fri 08:00–17:00, Sat 09:00–13:00, Sun closed.

const ES_TENANT = {
  name: 'Plomería y Electricidad Guzmán',
  language_code: 'es',
  owner_name: 'Héctor Guzmán',
};
const ES: Check = { kind: 'spanish' };
const ES_GREET: Check = { kind: 'spanish', fromGreeting: true };
const NOT_BOOKED_CLOSED: Check[] = [{ kind: 'no_booking' }, { kind: 'closed' }];

const phone = (n: number) => `+1773555${String(4000 + n)}`;

export const HOLDOUT_BATCH_2: Persona[] = [
  // ───────────── English cooperative / recogniser noise ─────────────
  {
    id: 'holdout-b2-one-word-talker',
    kind: 'cooperative',
    now: '2026-04-14T09:20', // Tuesday, open
    caller: {
      phone: phone(1),
      language: 'en',
      opening: 'plumber',
      lines: {
        problem: 'toilet',
        name: 'marcus',
        address: '4410 north ashland',
        time: 'tomorrow',
        yes: 'yep',
        no: 'nope',
      },
    },
    expect: booked(slot('2026-04-15', ...OPEN)),
  },
  {
    id: 'holdout-b2-for-four-homophone',
    kind: 'time-expression',
    now: '2026-04-13T11:00', // Monday, open
    caller: {
      phone: phone(2),
      language: 'en',
      opening: "hi um yeah my garbage disposal is humming but it won't spin",
      gives: ['problem'],
      lines: {
        name: "uh it's greg tomlin",
        address: '2718 west belmont avenue',
        time: 'thursday at for in the afternoon if you got it',
        yes: 'yeah that works',
      },
    },
    expect: booked(slot('2026-04-16', '15:30', '16:31')),
  },
  {
    id: 'holdout-b2-ate-homophone-morning',
    kind: 'time-expression',
    now: '2026-04-20T14:10', // Monday, open
    caller: {
      phone: phone(3),
      language: 'en',
      opening: "hello i need someone to snake my kitchen drain it's real slow",
      gives: ['problem'],
      lines: {
        name: 'this is priya raman',
        address: '1536 west foster avenue',
        time: 'wednesday around ate in the morning',
        yes: 'okay great',
      },
    },
    expect: booked(slot('2026-04-22', '07:30', '09:31')),
  },
  {
    id: 'holdout-b2-address-numbers-as-words',
    kind: 'cooperative',
    now: '2026-04-15T10:05', // Wednesday
    caller: {
      phone: phone(4),
      language: 'en',
      opening: "yeah hi the water heater's not giving hot water anymore",
      gives: ['problem'],
      lines: {
        name: 'frank dombrowski',
        address: 'uh thirty eight oh two north pulaski road',
        time: 'friday afternoon',
        yes: 'sure',
      },
    },
    expect: booked(slot('2026-04-17', ...AFTERNOON), { addressIncludes: 'pulaski' }),
  },
  {
    id: 'holdout-b2-name-spelled-out',
    kind: 'cooperative',
    now: '2026-04-16T13:30', // Thursday
    caller: {
      phone: phone(5),
      language: 'en',
      opening: 'hi there the breaker for my kitchen keeps tripping when i run the microwave',
      gives: ['problem'],
      lines: {
        name: "siobhan that's s i o b h a n last name keane",
        address: '6120 north kenmore avenue',
        time: 'monday morning',
        yes: 'perfect thanks',
      },
    },
    expect: booked(slot('2026-04-20', ...MORNING)),
  },
  {
    id: 'holdout-b2-answers-different-question',
    kind: 'cooperative',
    now: '2026-04-21T08:45', // Tuesday
    caller: {
      phone: phone(6),
      language: 'en',
      opening: 'hi i got a leak',
      lines: {
        problem: "it's under the bathroom sink like a steady drip from the pipe",
        name: "oh it's the upstairs bathroom um sorry my name is dana wells",
        address: "we're the brick house on the corner um 3345 north damen",
        time: 'uh i work till three so after that any day this week',
        yes: 'yes',
      },
    },
    expect: booked(slot(['2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24'], '15:00', '17:00')),
  },
  {
    id: 'holdout-b2-front-loaded-everything',
    kind: 'front-loaded',
    now: '2026-04-14T15:00', // Tuesday
    caller: {
      phone: phone(7),
      language: 'en',
      opening:
        "yeah hi this is tom okafor i'm at 5230 north sheridan road my sump pump quit and it's supposed to rain saturday so could somebody come thursday morning",
      gives: ['name', 'address', 'problem', 'time'],
      lines: { yes: 'yeah book it' },
    },
    expect: bookedFast(slot('2026-04-16', ...MORNING)),
  },
  {
    id: 'holdout-b2-two-requests-one-breath',
    kind: 'front-loaded',
    now: '2026-04-22T16:20', // Wednesday
    caller: {
      phone: phone(8),
      language: 'en',
      opening:
        'hi two things my toilet keeps running and also the outlet in the garage is dead can one guy do both maybe friday',
      gives: ['problem', 'time'],
      lines: {
        name: 'ellen brandt',
        address: '918 south oak park avenue oak park',
        time: 'friday whenever',
        yes: "that's fine",
      },
    },
    expect: [...booked(slot('2026-04-24', ...OPEN)), { kind: 'no_reask' }],
  },
  {
    id: 'holdout-b2-booking-plus-question',
    kind: 'cooperative',
    now: '2026-04-23T12:00', // Thursday
    caller: {
      phone: phone(9),
      language: 'en',
      opening: 'hi do you guys work saturdays my furnace is making a squealing noise',
      gives: ['problem'],
      lines: {
        name: 'bill hartigan',
        address: '7421 north ridge boulevard',
        time: 'saturday morning then',
        yes: 'okay',
      },
    },
    expect: [
      ...booked(slot('2026-04-25', '09:00', '12:00')),
      {
        kind: 'said',
        what: 'saturday hours',
        pattern: /(\b9\b|9:00|nine).{0,60}(\b1\b|1:00|13:00|one|noon)/i,
      },
    ],
  },
  {
    id: 'holdout-b2-refines-time',
    kind: 'time-expression',
    now: '2026-04-20T10:30', // Monday
    caller: {
      phone: phone(10),
      language: 'en',
      opening: 'hey i need somebody to look at my water heater pilot light keeps going out',
      gives: ['problem'],
      lines: {
        name: 'rosa lindqvist',
        address: '2210 west irving park road',
        time: 'later this week um like thursday but not too early maybe after ten',
        yes: 'sounds good',
      },
    },
    expect: booked(slot('2026-04-23', '10:00', '17:00')),
  },
  {
    id: 'holdout-b2-refines-after-offer',
    kind: 'correction',
    now: '2026-04-13T09:00', // Monday
    caller: {
      phone: phone(11),
      language: 'en',
      opening: 'hi my shower drain is backing up',
      gives: ['problem'],
      lines: {
        name: 'kevin marsh',
        address: '4015 north lincoln avenue',
        time: 'wednesday',
        yes: "yeah that's good",
      },
      corrections: [
        {
          after: 'offer',
          say: 'oh wait i should say it has to be the afternoon on wednesday i got work in the morning',
          afterwards: { time: 'wednesday afternoon' },
        },
      ],
    },
    expect: booked(slot('2026-04-15', ...AFTERNOON)),
  },
  {
    id: 'holdout-b2-changes-mind-twice',
    kind: 'correction',
    now: '2026-04-13T13:00', // Monday
    caller: {
      phone: phone(12),
      language: 'en',
      opening: 'hi i need an electrician some of my outlets stopped working',
      gives: ['problem'],
      lines: {
        name: 'jordan pike',
        address: '1120 north lasalle drive',
        time: 'tuesday morning',
        yes: 'okay yes',
      },
      corrections: [
        {
          after: 'time',
          say: 'actually no wait make that wednesday morning',
          afterwards: { time: 'wednesday morning' },
        },
        {
          after: 'offer',
          say: 'ugh sorry i changed my mind again can we do thursday afternoon instead',
          afterwards: { time: 'thursday afternoon' },
        },
      ],
    },
    expect: booked(slot('2026-04-16', ...AFTERNOON)),
  },
  {
    id: 'holdout-b2-changes-mind-twice-back',
    kind: 'correction',
    now: '2026-04-21T11:00', // Tuesday
    caller: {
      phone: phone(13),
      language: 'en',
      opening: 'yeah my toilet is rocking and leaking at the base',
      gives: ['problem'],
      lines: {
        name: 'adele fournier',
        address: '3029 west montrose avenue',
        time: 'friday morning',
        yes: 'alright',
      },
      corrections: [
        { after: 'time', say: 'hmm no monday is better', afterwards: { time: 'monday morning' } },
        {
          after: 'offer',
          say: "no actually sorry let's just go back to friday morning like i said first",
          afterwards: { time: 'friday morning' },
        },
      ],
    },
    expect: booked(slot('2026-04-24', ...MORNING)),
  },
  {
    id: 'holdout-b2-address-correction',
    kind: 'correction',
    now: '2026-04-15T09:40', // Wednesday
    caller: {
      phone: phone(14),
      language: 'en',
      opening: 'hi the disposal is jammed',
      gives: ['problem'],
      lines: {
        name: 'liam oconnor',
        address: '1457 west wrightwood',
        time: 'tomorrow afternoon',
        yes: 'yep',
      },
      corrections: [
        {
          after: 'address',
          say: "sorry not fourteen fifty seven it's 1475 west wrightwood",
          afterwards: { address: '1475 west wrightwood' },
        },
      ],
    },
    expect: booked(slot('2026-04-16', ...AFTERNOON), { addressIncludes: '1475' }),
  },
  {
    id: 'holdout-b2-name-correction',
    kind: 'correction',
    now: '2026-04-15T14:00', // Wednesday
    caller: {
      phone: phone(15),
      language: 'en',
      opening: 'hi i want to get a quote on replacing my water heater and get somebody out',
      gives: ['problem'],
      lines: {
        name: "it's ann",
        address: '820 custer avenue evanston',
        time: 'next monday any time',
        yes: 'okay good',
      },
      corrections: [
        {
          after: 'name',
          say: 'oh sorry full name anne marie castillo',
          afterwards: { name: 'anne marie castillo' },
        },
      ],
    },
    expect: booked(slot('2026-04-20', ...OPEN)),
  },
  {
    id: 'holdout-b2-excluded-days',
    kind: 'time-expression',
    now: '2026-04-17T10:00', // Friday
    caller: {
      phone: phone(16),
      language: 'en',
      opening: "hi my basement floor drain smells like sewer i think it's dried out or something",
      gives: ['problem'],
      lines: {
        name: 'nadia petrosyan',
        address: '5511 west gunnison street',
        time: 'any morning next week except monday or tuesday',
        yes: 'yes thank you',
      },
    },
    expect: booked(slot(['2026-04-22', '2026-04-23', '2026-04-24'], ...MORNING)),
  },
  {
    id: 'holdout-b2-not-friday',
    kind: 'time-expression',
    now: '2026-04-22T09:00', // Wednesday
    caller: {
      phone: phone(17),
      language: 'en',
      opening: 'hey my kitchen faucet drips constantly',
      gives: ['problem'],
      lines: {
        name: 'sam ruiz',
        address: '2650 north milwaukee avenue',
        time: 'anytime this week but not friday and not today',
        yes: 'yeah',
      },
    },
    expect: booked(slot(['2026-04-23', '2026-04-25'], '08:00', '17:00')),
  },
  {
    id: 'holdout-b2-day-after-tomorrow',
    kind: 'time-expression',
    now: '2026-04-13T16:30', // Monday
    caller: {
      phone: phone(18),
      language: 'en',
      opening: 'hi we need a ceiling light fixture that stopped working looked at',
      gives: ['problem'],
      lines: {
        name: 'hannah berg',
        address: '1812 west cullom avenue',
        time: 'the day after tomorrow in the morning',
        yes: 'great',
      },
    },
    expect: booked(slot('2026-04-15', ...MORNING)),
  },
  {
    id: 'holdout-b2-sunday-closed-moves',
    kind: 'time-expression',
    now: '2026-04-16T11:00', // Thursday
    caller: {
      phone: phone(19),
      language: 'en',
      opening: "hi can somebody come look at my sump pump it's making a grinding noise",
      gives: ['problem'],
      lines: {
        name: 'victor almeida',
        address: '4321 west addison street',
        time: 'sunday if possible',
        yes: 'okay fine',
      },
    },
    expect: booked(slot('2026-04-20', ...OPEN)),
  },
  {
    id: 'holdout-b2-late-saturday-moves',
    kind: 'time-expression',
    now: '2026-04-20T12:00', // Monday
    caller: {
      phone: phone(20),
      language: 'en',
      opening: 'hi there my bathtub drain is super slow',
      gives: ['problem'],
      lines: {
        name: 'gwen holloway',
        address: '6001 north broadway',
        time: 'saturday around three in the afternoon',
        yes: 'fine',
      },
      accepts: slot(['2026-04-25', '2026-04-27'], '09:00', '17:00'),
    },
    expect: [
      {
        kind: 'any_of',
        what: 'saturday within hours, or the next open day',
        options: [
          [{ kind: 'booked', window: slot('2026-04-25', '09:00', '12:01') }],
          [{ kind: 'booked', window: slot('2026-04-27', ...OPEN) }],
        ],
      },
      { kind: 'confirmation_sms' },
    ],
  },
  {
    id: 'holdout-b2-next-week-relative',
    kind: 'time-expression',
    now: '2026-04-23T10:00', // Thursday
    caller: {
      phone: phone(21),
      language: 'en',
      opening: 'hi my furnace blower runs nonstop even when the heat is off',
      gives: ['problem'],
      lines: {
        name: 'chen wei',
        address: '3150 north sheffield avenue',
        time: 'early next week like tuesday first thing',
        yes: 'ok',
      },
    },
    expect: booked(slot('2026-04-28', '08:00', '10:00')),
  },
  {
    id: 'holdout-b2-end-of-day',
    kind: 'time-expression',
    now: '2026-04-14T08:30', // Tuesday
    caller: {
      phone: phone(22),
      language: 'en',
      opening: 'hi my dishwasher drain hose is leaking onto the floor',
      gives: ['problem'],
      lines: {
        name: 'oscar lindgren',
        address: '2034 west roscoe street',
        time: 'today at the end of the day if you can like the last slot',
        yes: 'awesome',
      },
    },
    expect: booked(slot('2026-04-14', '14:30', '17:00')),
  },
  {
    id: 'holdout-b2-returning-new-job-same-address',
    kind: 'cooperative',
    now: '2026-04-21T10:00', // Tuesday
    seed: {
      customer: { name: 'Patricia Novak', address: '4455 North Wolcott Avenue' },
      appointments: [
        { start: '2026-03-10T09:00', service_type: 'Drain cleaning', description: 'kitchen drain' },
      ],
    },
    caller: {
      phone: phone(23),
      language: 'en',
      opening: "hi it's patricia novak again you guys came out last month now my water heater is leaking",
      gives: ['name', 'problem'],
      lines: {
        address: 'same address as last time',
        time: 'thursday morning',
        yes: 'yes please',
      },
    },
    expect: [...booked(slot('2026-04-23', ...MORNING), { addressIncludes: 'wolcott' }), { kind: 'no_reask' }],
  },
  // ───────────── Alarming but not emergencies ─────────────
  {
    id: 'holdout-b2-alarming-banging-heater',
    kind: 'cooperative',
    now: '2026-04-15T11:00', // Wednesday
    caller: {
      phone: phone(24),
      language: 'en',
      opening:
        "hi my water heater makes this really loud banging noise scared the heck out of me but there's no leak or anything everything's working",
      gives: ['problem'],
      lines: {
        name: 'doug reinholt',
        address: '5742 north christiana avenue',
        time: 'friday morning is fine no rush',
        yes: 'yep',
      },
    },
    expect: [...booked(slot('2026-04-17', ...MORNING)), { kind: 'no_transfer' }],
  },
  {
    id: 'holdout-b2-alarming-old-ceiling-stain',
    kind: 'cooperative',
    now: '2026-04-14T10:00', // Tuesday
    caller: {
      phone: phone(25),
      language: 'en',
      opening:
        "hey so there's a brown water stain on my ceiling under the bathroom it's dry it's been there a while i just want it checked",
      gives: ['problem'],
      lines: {
        name: 'mira joshi',
        address: '1408 west thorndale avenue',
        time: 'next week monday afternoon',
        yes: 'sounds good',
      },
    },
    expect: [...booked(slot('2026-04-20', ...AFTERNOON)), { kind: 'no_transfer' }],
  },
  {
    id: 'holdout-b2-alarming-breaker-once',
    kind: 'cooperative',
    now: '2026-04-22T13:00', // Wednesday
    caller: {
      phone: phone(26),
      language: 'en',
      opening:
        "hi a breaker tripped last night i reset it and it's been fine since no burning smell nothing just want somebody to take a look",
      gives: ['problem'],
      lines: {
        name: 'curtis bell',
        address: '7712 south shore drive',
        time: 'monday',
        yes: 'that works',
      },
    },
    expect: [...booked(slot('2026-04-27', ...OPEN)), { kind: 'no_transfer' }],
  },
  // ───────────── Emergencies (English) ─────────────
  {
    id: 'holdout-b2-em-gas-smell-evening',
    kind: 'emergency',
    now: '2026-04-14T20:15', // Tuesday night, closed
    caller: {
      phone: phone(27),
      language: 'en',
      opening: 'hi um i smell gas really strong in my kitchen near the stove',
      gives: ['problem'],
      lines: {
        name: 'beth morrow',
        address: '2255 west lawrence avenue',
        time: 'as soon as possible',
        safety: "okay yeah we're outside now",
        yes: 'yes',
      },
    },
    expect: [...GAS_ADVICE, ...emergencyHandled(slot('2026-04-15', '08:00', '12:00'))],
  },
  {
    id: 'holdout-b2-em-co-alarm',
    kind: 'emergency',
    now: '2026-04-15T07:10', // Wednesday early, before opening
    caller: {
      phone: phone(28),
      language: 'en',
      opening:
        "our carbon monoxide detector is going off and my husband has a headache i think it's the furnace",
      gives: ['problem'],
      lines: {
        name: 'lorraine duffy',
        address: '3318 north oketo avenue',
        time: 'right away please',
        safety: "we're all out on the porch now",
        yes: 'yes please',
      },
      wantsTransfer: true,
    },
    expect: [
      {
        kind: 'said',
        what: 'get out / call 911',
        pattern: /\b(911|leave|get out|outside|fresh air)\b/i,
      },
      ...emergencyHandled(slot('2026-04-15', '08:00', '11:00')),
    ],
  },
  {
    id: 'holdout-b2-em-sparking-panel-transfer',
    kind: 'emergency',
    now: '2026-04-16T10:30', // Thursday, open
    caller: {
      phone: phone(29),
      language: 'en',
      opening: "my electrical panel is sparking and there's like a burning smell coming from it",
      gives: ['problem'],
      lines: {
        name: 'ray castellano',
        address: '6401 south kedzie avenue',
        time: 'now',
        safety: "yeah i'm away from it",
        yes: 'yes put me through',
      },
      wantsTransfer: true,
    },
    expect: [{ kind: 'owner_alert' }, { kind: 'transfer' }],
  },
  {
    id: 'holdout-b2-em-burst-pipe-flooding',
    kind: 'emergency',
    now: '2026-04-18T10:00', // Saturday, open till 13:00
    caller: {
      phone: phone(30),
      language: 'en',
      opening: 'oh my god a pipe burst in the basement water is spraying everywhere',
      gives: ['problem'],
      lines: {
        name: 'ted kowalczyk',
        address: '5000 west diversey avenue',
        time: 'right now',
        safety: 'i shut the main off i think it slowed down',
        yes: 'yes',
        no: 'no just get someone here',
      },
    },
    expect: emergencyHandled(slot(['2026-04-18', '2026-04-20'], '08:00', '13:00')),
  },
  {
    id: 'holdout-b2-em-sewage-backup',
    kind: 'emergency',
    now: '2026-04-20T15:50', // Monday, near close
    caller: {
      phone: phone(31),
      language: 'en',
      opening: "we got sewage coming up out of the basement floor drain it's everywhere and it stinks",
      gives: ['problem'],
      lines: {
        name: 'monique harris',
        address: '8120 south ellis avenue',
        time: 'whatever is soonest',
        safety: "yeah we're okay",
        yes: 'yes',
        no: 'no just the soonest',
      },
    },
    expect: emergencyHandled(slot(['2026-04-20', '2026-04-21'], '08:00', '17:00')),
  },
  {
    id: 'holdout-b2-em-no-heat-baby',
    kind: 'emergency',
    now: '2026-03-03T21:00', // Tuesday night in March, closed
    caller: {
      phone: phone(32),
      language: 'en',
      opening: "hi our furnace quit it's like fifty degrees in here and we have a newborn",
      gives: ['problem'],
      lines: {
        name: 'aaron feld',
        address: '1934 west addison street',
        time: 'first thing tomorrow or tonight if possible',
        safety: "yeah the baby's bundled up we're okay for now",
        yes: 'yes',
      },
    },
    expect: emergencyHandled(slot('2026-03-04', '08:00', '11:00')),
  },
  {
    id: 'holdout-b2-em-outlet-smoking',
    kind: 'emergency',
    now: '2026-04-21T18:40', // Tuesday evening
    caller: {
      phone: phone(33),
      language: 'en',
      opening: "there's smoke coming out of a wall outlet in the bedroom and it's black around it",
      gives: ['problem'],
      lines: {
        name: 'kim nguyen',
        address: '4848 north winthrop avenue',
        time: 'asap',
        safety: 'i flipped the breaker off and the smoke stopped',
        yes: 'yes',
      },
    },
    expect: emergencyHandled(slot('2026-04-22', '08:00', '12:00')),
  },
  {
    id: 'holdout-b2-em-water-heater-gas-hiss',
    kind: 'emergency',
    now: '2026-04-23T09:15', // Thursday, open
    caller: {
      phone: phone(34),
      language: 'en',
      opening: 'the gas line behind my water heater is hissing and it smells like rotten eggs',
      gives: ['problem'],
      lines: {
        name: 'gary schultz',
        address: '3720 north harlem avenue',
        time: 'now',
        safety: 'yeah i got the kids out',
        yes: 'yes',
      },
      wantsTransfer: true,
    },
    expect: [...GAS_ADVICE, ...emergencyHandled(slot('2026-04-23', '09:00', '17:00'))],
  },
  {
    id: 'holdout-b2-em-ceiling-water-through-light',
    kind: 'emergency',
    now: '2026-04-17T12:30', // Friday
    caller: {
      phone: phone(35),
      language: 'en',
      opening: 'water is pouring through my ceiling light fixture from the upstairs bathroom',
      gives: ['problem'],
      lines: {
        name: 'jill masters',
        address: '2901 north pine grove avenue',
        time: 'immediately',
        safety: 'i turned the power off to that room',
        yes: 'yes',
        no: 'no just send someone',
      },
    },
    expect: emergencyHandled(slot(['2026-04-17', '2026-04-18'], '08:00', '17:00')),
  },
  {
    id: 'holdout-b2-human-open-transfer',
    kind: 'human',
    now: '2026-04-14T11:00', // Tuesday, open
    tenant: { business_hours: ALWAYS_OPEN },
    caller: { phone: phone(36), language: 'en', wantsTransfer: true },
    script: ['yeah can i just talk to denise please', "it's about a bill i'd rather talk to her", 'yes'],
    expect: [{ kind: 'transfer' }, { kind: 'no_booking' }],
  },
  {
    id: 'holdout-b2-human-closed-callback',
    kind: 'human',
    now: '2026-04-19T14:00', // Sunday, closed
    caller: {
      phone: phone(37),
      language: 'en',
      wantsCallback: true,
      lines: {
        reason: 'i want to talk about the estimate she gave me',
        yes: 'yes please',
        name: 'walter briggs',
      },
    },
    script: [
      'is the owner there i need to talk to a real person',
      "it's about the estimate she gave me for the repipe",
      'yeah have her call me back',
      'walter briggs',
      'thanks',
    ],
    expect: [{ kind: 'callback', reason: 'HANDOFF' }, { kind: 'no_booking' }, { kind: 'no_transfer' }],
  },
  {
    id: 'holdout-b2-silence-voicemail',
    kind: 'silence',
    now: '2026-04-15T13:00',
    caller: { phone: phone(38), language: 'en' },
    script: ['', '', '', ''],
    expect: [{ kind: 'voicemail' }, { kind: 'callback', reason: 'VOICEMAIL' }],
  },
  {
    id: 'holdout-b2-hangs-up-mid-intake',
    kind: 'cooperative',
    now: '2026-04-16T09:00', // Thursday
    caller: { phone: phone(39), language: 'en' },
    script: [
      'hi my toilet is overflowing a little',
      "uh it's jess",
      'oh shoot my boss is calling i gotta go',
    ],
    expect: [
      { kind: 'no_booking' },
      {
        kind: 'any_of',
        what: 'a callback recorded for the unfinished call',
        options: [
          [{ kind: 'callback', reason: 'PARTIAL_INTAKE' }],
          [{ kind: 'callback', reason: 'HANDOFF' }],
          [{ kind: 'callback', reason: 'MISSED_CALL' }],
        ],
      },
    ],
  },
  // ───────────── Questions ─────────────
  {
    id: 'holdout-b2-q-sunday-open',
    kind: 'question',
    now: '2026-04-18T15:00', // Saturday, closed
    caller: { phone: phone(40), language: 'en' },
    script: ['hey are you guys open tomorrow', 'oh okay thanks bye'],
    expect: [
      { kind: 'said', what: 'closed on sunday', pattern: /(closed|not open|don't|do not)/i },
      ...NOT_BOOKED_CLOSED,
    ],
  },
  {
    id: 'holdout-b2-q-service-area-no',
    kind: 'question',
    now: '2026-04-14T10:00',
    caller: { phone: phone(41), language: 'en' },
    script: ['hi do you guys come out to naperville', 'ah okay no worries bye'],
    expect: [
      { kind: 'said', what: 'naperville is not covered', pattern: /(don't|do not|not|only|outside)/i },
      ...NOT_BOOKED_CLOSED,
    ],
  },
  {
    id: 'holdout-b2-q-service-area-yes',
    kind: 'question',
    now: '2026-04-14T10:05',
    caller: { phone: phone(42), language: 'en' },
    script: ['quick question do you service skokie', "cool i'll call back when i need you thanks"],
    expect: [
      { kind: 'said', what: 'yes, skokie', pattern: /\b(yes|yeah|we do|we serve|we cover)\b/i },
      ...NOT_BOOKED_CLOSED,
    ],
  },
  {
    id: 'holdout-b2-q-price',
    kind: 'question',
    now: '2026-04-15T12:00',
    caller: { phone: phone(43), language: 'en' },
    script: ['how much do you charge to unclog a drain', "okay thanks i'll think about it bye"],
    expect: [
      {
        kind: 'said',
        what: 'no invented price: a quote / estimate / depends',
        pattern: /(quote|estimate|depend|pric|cost|call you back|technician|owner)/i,
      },
      ...NOT_BOOKED_CLOSED,
    ],
  },
  {
    id: 'holdout-b2-q-do-you-do-ac',
    kind: 'question',
    now: '2026-04-22T09:30',
    caller: { phone: phone(44), language: 'en' },
    script: ['um do you do electrical work like troubleshooting', 'okay good to know thank you bye'],
    expect: [
      { kind: 'said', what: 'yes, electrical', pattern: /\b(yes|yeah|we do|electrical)\b/i },
      ...NOT_BOOKED_CLOSED,
    ],
  },
  // ───────────── Returning callers: cancel / reschedule ─────────────
  {
    id: 'holdout-b2-cancel-simple',
    kind: 'cancel',
    now: '2026-04-20T09:30', // Monday
    seed: {
      customer: { name: 'Irene Sokol', address: '2222 North Halsted Street' },
      appointments: [
        { start: '2026-04-22T10:00', service_type: 'Leak repair', description: 'leak under kitchen sink' },
      ],
    },
    caller: {
      phone: phone(45),
      language: 'en',
      opening: 'hi this is irene sokol i need to cancel wednesday my son fixed it',
      gives: ['name', 'problem'],
      lines: { yes: 'yes cancel it', reason: 'my son fixed it' },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, { kind: 'no_booking' }],
  },
  {
    id: 'holdout-b2-cancel-one-of-two',
    kind: 'cancel',
    now: '2026-04-13T14:00', // Monday
    seed: {
      customer: { name: 'Hector Valdez', address: '3300 West 55th Street' },
      appointments: [
        { start: '2026-04-15T09:00', service_type: 'Drain cleaning', description: 'basement drain' },
        {
          start: '2026-04-17T13:00',
          service_type: 'Electrical troubleshooting',
          description: 'garage outlet',
        },
      ],
    },
    caller: {
      phone: phone(46),
      language: 'en',
      opening:
        'yeah i got two appointments with you i need to cancel the electrical one on friday keep the drain one',
      gives: ['problem'],
      lines: { name: 'hector valdez', yes: 'yes that one', reason: 'not needed anymore' },
    },
    expect: [{ kind: 'cancelled', seed: 1 }, { kind: 'unchanged', seed: 0 }, { kind: 'no_booking' }],
  },
  {
    id: 'holdout-b2-reschedule-relative',
    kind: 'reschedule',
    now: '2026-04-14T08:15', // Tuesday
    seed: {
      customer: { name: 'Owen Fitzgerald', address: '1010 Davis Street Evanston' },
      appointments: [
        { start: '2026-04-16T09:00', service_type: 'Furnace repair', description: 'furnace short cycling' },
      ],
    },
    caller: {
      phone: phone(47),
      language: 'en',
      opening: 'hi i need to push my thursday appointment back a day same time if you can',
      gives: ['problem', 'time'],
      lines: { name: 'owen fitzgerald', time: 'friday same time around nine', yes: 'yes perfect' },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-04-17', '08:00', '10:31') }],
  },
  {
    id: 'holdout-b2-reschedule-change-mind',
    kind: 'reschedule',
    now: '2026-04-20T10:00', // Monday
    seed: {
      customer: { name: 'Greta Lund', address: '5600 North Clark Street' },
      appointments: [
        { start: '2026-04-21T14:00', service_type: 'Toilet repair', description: 'running toilet' },
      ],
    },
    caller: {
      phone: phone(48),
      language: 'en',
      opening: "hi it's greta lund i have you coming tomorrow afternoon can we move it",
      gives: ['name', 'problem'],
      lines: { time: 'thursday afternoon', yes: 'yes' },
      corrections: [
        {
          after: 'time',
          say: 'wait no thursday i have the dentist make it wednesday afternoon',
          afterwards: { time: 'wednesday afternoon' },
        },
      ],
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-04-22', ...AFTERNOON) }],
  },
  {
    id: 'holdout-b2-reschedule-next-week',
    kind: 'reschedule',
    now: '2026-04-16T12:00', // Thursday
    seed: {
      customer: { name: 'Bernard Okoye', address: '7350 South Shore Drive' },
      appointments: [
        { start: '2026-04-17T11:00', service_type: 'Water heater repair', description: 'no hot water' },
      ],
    },
    caller: {
      phone: phone(49),
      language: 'en',
      opening: "hello this is bernard okoye i'm going to be out of town tomorrow so i need to reschedule",
      gives: ['name', 'problem'],
      lines: { time: 'next tuesday morning', yes: "okay that's good" },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-04-21', ...MORNING) }],
  },
  // ───────────── Spanish ─────────────
  {
    id: 'holdout-b2-es-pluma-gotea',
    kind: 'spanish',
    now: '2026-04-14T18:30', // Tuesday evening
    tenant: ES_TENANT,
    caller: {
      phone: phone(50),
      language: 'es',
      opening: 'buenas noches fíjese que la pluma de la cocina gotea y gotea no para',
      gives: ['problem'],
      lines: {
        name: 'me llamo rosario méndez',
        address: 'vivo en la 1842 de la calle 18 oeste',
        time: 'el jueves en la mañanita',
        yes: 'sí está bien',
      },
    },
    expect: [...booked(slot('2026-04-16', ...MORNING)), ES_GREET],
  },
  {
    id: 'holdout-b2-es-excusado-english-tenant',
    kind: 'spanish',
    now: '2026-04-21T10:00', // Tuesday
    caller: {
      phone: phone(51),
      language: 'es',
      opening: 'hola buenos días este el excusado se tapó y no baja el agua',
      gives: ['problem'],
      lines: {
        name: 'soy jesús ortega',
        address: 'en la 2530 sur de la avenida kedzie',
        time: 'mañana en la tarde',
        yes: 'órale sí',
      },
    },
    expect: [...booked(slot('2026-04-22', ...AFTERNOON)), ES],
  },
  {
    id: 'holdout-b2-es-boiler-calenton',
    kind: 'spanish',
    now: '2026-03-09T08:30', // Monday, March
    tenant: ES_TENANT,
    caller: {
      phone: phone(52),
      language: 'es',
      opening: 'oiga el calentón no está echando aire caliente hace mucho frío',
      gives: ['problem'],
      lines: {
        name: 'guadalupe ríos',
        address: 'número 4127 calle 47 oeste',
        time: 'hoy en la tarde si se puede',
        safety: 'sí todos estamos bien',
        yes: 'sí por favor',
      },
    },
    expect: [
      {
        kind: 'any_of',
        what: 'booked this afternoon',
        options: [
          [{ kind: 'booked', window: slot('2026-03-09', ...AFTERNOON) }],
          [{ kind: 'booked', window: slot('2026-03-09', ...AFTERNOON), emergency: true }],
        ],
      },
      { kind: 'confirmation_sms' },
      ES_GREET,
    ],
  },
  {
    id: 'holdout-b2-es-breaker-se-boto',
    kind: 'spanish',
    now: '2026-04-15T16:00', // Wednesday
    tenant: ES_TENANT,
    caller: {
      phone: phone(53),
      language: 'es',
      opening: 'saludos mire se me bota el breaker cada vez que prendo la secadora',
      gives: ['problem'],
      lines: {
        name: 'mi nombre es wilfredo colón',
        address: '3456 west división street apartamento 2',
        time: 'el viernes por la mañana',
        yes: 'perfecto',
      },
    },
    expect: [...booked(slot('2026-04-17', ...MORNING)), ES_GREET],
  },
  {
    id: 'holdout-b2-es-regadera-front-loaded',
    kind: 'front-loaded',
    now: '2026-04-20T11:00', // Monday
    tenant: ES_TENANT,
    caller: {
      phone: phone(54),
      language: 'es',
      opening:
        'hola habla marisol vega la regadera no tiene presión y sale poquita agua vivo en el 2019 de la calle cermak oeste y puedo el miércoles en la tarde',
      gives: ['name', 'problem', 'address', 'time'],
      lines: { yes: 'sí perfecto gracias' },
    },
    expect: [...bookedFast(slot('2026-04-22', ...AFTERNOON)), ES_GREET],
  },
  {
    id: 'holdout-b2-es-one-word',
    kind: 'spanish',
    now: '2026-04-13T09:00', // Monday
    tenant: ES_TENANT,
    caller: {
      phone: phone(55),
      language: 'es',
      opening: 'plomero',
      lines: {
        problem: 'fregadero',
        name: 'raúl',
        address: '1650 west 21st street',
        time: 'mañana',
        yes: 'sí',
        no: 'no',
      },
    },
    expect: [...booked(slot('2026-04-14', ...OPEN)), ES_GREET],
  },
  {
    id: 'holdout-b2-es-changes-mind-twice',
    kind: 'spanish',
    now: '2026-04-20T13:00', // Monday
    tenant: ES_TENANT,
    caller: {
      phone: phone(56),
      language: 'es',
      opening: 'buenas tardes el triturador de basura está trabado',
      gives: ['problem'],
      lines: {
        name: 'me llamo andrea salgado',
        address: 'calle 26 oeste número 3915',
        time: 'el martes en la mañana',
        yes: 'sí ándale',
      },
      corrections: [
        {
          after: 'time',
          say: 'no espere mejor el miércoles en la mañana',
          afterwards: { time: 'el miércoles en la mañana' },
        },
        {
          after: 'offer',
          say: 'ay perdón otra vez mejor el jueves en la tarde',
          afterwards: { time: 'el jueves en la tarde' },
        },
      ],
    },
    expect: [...booked(slot('2026-04-23', ...AFTERNOON)), ES_GREET],
  },
  {
    id: 'holdout-b2-es-excluded-day',
    kind: 'spanish',
    now: '2026-04-16T10:00', // Thursday
    tenant: ES_TENANT,
    caller: {
      phone: phone(57),
      language: 'es',
      opening: 'hola necesito que me revisen el calentador de agua hace un ruido raro',
      gives: ['problem'],
      lines: {
        name: 'soy ernesto paredes',
        address: '2841 south st louis avenue',
        time: 'la próxima semana cualquier mañana menos el lunes',
        yes: 'sí está bien',
      },
    },
    expect: [...booked(slot(['2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24'], ...MORNING)), ES_GREET],
  },
  {
    id: 'holdout-b2-es-pasado-manana',
    kind: 'spanish',
    now: '2026-04-13T17:30', // Monday evening
    caller: {
      phone: phone(58),
      language: 'es',
      opening: 'buenas disculpe hablo español el lavamanos del baño está goteando por abajo',
      gives: ['problem'],
      lines: {
        name: 'carmen oyola',
        address: 'en el 4520 de la avenida north kedzie',
        time: 'pasado mañana a las diez',
        yes: 'sí',
      },
    },
    expect: [...booked(slot('2026-04-15', '09:30', '10:31')), ES],
  },
  {
    id: 'holdout-b2-es-numbers-as-words',
    kind: 'spanish',
    now: '2026-04-22T11:00', // Wednesday
    tenant: ES_TENANT,
    caller: {
      phone: phone(59),
      language: 'es',
      opening:
        'buenos días tengo un apagador que echa chispitas cuando lo prendo no es mucho pero me da miedo',
      gives: ['problem'],
      lines: {
        name: 'sí me llamo tomás herrera',
        address: 'tres mil ciento veinte calle 26 oeste',
        time: 'el viernes a las dos de la tarde',
        safety: 'sí estamos bien ya no lo prendo',
        yes: 'sí',
      },
    },
    expect: [
      {
        kind: 'any_of',
        what: 'friday 2 pm, or treated as urgent: owner alerted and the earliest slot or a transfer',
        options: [
          [{ kind: 'booked', window: slot('2026-04-24', '13:30', '14:31') }],
          [
            { kind: 'owner_alert' },
            {
              kind: 'booked',
              window: slot(['2026-04-22', '2026-04-23', '2026-04-24'], ...OPEN),
              emergency: true,
            },
          ],
          [{ kind: 'owner_alert' }, { kind: 'transfer' }],
        ],
      },
      ES_GREET,
    ],
  },
  {
    id: 'holdout-b2-es-returning-cancel',
    kind: 'spanish',
    now: '2026-04-20T12:00', // Monday
    tenant: ES_TENANT,
    seed: {
      customer: { name: 'Leticia Barragán', address: '1917 South Blue Island Avenue' },
      appointments: [
        {
          start: '2026-04-23T09:00',
          service_type: 'Drain cleaning',
          description: 'coladera del patio tapada',
        },
      ],
    },
    caller: {
      phone: phone(60),
      language: 'es',
      opening: 'hola soy leticia barragán tengo cita el jueves y la quiero cancelar ya se destapó solita',
      gives: ['name', 'problem'],
      lines: { yes: 'sí cancélela por favor', reason: 'ya se destapó' },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, { kind: 'no_booking' }, ES_GREET],
  },
  {
    id: 'holdout-b2-es-returning-reschedule',
    kind: 'spanish',
    now: '2026-04-14T09:00', // Tuesday
    tenant: ES_TENANT,
    seed: {
      customer: { name: 'Francisco Luna', address: '2700 West 59th Street' },
      appointments: [
        { start: '2026-04-15T13:00', service_type: 'Leak repair', description: 'fuga en el baño' },
      ],
    },
    caller: {
      phone: phone(61),
      language: 'es',
      opening: 'buenos días soy francisco luna quería cambiar mi cita de mañana para otro día',
      gives: ['name', 'problem'],
      lines: { time: 'el sábado en la mañana', yes: 'sí así está bien' },
    },
    expect: [{ kind: 'moved', seed: 0, window: slot('2026-04-18', '09:00', '12:00') }, ES_GREET],
  },
  {
    id: 'holdout-b2-es-q-horario',
    kind: 'spanish',
    now: '2026-04-18T14:00', // Saturday, closed
    tenant: ES_TENANT,
    caller: { phone: phone(62), language: 'es' },
    script: ['oiga a qué hora abren el lunes', 'ah bueno gracias hasta luego'],
    expect: [
      { kind: 'said', what: 'abre a las 8', pattern: /(\b8\b|8:00|ocho)/i },
      ...NOT_BOOKED_CLOSED,
      ES_GREET,
    ],
  },
  {
    id: 'holdout-b2-es-q-area',
    kind: 'spanish',
    now: '2026-04-15T10:00',
    caller: { phone: phone(63), language: 'es' },
    script: ['hola buenos días ustedes van hasta cicero', 'ah ok gracias'],
    expect: [
      { kind: 'said', what: 'no cubre cicero', pattern: /\b(no|solo|solamente|únicamente)\b/i },
      ...NOT_BOOKED_CLOSED,
      ES,
    ],
  },
  {
    id: 'holdout-b2-es-human',
    kind: 'spanish',
    now: '2026-04-14T11:00',
    tenant: { ...ES_TENANT, business_hours: ALWAYS_OPEN },
    caller: { phone: phone(64), language: 'es', wantsTransfer: true },
    script: ['quiero hablar con el dueño con don héctor por favor', 'sí comuníqueme', 'sí'],
    expect: [{ kind: 'transfer' }, { kind: 'no_booking' }],
  },
  // ───────────── Spanish emergencies ─────────────
  {
    id: 'holdout-b2-es-em-huele-gas',
    kind: 'emergency',
    now: '2026-04-15T22:10', // Wednesday night
    tenant: ES_TENANT,
    caller: {
      phone: phone(65),
      language: 'es',
      opening: 'auxilio huele mucho a gas en la casa creo que es la estufa',
      gives: ['problem'],
      lines: {
        name: 'silvia cárdenas',
        address: '4810 south ashland avenue',
        time: 'lo más pronto posible',
        safety: 'sí ya salimos todos',
        yes: 'sí',
      },
    },
    expect: [...GAS_ADVICE_ES, ...emergencyHandled(slot('2026-04-16', '08:00', '12:00')), ES_GREET],
  },
  {
    id: 'holdout-b2-es-em-sotano-inundado',
    kind: 'emergency',
    now: '2026-04-21T09:30', // Tuesday, open
    tenant: ES_TENANT,
    caller: {
      phone: phone(66),
      language: 'es',
      opening: 'se reventó un tubo y se está inundando todo el sótano ayúdenme',
      gives: ['problem'],
      lines: {
        name: 'josé arellano',
        address: '2301 south lawndale avenue',
        time: 'ahorita mismo',
        safety: 'sí ya cerré la llave principal',
        yes: 'sí comuníqueme',
      },
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot('2026-04-21', '09:30', '17:00')), ES_GREET],
  },
  {
    id: 'holdout-b2-es-em-chispas-panel',
    kind: 'emergency',
    now: '2026-04-19T16:00', // Sunday, closed
    caller: {
      phone: phone(67),
      language: 'es',
      opening: 'buenas tardes la caja de breakers está echando chispas y huele a quemado',
      gives: ['problem'],
      lines: {
        name: 'me llamo ana lucía pérez',
        address: 'vivo en el 3110 de la avenida west armitage',
        time: 'lo antes posible',
        safety: 'sí nos salimos de la casa',
        yes: 'sí',
      },
    },
    expect: [...emergencyHandled(slot('2026-04-20', '08:00', '12:00')), ES],
  },
  {
    id: 'holdout-b2-es-em-monoxido',
    kind: 'emergency',
    now: '2026-03-16T06:30', // Monday, before opening
    tenant: ES_TENANT,
    caller: {
      phone: phone(68),
      language: 'es',
      opening: 'está sonando la alarma de monóxido de carbono y a mi hija le duele la cabeza',
      gives: ['problem'],
      lines: {
        name: 'beatriz solano',
        address: '5215 south kedzie avenue',
        time: 'urgente',
        safety: 'sí ya estamos afuera',
        yes: 'sí',
      },
    },
    expect: [
      { kind: 'said', what: 'salir / llamar al 911', pattern: /(911|salga|salir|afuera|aire fresco)/i },
      ...emergencyHandled(slot('2026-03-16', '08:00', '11:00')),
      ES_GREET,
    ],
  },
  {
    id: 'holdout-b2-es-em-aguas-negras',
    kind: 'emergency',
    now: '2026-04-17T14:00', // Friday
    tenant: ES_TENANT,
    caller: {
      phone: phone(69),
      language: 'es',
      opening:
        'se están regresando las aguas negras por la coladera del sótano y está saliendo por todos lados',
      gives: ['problem'],
      lines: {
        name: 'me llamo ignacio fuentes',
        address: '6040 south pulaski road',
        time: 'hoy mismo',
        safety: 'sí estamos bien',
        yes: 'sí',
        no: 'no nomás mándeme a alguien',
      },
    },
    expect: [...emergencyHandled(slot(['2026-04-17', '2026-04-18'], '08:00', '17:00')), ES_GREET],
  },
  {
    id: 'holdout-b2-es-alarming-not-emergency',
    kind: 'spanish',
    now: '2026-04-14T12:00', // Tuesday
    tenant: ES_TENANT,
    caller: {
      phone: phone(70),
      language: 'es',
      opening:
        'hola el calentador hace un ruido muy feo como golpes me asustó pero no sale agua ni huele a nada funciona bien',
      gives: ['problem'],
      lines: {
        name: 'norma quiñones',
        address: '1739 west 19th street',
        time: 'el lunes que viene en la tarde',
        yes: 'sí gracias',
      },
    },
    expect: [...booked(slot('2026-04-20', ...AFTERNOON)), { kind: 'no_transfer' }, ES_GREET],
  },
];
