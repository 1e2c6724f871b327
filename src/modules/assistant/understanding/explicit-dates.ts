import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { DayRange } from './days.js';
import { blank, rx } from './re.js';
import type { Language } from './types.js';
import type { LocalClock } from './zone.js';

const MONTHS = `(?:january|february|march|april|may|june|july|august|september|sept|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)`;
const ORDINAL_WORD = `(?:first|second|third|primero)`;
// chrono-node reads "may", "sun" or "march" on their own as dates; only trust it when a month name
// comes with a day number, or for numeric dates like "3/10".
const TRUSTED = rx(
  String.raw`\b${MONTHS}\b.*(?:\d|\b${ORDINAL_WORD}\b)|(?:\d|\b${ORDINAL_WORD}\b).*\b${MONTHS}\b|\d{1,2}/\d{1,2}`,
);

function fromComponents(c: chrono.ParsedComponents): DateTime | null {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  const date = DateTime.utc(year, month, day);
  return date.isValid ? date : null;
}

function chronoDates(
  text: string,
  clock: () => LocalClock,
  lang: Language,
): { days: DayRange[]; rest: string; matched: string[] } {
  if (!TRUSTED.test(text)) return { days: [], rest: text, matched: [] };
  const { now, offsetMinutes } = clock();
  const ref = { instant: now, timezone: offsetMinutes };
  const parsers = lang === 'es' ? [chrono.es.casual, chrono.casual] : [chrono.casual];
  const days: DayRange[] = [];
  const matched: string[] = [];
  let rest = text;
  for (const parser of parsers) {
    for (const result of parser.parse(rest, ref, { forwardDate: true })) {
      if (!TRUSTED.test(result.text)) continue;
      const from = fromComponents(result.start);
      if (!from) continue;
      const to = result.end ? fromComponents(result.end) : null;
      days.push({ from, to: to && to > from ? to : from });
      matched.push(result.text);
      rest = blank(rest, result.index, result.text.length);
    }
  }
  return { days, rest, matched };
}

/** The next date (today or later) whose day of the month is `day`. */
export function nextDayOfMonth(today: DateTime, day: number): DateTime | null {
  for (let i = 0; i < 12; i++) {
    const month = today.startOf('month').plus({ months: i });
    if (day > (month.daysInMonth ?? 0)) continue;
    const candidate = month.set({ day });
    if (candidate >= today) return candidate;
  }
  return null;
}

const ORDINAL_DAY = rx(
  String.raw`\b(?:on )?the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:one|option|slot|choice|time))|\bon the (first|second|third)\b(?! (?:one|option|slot|choice|time))|\bel (?:d[ií]a )?(\d{1,2}|primero)\b(?!\s*(?::|de la|am|pm|\d|y media))`,
  'g',
);
const SMALL: Record<string, number> = { first: 1, second: 2, third: 3, primero: 1 };

function ordinalDates(
  text: string,
  clock: () => LocalClock,
): { days: DayRange[]; rest: string; matched: string[] } {
  const days: DayRange[] = [];
  const matched: string[] = [];
  let rest = text;
  ORDINAL_DAY.lastIndex = 0;
  for (let m = ORDINAL_DAY.exec(rest); m !== null; m = ORDINAL_DAY.exec(rest)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    const date = nextDayOfMonth(clock().today, SMALL[raw] ?? Number(raw));
    if (!date) continue;
    days.push({ from: date, to: date });
    matched.push(m[0].trim());
    rest = blank(rest, m.index, m[0].length);
  }
  return { days, rest, matched };
}

/**
 * Calendar dates: "march 10th", "10 de marzo", "3/10" (via chrono-node) and "the 15th", "el 15".
 * The local clock is only asked for once something looks like a date.
 */
export function parseExplicitDates(
  text: string,
  clock: () => LocalClock,
  lang: Language,
): { days: DayRange[]; rest: string; matched: string[] } {
  const named = chronoDates(text, clock, lang);
  const ordinal = ordinalDates(named.rest, clock);
  return {
    days: [...named.days, ...ordinal.days],
    rest: ordinal.rest,
    matched: [...named.matched, ...ordinal.matched],
  };
}
