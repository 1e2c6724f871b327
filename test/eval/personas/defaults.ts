import type { Check, LocalWindow } from '../types.js';

export const OWNER_PHONE = '+13125550100';

const weekday: Array<[string, string]> = [['08:00', '17:00']];

/** The tenant every persona starts from (the README's defaults plus a catalogue of services). */
export const DEFAULT_TENANT = {
  name: 'Lakeview Plumbing & Electric',
  time_zone: 'America/Chicago',
  language_code: 'en',
  owner_name: 'Denise Kaplan',
  owner_phone: OWNER_PHONE,
  business_hours: {
    mon: weekday,
    tue: weekday,
    wed: weekday,
    thu: weekday,
    fri: weekday,
    sat: [['09:00', '13:00']],
    sun: [],
  },
  services: [
    { name: 'Drain cleaning', duration_minutes: 60 },
    { name: 'Water heater repair', duration_minutes: 90 },
    { name: 'Leak repair', duration_minutes: 60 },
    { name: 'Toilet repair', duration_minutes: 60 },
    { name: 'Garbage disposal', duration_minutes: 60 },
    { name: 'Sump pump service', duration_minutes: 60 },
    { name: 'Electrical troubleshooting', duration_minutes: 90 },
    { name: 'Furnace repair', duration_minutes: 90 },
  ],
  service_area: ['Chicago', 'Evanston', 'Oak Park', 'Skokie'],
};

/** Open every day, all day: for callers who must reach a person whatever the clock says. */
export const ALWAYS_OPEN = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['00:00', '24:00']]]),
);

/** A start window: `from` inclusive, `to` exclusive, on any of the local dates. */
export function slot(dates: string | string[], from: string, to: string): LocalWindow {
  return { dates: Array.isArray(dates) ? dates : [dates], from, to };
}

export const MORNING = ['08:00', '12:00'] as const;
export const AFTERNOON = ['12:00', '17:00'] as const;
export const OPEN = ['08:00', '17:00'] as const;

/** A booked job in the window plus the caller's confirmation text. */
export function booked(
  window: LocalWindow,
  extra: Omit<Extract<Check, { kind: 'booked' }>, 'kind' | 'window'> = {},
): Check[] {
  return [{ kind: 'booked', window, ...extra }, { kind: 'confirmation_sms' }];
}

/** Front-loaded callers: booked, nothing asked twice, at most three caller turns. */
export function bookedFast(window: LocalWindow): Check[] {
  return [...booked(window), { kind: 'no_reask' }, { kind: 'max_turns', turns: 3 }];
}

export const GAS_ADVICE: Check[] = [
  {
    kind: 'said',
    what: 'leave the building',
    pattern: /\b(leave|get out of|evacuate)\b.{0,20}\b(house|home|building)\b|\b(go|step|get) outside\b/i,
  },
  {
    kind: 'said',
    what: 'call the gas company or 911',
    pattern: /\b(gas company|gas utility|utility|911)\b/i,
  },
];

export const GAS_ADVICE_ES: Check[] = [
  {
    kind: 'said',
    what: 'salir de la casa',
    pattern: /\b(salga|salgan|salir|sal)\b.{0,40}\b(casa|edificio|hogar|afuera)/i,
  },
  { kind: 'said', what: 'llamar a la compañía de gas o al 911', pattern: /\b(compañía de gas|911)\b/i },
];

/** The owner hears of it at once, and the caller is either put through or booked first, flagged. */
export function emergencyHandled(window: LocalWindow): Check[] {
  return [
    { kind: 'owner_alert' },
    {
      kind: 'any_of',
      what: 'transfer to the owner, or the earliest slot flagged as an emergency',
      options: [[{ kind: 'transfer' }], [{ kind: 'booked', window, emergency: true }]],
    },
  ];
}
