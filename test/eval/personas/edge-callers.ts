import type { Persona } from '../types.js';
import { AFTERNOON, booked, MORNING, OPEN, slot } from './defaults.js';

// Callers as they really talk: phone numbers said digit by digit, dates by ordinal ("the
// fourteenth", "on the 3rd"), "next week thursday", a time outside the business's hours, callers who
// turn down both offers, change what is wrong mid-call, spell their surname, or say "thank you so
// much bye" before the booking is done. Personas from the same hunt that exposed assistant defects
// are kept out of this list until those are fixed.

export const edgeCallers: Persona[] = [
  {
    id: 'edge-phone-number-digit-by-digit-after-address',
    kind: 'cooperative',
    now: '2026-07-07T18:30', // Tuesday evening, closed
    caller: {
      phone: '+17735550231',
      language: 'en',
      opening: "hey um my bathroom faucet won't stop dripping",
      gives: ['problem'],
      lines: {
        name: 'dave kowalczyk',
        address:
          '4436 north kedvale avenue and uh my cell is seven seven three five five five oh two three one in case we get cut off',
        time: 'thursday afternoon',
      },
    },
    expect: booked(slot('2026-07-09', ...AFTERNOON), { name: 'Dave Kowalczyk' }),
  },
  {
    id: 'edge-next-week-thursday',
    kind: 'time-expression',
    now: '2026-08-11T12:00', // Tuesday, open
    caller: {
      phone: '+17735550233',
      language: 'en',
      opening: "hi the sump pump in my basement runs like all the time even when it's totally dry down there",
      gives: ['problem'],
      lines: {
        name: 'bill hutchins',
        address: '3318 west eddy street',
        time: 'um next week thursday in the morning',
      },
    },
    // "Next week thursday" is the Thursday of next week, not the one two days away.
    expect: booked(slot('2026-08-20', ...MORNING)),
  },
  {
    id: 'edge-the-fourteenth-in-the-morning',
    kind: 'time-expression',
    now: '2026-05-05T09:30', // Tuesday, open
    caller: {
      phone: '+17735550234',
      language: 'en',
      opening: "hello i'd like to get my water heater looked at it's making a rumbling noise",
      gives: ['problem'],
      lines: {
        name: 'marjorie flanagan',
        address: '5218 north lockwood avenue',
        time: 'could you do the fourteenth sometime in the morning',
      },
    },
    expect: booked(slot('2026-05-14', ...MORNING)),
  },
  {
    id: 'edge-afternoon-on-the-3rd',
    kind: 'time-expression',
    now: '2026-05-27T16:00', // Wednesday, open
    caller: {
      phone: '+17735550235',
      language: 'en',
      opening: 'hi um i need somebody to fix a dimmer switch in the dining room it flickers',
      gives: ['problem'],
      lines: {
        name: 'this is andre watkins',
        address: '2710 west lunt avenue',
        time: 'uh in the afternoon on the 3rd',
      },
    },
    expect: booked(slot('2026-06-03', ...AFTERNOON)),
  },
  {
    id: 'edge-nine-pm-steered-to-open-hours',
    kind: 'time-expression',
    now: '2026-10-20T13:00', // Tuesday, open until 17:00
    caller: {
      phone: '+17735550236',
      language: 'en',
      opening: 'hi yeah my kitchen drain is real slow and it kind of smells',
      gives: ['problem'],
      lines: {
        name: 'luis campos',
        address: '1933 north kedzie avenue',
        time: 'um can you come tomorrow at 9 pm i get off work pretty late',
      },
      // Told they close at 5, the caller takes the latest visit tomorrow.
      accepts: slot('2026-10-21', '14:00', '17:00'),
    },
    expect: [
      ...booked(slot('2026-10-21', '14:00', '17:00')),
      // Offered the afternoon, the caller hears why: 9 PM is outside the hours, not taken.
      {
        kind: 'said',
        what: "we're not open at 9 PM",
        pattern: /\b(not open|closed)\b.{0,10}\b9(:00)? ?PM\b/i,
      },
    ],
  },
  {
    id: 'edge-turns-down-both-then-this-coming-monday',
    kind: 'time-expression',
    now: '2026-08-13T11:00', // Thursday, open
    caller: {
      phone: '+17735550237',
      language: 'en',
      opening: 'hey i need someone to clean out the floor drain in my basement it drains super slow',
      gives: ['problem'],
      lines: { name: 'greg pulaski', address: '4625 north lamon avenue', time: 'tomorrow morning' },
      corrections: [
        {
          after: 'offer',
          say: 'hmm no neither of those work for me actually is there anything this coming monday',
          afterwards: { time: 'this coming monday' },
        },
      ],
    },
    expect: booked(slot('2026-08-17', ...OPEN)),
  },
  {
    id: 'edge-changes-the-problem-mid-call',
    kind: 'correction',
    now: '2026-10-22T08:15', // Thursday, open
    caller: {
      phone: '+17735550238',
      language: 'en',
      opening: 'hi my kitchen sink is clogged',
      gives: ['problem'],
      lines: {
        problem: 'the kitchen sink is clogged',
        name: 'janelle brooks',
        address: '5839 north kenmore avenue',
        time: 'tomorrow afternoon',
      },
      corrections: [
        {
          after: 'name',
          say: "oh wait actually sorry it's not the sink itself it's the garbage disposal it's jammed and just hums when i turn it on",
        },
      ],
    },
    expect: booked(slot('2026-10-23', ...AFTERNOON)),
  },
  {
    id: 'edge-thank-you-so-much-bye-mid-flow',
    kind: 'cooperative',
    now: '2026-02-19T12:00', // Thursday, open
    caller: {
      phone: '+17735550240',
      language: 'en',
      opening: "hi there my shower head is leaking and the handle's really stiff",
      gives: ['problem'],
      lines: {
        name: 'pam whitley',
        address: '2847 north racine avenue',
        time: 'monday at ten would be great thank you so much bye',
        yes: "oh that's perfect yes thank you so much bye bye",
      },
    },
    expect: [
      ...booked(slot('2026-02-23', '09:30', '11:00')),
      // The goodbye came with the yes: confirm and close, without asking "anything else?".
      { kind: 'said', what: 'the booking confirmed with a goodbye', pattern: /\ball set\b[^?]*\bgoodbye\b/i },
      { kind: 'closed' },
    ],
  },
  {
    id: 'edge-spelled-out-surname',
    kind: 'cooperative',
    now: '2026-01-20T15:00', // Tuesday, open
    caller: {
      phone: '+17735550244',
      language: 'en',
      opening: "hi i need somebody to replace the wax ring on my toilet it's leaking at the bottom",
      gives: ['problem'],
      lines: {
        name: "yeah it's joan smyth s m y t h",
        address: '1120 west columbia avenue',
        time: 'wednesday afternoon',
      },
    },
    expect: booked(slot('2026-01-21', ...AFTERNOON), { name: 'Joan Smyth' }),
  },
];
