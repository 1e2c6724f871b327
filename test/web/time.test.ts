import { describe, expect, it } from 'vitest';
import { addDays, localParts, weekDates, weekStart } from '../../web/shared/time.js';

// The dashboard's date logic: local dates as strings, instants shown in the tenant's zone.

describe('web/shared/time', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('starts weeks on Monday, a Sunday belonging to the week before', () => {
    expect(weekStart('2026-12-07')).toBe('2026-12-07');
    expect(weekStart('2026-12-13')).toBe('2026-12-07');
    expect(weekStart('2026-12-14')).toBe('2026-12-14');
    expect(weekDates('2026-12-10')).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ]);
  });

  it('reads an instant in an IANA zone on both sides of a DST change', () => {
    expect(localParts('2026-03-08T07:30:00Z', 'America/Chicago')).toEqual({
      date: '2026-03-08',
      time: '01:30',
    });
    expect(localParts('2026-03-08T08:30:00Z', 'America/Chicago')).toEqual({
      date: '2026-03-08',
      time: '03:30',
    });
  });

  it('reads an instant in a fixed offset zone', () => {
    expect(localParts('2026-12-07T03:15:00Z', '-06:00')).toEqual({ date: '2026-12-06', time: '21:15' });
    expect(localParts('2026-12-07T20:00:00Z', '+05:30')).toEqual({ date: '2026-12-08', time: '01:30' });
  });
});
