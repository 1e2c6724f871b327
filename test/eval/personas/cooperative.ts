import type { Persona } from '../types.js';
import { AFTERNOON, booked, MORNING, OPEN, slot } from './defaults.js';

// Callers who answer one question at a time and volunteer nothing else.

export const cooperative: Persona[] = [
  {
    id: 'coop-slow-kitchen-drain',
    kind: 'cooperative',
    now: '2026-03-02T19:00', // Monday evening, closed
    caller: {
      phone: '+17735550111',
      language: 'en',
      opening: 'hi yeah um my kitchen sink is draining really slow',
      gives: ['problem'],
      lines: {
        name: "it's marcus bell",
        address: 'uh thirty three eighteen north seeley avenue',
        problem: 'the kitchen sink drains super slow and it kind of gurgles',
        time: 'wednesday morning if you got it',
      },
    },
    expect: booked(slot('2026-03-04', ...MORNING), { addressIncludes: '3318' }),
  },
  {
    id: 'coop-running-toilet',
    kind: 'cooperative',
    now: '2026-04-07T10:15', // Tuesday morning, open
    caller: {
      phone: '+17735550112',
      language: 'en',
      opening: 'hello i need a plumber',
      lines: {
        problem: 'my toilet keeps running like all night long',
        name: 'linda okafor',
        address: '2209 west belmont avenue',
        time: 'friday afternoon',
      },
    },
    expect: booked(slot('2026-04-10', ...AFTERNOON)),
  },
  {
    id: 'coop-no-hot-water',
    kind: 'cooperative',
    now: '2026-05-06T08:40', // Wednesday morning, open
    caller: {
      phone: '+17735550113',
      language: 'en',
      opening: "hi um we haven't had hot water since yesterday",
      gives: ['problem'],
      lines: {
        name: 'greg tomlinson',
        address: '5541 north kenmore avenue apartment 2',
        problem: "the water heater's not heating the water's just cold",
        time: 'tomorrow is fine any time',
      },
    },
    expect: booked(slot('2026-05-07', ...OPEN)),
  },
  {
    id: 'coop-jammed-disposal',
    kind: 'cooperative',
    now: '2026-06-04T13:00', // Thursday afternoon, open
    caller: {
      phone: '+17735550114',
      language: 'en',
      opening: "yeah hi my garbage disposal's jammed it just hums",
      gives: ['problem'],
      lines: {
        name: 'my name is priya raman',
        address: '1127 west wrightwood avenue',
        problem: "the garbage disposal hums but it won't spin",
        time: 'monday at ten',
      },
    },
    expect: booked(slot('2026-06-08', '09:00', '11:00')),
  },
  {
    id: 'coop-dead-outlets-electrician',
    kind: 'cooperative',
    now: '2026-09-18T16:30', // Friday afternoon, open
    tenant: {
      name: 'Bright Spark Electric',
      owner_name: 'Luis Ortega',
      services: [
        { name: 'Electrical troubleshooting', duration_minutes: 90 },
        { name: 'Outlet and switch repair', duration_minutes: 60 },
        { name: 'Panel upgrade', duration_minutes: 240 },
        { name: 'Ceiling fan installation', duration_minutes: 90 },
      ],
    },
    caller: {
      phone: '+17735550115',
      language: 'en',
      opening: 'hi i got a couple outlets in the bedroom that just stopped working',
      gives: ['problem'],
      lines: {
        name: "it's tom reyes",
        address: '7420 north sheridan road',
        problem: 'two outlets in the bedroom are dead nothing works when you plug in',
        time: 'wednesday morning',
      },
    },
    expect: booked(slot('2026-09-23', ...MORNING)),
  },
];
