// Every conversion between UTC instants and a tenant's local calendar/clock goes through this module.
// A tenant time zone is an IANA name ("America/Chicago") or a fixed offset "±HH:MM" ("-06:00", "+05:30").
// Local dates are 'YYYY-MM-DD', local clock times are 'HH:MM' ('24:00' = start of the next local day).

import { FixedOffsetZone, IANAZone, type Zone } from 'luxon';

export type WeekdayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Monday-first, matching ISO weekday numbers 1..7. */
export const WEEKDAY_KEYS: readonly WeekdayKey[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export class TenantTimeError extends Error {
  override readonly name = 'TenantTimeError';
}

/**
 * `nonexistent`: what a local time inside a spring-forward gap means.
 *   'later' (default) — the first valid instant after the gap (02:30 on a US spring-forward day → 03:00 DST).
 *   'reject' — throw a TenantTimeError.
 * `ambiguous`: which of the two instants a repeated local time (fall-back) means.
 *   'earlier' (default) — the first occurrence, i.e. still on daylight time (01:30 CDT).
 *   'later' — the second occurrence (01:30 CST).
 */
export interface ZonedToUtcOptions {
  readonly nonexistent?: 'later' | 'reject';
  readonly ambiguous?: 'earlier' | 'later';
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const OFFSET_RE = /^([+-])(\d{2}):(\d{2})$/;
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME_RE = /^(\d{2}):(\d{2})$/;
const TIMESTAMP_RE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function fixedOffsetMinutes(tz: string): number | null {
  const m = OFFSET_RE.exec(tz);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

// Asking Intl whether a zone exists takes ~0.1 ms; every slot search validates its zone, so valid
// names are remembered (the set of real zone names is small and fixed).
const validZoneNames = new Set<string>();

export function isValidTimeZone(tz: string): boolean {
  if (fixedOffsetMinutes(tz) !== null || validZoneNames.has(tz)) return true;
  // Reject offset-looking strings luxon/Intl might otherwise interpret ("UTC-6", "+0530").
  const valid = /^[A-Za-z]/.test(tz) && !/^UTC[+-]/i.test(tz) && IANAZone.isValidZone(tz);
  if (valid) validZoneNames.add(tz);
  return valid;
}

// Validating an IANA name builds an Intl.DateTimeFormat, far too slow for every conversion; the set of
// valid zone strings is small and fixed, so only valid ones are cached.
const zoneCache = new Map<string, Zone>();

/** Fixed offsets become luxon fixed zones ("UTC-6", "UTC+5:30"); IANA names become IANA zones. */
export function toLuxonZone(tz: string): Zone {
  const cached = zoneCache.get(tz);
  if (cached) return cached;
  const offset = fixedOffsetMinutes(tz);
  if (offset === null && !isValidTimeZone(tz)) {
    throw new TenantTimeError(`Invalid time zone "${tz}" (expected IANA name or ±HH:MM)`);
  }
  const zone = offset === null ? IANAZone.create(tz) : FixedOffsetZone.instance(offset);
  zoneCache.set(tz, zone);
  return zone;
}

function parseLocalDateParts(localDate: string): { year: number; month: number; day: number } {
  const m = LOCAL_DATE_RE.exec(localDate);
  const parts = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
  if (!parts || !isRealCalendarDate(parts.year, parts.month, parts.day)) {
    throw new TenantTimeError(`Invalid local date "${localDate}" (expected YYYY-MM-DD)`);
  }
  return parts;
}

function isRealCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function isLocalDate(value: string): boolean {
  try {
    parseLocalDateParts(value);
    return true;
  } catch {
    return false;
  }
}

/** Minutes since local midnight, 0..1440 ('24:00' = 1440). Throws for anything else. */
export function parseLocalTime(localTime: string): number {
  const m = LOCAL_TIME_RE.exec(localTime);
  const hours = Number(m?.[1]);
  const minutes = Number(m?.[2]);
  const valid = m !== null && minutes <= 59 && (hours <= 23 || (hours === 24 && minutes === 0));
  if (!valid) throw new TenantTimeError(`Invalid local time "${localTime}" (expected HH:MM, 00:00–24:00)`);
  return hours * 60 + minutes;
}

export function isLocalTime(value: string): boolean {
  try {
    parseLocalTime(value);
    return true;
  } catch {
    return false;
  }
}

// Luxon reads an IANA offset through Intl (~10 µs a call) and one slot search asks thousands of times.
// Offsets are cached per zone and UTC hour. An hour whose first and last millisecond disagree holds a
// transition and is never cached, so instants in it are still computed exactly.
const HOUR_MS = 3_600_000;
const MAX_CACHED_HOURS = 200_000;
const offsetCache = new Map<Zone, Map<number, number>>();

function offsetAt(zone: Zone, ms: number): number {
  if (zone.isUniversal || !Number.isFinite(ms)) return zone.offset(ms);
  let hours = offsetCache.get(zone);
  if (!hours) {
    hours = new Map();
    offsetCache.set(zone, hours);
  }
  const hour = Math.floor(ms / HOUR_MS);
  const cached = hours.get(hour);
  if (cached !== undefined) return cached;
  const first = zone.offset(hour * HOUR_MS);
  if (zone.offset(hour * HOUR_MS + HOUR_MS - 1) !== first) return zone.offset(ms);
  if (hours.size >= MAX_CACHED_HOURS) hours.clear();
  hours.set(hour, first);
  return first;
}

/** The tenant's wall clock of an instant, encoded as if it were a UTC timestamp. */
function wallMsOf(instant: Date, zone: Zone): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new TenantTimeError('Invalid Date');
  return ms + offsetAt(zone, ms) * MINUTE_MS;
}

export function localDateOf(instant: Date, tz: string): string {
  return new Date(wallMsOf(instant, toLuxonZone(tz))).toISOString().slice(0, 10);
}

export function localTimeOf(instant: Date, tz: string): string {
  return new Date(wallMsOf(instant, toLuxonZone(tz))).toISOString().slice(11, 16);
}

export function weekdayOfLocalDate(localDate: string): WeekdayKey {
  const { year, month, day } = parseLocalDateParts(localDate);
  const sundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return WEEKDAY_KEYS[(sundayFirst + 6) % 7]!;
}

export function weekdayOf(instant: Date, tz: string): WeekdayKey {
  return weekdayOfLocalDate(localDateOf(instant, tz));
}

export function addLocalDays(localDate: string, days: number): string {
  const { year, month, day } = parseLocalDateParts(localDate);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Offsets in effect around a wall time; a day either side catches any transition near it. */
function offsetsAround(wallMs: number, zone: Zone): { before: number; at: number; after: number } {
  return {
    before: offsetAt(zone, wallMs - DAY_MS),
    at: offsetAt(zone, wallMs),
    after: offsetAt(zone, wallMs + DAY_MS),
  };
}

/** Binary search for the first instant in (lo, hi] whose offset is `target` — the end of a DST gap. */
function transitionInstant(lo: number, hi: number, zone: Zone, target: number): number {
  let low = lo;
  let high = hi;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (offsetAt(zone, mid) === target) high = mid;
    else low = mid;
  }
  return high;
}

function wallToUtcMs(wallMs: number, zone: Zone, opts: ZonedToUtcOptions, label: string): number {
  const around = offsetsAround(wallMs, zone);
  // Fast path: no offset change within a day either side (zones change at most once in two days).
  if (around.before === around.at && around.at === around.after) return wallMs - around.at * MINUTE_MS;
  const matches = [...new Set([around.before, around.at, around.after])]
    .map((offset) => wallMs - offset * MINUTE_MS)
    .filter((utc) => wallMsOf(new Date(utc), zone) === wallMs)
    .sort((a, b) => a - b);
  if (matches.length > 0) return (opts.ambiguous === 'later' ? matches.at(-1) : matches[0])!;
  if (opts.nonexistent === 'reject')
    throw new TenantTimeError(`Local time ${label} does not exist in ${zone.name}`);
  // Inside a spring-forward gap: with the later offset the wall time lands before the transition,
  // with the earlier offset after it; the transition itself is the first valid instant.
  return transitionInstant(
    wallMs - around.after * MINUTE_MS,
    wallMs - around.before * MINUTE_MS,
    zone,
    around.after,
  );
}

/** UTC instant of a local date + clock time in the tenant zone. DST handling: see ZonedToUtcOptions. */
export function zonedToUtc(
  localDate: string,
  localTime: string,
  tz: string,
  opts: ZonedToUtcOptions = {},
): Date {
  const { year, month, day } = parseLocalDateParts(localDate);
  const minutes = parseLocalTime(localTime);
  // '24:00' overflows into the next day's 00:00, which is then resolved like any other wall time.
  const wallMs = Date.UTC(year, month - 1, day) + minutes * MINUTE_MS;
  return new Date(wallToUtcMs(wallMs, toLuxonZone(tz), opts, `${localDate} ${localTime}`));
}

function offsetSuffixMinutes(suffix: string): number {
  if (suffix.toUpperCase() === 'Z') return 0;
  const digits = suffix.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) throw new TenantTimeError(`Invalid UTC offset "${suffix}"`);
  return (suffix.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * Reads an ISO 8601 calendar timestamp. With 'Z' or an offset it is absolute; without one ("2026-03-10T09:00",
 * "2026-03-10T09:00:00", or a bare date = local midnight) it is a wall time in the tenant zone (default DST policy).
 */
export function parseTimestampInZone(value: string, tz: string): Date {
  const m = TIMESTAMP_RE.exec(value.trim());
  if (!m)
    throw new TenantTimeError(`Invalid timestamp "${value}" (expected ISO 8601, e.g. 2026-03-10T09:00)`);
  const [, date, hh = '00', mm = '00', ss = '00', fraction = '', suffix] = m;
  const { year, month, day } = parseLocalDateParts(date!);
  const [hours, minutes, seconds] = [Number(hh), Number(mm), Number(ss)];
  const isMidnight24 = hours === 24 && minutes === 0 && seconds === 0 && Number(fraction || 0) === 0;
  if ((hours > 23 && !isMidnight24) || minutes > 59 || seconds > 59) {
    throw new TenantTimeError(`Invalid time of day in timestamp "${value}"`);
  }
  const millis = Math.floor(Number(`0.${fraction || '0'}`) * 1000);
  const wallMs = Date.UTC(year, month - 1, day, hours, minutes, seconds, millis);
  if (suffix !== undefined) return new Date(wallMs - offsetSuffixMinutes(suffix) * MINUTE_MS);
  return new Date(wallToUtcMs(wallMs, toLuxonZone(tz), {}, value));
}

export function localDayBoundsUtc(localDate: string, tz: string): { start: Date; end: Date } {
  return { start: zonedToUtc(localDate, '00:00', tz), end: zonedToUtc(localDate, '24:00', tz) };
}

/** The UTC instant at which the local day containing `instant` begins (not always 00:00 where midnight is skipped). */
export function startOfLocalDay(instant: Date, tz: string): Date {
  return zonedToUtc(localDateOf(instant, tz), '00:00', tz);
}
