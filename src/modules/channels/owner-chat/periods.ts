import { addLocalDays, WEEKDAY_KEYS, weekdayOfLocalDate } from '../../../platform/time/tenant-time.js';

// Calendar ranges in the tenant's local dates. Weeks start on Monday (ISO), months on the 1st;
// "today" is always the tenant's local date, never the server's.

export type PeriodUnit = 'day' | 'week' | 'month';

/** Local dates [from, to): `to` is the first day after the period. */
export interface Period {
  unit: PeriodUnit;
  from: string;
  to: string;
}

export function dayPeriod(date: string): Period {
  return { unit: 'day', from: date, to: addLocalDays(date, 1) };
}

export function weekPeriod(anyDay: string): Period {
  const from = addLocalDays(anyDay, -WEEKDAY_KEYS.indexOf(weekdayOfLocalDate(anyDay)));
  return { unit: 'week', from, to: addLocalDays(from, 7) };
}

export function monthPeriod(anyDay: string): Period {
  const from = `${anyDay.slice(0, 8)}01`;
  return { unit: 'month', from, to: firstOfNextMonth(from) };
}

function firstOfNextMonth(first: string): string {
  const year = Number(first.slice(0, 4));
  const month = Number(first.slice(5, 7));
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return `${String(next.year).padStart(4, '0')}-${String(next.month).padStart(2, '0')}-01`;
}

/** The period `steps` units before (negative) or after (positive) this one. */
export function shiftPeriod(period: Period, steps: number): Period {
  if (period.unit === 'day') return dayPeriod(addLocalDays(period.from, steps));
  if (period.unit === 'week') return weekPeriod(addLocalDays(period.from, 7 * steps));
  let first = period.from;
  for (let i = 0; i < Math.abs(steps); i += 1) {
    first = steps > 0 ? firstOfNextMonth(first) : `${addLocalDays(first, -1).slice(0, 8)}01`;
  }
  return monthPeriod(first);
}

/** The current period of a unit around `today`, moved `offset` units. */
export function periodAround(unit: PeriodUnit, today: string, offset: number): Period {
  const base = unit === 'day' ? dayPeriod(today) : unit === 'week' ? weekPeriod(today) : monthPeriod(today);
  return offset === 0 ? base : shiftPeriod(base, offset);
}

/** The next date (today included) that falls on this weekday. */
export function nextWeekday(today: string, weekday: (typeof WEEKDAY_KEYS)[number]): string {
  const ahead = (WEEKDAY_KEYS.indexOf(weekday) - WEEKDAY_KEYS.indexOf(weekdayOfLocalDate(today)) + 7) % 7;
  return addLocalDays(today, ahead);
}
