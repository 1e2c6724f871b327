import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  isValidTimeZone,
  localDateOf,
  localDayBoundsUtc,
  localTimeOf,
  parseLocalTime,
  parseTimestampInZone,
  startOfLocalDay,
  TenantTimeError,
  toLuxonZone,
  weekdayOf,
  weekdayOfLocalDate,
  zonedToUtc,
} from './tenant-time.js';

const CHICAGO = 'America/Chicago';
const HOUR_MS = 3_600_000;
const iso = (d: Date) => d.toISOString();
const hoursBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / HOUR_MS;

describe('time zones', () => {
  it('accepts IANA names and ±HH:MM offsets', () => {
    for (const tz of [CHICAGO, 'Europe/London', 'UTC', '-06:00', '+05:30', '+00:00', '+14:00', '-12:00']) {
      expect(isValidTimeZone(tz), tz).toBe(true);
    }
  });

  it('rejects garbage and near-miss offsets', () => {
    for (const tz of [
      '',
      'Mars/Olympus',
      'UTC-6',
      '+5:30',
      '-0600',
      '+15:00',
      '+05:60',
      'chicago',
      ' America/Chicago',
    ]) {
      expect(isValidTimeZone(tz), tz).toBe(false);
    }
    expect(() => toLuxonZone('Mars/Olympus')).toThrow(TenantTimeError);
    expect(() => zonedToUtc('2026-03-10', '09:00', 'nope')).toThrow(/Invalid time zone/);
  });

  it('maps fixed offsets to luxon UTC±H[:MM] zones', () => {
    expect(toLuxonZone('-06:00').name).toBe('UTC-6');
    expect(toLuxonZone('+05:30').name).toBe('UTC+5:30');
    expect(toLuxonZone(CHICAGO).name).toBe(CHICAGO);
  });
});

describe('local date, time and weekday of an instant', () => {
  const instant = new Date('2026-03-10T04:30:00Z'); // Mon 23:30 CDT, Tue 10:00 IST

  it('reads the tenant wall clock', () => {
    expect(localDateOf(instant, CHICAGO)).toBe('2026-03-09');
    expect(localTimeOf(instant, CHICAGO)).toBe('23:30');
    expect(weekdayOf(instant, CHICAGO)).toBe('mon');
    expect(localDateOf(instant, '+05:30')).toBe('2026-03-10');
    expect(localTimeOf(instant, '+05:30')).toBe('10:00');
    expect(weekdayOf(instant, '+05:30')).toBe('tue');
  });

  it('knows weekdays and day arithmetic of local dates', () => {
    expect(weekdayOfLocalDate('2026-03-08')).toBe('sun');
    expect(weekdayOfLocalDate('2026-11-02')).toBe('mon');
    expect(addLocalDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addLocalDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(() => addLocalDays('2026-02-30', 1)).toThrow(TenantTimeError);
  });

  it('parses HH:MM clock times strictly', () => {
    expect(parseLocalTime('00:00')).toBe(0);
    expect(parseLocalTime('16:30')).toBe(990);
    expect(parseLocalTime('24:00')).toBe(1440);
    for (const bad of ['24:30', '9:00', '12:60', '25:00', '12:00:00', '']) {
      expect(() => parseLocalTime(bad), bad).toThrow(TenantTimeError);
    }
  });
});

describe('America/Chicago spring-forward day 2026-03-08', () => {
  it('an 08:00–17:00 business day is exactly 9 hours, on daylight time', () => {
    const open = zonedToUtc('2026-03-08', '08:00', CHICAGO);
    const close = zonedToUtc('2026-03-08', '17:00', CHICAGO);
    expect(iso(open)).toBe('2026-03-08T13:00:00.000Z');
    expect(iso(close)).toBe('2026-03-08T22:00:00.000Z');
    expect(hoursBetween(open, close)).toBe(9);
  });

  it('the local day is 23 hours long', () => {
    const { start, end } = localDayBoundsUtc('2026-03-08', CHICAGO);
    expect(iso(start)).toBe('2026-03-08T06:00:00.000Z');
    expect(iso(end)).toBe('2026-03-09T05:00:00.000Z');
    expect(hoursBetween(start, end)).toBe(23);
  });

  it("nonexistent 02:30 shifts forward to the first valid instant, 03:00 CDT (policy 'later')", () => {
    const at = zonedToUtc('2026-03-08', '02:30', CHICAGO);
    expect(iso(at)).toBe('2026-03-08T08:00:00.000Z');
    expect(localTimeOf(at, CHICAGO)).toBe('03:00');
    expect(iso(zonedToUtc('2026-03-08', '02:00', CHICAGO))).toBe('2026-03-08T08:00:00.000Z');
    expect(iso(zonedToUtc('2026-03-08', '01:59', CHICAGO))).toBe('2026-03-08T07:59:00.000Z');
    expect(iso(zonedToUtc('2026-03-08', '03:00', CHICAGO))).toBe('2026-03-08T08:00:00.000Z');
  });

  it("nonexistent 02:30 throws under policy 'reject'", () => {
    expect(() => zonedToUtc('2026-03-08', '02:30', CHICAGO, { nonexistent: 'reject' })).toThrow(
      /does not exist/,
    );
  });
});

describe('America/Chicago fall-back day 2026-11-01', () => {
  it('an 08:00–17:00 business day is exactly 9 hours, on standard time', () => {
    const open = zonedToUtc('2026-11-01', '08:00', CHICAGO);
    const close = zonedToUtc('2026-11-01', '17:00', CHICAGO);
    expect(iso(open)).toBe('2026-11-01T14:00:00.000Z');
    expect(iso(close)).toBe('2026-11-01T23:00:00.000Z');
    expect(hoursBetween(open, close)).toBe(9);
  });

  it('the local day is 25 hours long', () => {
    const { start, end } = localDayBoundsUtc('2026-11-01', CHICAGO);
    expect(iso(start)).toBe('2026-11-01T05:00:00.000Z');
    expect(iso(end)).toBe('2026-11-02T06:00:00.000Z');
    expect(hoursBetween(start, end)).toBe(25);
  });

  it("ambiguous 01:30 is the earlier instant, 01:30 CDT (policy 'earlier'); 'later' gives 01:30 CST", () => {
    expect(iso(zonedToUtc('2026-11-01', '01:30', CHICAGO))).toBe('2026-11-01T06:30:00.000Z');
    expect(iso(zonedToUtc('2026-11-01', '01:30', CHICAGO, { ambiguous: 'later' }))).toBe(
      '2026-11-01T07:30:00.000Z',
    );
    expect(localTimeOf(new Date('2026-11-01T07:30:00Z'), CHICAGO)).toBe('01:30');
  });
});

describe('cached offsets', () => {
  // Offsets are cached per UTC hour; every minute around real transitions must still read exactly
  // as luxon reads it, including a 30-minute DST shift and a zone that changes at 00:00.
  it.each([
    ['America/Chicago', '2026-03-08T06:00:00Z'],
    ['America/Chicago', '2026-11-01T05:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T14:00:00Z'],
    ['America/Santiago', '2026-04-05T02:00:00Z'],
  ])('%s around %s', (zone, around) => {
    const center = Date.parse(around);
    for (let pass = 0; pass < 2; pass += 1) {
      for (let ms = center - 3 * HOUR_MS; ms <= center + 3 * HOUR_MS; ms += 60_000) {
        const expected = DateTime.fromMillis(ms, { zone });
        expect(localTimeOf(new Date(ms), zone)).toBe(expected.toFormat('HH:mm'));
        expect(localDateOf(new Date(ms), zone)).toBe(expected.toISODate());
      }
    }
  });
});

describe('fixed offsets', () => {
  it.each([
    ['-06:00', '2026-03-08', '08:00', '2026-03-08T14:00:00.000Z'],
    ['-06:00', '2026-07-01', '08:00', '2026-07-01T14:00:00.000Z'],
    ['-06:00', '2026-11-01', '01:30', '2026-11-01T07:30:00.000Z'],
    ['+05:30', '2026-03-08', '02:30', '2026-03-07T21:00:00.000Z'],
    ['+05:30', '2026-11-01', '09:15', '2026-11-01T03:45:00.000Z'],
  ])('%s %s %s round-trips with no DST shift', (tz, date, time, utc) => {
    const instant = zonedToUtc(date, time, tz);
    expect(iso(instant)).toBe(utc);
    expect(localDateOf(instant, tz)).toBe(date);
    expect(localTimeOf(instant, tz)).toBe(time);
  });

  it('every day is 24 hours long', () => {
    for (const date of ['2026-03-08', '2026-11-01']) {
      const { start, end } = localDayBoundsUtc(date, '-06:00');
      expect(hoursBetween(start, end)).toBe(24);
    }
  });
});

describe('24:00 and start of day', () => {
  it('24:00 is the start of the next local day', () => {
    expect(iso(zonedToUtc('2026-03-07', '24:00', CHICAGO))).toBe(
      iso(zonedToUtc('2026-03-08', '00:00', CHICAGO)),
    );
    expect(iso(zonedToUtc('2026-12-31', '24:00', '+05:30'))).toBe('2026-12-31T18:30:00.000Z');
  });

  it('startOfLocalDay gives the UTC instant of local midnight', () => {
    expect(iso(startOfLocalDay(new Date('2026-03-08T20:00:00Z'), CHICAGO))).toBe('2026-03-08T06:00:00.000Z');
    expect(iso(startOfLocalDay(new Date('2026-11-01T20:00:00Z'), CHICAGO))).toBe('2026-11-01T05:00:00.000Z');
    expect(iso(startOfLocalDay(new Date('2026-03-10T04:30:00Z'), CHICAGO))).toBe('2026-03-09T05:00:00.000Z');
  });

  it('a zone whose midnight is skipped starts the day at the first valid instant', () => {
    // America/Santiago springs forward at local midnight (2026-09-06 00:00 → 01:00).
    const start = zonedToUtc('2026-09-06', '00:00', 'America/Santiago');
    expect(localTimeOf(start, 'America/Santiago')).toBe('01:00');
    expect(localDateOf(start, 'America/Santiago')).toBe('2026-09-06');
  });
});

describe('parseTimestampInZone', () => {
  it('reads naive timestamps in the tenant zone', () => {
    expect(iso(parseTimestampInZone('2026-03-10T09:00', CHICAGO))).toBe('2026-03-10T14:00:00.000Z');
    expect(iso(parseTimestampInZone('2026-03-10T09:00:00', CHICAGO))).toBe('2026-03-10T14:00:00.000Z');
    expect(iso(parseTimestampInZone('2026-03-10 09:00:30.250', CHICAGO))).toBe('2026-03-10T14:00:30.250Z');
    expect(iso(parseTimestampInZone('2026-03-10T09:00', '+05:30'))).toBe('2026-03-10T03:30:00.000Z');
    expect(iso(parseTimestampInZone('2026-03-10', CHICAGO))).toBe('2026-03-10T05:00:00.000Z');
  });

  it('applies the DST policies to naive timestamps', () => {
    expect(iso(parseTimestampInZone('2026-03-08T02:30', CHICAGO))).toBe('2026-03-08T08:00:00.000Z');
    expect(iso(parseTimestampInZone('2026-11-01T01:30', CHICAGO))).toBe('2026-11-01T06:30:00.000Z');
  });

  it('treats timestamps with Z or an offset as absolute, whatever the tenant zone', () => {
    for (const tz of [CHICAGO, '+05:30']) {
      expect(iso(parseTimestampInZone('2026-03-10T09:00:00Z', tz))).toBe('2026-03-10T09:00:00.000Z');
      expect(iso(parseTimestampInZone('2026-03-10T09:00:00-05:00', tz))).toBe('2026-03-10T14:00:00.000Z');
      expect(iso(parseTimestampInZone('2026-03-10T09:00+0530', tz))).toBe('2026-03-10T03:30:00.000Z');
      expect(iso(parseTimestampInZone('2026-03-10T09:00:00.5+01', tz))).toBe('2026-03-10T08:00:00.500Z');
    }
  });

  it('throws a clear error for garbage', () => {
    for (const bad of [
      'tomorrow at 3',
      '',
      '2026-13-01T09:00',
      '2026-02-30T09:00',
      '2026-03-10T25:00',
      '2026-03-10T09:61',
      '2026-03-10T09:00+25:00',
      '2026-03-10T09:00Zjunk',
      '10/03/2026 09:00',
    ]) {
      expect(() => parseTimestampInZone(bad, CHICAGO), bad).toThrow(TenantTimeError);
    }
    expect(() => parseTimestampInZone('nonsense', CHICAGO)).toThrow(/Invalid timestamp "nonsense"/);
  });
});
