import type { TimeConstraint } from '../../../platform/time/time-constraint.js';

export type Language = 'en' | 'es';

export type Expecting = 'name' | 'address' | 'problem' | 'time' | 'confirm' | 'phone' | 'choice';

export type Intent =
  | 'book'
  | 'reschedule'
  | 'cancel'
  | 'emergency'
  | 'human'
  | 'faq_hours'
  | 'faq_services'
  | 'faq_area'
  /** "How much do you charge?": answered without numbers, the tenant has no price list. */
  | 'faq_price'
  | 'goodbye'
  | 'confirm_appointment'
  /** Only a greeting or a line check ("hello?", "can you hear me"): nothing asked yet. */
  | 'greeting';

export interface UnderstandingContext {
  now: Date;
  /** Tenant zone: IANA name ("America/Chicago") or a fixed offset ("-06:00"). */
  timeZone: string;
  /** Tenant default; the caller may switch. */
  language: Language;
  /** What the assistant just asked; helps read bare answers like "john smith" or "yes". */
  expecting?: Expecting | null;
  /** Tenant's extra emergency words. */
  emergencyKeywords?: string[];
  /** Tenant's services, e.g. ['water heater repair', 'drain cleaning']. */
  serviceNames?: string[];
}

export interface EmergencySignal {
  score: number;
  reasons: string[];
  gas: boolean;
}

export interface Understanding {
  language: Language;
  intents: Intent[];
  name?: string;
  address?: string;
  /** Only the house number corrected ("it's 1842 not 1824"); `replaces` is the wrong one, if said. */
  houseNumber?: { value: string; replaces?: string };
  /** E.164. */
  phone?: string;
  problem?: string;
  /** The matched tenant service name, spelled as the tenant spelled it. */
  service?: string;
  time?: TimeConstraint;
  /** `time` names no day of its own ("anything after lunch?"): its day was filled in as today or tomorrow. */
  dayImplied?: true;
  /** "later" / "earlier" / "too early" without a clock time: relative to the times just offered. */
  nudge?: 'later' | 'earlier';
  /** A move relative to the appointment itself, in days ("push it back a week" is 7). */
  moveBy?: number;
  /** Local dates ruled out with no other time said ("friday doesn't work"): they narrow the preference. */
  ruledOut?: string[];
  yesNo?: 'yes' | 'no';
  /** The caller corrected themselves; the values here must replace earlier ones. */
  correction?: boolean;
  /** 1-based position in the options just offered; -1 means "the last one". */
  choice?: number;
  /** The place an area question names ("do you come out to naperville" → "Naperville"). */
  askedPlace?: string;
  /** The work a services question names ("do you do gutters" → "gutters"). */
  askedWork?: string;
  /** The caller takes back the visit not yet booked ("never mind, don't book anything"). */
  withdraws?: true;
  /** Present only when the score reaches EMERGENCY_THRESHOLD. */
  emergency?: EmergencySignal;
}
