import type { WeekdayKey } from '../../platform/time/tenant-time.js';

/** A tenant's booking rules, as the availability search needs them (the tenant module maps its storage into this). */
export interface SchedulingSettings {
  /** IANA name ("America/Chicago") or fixed offset "±HH:MM". */
  readonly timeZone: string;
  /** Local 'HH:MM' opening ranges per weekday; '24:00' allowed as an end; [] = closed that weekday. */
  readonly businessHours: Readonly<Record<WeekdayKey, ReadonlyArray<readonly [string, string]>>>;
  /** Local YYYY-MM-DD dates on which the business is closed (holidays). */
  readonly closedDates: readonly string[];
  /** Gap required between a new job and any existing job, before and after. */
  readonly travelBufferMinutes: number;
  /** Cap on non-cancelled jobs starting on one local day; null = no cap. */
  readonly maxJobsPerDay: number | null;
  /** No slot may start sooner than now + this. */
  readonly minLeadMinutes: number;
  /** Candidate starts are range start + k × step. */
  readonly slotStepMinutes: number;
  /** Number of local days searched, counting today. */
  readonly horizonDays: number;
}

/**
 * 'job': an existing non-cancelled appointment — counts toward maxJobsPerDay and is kept travelBufferMinutes away.
 * 'busy': a calendar block (owner unavailable) — blocks only the time it covers, no buffer, not counted as a job.
 */
export type BusyKind = 'job' | 'busy';

/** A half-open UTC interval [start, end). */
export interface BusyInterval {
  readonly start: Date;
  readonly end: Date;
  readonly kind: BusyKind;
}

export interface Slot {
  readonly start: Date;
  readonly end: Date;
  /** Tenant-local date (YYYY-MM-DD) and clock time (HH:MM) of `start`. */
  readonly localDate: string;
  readonly localTime: string;
}
