import type { WeekdayKey } from '../../../platform/time/tenant-time.js';
import type { PartOfDay } from '../../../platform/time/time-constraint.js';
import type { LocalPoint, Speaker } from '../engine/speak.js';

// Every sentence the assistant says has an id here and a rendering in each language (en.ts, es.ts).
// The policy picks ids and values; it never builds sentences itself.

export type Range = readonly [string, string];

/** Consecutive weekdays sharing the same opening ranges (empty ranges = closed). */
export interface HoursGroup {
  days: WeekdayKey[];
  ranges: Range[];
}

/** The clock time or part of day a caller asked for, when the business is not open then. */
export type ClosedTime = { at: string } | { partOfDay: PartOfDay } | { after: string } | { before: string };

type None = Record<string, never>;

export interface MessageParams {
  greeting: { business: string; name: string | null; voice: boolean };
  greeting_custom: { text: string; name: string | null };
  how_help: None;
  ask_problem: None;
  reask_problem: None;
  ask_time: None;
  reask_time: None;
  ask_name: None;
  reask_name: None;
  ask_address: None;
  reask_address: None;
  ask_phone: None;
  reask_phone: None;
  ack_problem: None;
  water_safety: None;
  visit_dropped: None;
  ack_address: { address: string };
  ack_name: { name: string };
  ack: None;
  didnt_catch: None;
  still_there: None;
  hear_you: None;
  offer_two: { first: LocalPoint; second: LocalPoint };
  which_one: { first: LocalPoint; second: LocalPoint };
  nothing_then: None;
  not_open: ClosedTime;
  confirm_booking: { slot: LocalPoint; address: string; emergency: boolean };
  other_time: None;
  /** After repeated refusals: an open question instead of more offers. */
  open_time: None;
  booked: { slot: LocalPoint; address: string; emergency: boolean; texted: boolean };
  slot_taken: None;
  no_availability: { owner: string | null };
  system_trouble: { owner: string | null };
  found_for_cancel: { slot: LocalPoint; service: string | null };
  cancelled: { slot: LocalPoint };
  cancel_kept: None;
  found_for_reschedule: { slot: LocalPoint };
  confirm_reschedule: { slot: LocalPoint; from: LocalPoint };
  rescheduled: { slot: LocalPoint; texted: boolean };
  no_appointment: None;
  gas_safety: { carbonMonoxide: boolean };
  /** Sparks, smoke, a hot panel, bare wires, water at the panel: before any transfer or booking. */
  electrical_safety: None;
  emergency_transfer: { owner: string | null };
  emergency_book: { owner: string | null };
  transfer_now: { owner: string | null };
  handoff_callback: { owner: string | null; phone: boolean };
  faq_hours_week: { groups: HoursGroup[] };
  faq_hours_day: { date: string; ranges: Range[]; next?: { date: string; ranges: Range[] } };
  faq_services_list: { services: string[] };
  faq_services_yes: { service: string };
  faq_services_no: { thing: string; services: string[] };
  faq_services_general: None;
  faq_area_yes: { place: string };
  faq_area_list: { places: string[]; more: boolean };
  faq_area_no: { place: string; places: string[]; more: boolean };
  faq_area_unknown: None;
  outside_area: { city: string; places: string[]; more: boolean };
  confirm_area: { city: string; places: string[]; more: boolean };
  faq_price: None;
  offer_booking: None;
  anything_else: None;
  what_else: None;
  goodbye: { business: string; voice: boolean };
  give_up: { owner: string | null; phone: boolean };
  voicemail_prompt: None;
  silence_close: { business: string };
}

export type MessageId = keyof MessageParams;

export type Phrasebook = { [K in MessageId]: (p: MessageParams[K], f: Speaker) => string };

/** Owner-facing summary labels (callbacks and alerts are read by the owner, in the tenant's language). */
export interface SummaryLabels {
  name: string;
  phone: string;
  address: string;
  problem: string;
  wants: string;
  emergency: string;
  request: Record<'book' | 'reschedule' | 'cancel' | 'human', string>;
  asap: string;
  partOfDay: Record<'morning' | 'afternoon' | 'evening', string>;
  around: string;
  appointment: string;
}
