import type { Persona } from '../types.js';
import { booked, emergencyHandled, MORNING, OPEN, slot } from './defaults.js';

// QA round 2 personas fixed in the understanding layer: a missed no-heat emergency (cold snap and a
// baby), a toilet that keeps overflowing, "what do you have?" as the answer to "when?", and days
// the caller rules out ("out of town next week", "next week but not monday").

export const qa2FixedUnderstanding: Persona[] = [
  {
    id: 'qa2-no-heat-20-degrees-baby',
    kind: 'emergency',
    now: '2026-12-01T19:00', // Tuesday evening, closed
    caller: {
      phone: '+17735550314',
      language: 'en',
      opening:
        "hi so um our heat's been out since this afternoon and it's like 20 degrees out and we've got a baby at home",
      gives: ['problem'],
      lines: {
        name: 'amy castellano',
        address: '2908 west cortland street',
        time: 'as soon as someone can',
        safety: "yeah we're okay for now",
      },
      accepts: slot('2026-12-02', ...MORNING),
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot('2026-12-02', ...MORNING)),
  },
  {
    id: 'qa2-toilet-overflowing-wont-stop',
    kind: 'emergency',
    now: '2026-06-09T08:30', // Tuesday, open
    caller: {
      phone: '+17735550324',
      language: 'en',
      opening: "hi um so the toilet upstairs is overflowing and it won't stop even when i jiggle the handle",
      gives: ['problem'],
      lines: {
        name: 'dana pruitt',
        address: '3120 north seeley avenue',
        time: 'as soon as possible',
        safety: "yeah i shut the valve behind it i think we're okay",
      },
      accepts: slot('2026-06-09', '08:30', '17:00'),
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot('2026-06-09', '08:30', '17:00')),
  },
  {
    id: 'qa2-what-do-you-have',
    kind: 'time-expression',
    now: '2026-07-21T14:00', // Tuesday, open
    caller: {
      phone: '+17735550319',
      language: 'en',
      opening: 'hey the shutoff valve under my kitchen sink is stuck and dripping',
      gives: ['problem'],
      lines: { name: 'lou ferraro', address: '2634 north troy street', time: 'um what do you have' },
      // Takes whatever comes first in the next few open days.
      accepts: slot(['2026-07-21', '2026-07-22', '2026-07-23', '2026-07-24'], ...OPEN),
    },
    expect: booked(slot(['2026-07-21', '2026-07-22', '2026-07-23', '2026-07-24'], ...OPEN)),
  },
  {
    id: 'qa2-week-after-next',
    kind: 'time-expression',
    now: '2026-03-10T14:00', // Tuesday, open
    caller: {
      phone: '+17735550301',
      language: 'en',
      opening: 'hi um i need somebody to replace the fill valve in my upstairs toilet it keeps hissing',
      gives: ['problem'],
      lines: {
        name: 'greta lindqvist',
        address: '5432 north lakewood avenue',
        time: "uh we're out of town next week so sometime the week after next",
      },
    },
    expect: booked(
      slot(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28'], ...OPEN),
    ),
  },
  {
    id: 'qa2-next-week-but-not-monday',
    kind: 'time-expression',
    now: '2026-02-26T15:00', // Thursday, open
    caller: {
      phone: '+17735550322',
      language: 'en',
      opening: 'hi i need somebody to look at a couple of outlets in my kitchen that stopped working',
      gives: ['problem'],
      lines: {
        name: 'clara jennings',
        address: '2035 west giddings street',
        time: 'sometime next week but not monday i have a thing monday',
      },
    },
    expect: booked(slot(['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07'], ...OPEN)),
  },
];
