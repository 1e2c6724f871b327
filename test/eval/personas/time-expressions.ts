import type { Persona } from '../types.js';
import { booked, MORNING, OPEN, slot } from './defaults.js';

// The many ways people say when. Each window is what the words mean to a person, in the business's
// zone, on the persona's clock; a closed day moves to the next open one.

export const timeExpressions: Persona[] = [
  {
    id: 'time-tomorrow-morning',
    kind: 'time-expression',
    now: '2026-03-03T15:00', // Tuesday afternoon
    caller: {
      phone: '+17735550141',
      language: 'en',
      opening: 'hi i need somebody to snake a drain in the basement',
      gives: ['problem'],
      lines: { name: 'pete sandoval', address: '3021 north kimball avenue', time: 'tomorrow morning' },
    },
    expect: booked(slot('2026-03-04', ...MORNING)),
  },
  {
    id: 'time-next-tuesday-at-3',
    kind: 'time-expression',
    now: '2026-04-01T10:00', // Wednesday
    caller: {
      phone: '+17735550142',
      language: 'en',
      opening: 'yeah hi the faucet in my kitchen drips nonstop',
      gives: ['problem'],
      lines: { name: "it's ellen marsh", address: '1844 west cullom avenue', time: 'uh next tuesday at 3' },
    },
    // Said on a Wednesday, "next tuesday" is the coming one to some people and the one after to others.
    expect: booked(slot(['2026-04-07', '2026-04-14'], '14:30', '16:00')),
  },
  {
    id: 'time-thursday-between-1-and-3',
    kind: 'time-expression',
    now: '2026-04-13T19:00', // Monday evening
    caller: {
      phone: '+17735550143',
      language: 'en',
      opening: 'hi um i need a leak fixed under my bathroom vanity',
      gives: ['problem'],
      lines: {
        name: 'my name is kofi mensah',
        address: '5310 north winthrop avenue',
        time: 'thursday between 1 and 3',
      },
    },
    expect: booked(slot('2026-04-16', '13:00', '15:00')),
  },
  {
    id: 'time-asap-not-an-emergency',
    kind: 'time-expression',
    now: '2026-05-13T09:00', // Wednesday morning, open
    caller: {
      phone: '+17735550144',
      language: 'en',
      opening: "hi our only toilet is clogged and the plunger isn't doing anything",
      gives: ['problem'],
      lines: {
        name: 'dana kowalski',
        address: '2650 west augusta boulevard',
        time: 'as soon as possible please',
      },
    },
    expect: booked(slot('2026-05-13', '09:00', '17:00')),
  },
  {
    id: 'time-day-after-tomorrow-around-10',
    kind: 'time-expression',
    now: '2026-06-04T12:00', // Thursday; the day after tomorrow is Saturday (09:00–13:00)
    caller: {
      phone: '+17735550145',
      language: 'en',
      opening: 'hey i want somebody to look at my water heater the pilot keeps going out',
      gives: ['problem'],
      lines: {
        name: 'ray donnelly',
        address: '4012 north paulina street',
        time: 'the day after tomorrow around 10',
      },
    },
    expect: booked(slot('2026-06-06', '09:00', '11:00')),
  },
  {
    id: 'time-any-time-next-week',
    kind: 'time-expression',
    now: '2026-09-10T14:00', // Thursday
    caller: {
      phone: '+17735550146',
      language: 'en',
      opening: 'hi i need a new shut off valve put in under the kitchen sink',
      gives: ['problem'],
      lines: {
        name: 'susan park',
        address: '6117 north glenwood avenue',
        time: 'um any time next week is fine',
      },
    },
    expect: booked(
      slot(['2026-09-14', '2026-09-15', '2026-09-16', '2026-09-17', '2026-09-18', '2026-09-19'], ...OPEN),
    ),
  },
  {
    id: 'time-after-lunch-today',
    kind: 'time-expression',
    now: '2026-09-15T07:30', // Tuesday, before opening
    caller: {
      phone: '+17735550147',
      language: 'en',
      opening: 'yeah hi my bathroom sink is backed up',
      gives: ['problem'],
      lines: { name: 'this is nate oduya', address: '1911 west barry avenue', time: 'after lunch today' },
    },
    expect: booked(slot('2026-09-15', '13:00', '17:00')),
  },
  {
    id: 'time-closed-sunday-moves-to-monday',
    kind: 'time-expression',
    now: '2026-10-02T17:45', // Friday, just closed
    caller: {
      phone: '+17735550148',
      language: 'en',
      opening: 'hi i need a plumber to replace a toilet flapper valve',
      gives: ['problem'],
      lines: { name: 'gina marchetti', address: '3540 north wolcott avenue', time: 'sunday morning' },
    },
    expect: booked(slot('2026-10-05', ...MORNING)),
  },
  {
    id: 'time-saturday-morning-before-1',
    kind: 'time-expression',
    now: '2026-10-07T20:00', // Wednesday evening
    caller: {
      phone: '+17735550149',
      language: 'en',
      opening: 'hi um the garbage disposal smells awful and it drains slow',
      gives: ['problem'],
      lines: {
        name: 'brian holt',
        address: '2235 west giddings street',
        time: 'saturday morning before 1 pm',
      },
    },
    expect: booked(slot('2026-10-10', '09:00', '13:00')),
  },
  {
    id: 'time-monday-at-2-across-spring-forward',
    kind: 'time-expression',
    now: '2026-03-07T12:00', // Saturday; clocks spring forward tonight
    caller: {
      phone: '+17735550150',
      language: 'en',
      opening: 'hi i need somebody to install a new light fixture in the hallway',
      gives: ['problem'],
      lines: { name: 'wendy zhao', address: '1630 west chase avenue', time: 'monday at 2 in the afternoon' },
    },
    expect: booked(slot('2026-03-09', '14:00', '15:00')),
  },
  {
    id: 'time-monday-at-9-across-fall-back',
    kind: 'time-expression',
    now: '2026-10-30T16:00', // Friday; clocks fall back on Sunday
    caller: {
      phone: '+17735550151',
      language: 'en',
      opening: 'yeah my outside spigot is leaking pretty bad when i turn it on',
      gives: ['problem'],
      lines: { name: 'carl jessup', address: '4455 north kildare avenue', time: 'monday at 9' },
    },
    expect: booked(slot('2026-11-02', '09:00', '10:00')),
  },
  {
    id: 'time-first-thing-tomorrow',
    kind: 'time-expression',
    now: '2026-06-08T18:00', // Monday evening
    caller: {
      phone: '+17735550152',
      language: 'en',
      opening: "hi the drain in my laundry room's backing up",
      gives: ['problem'],
      lines: {
        name: 'it is amir haddad',
        address: '2819 north francisco avenue',
        time: 'first thing tomorrow',
      },
    },
    expect: booked(slot('2026-06-09', '08:00', '10:00')),
  },
];
