// The availability search: walks tenant-local days forward from the requested date, fetching busy
// intervals one chunk of days at a time, and stops as soon as `limit` slots are found.
// Fetched data and work grow with the days inspected, never with the tenant's whole history.

import { addLocalDays, localDateOf, zonedToUtc } from '../../../platform/time/tenant-time.js';
import type { TimeConstraint } from '../../../platform/time/time-constraint.js';
import type { BusyInterval, SchedulingSettings, Slot } from '../scheduling-types.js';
import { businessRangesOf, slotsForDay } from './day-slots.js';
import {
  assertInteger,
  assertValidConstraint,
  assertValidSettings,
  SchedulingInputError,
} from './search-input.js';

export type { BusyInterval, BusyKind, SchedulingSettings, Slot } from '../scheduling-types.js';
export type { DaySlotsInput } from './day-slots.js';
export { businessRangesOf, clockWindow, slotsForDay } from './day-slots.js';
export { SchedulingInputError } from './search-input.js';

export const DEFAULT_CHUNK_DAYS = 7;

const MINUTE_MS = 60_000;

/**
 * Must resolve to every non-cancelled job and every busy block overlapping the half-open UTC window
 * [fromUtc, toUtc), i.e. `start < toUtc && end > fromUtc`. Extra intervals outside the window are harmless.
 */
export type LookupBusy = (fromUtc: Date, toUtc: Date) => Promise<readonly BusyInterval[]>;

export interface FindSlotsInput {
  readonly settings: SchedulingSettings;
  readonly durationMinutes: number;
  readonly constraint: TimeConstraint;
  readonly now: Date;
  readonly limit: number;
  readonly lookupBusy: LookupBusy;
  /** Local days per lookupBusy call (default 7). */
  readonly chunkDays?: number;
  /**
   * Local days in the first lookupBusy call (default chunkDays). Most searches are answered by the
   * first day or two; a short first chunk avoids reading a busy tenant's whole week for them.
   */
  readonly firstChunkDays?: number;
}

interface DateSpan {
  readonly first: string;
  readonly last: string;
}

/**
 * Up to `limit` free slots: day by day in date order; within a day chronological, or nearest-to-`at` first.
 * `asap` searches from today to the horizon and ignores dates, part of day, after/before and `at`.
 * `excludeDates` are skipped always, `asap` or not: the caller can't be there.
 * Dates outside [today, today + horizonDays - 1] are never searched.
 */
export async function findSlots(input: FindSlotsInput): Promise<Slot[]> {
  assertValidSearch(input);
  const span = searchSpan(input);
  const chunkDays = input.chunkDays ?? DEFAULT_CHUNK_DAYS;
  let size = input.firstChunkDays ?? chunkDays;
  const found: Slot[] = [];
  for (let first = span.first; first <= span.last && found.length < input.limit; size = chunkDays) {
    const last = minDate(addLocalDays(first, size - 1), span.last);
    found.push(...(await searchChunk(input, datesBetween(first, last), input.limit - found.length)));
    first = addLocalDays(last, 1);
  }
  return found.slice(0, input.limit);
}

function assertValidSearch(input: FindSlotsInput): void {
  assertValidSettings(input.settings);
  assertValidConstraint(input.constraint);
  assertInteger(input.durationMinutes, 1, 'durationMinutes');
  assertInteger(input.limit, 0, 'limit');
  assertInteger(input.chunkDays ?? DEFAULT_CHUNK_DAYS, 1, 'chunkDays');
  assertInteger(input.firstChunkDays ?? 1, 1, 'firstChunkDays');
  if (Number.isNaN(input.now.getTime())) throw new SchedulingInputError('now must be a valid Date');
}

/** Local dates to search; `first > last` means nothing to search. */
function searchSpan({ settings, constraint, now }: FindSlotsInput): DateSpan {
  const today = localDateOf(now, settings.timeZone);
  const horizonLast = addLocalDays(today, settings.horizonDays - 1);
  if (constraint.asap) return { first: today, last: horizonLast };
  return {
    first: maxDate(constraint.fromDate ?? today, today),
    last: minDate(constraint.toDate ?? horizonLast, horizonLast),
  };
}

async function searchChunk(input: FindSlotsInput, dates: string[], wanted: number): Promise<Slot[]> {
  const excluded = new Set(input.constraint.excludeDates ?? []);
  const days = dates.filter((date) => !excluded.has(date) && mayHaveSlots(input, date));
  const firstDay = days[0];
  const lastDay = days.at(-1);
  if (firstDay === undefined || lastDay === undefined) return [];
  const window = lookupWindow(input.settings, firstDay, lastDay);
  const busy = await input.lookupBusy(window.from, window.to);
  const slots: Slot[] = [];
  for (const localDate of days) {
    slots.push(...slotsForDay({ ...input, localDate, busy }));
    if (slots.length >= wanted) break;
  }
  return slots;
}

/** Skips fetching for closed days and for days whose last closing time is already inside the lead time. */
function mayHaveSlots({ settings, now }: FindSlotsInput, localDate: string): boolean {
  const earliestStartMs = now.getTime() + settings.minLeadMinutes * MINUTE_MS;
  return businessRangesOf(settings, localDate).some(
    ([, close]) => zonedToUtc(localDate, close, settings.timeZone).getTime() > earliestStartMs,
  );
}

/**
 * Whole local days (jobs earlier that day count toward maxJobsPerDay), widened by the travel buffer
 * so jobs just outside the days still keep their distance.
 */
export function lookupWindow(
  settings: SchedulingSettings,
  firstDay: string,
  lastDay: string,
): { from: Date; to: Date } {
  const bufferMs = settings.travelBufferMinutes * MINUTE_MS;
  const from = zonedToUtc(firstDay, '00:00', settings.timeZone).getTime() - bufferMs;
  const to = zonedToUtc(lastDay, '24:00', settings.timeZone).getTime() + bufferMs;
  return { from: new Date(from), to: new Date(to) };
}

function datesBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let date = first; date <= last; date = addLocalDays(date, 1)) dates.push(date);
  return dates;
}

// YYYY-MM-DD strings order lexicographically.
function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
