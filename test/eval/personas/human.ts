import type { Persona } from '../types.js';

// Callers who want a person: put through to the owner while open (or always, with
// after_hours_transfer); otherwise the owner gets a HANDOFF callback and nobody is dialled.

export const human: Persona[] = [
  {
    id: 'human-open-asks-for-owner',
    kind: 'human',
    now: '2026-03-10T11:00', // Tuesday, open
    caller: {
      phone: '+17735550171',
      language: 'en',
      opening: 'yeah can i just talk to denise please',
      lines: {
        reason: 'it is about the estimate she gave me last week',
        name: 'frank olsen',
        otherwise: 'no i just need to talk to denise can you put me through',
      },
      wantsTransfer: true,
    },
    expect: [{ kind: 'transfer' }, { kind: 'no_booking' }],
  },
  {
    id: 'human-gives-up-on-the-bot',
    kind: 'human',
    now: '2026-04-09T14:30', // Thursday, open
    caller: { phone: '+17735550172', language: 'en' },
    script: [
      "hi my dishwasher's not draining",
      'you know what can i just talk to a real person please',
      'yes please',
    ],
    expect: [{ kind: 'transfer' }, { kind: 'no_booking' }],
  },
  {
    id: 'human-after-hours-callback',
    kind: 'human',
    now: '2026-05-20T19:30', // Wednesday evening, closed
    caller: {
      phone: '+17735550173',
      language: 'en',
      opening: 'hi i need to talk to the owner about a bill',
      lines: {
        name: "it's carla mendes",
        reason: 'i got charged twice for the same job',
        otherwise: 'no i really just need to talk to the owner',
      },
      wantsCallback: true,
    },
    expect: [{ kind: 'callback', reason: 'HANDOFF' }, { kind: 'no_transfer' }, { kind: 'no_booking' }],
  },
  {
    id: 'human-saturday-after-closing-callback',
    kind: 'human',
    now: '2026-06-13T15:00', // Saturday; closed at 13:00
    caller: {
      phone: '+17735550174',
      language: 'en',
      opening: 'um hi is there a real person there i can talk to',
      lines: {
        name: 'this is gary pike',
        reason: 'i want to ask about getting a quote for a whole house repipe',
        otherwise: 'no i would rather talk to a person about it',
      },
      wantsCallback: true,
    },
    expect: [{ kind: 'callback', reason: 'HANDOFF' }, { kind: 'no_transfer' }, { kind: 'no_booking' }],
  },
  {
    id: 'human-sunday-with-after-hours-transfer',
    kind: 'human',
    now: '2026-09-20T10:00', // Sunday, closed, but the owner takes calls any time
    tenant: { after_hours_transfer: true },
    caller: {
      phone: '+17735550175',
      language: 'en',
      opening: 'can i speak to the owner please',
      lines: {
        name: 'lisa tran',
        reason: 'she told me to call her directly about the job',
        otherwise: 'no i need to talk to the owner please',
      },
      wantsTransfer: true,
    },
    expect: [{ kind: 'transfer' }, { kind: 'no_booking' }],
  },
];
