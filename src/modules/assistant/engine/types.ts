import type { WeekdayKey } from '../../../platform/time/tenant-time.js';
import type { TimeConstraint } from '../../../platform/time/time-constraint.js';
import type { AssistantChannel } from '../assistant.port.js';
import type { Language, Understanding } from '../understanding/index.js';

/** A slot the assistant may offer: UTC instants plus the tenant-local date and clock time of the start. */
export interface SlotOffer {
  start: string;
  end: string;
  /** Local YYYY-MM-DD. */
  date: string;
  /** Local HH:MM. */
  time: string;
}

/** A returning caller's next appointment, as the runner found it. */
export interface KnownAppointment extends SlotOffer {
  id: string;
  service: string | null;
  address: string | null;
}

/** What the CRM knows about the caller (looked up by caller id). */
export interface KnownCustomer {
  name: string | null;
  address: string | null;
  /** The customer texted STOP: no SMS will reach them. */
  smsOptOut?: boolean;
}

/** The tenant settings and call facts the policy reads; built by the runner, never changed by the engine. */
export interface BusinessFacts {
  name: string;
  timeZone: string;
  language: Language;
  hours: Readonly<Record<WeekdayKey, ReadonlyArray<readonly [string, string]>>>;
  closedDates: readonly string[];
  services: ReadonlyArray<{ name: string; duration_minutes: number }>;
  greeting: string | null;
  serviceArea: readonly string[];
  ownerName: string | null;
  ownerPhone: string | null;
  afterHoursTransfer: boolean;
  /** The tenant has a number to text from (confirmations can be sent). */
  canText: boolean;
  channel: AssistantChannel;
  callerPhone: string | null;
}

export type BookFailure = 'taken' | 'error';

export type EngineEvent =
  | { type: 'start'; customer: KnownCustomer | null }
  | { type: 'utterance'; text: string; understanding: Understanding }
  | { type: 'silence' }
  | { type: 'slots_found'; slots: SlotOffer[] }
  | { type: 'slots_failed' }
  | { type: 'booked'; appointmentId: string; slot: SlotOffer }
  | { type: 'book_failed'; reason: BookFailure }
  | { type: 'appointment_found'; appointment: KnownAppointment | null }
  | { type: 'rescheduled'; slot: SlotOffer }
  | { type: 'reschedule_failed'; reason: BookFailure }
  | { type: 'cancelled' }
  | { type: 'cancel_failed' };

export interface BookingDetails {
  name: string | null;
  address: string | null;
  phone: string | null;
  problem: string | null;
  service: string | null;
  emergency: boolean;
}

export type OwnerAlertEvent = 'emergency' | 'handoff' | 'callback';
export type CallbackReason = 'PARTIAL_INTAKE' | 'HANDOFF' | 'EMERGENCY';

/**
 * What the engine asks the runner to do. Actions marked (result) answer with an event fed back into
 * `step`; the engine emits at most one of them per step, always last.
 */
export type EngineAction =
  /**
   * (result) slots_found | slots_failed. `exclude` (present only when not empty) lists starts the caller
   * turned down or lost to another caller: the search skips them and still answers with fresh slots.
   * `limit` (present only when more are wanted) asks for that many slots instead of the usual dozen,
   * to spread callers racing for the same slots.
   */
  | {
      type: 'find_slots';
      constraint: TimeConstraint;
      service: string | null;
      durationMinutes: number | null;
      exclude?: string[];
      limit?: number;
    }
  /** (result) booked | book_failed */
  | { type: 'book'; slot: SlotOffer; details: BookingDetails }
  /** (result) rescheduled | reschedule_failed */
  | { type: 'reschedule'; appointmentId: string; slot: SlotOffer }
  /** (result) cancelled | cancel_failed */
  | { type: 'cancel'; appointmentId: string }
  /**
   * (result) appointment_found; `onDate` prefers an appointment on that local date, then `service`
   * one for that service ("the furnace one").
   */
  | { type: 'find_next_appointment'; phone: string; onDate: string | null; service: string | null }
  | { type: 'record_callback'; reason: CallbackReason; summary: string }
  | { type: 'alert_owner'; event: OwnerAlertEvent; summary: string }
  | { type: 'transfer'; to: string }
  | { type: 'record_voicemail' }
  | { type: 'end' };

export const RESULT_ACTIONS: ReadonlySet<EngineAction['type']> = new Set([
  'find_slots',
  'book',
  'reschedule',
  'cancel',
  'find_next_appointment',
]);
