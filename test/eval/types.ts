// The evaluation's vocabulary: who calls, what they say, and what must be true afterwards.

export type PersonaKind =
  | 'cooperative'
  | 'front-loaded'
  | 'time-expression'
  | 'emergency'
  | 'human'
  | 'cancel'
  | 'reschedule'
  | 'question'
  | 'spanish'
  | 'silence'
  | 'correction';

export type Lang = 'en' | 'es';

/** A start-time window in the tenant's zone: local dates and an inclusive HH:MM range. */
export interface LocalWindow {
  dates: string[];
  from: string;
  to: string;
}

/** Tenant settings that differ from the defaults (see DEFAULT_TENANT in personas/defaults.ts). */
export type TenantOverrides = Record<string, unknown>;

export type Fact = 'name' | 'address' | 'problem' | 'time';

/** What a caller says when asked for each thing; their own words, as the recogniser hears them. */
export interface Lines {
  name?: string;
  address?: string;
  problem?: string;
  time?: string;
  phone?: string;
  yes?: string;
  no?: string;
  bye?: string;
  /** Answer to "is everyone safe / are you out of the house". */
  safety?: string;
  /** Why they want a person / what the callback is about. */
  reason?: string;
  /**
   * Answer to "is <the place you named> in one of the areas you serve?" (default: yes — the places
   * callers name are mostly neighbourhoods or suburbs of a city the business serves).
   */
  inArea?: string;
  /** What they say to a question they have no answer for (default: no). */
  otherwise?: string;
}

export interface Correction {
  /** The caller corrects themselves right after saying this fact, or at the first slot offered. */
  after: Fact | 'offer';
  say: string;
  /** What the caller says from then on (the corrected time, say). */
  afterwards?: Lines;
}

export interface Caller {
  /** E.164 caller id (Twilio `From`). */
  phone: string;
  language: Lang;
  /** What the responsive caller says first (scripted personas say their script instead). */
  opening?: string;
  /** Silent turns (no speech recognised) before the opening. */
  silences?: number;
  /** Facts the opening already gives; the assistant must not ask for them again. */
  gives?: Fact[];
  lines?: Lines;
  /** The slots the caller accepts; anything outside is declined. Default: the expected booking's window. */
  accepts?: LocalWindow;
  corrections?: Correction[];
  /** Says yes when offered a transfer to the owner (emergencies, wants a person). */
  wantsTransfer?: boolean;
  /** Says yes when offered a callback. */
  wantsCallback?: boolean;
}

export interface SeedAppointment {
  /** Tenant-local start, e.g. '2026-03-05T11:00'. */
  start: string;
  service_type: string;
  description: string;
}

export interface Seed {
  customer: { name: string; address: string };
  appointments: SeedAppointment[];
}

export type CallbackReason = 'MISSED_CALL' | 'VOICEMAIL' | 'PARTIAL_INTAKE' | 'HANDOFF' | 'EMERGENCY';

export type Check =
  /** Exactly one new active appointment for the caller, starting inside the window. */
  | { kind: 'booked'; window: LocalWindow; emergency?: boolean; addressIncludes?: string; name?: string }
  | { kind: 'confirmation_sms' }
  | { kind: 'owner_alert' }
  | { kind: 'transfer' }
  | { kind: 'no_transfer' }
  | { kind: 'callback'; reason: CallbackReason }
  | { kind: 'no_booking' }
  /** The seeded appointment at this index is CANCELLED. */
  | { kind: 'cancelled'; seed: number }
  /** The seeded appointment at this index is active and untouched. */
  | { kind: 'unchanged'; seed: number }
  /** The caller's job at this seed now starts inside the window (moved in place, or replaced). */
  | { kind: 'moved'; seed: number; window: LocalWindow }
  | { kind: 'said'; pattern: RegExp; what: string }
  /** Every reply from the caller's first sentence on (from the greeting for a Spanish tenant) is Spanish. */
  | { kind: 'spanish'; fromGreeting?: boolean }
  /** The call ended with the assistant hanging up politely (not a transfer or voicemail). */
  | { kind: 'closed' }
  | { kind: 'voicemail' }
  /** No question about a fact the opening already gave. */
  | { kind: 'no_reask' }
  | { kind: 'max_turns'; turns: number }
  | { kind: 'any_of'; what: string; options: Check[][] };

export interface Persona {
  id: string;
  kind: PersonaKind;
  /** The simulated clock: tenant-local wall time of the call, e.g. '2026-03-02T19:00' (a Monday). */
  now: string;
  tenant?: TenantOverrides;
  caller: Caller;
  /** Fixed utterances ('' = silence) instead of the responsive caller. */
  script?: string[];
  seed?: Seed;
  expect: Check[];
  /** Caller turns before the simulated caller gives up and hangs up. */
  maxTurns?: number;
}
