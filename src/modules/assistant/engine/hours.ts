import { localDateOf, localTimeOf, WEEKDAY_KEYS, weekdayOfLocalDate } from '../../scheduling/tenant-time.js';
import type { HoursGroup, Range } from '../replies/index.js';
import type { BusinessFacts } from './types.js';

/** Opening ranges of one local date ([] when closed that weekday or on a holiday). */
export function rangesOn(facts: BusinessFacts, date: string): Range[] {
  if (facts.closedDates.includes(date)) return [];
  return facts.hours[weekdayOfLocalDate(date)].map(([open, close]) => [open, close] as const);
}

/** Whether the business is open at `now` in its own zone. */
export function isOpenAt(facts: BusinessFacts, now: Date): boolean {
  const date = localDateOf(now, facts.timeZone);
  const time = localTimeOf(now, facts.timeZone);
  return rangesOn(facts, date).some(([open, close]) => time >= open && time < close);
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
