import type { DateTime } from 'luxon';
import { alt } from './re.js';
import { addDays, startOfNextWeek } from './zone.js';

/** Luxon weekday numbers: Monday = 1 … Sunday = 7. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  tues: 2,
  wednesday: 3,
  weds: 3,
  thursday: 4,
  thurs: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  lunes: 1,
  martes: 2,
  miércoles: 3,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sábado: 6,
  sabado: 6,
  domingo: 7,
};

const EN_NAMES = [
  'monday',
  'tuesday',
  'tues',
  'wednesday',
  'weds',
  'thursday',
  'thurs',
  'friday',
  'saturday',
  'sunday',
];
const ES_NAMES = [
  'lunes',
  'martes',
  'miércoles',
  'miercoles',
  'jueves',
  'viernes',
  'sábado',
  'sabado',
  'domingo',
];
export const EN_WEEKDAY = alt(EN_NAMES);
export const ES_WEEKDAY = alt(ES_NAMES);
export const ANY_WEEKDAY = alt([...EN_NAMES, ...ES_NAMES]);

/**
 * How a weekday name was qualified:
 * - 'this': bare "tuesday" / "this tuesday" / "el martes" — the next occurrence; today counts
 *   only while the requested time of day is still ahead (`todayOk`).
 * - 'strict': "el próximo martes" — the next occurrence strictly after today.
 * - 'nextWeek': "next tuesday", "tuesday next week" — that weekday in the following Mon–Sun week.
 * - 'afterNext': "the tuesday after next".
 */
export type WeekdayMode = 'this' | 'strict' | 'nextWeek' | 'afterNext';

export function resolveWeekday(
  today: DateTime,
  weekday: number,
  mode: WeekdayMode,
  todayOk: boolean,
): DateTime {
  if (mode === 'nextWeek' || mode === 'afterNext') {
    const monday = addDays(startOfNextWeek(today), mode === 'afterNext' ? 7 : 0);
    return addDays(monday, weekday - 1);
  }
  let diff = (weekday - today.weekday + 7) % 7;
  if (diff === 0 && (mode === 'strict' || !todayOk)) diff = 7;
  return addDays(today, diff);
}
