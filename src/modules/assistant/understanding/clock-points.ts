import type { PartOfDay } from '../../../platform/time/time-constraint.js';
import { hhmm } from './zone.js';

/** A clock time as spoken: the hour may still need the AM/PM rule. */
export interface ClockPoint {
  readonly hour: number;
  readonly minute: number;
  readonly meridiem: 'am' | 'pm' | null;
}

/** Regex source for one spoken clock time (after normalisation): "3", "3:30", "10am", "noon". */
export const CLOCK = String.raw`(noon|midday|mediod[ií]a|midnight|medianoche|(?<![\d:/])\d{1,2}(?::\d{2})?(?:am|pm)?)(?![\p{L}\d:/])`;

/** Numbers followed by these are quantities, not clock times ("2 to 3 days", "about 10 minutes"). */
export const NOT_A_TIME = String.raw`(?!\s(?:days?|weeks?|hours?|hrs?|minutes?|mins?|months?|years?|people|times|of|percent|dollars|bucks|gallons?|inch(?:es)?|feet|foot|ft|degrees?|amps?|volts?|psi|floors?|stories|bedrooms?|bathrooms?|units?|kids|children|d[ií]as|semanas|horas|minutos|años|veces)\b)`;

export function parsePoint(raw: string): ClockPoint | undefined {
  if (/^(noon|midday|mediod)/.test(raw)) return { hour: 12, minute: 0, meridiem: 'pm' };
  if (/^(midnight|medianoche)/.test(raw)) return { hour: 0, minute: 0, meridiem: 'am' };
  const m = /^(\d{1,2})(?::(\d{2}))?(am|pm)?$/.exec(raw);
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const meridiem = (m[3] as 'am' | 'pm' | undefined) ?? null;
  if (hour > 23 || minute > 59 || (meridiem !== null && (hour > 12 || hour === 0))) return undefined;
  return { hour, minute, meridiem };
}

/**
 * The AM/PM rule for hours said without "am"/"pm". A stated part of day decides ("7 in the
 * evening" → 19:00, "6 in the morning" → 06:00). Otherwise trades work in daylight, so bare
 * 1–6 mean the afternoon ("at 3" → 15:00), 7–11 mean the morning ("at 9" → 09:00), 12 is noon.
 */
export function resolveHour(point: ClockPoint, partOfDay?: PartOfDay): number {
  const { hour, meridiem } = point;
  if (hour > 12) return hour;
  if (meridiem === 'am') return hour % 12;
  if (meridiem === 'pm') return (hour % 12) + 12;
  if (hour === 12 || hour === 0) return hour;
  if (partOfDay === 'morning') return hour;
  if (partOfDay === 'afternoon' || partOfDay === 'evening') return hour + 12;
  return hour <= 6 ? hour + 12 : hour;
}

export function resolvePoint(point: ClockPoint, partOfDay?: PartOfDay): string {
  return hhmm(resolveHour(point, partOfDay) * 60 + point.minute);
}

function inheritMeridiem(start: ClockPoint, end: ClockPoint): ClockPoint {
  if (start.meridiem !== null || end.meridiem === null || start.hour > 12) return start;
  const startHour = start.hour % 12;
  const endHour = end.hour % 12;
  return startHour <= endHour ? { ...start, meridiem: end.meridiem } : start;
}

/** "between 1 and 3pm" → 13:00–15:00; "between 6 and 8" → 18:00–20:00 (never an inverted window). */
export function resolveRange(
  start: ClockPoint,
  end: ClockPoint,
  partOfDay?: PartOfDay,
): { after: string; before: string } {
  const from = inheritMeridiem(start, end);
  const fromMinutes = resolveHour(from, partOfDay) * 60 + from.minute;
  let toMinutes = resolveHour(end, partOfDay) * 60 + end.minute;
  if (toMinutes <= fromMinutes && toMinutes < 12 * 60) toMinutes += 12 * 60;
  return { after: hhmm(fromMinutes), before: hhmm(Math.min(toMinutes, 24 * 60 - 1)) };
}
