import type { Check, LocalWindow, Persona } from '../types.js';
import { emergencyHandled, GAS_ADVICE, MORNING, slot } from './defaults.js';

// Emergencies: the owner hears of it at once and the caller is put through or booked first,
// flagged. Without an owner phone nobody can be dialled or texted, so the job is booked flagged
// or left as an EMERGENCY callback. Gas: leave the building, call the gas company or 911.

/** No owner phone: the earliest slot flagged, or an emergency callback for the owner. */
function flaggedWithoutOwner(window: LocalWindow): Check[] {
  return [
    { kind: 'no_transfer' },
    {
      kind: 'any_of',
      what: 'the earliest slot flagged as an emergency, or an EMERGENCY callback',
      options: [[{ kind: 'booked', window, emergency: true }], [{ kind: 'callback', reason: 'EMERGENCY' }]],
    },
  ];
}

const today = (date: string, from: string): LocalWindow => slot(date, from, '17:00');

export const emergencies: Persona[] = [
  {
    id: 'emergency-burst-pipe-basement',
    kind: 'emergency',
    now: '2026-03-04T10:30', // Wednesday, open
    caller: {
      phone: '+17735550161',
      language: 'en',
      opening: "oh my god a pipe burst in the basement and there's water everywhere",
      gives: ['problem'],
      lines: {
        name: 'this is steve gorski',
        address: '2411 west fletcher street',
        time: 'right now please',
        safety: "yeah we're all upstairs we're fine",
      },
      accepts: today('2026-03-04', '10:30'),
      wantsTransfer: true,
    },
    expect: emergencyHandled(today('2026-03-04', '10:30')),
  },
  {
    id: 'emergency-gas-smell-kitchen',
    kind: 'emergency',
    now: '2026-04-14T14:00', // Tuesday, open
    caller: {
      phone: '+17735550162',
      language: 'en',
      opening: 'yeah um i smell gas really strong in the kitchen by the stove',
      gives: ['problem'],
      lines: {
        name: 'janet wu',
        address: '1520 west henderson street',
        time: 'as soon as you can',
        safety: "okay we're outside now",
      },
      accepts: today('2026-04-14', '14:00'),
      wantsTransfer: true,
    },
    expect: [...GAS_ADVICE, ...emergencyHandled(today('2026-04-14', '14:00'))],
  },
  {
    id: 'emergency-sparking-panel-no-owner-phone',
    kind: 'emergency',
    now: '2026-04-18T20:00', // Saturday evening; closed until Monday
    tenant: { owner_phone: null },
    caller: {
      phone: '+17735550163',
      language: 'en',
      opening: "there's sparks coming out of my electrical panel and it smells like something's burning",
      gives: ['problem'],
      lines: {
        name: 'my name is deshawn ellis',
        address: '8126 south ellis avenue',
        time: 'as soon as possible',
        safety: 'yeah we shut the main off and we are out of the basement',
      },
      accepts: slot('2026-04-20', ...MORNING),
    },
    expect: flaggedWithoutOwner(slot('2026-04-20', ...MORNING)),
  },
  {
    id: 'emergency-no-heat-with-infant',
    kind: 'emergency',
    now: '2026-11-15T06:30', // Sunday, closed
    caller: {
      phone: '+17735550164',
      language: 'en',
      opening: "hi our furnace quit last night and it's freezing in here and we have a 4 month old baby",
      gives: ['problem'],
      lines: {
        name: 'laura bennett',
        address: '3906 north janssen avenue',
        time: 'as soon as anybody can come',
        safety: "we're okay we got the baby bundled up",
      },
      accepts: slot('2026-11-16', ...MORNING),
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot('2026-11-16', ...MORNING)),
  },
  {
    id: 'emergency-sewage-backup',
    kind: 'emergency',
    now: '2026-05-21T09:15', // Thursday, open
    caller: {
      phone: '+17735550165',
      language: 'en',
      opening: "um yeah we got sewage coming up out of the floor drain in the basement it's like everywhere",
      gives: ['problem'],
      lines: { name: 'hector ruiz', address: '2734 south trumbull avenue', time: 'today please' },
      accepts: today('2026-05-21', '09:15'),
      wantsTransfer: true,
    },
    expect: emergencyHandled(today('2026-05-21', '09:15')),
  },
  {
    id: 'emergency-washer-hose-flooding-no-owner-phone',
    kind: 'emergency',
    now: '2026-06-16T11:00', // Tuesday, open
    tenant: { owner_phone: null },
    caller: {
      phone: '+17735550166',
      language: 'en',
      opening: "the washing machine hose burst and water's pouring all over the laundry room floor",
      gives: ['problem'],
      lines: {
        name: "it's megan foley",
        address: '5107 north damen avenue',
        time: 'right away',
        safety: 'yeah i turned the water off at the valve',
      },
      accepts: today('2026-06-16', '11:00'),
    },
    expect: flaggedWithoutOwner(today('2026-06-16', '11:00')),
  },
  {
    id: 'emergency-gas-leak-no-owner-phone-night',
    kind: 'emergency',
    now: '2026-10-12T22:40', // Monday night, closed
    tenant: { owner_phone: null },
    caller: {
      phone: '+17735550167',
      language: 'en',
      opening: 'i think we have a gas leak it smells like rotten eggs down in the basement',
      gives: ['problem'],
      lines: {
        name: 'victor samuels',
        address: '3320 west belden avenue',
        time: 'first thing in the morning',
      },
      accepts: slot('2026-10-13', ...MORNING),
    },
    expect: [...GAS_ADVICE, ...flaggedWithoutOwner(slot('2026-10-13', ...MORNING))],
  },
  {
    id: 'emergency-front-loaded-water-heater-split',
    kind: 'emergency',
    now: '2026-09-25T15:40', // Friday afternoon, open until 17:00
    caller: {
      phone: '+17735550168',
      language: 'en',
      opening:
        "this is paul nguyen my water heater just split open and water's flooding the garage i'm at 3702 north kenneth avenue please send someone right away",
      gives: ['name', 'problem', 'address', 'time'],
      lines: {
        name: 'paul nguyen',
        problem: "the water heater split open and it's flooding the garage",
        address: '3702 north kenneth avenue',
        time: 'right away',
      },
      accepts: slot(['2026-09-25', '2026-09-26'], '09:00', '17:00'),
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot(['2026-09-25', '2026-09-26'], '09:00', '17:00')),
  },
];
