import { DateTime, FixedOffsetZone, IANAZone, type Zone } from 'luxon';

const OFFSET = /^([+-])(\d{1,2}):?(\d{2})$/;

/** Tenant zone from an IANA name or a fixed "±HH:MM" offset; unknown names fall back to UTC. */
export function toZone(timeZone: string): Zone {
  const trimmed = timeZone.trim();
  const m = OFFSET.exec(trimmed);
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3]);
    return FixedOffsetZone.instance(m[1] === '-' ? -minutes : minutes);
  }
  const zone = IANAZone.create(trimmed);
  return zone.isValid ? zone : FixedOffsetZone.utcInstance;
}

/**
 * "Now" as the tenant sees it. `today` is a pure calendar date (held in UTC so adding days never
 * trips over a DST change); `minutes` is the local clock time in minutes after midnight.
 */
export interface LocalClock {
  readonly today: DateTime;
  readonly minutes: number;
  /** The tenant's UTC offset at `now`, in minutes (what chrono-node wants). */
  readonly offsetMinutes: number;
  readonly now: Date;
}

export function localClock(now: Date, timeZone: string): LocalClock {
  const local = DateTime.fromJSDate(now, { zone: toZone(timeZone) });
  return {
    today: DateTime.utc(local.year, local.month, local.day),
    minutes: local.hour * 60 + local.minute,
    offsetMinutes: local.offset,
    now,
  };
}

/** The local clock, worked out on first use: most turns say nothing about time and never need it. */
export function lazyClock(now: Date, timeZone: string): () => LocalClock {
  let clock: LocalClock | undefined;
  return () => {
    clock ??= localClock(now, timeZone);
    return clock;
  };
}

export function isoDate(date: DateTime): string {
  return date.toISODate() ?? '';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `date.plus({ days })` for the calendar dates used here, which are all held in UTC (see
 * LocalClock): there a day is always 24 hours. Luxon's general `plus` normalises a Duration and
 * cost ten times as much, for every weekday or "tomorrow" a caller says.
 */
export function addDays(date: DateTime, days: number): DateTime {
  return DateTime.fromMillis(date.toMillis() + days * DAY_MS, { zone: 'utc' });
}

/** Monday of the calendar week after `today` (weeks start on Monday). */
export function startOfNextWeek(today: DateTime): DateTime {
  return addDays(today, 8 - today.weekday);
}

export function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function toMinutes(hhmmText: string): number {
  const [h, m] = hhmmText.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
