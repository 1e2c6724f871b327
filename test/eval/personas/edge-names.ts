import type { Persona } from '../types.js';
import { AFTERNOON, booked, MORNING, slot } from './defaults.js';

// Callers who give their name the way people do: the name and then their cell number in one breath,
// "oh sure" before it, or the whole name said twice.

export const edgeNames: Persona[] = [
  {
    id: 'edge-bare-name-then-phone-number',
    kind: 'cooperative',
    now: '2026-07-07T18:30', // Tuesday evening, closed
    caller: {
      phone: '+17735550231',
      language: 'en',
      opening: "hey um my bathroom faucet won't stop dripping",
      gives: ['problem'],
      lines: {
        // A bare name followed by more words: the name ends at "and", as it would after "it's".
        name: 'dave kowalczyk and uh if we get cut off my cell is seven seven three five five five oh two three one',
        address: '4436 north kedvale avenue',
        time: 'thursday afternoon',
      },
    },
    expect: booked(slot('2026-07-09', ...AFTERNOON), { name: 'Dave Kowalczyk' }),
  },
  {
    id: 'edge-oh-sure-before-the-name',
    kind: 'cooperative',
    now: '2026-02-19T12:00', // Thursday, open
    caller: {
      phone: '+17735550240',
      language: 'en',
      opening: "hi there my shower head is leaking and the handle's really stiff",
      gives: ['problem'],
      lines: {
        // "oh sure" leads in to the name; it is not a bare yes.
        name: 'oh sure pam whitley',
        address: '2847 north racine avenue',
        time: 'monday at ten would be great thank you so much bye',
        yes: "oh that's perfect yes thank you so much bye bye",
      },
    },
    expect: booked(slot('2026-02-23', '09:30', '11:00'), { name: 'Pam Whitley' }),
  },
  {
    id: 'edge-elderly-repeats-herself',
    kind: 'cooperative',
    now: '2026-12-08T10:30', // Tuesday, open
    caller: {
      phone: '+17735550243',
      language: 'en',
      opening:
        "hello yes hello is this the plumbing company i need somebody for my furnace it's making a terrible racket a terrible racket",
      gives: ['problem'],
      lines: {
        // The name said twice is one name, not "Dorothy Hale Dorothy".
        name: 'my name is dorothy hale dorothy hale',
        address: "i live at sixty one oh four north kenmore avenue that's sixty one oh four north kenmore",
        time: 'oh thursday morning would be nice thursday morning',
        yes: "yes yes that's fine dear that's fine",
      },
    },
    expect: booked(slot('2026-12-10', ...MORNING), { addressIncludes: '6104', name: 'Dorothy Hale' }),
  },
];
