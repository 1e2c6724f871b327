import {
  addLocalDays,
  localDateOf,
  localTimeOf,
  WEEKDAY_KEYS,
  weekdayOfLocalDate,
} from '../../../platform/time/tenant-time.js';
import { PART_OF_DAY_WINDOWS, type TimeConstraint } from '../../../platform/time/time-constraint.js';
import type { ClosedTime, HoursGroup, Range } from '../replies/index.js';
import type { BusinessFacts } from './types.js';

/** Opening ranges of one local date ([] when closed that weekday or on a holiday). */
export function rangesOn(facts: BusinessFacts, date: string): Range[] {
  if (facts.closedDates.includes(date)) return [];
  return facts.hours[weekdayOfLocalDate(date)].map(([open, close]) => [open, close] as const);
}

/** The first open day within two weeks after `date`, with its hours (closed dates skipped). */
export function nextOpenDay(
  facts: BusinessFacts,
  date: string,
): { date: string; ranges: Range[] } | undefined {
  for (let ahead = 1; ahead <= 14; ahead++) {
    const next = addLocalDays(date, ahead);
    const ranges = rangesOn(facts, next);
    if (ranges.length > 0) return { date: next, ranges };
  }
  return undefined;
}

/** Whether the business is open at `now` in its own zone. */
export function isOpenAt(facts: BusinessFacts, now: Date): boolean {
  const date = localDateOf(now, facts.timeZone);
  const time = localTimeOf(now, facts.timeZone);
  return rangesOn(facts, date).some(([open, close]) => time >= open && time < close);
}

/**
 * The time or part of day asked for, when the business is not open then on `date` (the day offered):
 * "9 PM" on a day open 8–5. Null when it is open then, even if that time is taken, and for a day
 * closed altogether (nothing to say about the clock).
 */
export function closedTimeOn(facts: BusinessFacts, asked: TimeConstraint, date: string): ClosedTime | null {
  const ranges = rangesOn(facts, date);
  if (asked.asap || ranges.length === 0) return null;
  const { at, partOfDay, after, before } = asked;
  if (at) return ranges.some(([open, close]) => at >= open && at < close) ? null : { at };
  if (partOfDay) {
    const window = PART_OF_DAY_WINDOWS[partOfDay];
    const overlaps = ranges.some(([open, close]) => open < window.before && close > window.after);
    return overlaps ? null : { partOfDay };
  }
  // "after 6" on a day that closes at 5, "before 7" on a day that opens at 8.
  if (after && !before) return ranges.some(([, close]) => close > after) ? null : { after };
  if (before && !after) return ranges.some(([open]) => open < before) ? null : { before };
  return null;
}

const sameRanges = (a: readonly Range[], b: readonly Range[]) =>
  a.length === b.length && a.every((r, i) => r[0] === b[i]?.[0] && r[1] === b[i]?.[1]);

/** Monday-first runs of weekdays with identical hours: "Monday to Friday 8–5, Saturday 9–1, closed Sunday". */
export function weeklyGroups(facts: BusinessFacts): HoursGroup[] {
  const groups: HoursGroup[] = [];
  for (const day of WEEKDAY_KEYS) {
    const ranges = facts.hours[day].map(([open, close]) => [open, close] as const);
    const last = groups.at(-1);
    if (last && sameRanges(last.ranges, ranges)) last.days.push(day);
    else groups.push({ days: [day], ranges });
  }
  return groups;
}
