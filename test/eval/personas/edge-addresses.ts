import type { Persona } from '../types.js';
import { AFTERNOON, booked, MORNING, slot } from './defaults.js';

// Addresses as callers really say them: a unit letter the recogniser splits off ("apartment three
// b"), a Spanish "mil" with nothing before it, and a house number corrected on its own in the same
// breath as a new day ("it's 1842 not 1824 ... friday instead of thursday").

export const edgeAddresses: Persona[] = [
  {
    id: 'edge-spoken-house-number-with-apartment',
    kind: 'cooperative',
    now: '2026-09-22T10:00', // Tuesday, open
    caller: {
      phone: '+17735550232',
      language: 'en',
      opening: 'hi yeah i need someone to look at my toilet it rocks and leaks a little at the base',
      gives: ['problem'],
      lines: {
        name: 'carmen ortiz',
        address: 'uh twenty two fifteen west addison street apartment three b',
        time: 'friday morning',
      },
    },
    expect: [
      ...booked(slot('2026-09-25', ...MORNING), { addressIncludes: '2215 west addison' }),
      // The unit must reach the booking too, or the plumber knocks on the wrong door.
      { kind: 'booked', window: slot('2026-09-25', ...MORNING), addressIncludes: '3b' },
    ],
  },
  {
    id: 'edge-two-corrections-in-one-breath',
    kind: 'correction',
    now: '2026-03-10T17:30', // Tuesday evening, closed
    caller: {
      phone: '+17735550241',
      language: 'en',
      opening: "hello i need somebody to look at my bathroom sink it's leaking underneath",
      gives: ['problem'],
      lines: { name: 'kim nguyen', address: '1824 north leclaire avenue', time: 'thursday afternoon' },
      corrections: [
        {
          after: 'address',
          say: "oh shoot sorry i said that wrong it's 1842 not 1824 and can we make it friday afternoon instead of thursday",
          afterwards: { address: '1842 north leclaire avenue', time: 'friday afternoon' },
        },
      ],
    },
    expect: booked(slot('2026-03-13', ...AFTERNOON), { addressIncludes: '1842' }),
  },
  {
    id: 'edge-es-english-street-name',
    kind: 'spanish',
    now: '2026-11-10T09:00', // Tuesday, open
    caller: {
      phone: '+17735550242',
      language: 'es',
      opening: 'hola buenos días mire se me tapó el baño y no baja el agua',
      gives: ['problem'],
      lines: {
        name: 'soy rosa vargas',
        address: 'es el mil setecientos quince south blue island avenue',
        time: 'el jueves por la mañana',
        yes: 'sí está bien gracias',
      },
    },
    expect: [
      ...booked(slot('2026-11-12', ...MORNING), { addressIncludes: '1715' }),
      { kind: 'booked', window: slot('2026-11-12', ...MORNING), addressIncludes: 'blue island' },
      { kind: 'spanish' },
    ],
  },
];
