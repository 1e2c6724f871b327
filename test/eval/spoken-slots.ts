import { DateTime } from 'luxon';
import type { LocalWindow } from './types.js';

// How a caller hears the times an assistant offers: "tuesday march 3rd at 8 am", "el jueves 5 de
// marzo a las 10:00". Deliberately plain: a caller recognises days and clock times, nothing more.

export interface SpokenSlot {
  /** Local date, when the reply names one. */
  date?: string;
  /** Local HH:MM, when the reply names one. */
  time?: string;
}

// biome-ignore format: a table reads better grouped by month
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, enero: 1,
  february: 2, feb: 2, febrero: 2,
  march: 3, mar: 3, marzo: 3,
  april: 4, apr: 4, abril: 4,
  may: 5, mayo: 5,
  june: 6, jun: 6, junio: 6,
  july: 7, jul: 7, julio: 7,
  august: 8, aug: 8, agosto: 8,
  september: 9, sep: 9, sept: 9, septiembre: 9, setiembre: 9,
  october: 10, oct: 10, octubre: 10,
  november: 11, nov: 11, noviembre: 11,
  december: 12, dec: 12, diciembre: 12,
};

// biome-ignore format: a table reads better grouped by day
const WEEKDAYS: Record<string, number> = {
  monday: 1, lunes: 1,
  tuesday: 2, martes: 2,
  wednesday: 3, 'miércoles': 3, miercoles: 3,
  thursday: 4, jueves: 4,
  friday: 5, viernes: 5,
  saturday: 6, 'sábado': 6, sabado: 6,
  sunday: 7, domingo: 7,
};

const MONTH_NAMES = Object.keys(MONTHS).join('|');
const WEEKDAY_NAMES = Object.keys(WEEKDAYS).join('|');

const DATE_PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray, today: DateTime) => DateTime }> = [
  {
    re: new RegExp(`\\b(${MONTH_NAMES})\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gi'),
    read: (m, today) => monthDay(today, MONTHS[m[1]!.toLowerCase()]!, Number(m[2])),
  },
  {
    re: new RegExp(`\\b(\\d{1,2}) de (${MONTH_NAMES})\\b`, 'gi'),
    read: (m, today) => monthDay(today, MONTHS[m[2]!.toLowerCase()]!, Number(m[1])),
  },
  {
    re: new RegExp(`(?<![\\p{L}])(${WEEKDAY_NAMES})(?![\\p{L}])`, 'giu'),
    read: (m, today) => today.plus({ days: (WEEKDAYS[m[1]!.toLowerCase()]! - today.weekday + 7) % 7 }),
  },
  { re: /\b(day after tomorrow|pasado mañana)/gi, read: (_m, today) => today.plus({ days: 2 }) },
  { re: /(?<!after )\btomorrow\b/gi, read: (_m, today) => today.plus({ days: 1 }) },
  // "mañana" is tomorrow unless it is the part of the day ("de la mañana", "en la mañana").
  { re: /(?<!la |pasado )(?<![\p{L}])mañana(?![\p{L}])/giu, read: (_m, today) => today.plus({ days: 1 }) },
  { re: /\b(today|this (morning|afternoon)|hoy)\b/gi, read: (_m, today) => today },
];

const TIME_RE =
  /\b(\d{1,2})(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|o'?clock|de la mañana|de la tarde|de la noche)?(?![\d/])|\b(noon|mediodía|midday)\b/gi;

function monthDay(today: DateTime, month: number, day: number): DateTime {
  const candidate = today.set({ month, day });
  return candidate < today.minus({ days: 7 }) ? candidate.plus({ years: 1 }) : candidate;
}

function clock(hourText: string, minuteText: string | undefined, suffix: string | undefined): string | null {
  let hour = Number(hourText);
  const minute = Number(minuteText ?? '0');
  if (hour > 23 || minute > 59) return null;
  const s = (suffix ?? '').toLowerCase().replace(/[\s.]/g, '');
  if (s.startsWith('p') || s === 'delatarde' || s === 'delanoche') {
    if (hour < 12) hour += 12;
  } else if (s.startsWith('a') || s === 'delamañana') {
    if (hour === 12) hour = 0;
  } else if (!minuteText && !s) {
    // A bare number is a time only when the reply says "at 3" or "a las 3"; see spokenSlots.
    if (hour < 8) hour += 12;
  } else if (hour < 7) {
    hour += 12;
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

interface Found<T> {
  at: number;
  value: T;
}

function datesIn(text: string, today: DateTime): Array<Found<string>> {
  const found: Array<Found<string>> = [];
  for (const { re, read } of DATE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const date = read(m as RegExpExecArray, today).toISODate();
      if (date) found.push({ at: m.index + m[0].length, value: date });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

function timesIn(text: string): Array<Found<string>> {
  const found: Array<Found<string>> = [];
  for (const m of text.matchAll(TIME_RE)) {
    if (m[4]) {
      found.push({ at: m.index, value: '12:00' });
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
    const isClock = m[2] !== undefined || m[3] !== undefined || /\b(at|las|la)\s*$/.test(before);
    if (!isClock) continue;
    const value = clock(m[1]!, m[2], m[3]);
    if (value) found.push({ at: m.index, value });
  }
  return found;
}

/**
 * The slots a reply offers, in order: each clock time with the nearest day named before it (or
 * after it, "at 8 am on tuesday"); a day named with no time is a slot of its own.
 */
export function spokenSlots(reply: string, now: Date, timeZone: string): SpokenSlot[] {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const dates = datesIn(reply, today);
  const times = timesIn(reply);
  const slots: SpokenSlot[] = times.map(({ at, value }) => {
    const before = dates.filter((d) => d.at <= at).pop();
    const after = dates.find((d) => d.at > at);
    const date = before?.value ?? after?.value;
    return date ? { date, time: value } : { time: value };
  });
  if (slots.length === 0) return dates.map(({ value }) => ({ date: value }));
  // "12 del mediodía" names one time twice.
  return slots.filter((s, i) => slots.findIndex((o) => o.date === s.date && o.time === s.time) === i);
}

/** True when the slot lies in the window; a part the reply left out does not count against it. */
export function slotInWindow(slot: SpokenSlot, window: LocalWindow): boolean {
  if (slot.date && !window.dates.includes(slot.date)) return false;
  if (slot.time && (slot.time < window.from || slot.time >= window.to)) return false;
  return true;
}
