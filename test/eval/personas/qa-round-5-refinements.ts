import type { Persona } from '../types.js';
import { booked, slot } from './defaults.js';

// Fifth QA round, refinements: offered morning slots on the day they chose, these callers turn them
// down with a narrower time on the same day ("that's too early, anything after lunch?", "something
// later that day?", "¿algo más tarde ese día?"). A refinement keeps the agreed day: the callers only
// accept that day, so a slot today (the old bug) is declined and the call fails.

const WED = '2026-03-11';

export const qaRound5Refinements: Persona[] = [
  {
    id: 'qa5-too-early-after-lunch',
    kind: 'time-expression',
    now: '2026-03-09T09:00', // Monday morning: today's afternoon is still open
    caller: {
      phone: '+17735550951',
      language: 'en',
      opening: 'hi our kitchen sink is backing up',
      gives: ['problem'],
      lines: {
        name: 'this is owen marsh',
        address: '2210 north clark street',
        time: 'wednesday morning would be good',
        no: "that's too early, anything after lunch?",
      },
      accepts: slot(WED, '13:00', '17:00'),
    },
    expect: booked(slot(WED, '13:00', '17:00')),
  },
  {
    id: 'qa5-something-later-that-day',
    kind: 'time-expression',
    now: '2026-03-09T09:00',
    caller: {
      phone: '+17735550952',
      language: 'en',
      opening: 'my water heater is making a banging noise',
      gives: ['problem'],
      lines: {
        name: 'priya raman',
        address: '1415 west division street',
        time: 'wednesday in the morning',
        no: 'hmm something later that day?',
      },
      accepts: slot(WED, '10:30', '17:00'),
    },
    expect: booked(slot(WED, '10:30', '17:00')),
  },
  {
    id: 'qa5-after-3-that-day',
    kind: 'time-expression',
    now: '2026-03-09T09:00',
    caller: {
      phone: '+17735550953',
      language: 'en',
      opening: 'the toilet upstairs keeps running',
      gives: ['problem'],
      lines: {
        name: 'dan kowalski',
        address: '3120 north halsted street',
        time: 'wednesday morning',
      },
      corrections: [{ after: 'offer', say: "no i'm at work then, anything after 3 that day" }],
      accepts: slot(WED, '15:00', '17:00'),
    },
    expect: booked(slot(WED, '15:00', '17:00')),
  },
  {
    id: 'qa5-es-mas-tarde-ese-dia',
    kind: 'spanish',
    now: '2026-03-09T09:00',
    caller: {
      phone: '+17735550954',
      language: 'es',
      opening: 'hola el lavabo del baño está tapado',
      gives: ['problem'],
      lines: {
        name: 'me llamo rosa jiménez',
        address: 'vivo en 2540 west cermak road',
        time: 'el miércoles por la mañana',
        yes: 'sí está bien',
      },
      corrections: [{ after: 'offer', say: '¿algo más tarde ese día?' }],
      accepts: slot(WED, '10:30', '17:00'),
    },
    expect: booked(slot(WED, '10:30', '17:00')),
  },
];
