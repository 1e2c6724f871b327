// Up-front validation of availability-search input, so bad stored settings or a malformed constraint
// fail with one clear error instead of surfacing mid-search.

import {
  isLocalDate,
  isLocalTime,
  isValidTimeZone,
  parseLocalTime,
  WEEKDAY_KEYS,
} from '../../../platform/time/tenant-time.js';
import { PART_OF_DAY_WINDOWS, type TimeConstraint } from '../../../platform/time/time-constraint.js';
import type { SchedulingSettings } from '../scheduling-types.js';

export class SchedulingInputError extends Error {
  override readonly name = 'SchedulingInputError';
}

function fail(message: string): never {
  throw new SchedulingInputError(message);
}

export function assertInteger(value: number, min: number, field: string): void {
  if (!Number.isInteger(value) || value < min) fail(`${field} must be an integer ≥ ${min}, got ${value}`);
}

function assertLocalTime(value: string | undefined, field: string): void {
  if (value !== undefined && !isLocalTime(value))
    fail(`${field} must be HH:MM (00:00–24:00), got "${value}"`);
}

function assertLocalDate(value: string | undefined, field: string): void {
  if (value !== undefined && !isLocalDate(value))
    fail(`${field} must be a real YYYY-MM-DD date, got "${value}"`);
}

function assertBusinessHours(hours: SchedulingSettings['businessHours']): void {
  for (const day of WEEKDAY_KEYS) {
    const ranges = hours[day];
    if (!Array.isArray(ranges)) fail(`businessHours.${day} must be an array of [open, close] ranges`);
    for (const [open, close] of ranges) {
      assertLocalTime(open, `businessHours.${day} open`);
      assertLocalTime(close, `businessHours.${day} close`);
      if (parseLocalTime(open) >= parseLocalTime(close)) {
        fail(`businessHours.${day}: range ${open}–${close} must open before it closes (same local day)`);
      }
    }
  }
}

export function assertValidSettings(settings: SchedulingSettings): void {
  if (!isValidTimeZone(settings.timeZone))
    fail(`timeZone "${settings.timeZone}" is not an IANA name or ±HH:MM`);
  assertBusinessHours(settings.businessHours);
  for (const date of settings.closedDates) assertLocalDate(date, 'closedDates[]');
  assertInteger(settings.travelBufferMinutes, 0, 'travelBufferMinutes');
  if (settings.maxJobsPerDay !== null) assertInteger(settings.maxJobsPerDay, 0, 'maxJobsPerDay');
  assertInteger(settings.minLeadMinutes, 0, 'minLeadMinutes');
  assertInteger(settings.slotStepMinutes, 1, 'slotStepMinutes');
  assertInteger(settings.horizonDays, 1, 'horizonDays');
}

export function assertValidConstraint(constraint: TimeConstraint): void {
  assertLocalDate(constraint.fromDate, 'constraint.fromDate');
  assertLocalDate(constraint.toDate, 'constraint.toDate');
  assertLocalTime(constraint.after, 'constraint.after');
  assertLocalTime(constraint.before, 'constraint.before');
  assertLocalTime(constraint.at, 'constraint.at');
  for (const date of constraint.excludeDates ?? []) assertLocalDate(date, 'constraint.excludeDates[]');
  const { partOfDay } = constraint;
  if (partOfDay !== undefined && !Object.hasOwn(PART_OF_DAY_WINDOWS, partOfDay)) {
    fail(`constraint.partOfDay must be morning, afternoon or evening, got "${partOfDay}"`);
  }
}
