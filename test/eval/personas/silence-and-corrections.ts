import type { Persona } from '../types.js';
import { booked, MORNING, OPEN, slot } from './defaults.js';

// Callers who say nothing (reprompt, then voicemail, then a VOICEMAIL callback), and callers who
// correct themselves: the correction wins.

export const silence: Persona[] = [
  {
    id: 'silence-all-the-way-to-voicemail',
    kind: 'silence',
    now: '2026-03-18T14:20', // Wednesday, open
    caller: { phone: '+17735550211', language: 'en' },
    script: ['', '', ''],
    expect: [{ kind: 'voicemail' }, { kind: 'callback', reason: 'VOICEMAIL' }, { kind: 'no_booking' }],
  },
  {
    id: 'silence-then-speaks-up',
    kind: 'silence',
    now: '2026-04-29T09:00', // Wednesday, open
    caller: {
      phone: '+17735550212',
      language: 'en',
      silences: 1,
      opening: 'oh sorry hello yeah i got a leaky faucet in the bathroom',
      gives: ['problem'],
      lines: { name: 'abby fischer', address: '2145 west roscoe street', time: 'friday morning' },
    },
    expect: booked(slot('2026-05-01', ...MORNING)),
  },
];

export const corrections: Persona[] = [
  {
    id: 'correction-no-wait-make-that-thursday',
    kind: 'correction',
    now: '2026-03-30T19:00', // Monday evening
    caller: {
      phone: '+17735550221',
      language: 'en',
      opening: 'hi i need somebody to fix a leak under the bathroom sink',
      gives: ['problem'],
      lines: { name: 'nora feld', address: '2231 north clifton avenue', time: 'wednesday morning' },
      corrections: [{ after: 'offer', say: 'no wait make that thursday', afterwards: { time: 'thursday' } }],
    },
    expect: booked(slot('2026-04-02', ...OPEN)),
  },
  {
    id: 'correction-i-mean-wednesday',
    kind: 'correction',
    now: '2026-04-30T17:30', // Thursday evening
    caller: {
      phone: '+17735550222',
      language: 'en',
      opening: 'hey i need a plumber for a clogged shower drain',
      gives: ['problem'],
      lines: {
        name: "it's owen pratt",
        address: '3612 north bosworth avenue',
        time: 'tuesday afternoon no sorry i mean wednesday afternoon',
      },
    },
    expect: booked(slot('2026-05-06', '12:00', '17:00')),
  },
  {
    id: 'correction-wrong-house-number',
    kind: 'correction',
    now: '2026-05-26T12:00', // Tuesday, open
    caller: {
      phone: '+17735550223',
      language: 'en',
      opening: 'hi um the toilet in our basement bathroom keeps clogging',
      gives: ['problem'],
      lines: { name: 'tasha green', address: '1400 north damen avenue', time: 'friday morning' },
      corrections: [
        { after: 'address', say: "wait sorry i said that wrong it's 4100 north damen avenue not 1400" },
      ],
    },
    expect: booked(slot('2026-05-29', ...MORNING), { addressIncludes: '4100' }),
  },
  {
    id: 'correction-later-in-the-day',
    kind: 'correction',
    now: '2026-06-22T19:00', // Monday evening
    caller: {
      phone: '+17735550224',
      language: 'en',
      opening: 'hi i need a new faucet put in the kitchen',
      gives: ['problem'],
      lines: { name: 'ivan petrakis', address: '5225 north lakewood avenue', time: 'tomorrow' },
      corrections: [
        {
          after: 'offer',
          say: 'actually can we do it after 2 instead i work in the morning',
          afterwards: { time: 'tomorrow after 2' },
        },
      ],
    },
    expect: booked(slot('2026-06-23', '14:00', '17:00')),
  },
];
