import { isLocalDate, type WeekdayKey } from '../../../platform/time/tenant-time.js';
import {
  dayPeriod,
  nextWeekday,
  type Period,
  type PeriodUnit,
  periodAround,
  shiftPeriod,
} from './periods.js';

// What the owner asked, by rules over English and Spanish wording: a kind of answer and the period
// it covers. Pure: the same words, today's date and the previous question give the same result.

export const QUESTION_KINDS = [
  'schedule',
  'summary',
  'next_appointment',
  'callbacks',
  'emergencies',
  'bookings',
  'calls',
  'help',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface Question {
  kind: QuestionKind;
  /** Null for kinds that are not about a period (open callbacks, the next appointment, help). */
  period: Period | null;
  /** False when nothing in the words was recognised (the answer is the help text). */
  recognised: boolean;
}

/** What a question means without a period word: "emergencies" → this week. */
const DEFAULT_UNIT: Record<QuestionKind, PeriodUnit | null> = {
  schedule: 'day',
  summary: 'day',
  next_appointment: null,
  callbacks: null,
  emergencies: 'week',
  bookings: 'month',
  calls: 'day',
  help: null,
};

/** Lower case, accents and punctuation gone: "¿Qué tengo mañana?" → "que tengo manana". */
export function normalizeQuestion(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Order matters: the first kind whose words appear wins ("callbacks" before "who called").
const KIND_PATTERNS: ReadonlyArray<[QuestionKind, RegExp]> = [
  [
    'help',
    /\b(help|what can (you|i) (do|ask)|what do you (know|answer)|ayuda|que puedes|que sabes|que te puedo preguntar)\b/,
  ],
  [
    'callbacks',
    /\b(call ?backs?|call (them|people|anyone|someone|who) back|who (do|should|must) i (need to )?call|return (the |my )?calls?|devoluci(on|ones)|devolver (la |las )?llamadas?|llamar de vuelta|llamadas? pendientes?|a quien (tengo|debo|hay) que llamar|pendientes? de llamar)\b/,
  ],
  ['emergencies', /\b(emergenc(y|ies)|urgent|urgencias?|emergencias?)\b/],
  [
    'next_appointment',
    /\b(next|upcoming) (job|appointment|booking|visit|call ?out)\b|\b(proxim[ao]|siguiente) (cita|trabajo|visita|reserva)\b/,
  ],
  [
    'calls',
    /\b(who (called|rang|phoned|has called)|(calls?|callers|phone calls) (today|yesterday|this|last|on)|how many (phone )?calls|any(one)? call(ed|s)?|quien(es)? (me )?(llamo|llamaron|ha llamado|han llamado)|llamadas? (de|del|hoy|ayer|esta|este)|cuantas llamadas|alguien llamo)\b/,
  ],
  [
    'summary',
    /\b(summary|summarize|recap|overview|how (is|was|did|does) (today|the day|it going|my day|the week)|how many (jobs|appointments|bookings) (today|tomorrow|yesterday)|numbers|resumen|resume|como (va|fue|vamos) (el dia|hoy)|cuantas citas (hoy|manana|ayer)|cuantos trabajos (hoy|manana|ayer))\b/,
  ],
  [
    'bookings',
    /\b(book|bookings?|booked|reservas?|reservad[oa]s?|reservaron)\b|\bhow many (jobs|appointments)\b|\bcuant[oa]s (citas|trabajos)\b/,
  ],
  [
    'schedule',
    /\b(schedule|agenda|calendar|appointments?|jobs?|visits?|citas?|trabajos?|programad[oa]s?|horario)\b|\bwhat (do|have) (i|we) (got|have)\b|\bwhat s (on|up)\b|\bque (tengo|tenemos|hay)\b/,
  ],
];

const WEEKDAYS: ReadonlyArray<[WeekdayKey, RegExp]> = [
  ['mon', /\b(monday|lunes)\b/],
  ['tue', /\b(tuesday|martes)\b/],
  ['wed', /\b(wednesday|miercoles)\b/],
  ['thu', /\b(thursday|jueves)\b/],
  ['fri', /\b(friday|viernes)\b/],
  ['sat', /\b(saturday|sabado)\b/],
  ['sun', /\b(sunday|domingo)\b/],
];

// Relative words, most specific first. Offsets count units from the current day, week or month.
const ABSOLUTE: ReadonlyArray<[PeriodUnit, number, RegExp]> = [
  ['day', 2, /\b(day after tomorrow|pasado manana)\b/],
  ['day', -2, /\b(day before yesterday|anteayer|antes de ayer)\b/],
  ['week', -1, /\b(last week|past week|semana pasada)\b/],
  ['week', 1, /\b(next week|coming week|proxima semana|semana que viene|semana proxima)\b/],
  ['week', 0, /\b(this week|esta semana)\b/],
  ['month', -1, /\b(last month|mes pasado)\b/],
  ['month', 1, /\b(next month|coming month|proximo mes|mes que viene|mes proximo)\b/],
  ['month', 0, /\b(this month|este mes)\b/],
  ['day', -1, /\b(yesterday|ayer)\b/],
  ['day', 1, /\b(tomorrow|tmrw|manana)\b/],
  ['day', 0, /\b(today|tonight|hoy|esta noche)\b/],
];

// "and the day after?", "y el día siguiente?": a step from the previous question's period.
const STEP_AFTER =
  /\b(the (day|week|month|one) after( that)?|(day|week|month) after that|the next (day|week|month|one)|(el|la) (dia|semana|mes) (siguiente|despues)|(el|la) siguiente|after that|despues de eso)\b/;
const STEP_BEFORE =
  /\b(the (day|week|month|one) before( that)?|the previous (day|week|month|one)|(el|la) (dia|semana|mes) anterior|(el|la) anterior|before that|antes de eso)\b/;

const FOLLOW_UP_START = /^(and|what about|how about|also|y|que tal|y para|y el|y la|y los|y las)\b/;

/** A period word the owner used, resolved against today; null when there is none. */
export function periodIn(normalized: string, today: string): Period | null {
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(normalized)?.[1];
  if (iso && isLocalDate(iso)) return dayPeriod(iso);
  // "mañana" is also "morning": "el viernes por la mañana" is Friday, "esta mañana" is today.
  const text = normalized.replace(/\b(por|en|de) la manana\b/g, ' ').replace(/\besta manana\b/g, 'hoy');
  for (const [unit, offset, pattern] of ABSOLUTE) {
    if (pattern.test(text)) return periodAround(unit, today, offset);
  }
  for (const [weekday, pattern] of WEEKDAYS) {
    if (pattern.test(text)) return dayPeriod(nextWeekday(today, weekday));
  }
  return null;
}

function kindIn(normalized: string): QuestionKind | null {
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(normalized)) return kind;
  return null;
}

function stepIn(normalized: string): number {
  if (STEP_AFTER.test(normalized)) return 1;
  if (STEP_BEFORE.test(normalized)) return -1;
  return 0;
}

/**
 * The question in `text`. A follow-up ("and the day after?", "what about Friday?") keeps the
 * previous kind; with no recognisable kind and no previous question it is `help`.
 */
export function understandQuestion(text: string, today: string, previous: Question | null): Question {
  const normalized = normalizeQuestion(text);
  const step = stepIn(normalized);
  const period = periodIn(normalized, today);
  const kind = kindIn(normalized);
  const help = (recognised: boolean): Question => ({ kind: 'help', period: null, recognised });
  if (kind === 'help') return help(true);
  if (kind) return { kind, period: periodFor(kind, period, step, previous, today), recognised: true };
  // Without kind words, a step, a period or "and …" continues the previous question.
  const followsUp = step !== 0 || period !== null || FOLLOW_UP_START.test(normalized);
  if (!previous || previous.kind === 'help' || !followsUp) return help(false);
  return {
    kind: previous.kind,
    period: periodFor(previous.kind, period, step, previous, today),
    recognised: true,
  };
}

function periodFor(
  kind: QuestionKind,
  said: Period | null,
  step: number,
  previous: Question | null,
  today: string,
): Period | null {
  const unit = DEFAULT_UNIT[kind];
  if (unit === null) return null;
  if (said) return said;
  if (step !== 0 && previous?.period) return shiftPeriod(previous.period, step);
  return periodAround(unit, today, step);
}
