import type { Fact, Persona } from '../types.js';
import { AFTERNOON, bookedFast, MORNING, slot } from './defaults.js';

// Callers who say who they are, what is wrong, where and when in their first breath. Nothing they
// said may be asked again, and the booking must be confirmed within three caller turns.

const ALL: Fact[] = ['name', 'problem', 'address', 'time'];

export const frontLoaded: Persona[] = [
  {
    id: 'front-water-heater-tomorrow-morning',
    kind: 'front-loaded',
    now: '2026-03-02T19:00', // Monday evening
    caller: {
      phone: '+17735550121',
      language: 'en',
      opening:
        "uh yeah hi this is kevin dorsey um our water heater's leaking from the bottom i'm at 2716 north mozart street can somebody come tomorrow morning",
      gives: ALL,
      lines: {
        name: 'kevin dorsey',
        problem: "the water heater's leaking from the bottom",
        address: '2716 north mozart street',
        time: 'tomorrow morning',
        yes: 'yeah perfect',
      },
    },
    expect: bookedFast(slot('2026-03-03', ...MORNING)),
  },
  {
    id: 'front-clogged-tub-thursday-afternoon',
    kind: 'front-loaded',
    now: '2026-03-10T12:30', // Tuesday lunchtime
    caller: {
      phone: '+17735550122',
      language: 'en',
      opening:
        'hi my name is maria lopez the bathtub drain is totally clogged we are at 4418 west wilson avenue and thursday afternoon works for me',
      gives: ALL,
      lines: {
        name: 'maria lopez',
        problem: 'the bathtub drain is clogged',
        address: '4418 west wilson avenue',
        time: 'thursday afternoon',
        yes: 'yes that works',
      },
    },
    expect: bookedFast(slot('2026-03-12', ...AFTERNOON)),
  },
  {
    id: 'front-toilet-friday-at-9',
    kind: 'front-loaded',
    now: '2026-04-15T07:45', // Wednesday, before opening
    caller: {
      phone: '+17735550123',
      language: 'en',
      opening:
        "hey it's sam whitaker the toilet in the upstairs bathroom keeps running i'm at 901 south ashland avenue can you do friday at 9",
      gives: ALL,
      lines: {
        name: 'sam whitaker',
        problem: 'the upstairs toilet keeps running',
        address: '901 south ashland avenue',
        time: 'friday at 9',
        yes: 'yep sounds good',
      },
    },
    expect: bookedFast(slot('2026-04-17', '08:30', '10:00')),
  },
  {
    id: 'front-tripping-breaker-monday-morning',
    kind: 'front-loaded',
    now: '2026-04-16T18:20', // Thursday evening
    caller: {
      phone: '+17735550124',
      language: 'en',
      opening:
        'yeah this is ahmed karim the breaker for my kitchen keeps tripping every time i run the microwave the address is 3150 north lincoln avenue monday morning would be best',
      gives: ALL,
      lines: {
        name: 'ahmed karim',
        problem: 'the kitchen breaker keeps tripping',
        address: '3150 north lincoln avenue',
        time: 'monday morning',
      },
    },
    expect: bookedFast(slot('2026-04-20', ...MORNING)),
  },
  {
    id: 'front-denver-furnace-cold-air',
    kind: 'front-loaded',
    now: '2026-11-02T17:30', // Monday evening in Denver, the day after clocks fell back
    tenant: { name: 'Front Range Heating & Plumbing', time_zone: 'America/Denver', service_area: ['Denver'] },
    caller: {
      phone: '+17205550125',
      language: 'en',
      opening:
        "hi this is rebecca stone my furnace is running but it's blowing cold air we're at 1260 south gaylord street in denver tuesday afternoon please",
      gives: ALL,
      lines: {
        name: 'rebecca stone',
        problem: 'the furnace blows cold air',
        address: '1260 south gaylord street denver',
        time: 'tuesday afternoon',
        yes: 'yes please',
      },
    },
    expect: bookedFast(slot('2026-11-03', ...AFTERNOON)),
  },
  {
    id: 'front-pasadena-disposal-today-after-2',
    kind: 'front-loaded',
    now: '2026-05-08T09:10', // Friday morning in California
    tenant: { name: 'Pacific Pipe Works', time_zone: 'America/Los_Angeles', service_area: ['Pasadena'] },
    caller: {
      phone: '+16265550126',
      language: 'en',
      opening:
        "morning um my name is jenny cho the garbage disposal is leaking under the sink i'm at 845 east colorado boulevard in pasadena can you come out today after 2",
      gives: ALL,
      lines: {
        name: 'jenny cho',
        problem: 'the garbage disposal leaks under the sink',
        address: '845 east colorado boulevard pasadena',
        time: 'today after 2',
      },
    },
    expect: bookedFast(slot('2026-05-08', '14:00', '17:00')),
  },
  {
    id: 'front-brooklyn-leak-wednesday-10-to-12',
    kind: 'front-loaded',
    now: '2026-06-01T20:00', // Monday evening in New York
    tenant: { name: 'Harbor Plumbing', time_zone: 'America/New_York', service_area: ['Brooklyn'] },
    caller: {
      phone: '+17185550127',
      language: 'en',
      opening:
        "hi yes this is frank deluca there's a leak under the kitchen sink dripping into the cabinet i'm at 77 prospect park west brooklyn wednesday between 10 and 12 would be perfect",
      gives: ALL,
      lines: {
        name: 'frank deluca',
        problem: 'a leak under the kitchen sink',
        address: '77 prospect park west brooklyn',
        time: 'wednesday between 10 and 12',
      },
    },
    expect: bookedFast(slot('2026-06-03', '10:00', '12:00')),
  },
  {
    id: 'front-grinding-sump-pump-monday-at-1',
    kind: 'front-loaded',
    now: '2026-03-14T10:00', // Saturday morning, open
    caller: {
      phone: '+17735550128',
      language: 'en',
      opening:
        "hey this is olivia brandt our sump pump's making a grinding noise when it kicks on i'm at 6032 north leavitt street monday at 1 if you can",
      gives: ALL,
      lines: {
        name: 'olivia brandt',
        problem: 'the sump pump grinds when it kicks on',
        address: '6032 north leavitt street',
        time: 'monday at 1',
      },
    },
    expect: bookedFast(slot('2026-03-16', '12:30', '14:00')),
  },
  {
    id: 'front-banging-water-heater-dst-fall-back',
    kind: 'front-loaded',
    now: '2026-10-28T16:50', // Wednesday; clocks fall back on Sunday November 1
    caller: {
      phone: '+17735550129',
      language: 'en',
      opening:
        "um yeah hi uh my name's tony russo the uh water heater's making like a banging noise when it heats up uh we're at 1518 west henderson street and uh monday morning",
      gives: ALL,
      lines: {
        name: 'tony russo',
        problem: "the water heater's banging when it heats up",
        address: '1518 west henderson street',
        time: 'monday morning',
      },
    },
    expect: bookedFast(slot('2026-11-02', ...MORNING)),
  },
  {
    id: 'front-shower-drain-dst-spring-forward',
    kind: 'front-loaded',
    now: '2026-03-06T18:30', // Friday; clocks spring forward on Sunday March 8
    caller: {
      phone: '+17735550130',
      language: 'en',
      opening:
        'hi this is grace liu the shower drain backs up every time we shower i live at 2943 west cortez street monday at 8 in the morning',
      gives: ALL,
      lines: {
        name: 'grace liu',
        problem: 'the shower drain backs up',
        address: '2943 west cortez street',
        time: 'monday at 8 in the morning',
      },
    },
    expect: bookedFast(slot('2026-03-09', '08:00', '09:00')),
  },
  {
    id: 'front-name-last-clogged-sink',
    kind: 'front-loaded',
    now: '2026-05-12T11:00', // Tuesday, open
    caller: {
      phone: '+17735550131',
      language: 'en',
      opening:
        "yeah i need someone for the kitchen sink it's clogged and won't drain at all i'm at 4130 north hermitage avenue tomorrow afternoon is good and my name is walt jensen",
      gives: ALL,
      lines: {
        name: 'walt jensen',
        problem: "the kitchen sink is clogged and won't drain",
        address: '4130 north hermitage avenue',
        time: 'tomorrow afternoon',
      },
    },
    expect: bookedFast(slot('2026-05-13', ...AFTERNOON)),
  },
  {
    id: 'front-oak-park-ceiling-fan-saturday',
    kind: 'front-loaded',
    now: '2026-06-11T07:30', // Thursday, before opening
    caller: {
      phone: '+17085550132',
      language: 'en',
      opening:
        'good morning this is harold finch i need a ceiling fan put up in the living room the house is at 1025 north east avenue oak park and saturday morning would be ideal',
      gives: ALL,
      lines: {
        name: 'harold finch',
        problem: 'i need a ceiling fan put up in the living room',
        address: '1025 north east avenue oak park',
        time: 'saturday morning',
      },
    },
    expect: bookedFast(slot('2026-06-13', '09:00', '12:00')),
  },
];
