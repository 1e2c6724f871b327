import type { Persona } from '../types.js';
import { AFTERNOON, booked, MORNING, slot } from './defaults.js';

// QA round 2, fixed in the engine: a returning caller who moves a visit relative to itself ("push it
// back a week", "same time next week instead"), one of two jobs named by its service and day ("the
// furnace one on friday"), and a request for a person taken back in the same breath, and an address
// outside the tenant's service area, which is not booked.

export const qa2FixedEngine: Persona[] = [
  {
    id: 'qa2-push-it-back-a-week',
    kind: 'reschedule',
    now: '2026-03-30T11:00', // Monday, open
    seed: {
      customer: { name: 'Tom Reyes', address: '2902 West Foster Avenue' },
      appointments: [
        { start: '2026-04-01T13:00', service_type: 'Toilet repair', description: 'toilet runs' },
      ],
    },
    caller: {
      phone: '+17735550327',
      language: 'en',
      opening: "hi it's tom reyes i need to reschedule wednesday's appointment can we push it back a week",
      gives: ['name'],
      lines: {
        name: 'tom reyes',
        address: '2902 west foster avenue',
        problem: 'the toilet you guys are already coming for',
        time: 'a week later same time so the following wednesday at 1',
        yes: 'yes perfect',
      },
    },
    expect: [
      { kind: 'moved', seed: 0, window: slot('2026-04-08', '13:00', '13:30') },
      { kind: 'no_transfer' },
    ],
  },
  {
    id: 'qa2-reschedule-the-furnace-one-of-two',
    kind: 'reschedule',
    now: '2026-11-02T10:00', // Monday, open
    seed: {
      customer: { name: 'Irene Vasquez', address: '3055 North Sawyer Avenue' },
      appointments: [
        { start: '2026-11-04T09:00', service_type: 'Drain cleaning', description: 'bathroom sink slow' },
        { start: '2026-11-06T14:00', service_type: 'Furnace repair', description: 'furnace short cycling' },
      ],
    },
    caller: {
      phone: '+17735550311',
      language: 'en',
      opening: 'hi um i have two appointments with you guys and i need to move the furnace one on friday',
      lines: {
        name: 'irene vasquez',
        address: '3055 north sawyer avenue',
        problem: 'the furnace one',
        time: 'next monday morning if you can',
        yes: 'yes that one',
        no: 'no the furnace one on friday',
        otherwise: 'the furnace appointment on friday',
      },
    },
    expect: [
      { kind: 'moved', seed: 1, window: slot('2026-11-09', ...MORNING) },
      { kind: 'unchanged', seed: 0 },
      { kind: 'no_transfer' },
    ],
  },
  {
    id: 'qa2-reschedule-same-time-next-week',
    kind: 'reschedule',
    now: '2026-10-06T12:00', // Tuesday, open
    seed: {
      customer: { name: 'Nora Kelleher', address: '2240 West Lawrence Avenue' },
      appointments: [
        { start: '2026-10-08T10:00', service_type: 'Leak repair', description: 'leak under kitchen sink' },
      ],
    },
    caller: {
      phone: '+17735550309',
      language: 'en',
      opening:
        "hi this is nora kelleher i've got you guys coming thursday at ten could we do the same time next week instead",
      gives: ['name', 'time'],
      lines: {
        name: 'nora kelleher',
        address: '2240 west lawrence avenue',
        problem: 'the leak under the kitchen sink',
        time: 'the same time next week so thursday at ten',
        yes: 'yes that works',
      },
    },
    expect: [
      { kind: 'moved', seed: 0, window: slot('2026-10-15', '10:00', '10:30') },
      { kind: 'no_transfer' },
    ],
  },
  {
    id: 'qa2-asks-for-person-then-books',
    kind: 'human',
    now: '2026-02-10T11:00', // Tuesday, open
    caller: {
      phone: '+17735550312',
      language: 'en',
      opening: 'hi my toilet keeps running all night',
      gives: ['problem'],
      lines: {
        name: 'paula greer',
        address: '1437 west thorndale avenue',
        time: 'thursday afternoon',
        no: "no no that's okay never mind let's just book it",
      },
      corrections: [
        {
          after: 'name',
          say: "actually hold on is there a real person i could talk to no never mind you're doing fine it's 1437 west thorndale avenue",
        },
      ],
      wantsTransfer: false,
    },
    expect: [...booked(slot('2026-02-12', ...AFTERNOON)), { kind: 'no_transfer' }],
  },
  {
    id: 'qa2-outside-service-area',
    kind: 'cooperative',
    now: '2026-05-12T10:00', // Tuesday, open
    caller: {
      phone: '+17735550317',
      language: 'en',
      opening: 'hi i need my kitchen drain cleaned out it keeps clogging',
      gives: ['problem'],
      lines: {
        name: 'brenda holloway',
        address: '1220 west ogden avenue in naperville',
        time: 'thursday morning',
        inArea: "no it's out in the western suburbs",
      },
    },
    // Naperville is not in Chicago/Evanston/Oak Park/Skokie: asked, the caller says so; book nothing.
    expect: [
      { kind: 'no_booking' },
      {
        kind: 'said',
        what: "Naperville isn't in the service area",
        pattern:
          /\b(don't|do not|only|outside|unfortunately|not able)\b.{0,60}\b(serve|service|cover|area)\b/i,
      },
    ],
  },
];
