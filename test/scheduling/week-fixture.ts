import type { SchedulingSettings } from '../../src/modules/scheduling/scheduling-types.js';
import { zonedToUtc } from '../../src/platform/time/tenant-time.js';

// The plumber the pure scheduling tests share: America/Chicago, Mon–Fri 08:00–17:00, Sat 09:00–13:00,
// Sunday closed, 30-minute grid, no buffer, one hour lead. 2026-04-06 is a Monday; that week has no
// DST change.

export const CHICAGO = 'America/Chicago';
export type Ranges = Array<[string, string]>;
export const WEEKDAY: Ranges = [['08:00', '17:00']];

export const MON = '2026-04-06';
export const TUE = '2026-04-07';
export const FRI = '2026-04-10';
export const SAT = '2026-04-11';
export const SUN = '2026-04-12';
export const NEXT_MON = '2026-04-13';

export const SETTINGS: SchedulingSettings = {
  timeZone: CHICAGO,
  businessHours: {
    mon: WEEKDAY,
    tue: WEEKDAY,
    wed: WEEKDAY,
    thu: WEEKDAY,
    fri: WEEKDAY,
    sat: [['09:00', '13:00']],
    sun: [],
  },
  closedDates: [],
  travelBufferMinutes: 0,
  maxJobsPerDay: null,
  minLeadMinutes: 60,
  slotStepMinutes: 30,
  horizonDays: 60,
};

/** A local Chicago date and time as an instant. */
export const at = (date: string, time: string) => zonedToUtc(date, time, CHICAGO);
/** Monday 06:00 local: before opening, so the lead time matters only from 07:00. */
export const NOW = at(MON, '06:00');
