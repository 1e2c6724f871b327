import { DateTime } from 'luxon';
import { addLocalDays, localDateOf } from '../../../platform/time/tenant-time.js';
import type { Language } from '../understanding/index.js';

// Dates and times the way a receptionist says them, in the tenant's zone and the caller's language:
// "tomorrow at 9 AM", "Tuesday, March 10th at 2:30 PM", "el martes 10 de marzo a las 9 de la mañana".

export interface LocalPoint {
  /** Local YYYY-MM-DD. */
  date: string;
  /** Local HH:MM. */
  time: string;
}

export interface Speaker {
  readonly lang: Language;
  /** "today", "tomorrow", "Tuesday, March 10th" / "hoy", "mañana", "el martes 10 de marzo". */
  day(date: string): string;
  /** "Saturday" / "sábado". */
  weekday(date: string): string;
  /** "9 AM", "2:30 PM", "noon" / "9 de la mañana", "2:30 de la tarde". */
  clock(time: string): string;
  /** "at 9 AM" / "a las 9 de la mañana". */
  at(time: string): string;
  /** "tomorrow at 9 AM". */
  when(point: LocalPoint): string;
  /** Two options, the day said once when they share it: "tomorrow at 9 AM or 11 AM". */
  either(a: LocalPoint, b: LocalPoint): string;
  list(items: readonly string[], kind: 'and' | 'or'): string;
}

function ordinal(day: number): string {
  const teen = day % 100 >= 11 && day % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[day % 10] ?? 'th');
  return `${day}${suffix}`;
}

function parts(time: string): { hour: number; minute: number } {
  const [h, m] = time.split(':').map(Number);
  return { hour: (h ?? 0) % 24, minute: m ?? 0 };
}

function clockEn(time: string): string {
  const { hour, minute } = parts(time);
  if (minute === 0 && hour === 0) return 'midnight';
  if (minute === 0 && hour === 12) return 'noon';
  const h12 = hour % 12 || 12;
  const mm = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
  return `${h12}${mm} ${hour < 12 ? 'AM' : 'PM'}`;
}

function clockEs(time: string): string {
  const { hour, minute } = parts(time);
  if (minute === 0 && hour === 0) return 'medianoche';
  const h12 = hour % 12 || 12;
  const mm = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
  const period =
    hour < 12 ? 'de la mañana' : hour === 12 ? 'del mediodía' : hour < 20 ? 'de la tarde' : 'de la noche';
  return `${h12}${mm} ${period}`;
}

function calendarDay(date: string, lang: Language): DateTime {
  return DateTime.fromISO(date, { zone: 'UTC' }).setLocale(lang === 'es' ? 'es' : 'en-US');
}

export function createSpeaker(lang: Language, timeZone: string, now: Date): Speaker {
  const today = localDateOf(now, timeZone);
  const tomorrow = addLocalDays(today, 1);
  const es = lang === 'es';

  const weekday = (date: string) => calendarDay(date, lang).toFormat('cccc');
  const day = (date: string): string => {
    if (date === today) return es ? 'hoy' : 'today';
    if (date === tomorrow) return es ? 'mañana' : 'tomorrow';
    const d = calendarDay(date, lang);
    return es ? `el ${d.toFormat("cccc d 'de' LLLL")}` : `${d.toFormat('cccc, LLLL')} ${ordinal(d.day)}`;
  };
  const clock = (time: string) => (es ? clockEs(time) : clockEn(time));
  const at = (time: string): string => {
    if (!es) return `at ${clockEn(time)}`;
    if (parts(time).hour === 0 && parts(time).minute === 0) return 'a la medianoche';
    return parts(time).hour % 12 === 1 ? `a la ${clockEs(time)}` : `a las ${clockEs(time)}`;
  };
  const when = (p: LocalPoint) => `${day(p.date)} ${at(p.time)}`;
  const list = (items: readonly string[], kind: 'and' | 'or') =>
    new Intl.ListFormat(es ? 'es' : 'en', { type: kind === 'and' ? 'conjunction' : 'disjunction' }).format(
      items,
    );
  const either = (a: LocalPoint, b: LocalPoint) =>
    a.date === b.date
      ? `${day(a.date)} ${list([at(a.time), es ? at(b.time) : clock(b.time)], 'or')}`
      : list([when(a), when(b)], 'or');

  return { lang, day, weekday, clock, at, when, either, list };
}
