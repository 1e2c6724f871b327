import { addLocalDays } from '../../../platform/time/tenant-time.js';
import type { TimeConstraint } from '../../../platform/time/time-constraint.js';
import { SAME_TIME_NEXT_WEEK } from '../understanding/moves.js';
import type { KnownAppointment } from './types.js';

/** The appointment's own time of day, `days` later (or earlier). */
export function shiftedTime(appointment: KnownAppointment, days: number): TimeConstraint {
  const date = addLocalDays(appointment.date, days);
  return { fromDate: date, toDate: date, at: appointment.time };
}

const INSTEAD = /\binstead\b/i;

/**
 * "could we do the same time next week instead": another time offered in place of one already
 * booked. From a returning caller that is a move, not a second visit.
 */
export function impliesReschedule(text: string, hasTime: boolean): boolean {
  return SAME_TIME_NEXT_WEEK.test(text) || (hasTime && INSTEAD.test(text));
}
