import type { DateTime } from 'luxon';
import { blank, rx } from './re.js';
import {
  ANY_WEEKDAY,
  EN_WEEKDAY,
  ES_WEEKDAY,
  resolveWeekday,
  WEEKDAYS,
  type WeekdayMode,
} from './weekdays.js';
import { addDays, startOfNextWeek } from './zone.js';

export interface DayRange {
  readonly from: DateTime;
  readonly to: DateTime;
}

/**
 * A day the caller ruled out. A bare weekday ("but not monday") rules out that weekday wherever it
 * falls in the range asked for; `range` is its nearest date, for when no range was asked for.
 */
export interface RuledOut {
  readonly range: DayRange;
  readonly weekday?: number;
}

interface DayRef {
  readonly today: DateTime;
  /** Whether "today" can still serve the time of day asked for (see resolveWeekday). */
  readonly todayOk: boolean;
}

/** Per-parse state: in "monday or tuesday" the second weekday follows the first one. */
interface DayState extends DayRef {
  lastWeekday?: DateTime;
  /** "move it to the following day": the day after the one mentioned. */
  followingDay?: boolean;
  /** "any other weekday", "entre semana": Saturdays and Sundays are not wanted. */
  weekdaysOnly?: boolean;
  ruledOut: RuledOut[];
}

type Resolver = (m: RegExpExecArray, ref: DayState) => DayRange | null;
interface DayRule {
  readonly re: RegExp;
  readonly resolve: Resolver;
}

const one = (d: DateTime): DayRange => ({ from: d, to: d });
const offset =
  (days: number): Resolver =>
  (_m, ref) =>
    one(addDays(ref.today, days));
const weekOf = (fromDay: number, toDay: number, weeksAhead = 1): Resolver => {
  return (_m, ref) => {
    const monday = addDays(startOfNextWeek(ref.today), 7 * (weeksAhead - 1));
    return { from: addDays(monday, fromDay), to: addDays(monday, toDay) };
  };
};

function thisWeek(fromWeekday: number): Resolver {
  return (_m, ref) => {
    const sunday = addDays(ref.today, 7 - ref.today.weekday);
    const start = addDays(ref.today, Math.max(0, fromWeekday - ref.today.weekday));
    return { from: start > sunday ? sunday : start, to: sunday };
  };
}

function thisWeekEnd(): Resolver {
  return (_m, ref) => {
    if (ref.today.weekday >= 5) return thisWeek(ref.today.weekday)(_m, ref);
    const monday = addDays(ref.today, 1 - ref.today.weekday);
    const start = addDays(ref.today, Math.max(0, 4 - ref.today.weekday));
    return { from: start, to: addDays(monday, 4) };
  };
}

// A plain weekday after another one ("monday or tuesday", "friday through monday") is the first
// such day on or after the previous one, so the list reads as one stretch of days.
function chainedWeekday(state: DayState, weekday: number, mode: WeekdayMode): DayRange {
  const date =
    mode === 'this' && state.lastWeekday
      ? resolveWeekday(state.lastWeekday, weekday, 'this', true)
      : resolveWeekday(state.today, weekday, mode, state.todayOk);
  state.lastWeekday = date;
  return one(date);
}

// The weekday itself is the named group `wd`; the rest of the match holds the qualifiers.
function englishWeekday(m: RegExpExecArray, state: DayState): DayRange {
  let mode: WeekdayMode = 'this';
  if (m[0].includes('after next')) mode = 'afterNext';
  else if (/next|following/.test(m[0])) mode = 'nextWeek';
  return chainedWeekday(state, WEEKDAYS[m.groups?.wd ?? ''] ?? 1, mode);
}

function spanishWeekday(m: RegExpExecArray, state: DayState): DayRange {
  let mode: WeekdayMode = 'this';
  if (/semana|otro/.test(m[0])) mode = 'nextWeek';
  else if (/pr[oó]ximo|que viene/.test(m[0])) mode = 'strict';
  return chainedWeekday(state, WEEKDAYS[m.groups?.wd ?? ''] ?? 1, mode);
}

/** "before friday" → today until thursday; "by friday" → today until friday. */
function untilWeekday(m: RegExpExecArray, state: DayState): DayRange {
  const day = resolveWeekday(state.today, WEEKDAYS[m.groups?.wd ?? ''] ?? 1, 'this', false);
  const exclusive = /before|antes/.test(m[0]);
  const last = exclusive ? addDays(day, -1) : day;
  return { from: state.today, to: last < state.today ? state.today : last };
}

// The day inside a "not monday" / "tomorrow doesn't work" phrase.
const RULED_OUT_DAY = rx(
  String.raw`\b(?:(?<wd>${ANY_WEEKDAY})|(?<tomorrow>tomorrow|ma[nñ]ana)|today|hoy)\b`,
  'g',
);
/** One day ruled out, then more joined to it: "monday or tuesday", "lunes ni el martes". */
const RULED_OUT_ONE = `(?:${ANY_WEEKDAY}|tomorrow|today|ma[nñ]ana|hoy)s?`;
const RULED_OUT_NEXT = String.raw`(?:(?:on|the|el)\s+)?${RULED_OUT_ONE}`;
// Not "not monday, tuesday is fine": commas join only a list that ends in or/and/nor.
const RULED_OUT_LIST = String.raw`${RULED_OUT_ONE}(?:(?:,?\s+${RULED_OUT_NEXT})*,?\s+(?:or|and|nor|o|y|ni)\s+${RULED_OUT_NEXT}(?!\s+(?:is|are|works?|would|sounds|should|could|es|est[aá]|me (?:sirve|queda|va))\b))?`;

/** Records the day a phrase rules out; the phrase itself names no day wanted. */
function ruleOut(m: RegExpExecArray, state: DayState): null {
  if (WEEKDAYS_ONLY.test(m[0])) state.weekdaysOnly = true;
  for (const day of m[0].matchAll(RULED_OUT_DAY)) {
    const weekday = WEEKDAYS[day.groups?.wd ?? ''];
    if (weekday !== undefined) {
      const nearest = resolveWeekday(state.today, weekday, 'this', state.todayOk);
      state.ruledOut.push({ range: one(nearest), weekday });
    } else {
      state.ruledOut.push({ range: one(addDays(state.today, day.groups?.tomorrow ? 1 : 0)) });
    }
  }
  return null;
}

// "we're out of town next week", "i'm busy monday", "estamos de viaje la próxima semana": the days
// named right after are the ones the caller can't do, not the ones wanted.
const AWAY = rx(
  String.raw`\b(?:(?:i'm|i am|we're|we are|(?:i|we)(?:'ll| will) be)(?: \p{L}+)? (?:out of town|away|gone|on vacation|on holiday|traveling|travelling|busy|unavailable|not (?:home|around|here|in town|available))|(?:i|we) (?:won't|will not) be (?:home|around|here|in town|available)|(?:estoy|estamos|estar[eé]|estaremos) (?:fuera(?: de la ciudad)?|de viaje|de vacaciones|ocupad[oa]s?)|no (?:estoy|estamos|estar[eé]|estaremos))(?: (?:all|the whole|for|on|todo|toda))*\s*$`,
);

// A day that is only background to the request: "it's supposed to rain saturday so could somebody
// come thursday", "it started monday". It is neither wanted nor ruled out.
const BACKGROUND = rx(
  String.raw`\b(?:(?:supposed|going|forecast(?:ed)?|expected|meant|gonna) (?:to )?(?:rain|storm|snow|freeze|pour|get (?:cold|colder|worse))|(?:it |this |that )?(?:started|began|broke|happened|quit|died|stopped)|(?:ever )?since|va a llover|empez[oó]|se descompuso|desde)(?: (?:on|this|last|el|este))?\s*$`,
);

// "any weekday", "weekdays", "during the week", "entre semana", "días hábiles": Monday to Friday.
const WEEKDAY_WORDS = String.raw`\b(?:(?:any|every|on|other)\s+)*(?:weekdays?|week days?)\b|\bduring the week\b(?! (?:of|after|before))|\b(?:(?:otro|cualquier|cualquier otro|un)\s+)?(?:d[ií]as? )?entre semana\b|\bd[ií]as? (?:de semana|h[aá]biles|laborables)`;
const WEEKDAYS_ONLY = rx(String.raw`\b(?:${WEEKDAY_WORDS})`);

// A day counted from another: "a week from tomorrow", "two weeks from friday", "in 3 days",
// "dentro de una semana", "una semana después del lunes", "de mañana en ocho" (a week from tomorrow).
const COUNT = String.raw`(?<count>an?|one|1|una?|\d{1,2}|a couple(?: of)?|un par de)`;
const UNIT = '(?<unit>days?|weeks?|d[ií]as?|semanas?)';
const EN_ANCHOR = String.raw`(?<anchor>now|today|tomorrow|(?:(?:this|next|this coming|coming)\s+)?(?<wd>${EN_WEEKDAY}))`;
const ES_ANCHOR = String.raw`(?<anchor>hoy|ma[nñ]ana|(?:(?:el|este|el pr[oó]ximo|pr[oó]ximo)\s+)?(?<wd>${ES_WEEKDAY})(?: que viene| pr[oó]ximo)?)`;
const ES_FROM = String.raw`(?:a partir|despu[eé]s|contando|desde)\s+(?:de(?:l|\s+el)?\s+)?`;
/** Regex sources of the counted-day phrases (blanked before clock times are read: "de hoy en 8"). */
export const DAY_OFFSETS: readonly string[] = [
  String.raw`\b(?:in\s+)?${COUNT}\s+${UNIT}\s+(?:from|after|on)\s+${EN_ANCHOR}\b`,
  String.raw`\b(?:(?:dentro de|en)\s+)?${COUNT}\s+${UNIT}\s+${ES_FROM}${ES_ANCHOR}\b`,
  String.raw`\bdentro de\s+${COUNT}\s+${UNIT}\b`,
  String.raw`\b(?:de|del|el)\s+${ES_ANCHOR}\s+en\s+(?<span>8|15|ocho|quince)(?:\s+d[ií]as)?\b(?!\s*(?::|horas?|minutos?))`,
];

const COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, un: 1, una: 1 };

/** The anchor day plus the count: "de mañana en 8" is a week after tomorrow, "en 15" two weeks. */
function countedDay(m: RegExpExecArray, state: DayState): DayRange {
  const g = m.groups ?? {};
  const anchorText = g.anchor ?? 'today';
  let anchor = state.today;
  const weekday = WEEKDAYS[g.wd ?? ''];
  if (weekday !== undefined) {
    let mode: WeekdayMode = 'this';
    if (/\bnext\b/.test(anchorText)) mode = 'nextWeek';
    else if (/pr[oó]ximo|que viene/.test(anchorText)) mode = 'strict';
    anchor = resolveWeekday(state.today, weekday, mode, state.todayOk);
  } else if (/^(?:tomorrow|ma[nñ]ana)$/.test(anchorText)) {
    anchor = addDays(state.today, 1);
  }
  if (g.span) return one(addDays(anchor, /^(?:15|quince)$/.test(g.span) ? 14 : 7));
  const raw = g.count ?? '1';
  const count = COUNTS[raw] ?? (/couple|par/.test(raw) ? 2 : Number(raw) || 1);
  return one(addDays(anchor, count * (/^(?:weeks?|semanas?)$/.test(g.unit ?? '') ? 7 : 1)));
}

const d = (source: string, resolve: Resolver): DayRule => ({ re: rx(source, 'g'), resolve });

// Holidays said by name: the next one on or after today.
const HOLIDAYS: ReadonlyArray<readonly [string, number, number]> = [
  ['christmas eve|nochebuena', 12, 24],
  ['christmas(?: day)?|(?:el )?d[ií]a de navidad|navidad', 12, 25],
  ["new year'?s eve|nochevieja|fin de a[nñ]o", 12, 31],
  ["new year'?s(?: day)?|(?:el )?d[ií]a de a[nñ]o nuevo|a[nñ]o nuevo", 1, 1],
  ['(?:the )?(?:4th|fourth) of july|july (?:4th|fourth)|independence day|(?:el )?4 de julio', 7, 4],
];

const holiday =
  (month: number, day: number): Resolver =>
  (_m, ref) => {
    const thisYear = ref.today.set({ month, day });
    return one(thisYear < ref.today ? thisYear.plus({ years: 1 }) : thisYear);
  };
const NEXT_WEEK_ES = `(?:la (?:pr[oó]xima|otra) semana|la semana (?:que viene|entrante|pr[oó]xima))`;

// Ordered longest-first; each match is blanked so "next week tuesday" is not also "next week".
const DAY_RULES: readonly DayRule[] = [
  ...HOLIDAYS.map(([source, month, day]) => d(String.raw`\b(?:${source})\b`, holiday(month, day))),
  // Days the caller rules out: "tomorrow doesn't work", "i can't do friday", "el martes no puedo".
  d(
    String.raw`\b(?:${ANY_WEEKDAY}|tomorrow|today|ma[nñ]ana|hoy)s? (?:doesn't|does not|won't|will not|isn't going to|is not going to|is no good|is bad|is out|no (?:puedo|me queda|me sirve))\b|\b(?:i )?can't (?:do )?(?:on )?(?:${ANY_WEEKDAY}|tomorrow|today)\b`,
    ruleOut,
  ),
  d(
    String.raw`\b(?:not|except|but not|(?:anything|any (?:other )?day|any ?time|(?:any (?:other )?|other )?week ?days?) (?:but|except|other than)|no el|excepto(?: el)?|menos el|ni el)\s+(?:on\s+)?(?:this\s+)?${RULED_OUT_LIST}\b`,
    ruleOut,
  ),
  d(
    String.raw`\b(?:not|except|but not|no el|excepto|menos el|last)\s+(?:on\s+)?(?:this\s+|next\s+)?(?:${ANY_WEEKDAY}|tomorrow|today|ma[nñ]ana|hoy|week|weekend|night)s?\b`,
    () => null,
  ),
  ...DAY_OFFSETS.map((source) => d(source, countedDay)),
  d(WEEKDAY_WORDS, (_m, state) => {
    state.weekdaysOnly = true;
    return null;
  }),
  d(
    String.raw`\bel (?:${ES_WEEKDAY}) pasado\b|\b(?:since|desde)\s+(?:last\s+|el\s+)?(?:${ANY_WEEKDAY}|yesterday|ayer|anoche)\b`,
    () => null,
  ),
  d(
    // "come by saturday" is a visit on saturday, not a deadline ("stop by", "swing by", "drop by" too).
    String.raw`\b(?:before|(?<!\b(?:come|stop|swing|drop|pop|came) )by|no later than|antes del?)\s+(?:this\s+|el\s+)?(?<wd>${ANY_WEEKDAY})\b`,
    untilWeekday,
  ),
  d(
    String.raw`\bthe (?:following|next) day\b|\bthe day after\b(?! tomorrow)|\b(?:al|el) d[ií]a siguiente\b`,
    (_m, state) => {
      state.followingDay = true;
      return null;
    },
  ),
  d(String.raw`\b(?:the )?day after tomorrow\b|\bpasado ma[nñ]ana\b`, offset(2)),
  d(String.raw`\b(?:in )?a couple (?:of )?days\b|\ben un par de d[ií]as\b`, offset(2)),
  d(String.raw`\bin a few days\b|\ben unos d[ií]as\b`, offset(3)),
  d(String.raw`\b(?:in|en) (\d{1,2}) (?:days?|d[ií]as?)\b`, (m, ref) =>
    one(addDays(ref.today, Number(m[1]))),
  ),
  d(
    String.raw`\b(?:in )?(?:a|one|1) week from (?:now|today)\b|\b(?:in|en) (?:a|one|1|una) (?:week|semana)\b`,
    offset(7),
  ),
  d(
    String.raw`\b(?:in )?(\d{1,2}|a couple(?: of)?) weeks(?: from (?:now|today))?\b|\ben (\d{1,2}) semanas\b`,
    (m, ref) => one(addDays(ref.today, 7 * (Number(m[1] ?? m[2]) || 2))),
  ),
  d(String.raw`\b(?:next month|el (?:pr[oó]ximo|otro) mes|el mes que viene)\b`, (_m, ref) => {
    const first = ref.today.startOf('month').plus({ months: 1 });
    return { from: first, to: first.endOf('month').startOf('day') };
  }),
  d(String.raw`\b(?:this month|este mes)\b`, (_m, ref) => ({
    from: ref.today,
    to: ref.today.endOf('month').startOf('day'),
  })),
  d(
    String.raw`\b(?:(?:next week|this coming|this|coming|next|the following|following|the)\s+(?:on\s+)?)?(?<wd>${EN_WEEKDAY})s?\b(?:\s+(?:of\s+)?(?:next week|this week|after next))?`,
    englishWeekday,
  ),
  d(
    String.raw`\b(?:${NEXT_WEEK_ES}\s+)?(?:(?:el|los|para el)\s+)?(?:(?:pr[oó]ximo|otro|este)\s+)?(?<wd>${ES_WEEKDAY})s?\b(?:\s+(?:que viene|pr[oó]ximo|de la (?:pr[oó]xima|otra) semana|de la semana que viene|de esta semana))?`,
    spanishWeekday,
  ),
  d(
    String.raw`\b(?:early|earlier in|beginning of|start of|first part of)(?: the)? next week\b|\ba principios de ${NEXT_WEEK_ES}`,
    weekOf(0, 1),
  ),
  d(
    String.raw`\b(?:late|later|end of|the end of|latter part of)(?: the)? next week\b|\ba finales de ${NEXT_WEEK_ES}`,
    weekOf(3, 4),
  ),
  d(
    String.raw`\b(?:later|late|end of|the end of)(?: this| the)? week\b|\ba finales de (?:esta|la) semana\b`,
    thisWeekEnd(),
  ),
  d(
    String.raw`\bnext weekend\b|\bel (?:pr[oó]ximo|otro) fin de semana\b|\bel fin de semana que viene\b`,
    weekOf(5, 6),
  ),
  d(String.raw`\b(?:this |the )?weekend\b|\b(?:este|el) fin de semana\b`, thisWeek(6)),
  d(String.raw`\bweek after next\b|\bla semana siguiente a la pr[oó]xima\b`, weekOf(0, 6, 2)),
  d(String.raw`\bnext week\b|\b${NEXT_WEEK_ES}`, weekOf(0, 6)),
  d(String.raw`\b(?:this|esta) (?:week|semana)\b`, thisWeek(1)),
  d(
    String.raw`\b(?:tomorrow|tmrw|tomorow|tomarrow)\b|(?<!\b(?:la|esta|pasado|de|por|en|cualquier|una|otra)\s)\bma[nñ]ana\b`,
    offset(1),
  ),
  d(String.raw`\b(?:today|hoy)\b`, offset(0)),
];

/**
 * Finds day expressions (relative days, weekdays, weeks) in text already stripped of clock times.
 * `ref` is only asked for once a day expression is found (it needs the tenant's local clock).
 */
export function parseDays(
  text: string,
  ref: () => DayRef,
): { days: DayRange[]; ruledOut: RuledOut[]; weekdaysOnly: boolean; rest: string; matched: string[] } {
  const days: DayRange[] = [];
  const matched: string[] = [];
  let state: DayState | undefined;
  let rest = text;
  for (const { re, resolve } of DAY_RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      state ??= { ...ref(), ruledOut: [] };
      const before = rest.slice(0, m.index);
      // Background days are blanked unread: they must not anchor the days after them either.
      const range = BACKGROUND.test(before) ? null : resolve(m, state);
      if (range && AWAY.test(before)) state.ruledOut.push({ range });
      else if (range) days.push(range);
      matched.push(m[0].trim());
      rest = blank(rest, m.index, m[0].length);
    }
  }
  const ruledOut = state?.ruledOut ?? [];
  const weekdaysOnly = state?.weekdaysOnly ?? false;
  if (state?.followingDay && days.length > 0) {
    const anchor = days.reduce((a, b) => (b.to > a ? b.to : a), days[0]!.to);
    return { days: [one(addDays(anchor, 1))], ruledOut, weekdaysOnly, rest, matched };
  }
  return { days, ruledOut, weekdaysOnly, rest, matched };
}
