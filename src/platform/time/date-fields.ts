import { z } from 'zod';
import { isLocalDate, parseTimestampInZone } from './tenant-time.js';

// Every date and timestamp a request may carry is validated here, so one rule holds on every route:
// a real calendar date (2026-02-30 stored as a closed date would make every later availability
// search fail) within years a trades business plans in (1970 or 9999 is a typo, never a job).

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
const RANGE_MESSAGE = `must be between the years ${MIN_YEAR} and ${MAX_YEAR}`;

// The year as written: a timestamp's offset or the tenant's zone never moves it across the bound
// by more than a day, and the caller recognises the value they sent.
function inYearRange(value: string): boolean {
  const year = Number(value.trim().slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function isTimestamp(value: string): boolean {
  try {
    parseTimestampInZone(value, 'UTC');
    return true;
  } catch {
    return false;
  }
}

/** A real local date YYYY-MM-DD between MIN_YEAR and MAX_YEAR. */
export function isPlannableDate(value: string): boolean {
  return isLocalDate(value) && inYearRange(value);
}

export const localDateField = z
  .string()
  .refine(isLocalDate, { message: 'must be a real calendar date YYYY-MM-DD', abort: true })
  .refine(inYearRange, RANGE_MESSAGE)
  .describe(`A calendar date in the business's time zone (years ${MIN_YEAR}–${MAX_YEAR})`);

export const timestampField = z
  .string()
  .trim()
  .refine(isTimestamp, {
    message: 'must be an ISO 8601 timestamp such as 2026-03-10T09:00 or 2026-03-10T14:00:00Z',
    abort: true,
  })
  .refine(inYearRange, RANGE_MESSAGE)
  .describe(
    `ISO 8601 (years ${MIN_YEAR}–${MAX_YEAR}); without Z or an offset it is read in the business's time zone`,
  );
