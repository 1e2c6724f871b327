import { z } from 'zod';
import type { Language } from '../understanding/index.js';

// Session state is stored as JSON between turns (memory or Redis) and validated on every load: a
// state written by an older version, or a corrupt one, fails to parse and the session starts over.

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const localTime = z.string().regex(/^\d{2}:\d{2}$/);

export const timeConstraintSchema = z.object({
  fromDate: localDate.optional(),
  toDate: localDate.optional(),
  partOfDay: z.enum(['morning', 'afternoon', 'evening']).optional(),
  after: localTime.optional(),
  before: localTime.optional(),
  at: localTime.optional(),
  asap: z.boolean().optional(),
  excludeDates: z.array(localDate).readonly().optional(),
});

export const slotOfferSchema = z.object({
  start: z.string(),
  end: z.string(),
  date: localDate,
  time: localTime,
});

const appointmentSchema = slotOfferSchema.extend({
  id: z.string(),
  service: z.string().nullable(),
  address: z.string().nullable(),
});

/** Questions that gather what a booking or a change needs (a side question must not derail them). */
export const INTAKE_PENDING = [
  'problem',
  'time',
  'name',
  'address',
  'phone',
  'confirm_area',
  'pick_slot',
  'confirm_booking',
  'confirm_reschedule',
  'confirm_cancel',
] as const;

export const PENDING = ['open', ...INTAKE_PENDING, 'offer_booking', 'anything_else'] as const;
export type Pending = (typeof PENDING)[number];

/** Outcomes as the port reports them; the later, stronger one wins (see OUTCOME_RANK). */
export const OUTCOMES = [
  'faq',
  'abandoned',
  'callback',
  'voicemail',
  'handoff',
  'emergency',
  'cancelled',
  'rescheduled',
  'booked',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const sessionStateSchema = z.object({
  v: z.literal(1),
  language: z.enum(['en', 'es']),
  /** The conversation is over (ended, transferred, voicemail); a new utterance starts a fresh one. */
  done: z.boolean(),
  intent: z.enum(['book', 'reschedule', 'cancel', 'human']).nullable(),
  pending: z.enum(PENDING).nullable(),
  /** Failed answers to the current question; two end in a callback, never a loop. */
  attempts: z.number().int().min(0),
  silences: z.number().int().min(0),
  /** "Hello?" / "can you hear me" answered so far; after two they count as failed answers. */
  greetings: z.number().int().min(0).default(0),
  /** Bookings that failed with an error (a slot taken by another caller is not one: see `taken`). */
  bookFailures: z.number().int().min(0),
  facts: z.object({
    name: z.string().optional(),
    address: z.string().optional(),
    phone: z.string().optional(),
    problem: z.string().optional(),
    service: z.string().optional(),
    time: timeConstraintSchema.optional(),
  }),
  customer: z
    .object({
      name: z.string().nullable(),
      address: z.string().nullable(),
      smsOptOut: z.boolean().optional(),
    })
    .nullable(),
  offers: z.array(slotOfferSchema),
  chosen: slotOfferSchema.nullable(),
  /** How far the caller's time preference has been widened after finding nothing (0 = as asked). */
  searchLevel: z.number().int().min(0),
  appointment: appointmentSchema.nullable(),
  /** Local date a cancelling caller named ("my appointment for thursday"). */
  appointmentHint: localDate.nullable(),
  /** The service a caller named to pick one of their jobs ("the furnace one"); defaulted for old states. */
  serviceHint: z.string().nullable().default(null),
  /**
   * "push it back a week": days to move the appointment by, kept until the appointment is found.
   * Defaulted (like the fields below) so states stored before it existed still load.
   */
  shiftDays: z.number().int().nullable().default(null),
  /** Starts of slots the caller turned down: never offered again in this request. */
  declined: z.array(z.string()).default([]),
  /** Offers turned down in a row without a new preference; bounded so offering never loops. */
  declines: z.number().int().min(0).default(0),
  /**
   * Starts of slots booked by someone else between our offer and the caller's yes, in this request:
   * never offered again, and bounded so a busy calendar can never loop. Defaulted for older states.
   */
  taken: z.array(z.string()).default([]),
  emergency: z.object({
    active: z.boolean(),
    gas: z.boolean(),
    alerted: z.boolean(),
    reasons: z.array(z.string()),
  }),
  outcome: z.enum(OUTCOMES).nullable(),
  appointmentId: z.string().nullable(),
  /**
   * The caller said goodbye while confirming a booking, move or cancel ("yes thanks, bye"): the
   * result arrives as a later event, so this carries the goodbye to it to close instead of asking
   * "anything else?". Defaulted so states stored before it existed still load.
   */
  leaving: z.boolean().default(false),
  /**
   * What this turn has said so far, and what the last few turns said: a conversation going round in
   * circles ends in a callback instead (see step). Defaulted for older states.
   */
  /** The place the caller said is inside the service area when asked (a neighbourhood, a suburb). */
  areaConfirmed: z.string().nullable().default(null),
  turnSaid: z.string().default(''),
  recent: z.array(z.string()).default([]),
});

export type SessionState = z.infer<typeof sessionStateSchema>;
export type Facts = SessionState['facts'];

export function initialState(language: Language): SessionState {
  return {
    v: 1,
    language,
    done: false,
    intent: null,
    pending: null,
    attempts: 0,
    silences: 0,
    greetings: 0,
    bookFailures: 0,
    facts: {},
    customer: null,
    offers: [],
    chosen: null,
    searchLevel: 0,
    appointment: null,
    appointmentHint: null,
    serviceHint: null,
    shiftDays: null,
    declined: [],
    declines: 0,
    taken: [],
    emergency: { active: false, gas: false, alerted: false, reasons: [] },
    outcome: null,
    appointmentId: null,
    leaving: false,
    areaConfirmed: null,
    turnSaid: '',
    recent: [],
  };
}

/** A fresh conversation for a caller who comes back to a finished session (a later text message). */
export function restartedState(previous: SessionState): SessionState {
  return { ...initialState(previous.language), customer: previous.customer };
}

/** Parsed state, or null when it is missing, from another version, or corrupt. */
export function parseState(value: unknown): SessionState | null {
  const parsed = sessionStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Facts gathered so far, with what the CRM already knew filling the gaps. */
export function knownName(s: SessionState): string | null {
  return s.facts.name ?? s.customer?.name ?? null;
}

export function knownAddress(s: SessionState): string | null {
  return s.facts.address ?? s.customer?.address ?? null;
}

/** Something worth a callback was said: a name, a problem, an address, a time, or a request. */
export function hasUsefulFacts(s: SessionState): boolean {
  const f = s.facts;
  return Boolean(f.name || f.address || f.problem || f.time || s.intent || s.emergency.active);
}
