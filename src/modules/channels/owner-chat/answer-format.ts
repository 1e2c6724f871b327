import { DateTime } from 'luxon';
import { addLocalDays, localDateOf } from '../../../platform/time/tenant-time.js';
import { createSpeaker } from '../../assistant/engine/speak.js';
import type { CallbackReason } from '../../crm/callbacks.model.js';
import type { AppointmentFact, CallbackFact, CallerFact } from './facts.js';
import { type Period, periodAround } from './periods.js';

// Shared pieces of an answer in the tenant's language and zone: period labels, one line per
// appointment, callback or caller. Dates read the way the assistant says them on the phone.

export type ChatLanguage = 'en' | 'es';

/** Lines listed in one answer; the rest are counted ("…and 4 more"). */
export const MAX_LINES = 15;

const REASONS: Record<ChatLanguage, Record<CallbackReason, string>> = {
  en: {
    MISSED_CALL: 'missed call',
    VOICEMAIL: 'voicemail',
    PARTIAL_INTAKE: 'call that ended before booking',
    HANDOFF: 'asked to speak with you',
    EMERGENCY: 'emergency',
  },
  es: {
    MISSED_CALL: 'llamada perdida',
    VOICEMAIL: 'mensaje de voz',
    PARTIAL_INTAKE: 'llamada que terminó sin cita',
    HANDOFF: 'pidió hablar con usted',
    EMERGENCY: 'emergencia',
  },
};

// Last, this and next week or month.
const RELATIVE: Record<ChatLanguage, Record<'week' | 'month', readonly string[]>> = {
  en: { week: ['last week', 'this week', 'next week'], month: ['last month', 'this month', 'next month'] },
  es: {
    week: ['la semana pasada', 'esta semana', 'la semana que viene'],
    month: ['el mes pasado', 'este mes', 'el mes que viene'],
  },
};

export interface AnswerFormat {
  readonly lang: ChatLanguage;
  /** "today (Monday, March 9th)", "this week", "last month" / "hoy (el lunes 9 de marzo)", … */
  period(period: Period): string;
  /** The period as the time of a sentence: "tomorrow", "on Friday, March 12th", "in March 2027". */
  during(period: Period): string;
  /** "tomorrow at 9 AM" / "mañana a las 9 de la mañana". */
  when(date: string, time: string): string;
  /** "9 AM" / "9 de la mañana". */
  clock(time: string): string;
  appointment(a: AppointmentFact, withDay: boolean): string;
  callback(c: CallbackFact): string;
  caller(c: CallerFact): string;
  /** "3 appointments" / "1 cita". */
  count(n: number, one: string, many: string): string;
  /** Up to MAX_LINES lines as "- …", then how many more. */
  lines(items: readonly string[], total?: number): string;
}

function ordinal(day: number): string {
  const teen = day % 100 >= 11 && day % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th');
  return `${day}${suffix}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function createAnswerFormat(lang: ChatLanguage, timeZone: string, now: Date): AnswerFormat {
  const es = lang === 'es';
  const speaker = createSpeaker(lang, timeZone, now);
  const today = localDateOf(now, timeZone);
  const calendarDay = (date: string) =>
    DateTime.fromISO(date, { zone: 'UTC' }).setLocale(es ? 'es' : 'en-US');
  const longDay = (date: string) => {
    const d = calendarDay(date);
    return es ? `el ${d.toFormat("cccc d 'de' LLLL")}` : `${d.toFormat('cccc, LLLL')} ${ordinal(d.day)}`;
  };

  const day = (date: string): string => {
    if (date === addLocalDays(today, -1)) return es ? 'ayer' : 'yesterday';
    return speaker.day(date);
  };

  const dayLabel = (date: string): string => {
    const near = [addLocalDays(today, -1), today, addLocalDays(today, 1)].includes(date);
    return near ? `${day(date)} (${longDay(date)})` : day(date);
  };

  const period = (p: Period): string => {
    if (p.unit === 'day') return dayLabel(p.from);
    const offset = [-1, 0, 1].find((o) => periodAround(p.unit, today, o).from === p.from);
    if (offset !== undefined) return RELATIVE[lang][p.unit][offset + 1] as string;
    const first = calendarDay(p.from);
    if (p.unit === 'week') {
      return es
        ? `la semana del ${first.toFormat("d 'de' LLLL")}`
        : `the week of ${first.toFormat('LLLL d')}`;
    }
    return es ? first.toFormat("LLLL 'de' yyyy") : first.toFormat('LLLL yyyy');
  };

  // English needs "on"/"in" before a named day, week or month; Spanish names them with an article.
  const during = (p: Period): string => {
    const label = period(p);
    if (es || /^(today|tomorrow|yesterday|this|last|next) /.test(`${label} `)) return label;
    return p.unit === 'day' ? `on ${label}` : `in ${label}`;
  };

  const when = (date: string, time: string) => `${day(date)} ${speaker.at(time)}`;

  const appointment = (a: AppointmentFact, withDay: boolean): string => {
    const head = withDay ? when(a.local_date, a.local_time) : speaker.clock(a.local_time);
    const who = a.customer_name ?? (es ? 'cliente sin nombre' : 'customer with no name');
    const what = [a.service_type ?? a.description, a.address].filter(Boolean).join(', ');
    const flags = [
      a.is_emergency ? (es ? 'emergencia' : 'emergency') : null,
      a.status === 'COMPLETED' ? (es ? 'terminada' : 'done') : null,
    ].filter(Boolean);
    return `${head}: ${who}${what ? ` — ${what}` : ''}${flags.length ? ` (${flags.join(', ')})` : ''}`;
  };

  const callback = (c: CallbackFact): string => {
    const who = [c.name, c.phone].filter(Boolean).join(', ') || (es ? 'número oculto' : 'hidden number');
    const note = c.summary ? ` — ${c.summary.replace(/\s+/g, ' ').slice(0, 120)}` : '';
    return `${who}: ${REASONS[lang][c.reason]}, ${when(c.local_date, c.local_time)}${note}`;
  };

  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

  const caller = (c: CallerFact): string => {
    const who = [c.name, c.phone].filter(Boolean).join(', ') || (es ? 'número oculto' : 'hidden number');
    return c.calls > 1
      ? `${who} (${count(c.calls, es ? 'llamada' : 'call', es ? 'llamadas' : 'calls')})`
      : who;
  };

  const lines = (items: readonly string[], total = items.length): string => {
    const shown = items.slice(0, MAX_LINES).map((line) => `- ${line}`);
    const more = total - shown.length;
    if (more > 0) shown.push(es ? `…y ${more} más.` : `…and ${more} more.`);
    return shown.join('\n');
  };

  return { lang, period, during, when, clock: speaker.clock, appointment, callback, caller, count, lines };
}
