import type { DateTime } from 'luxon';
import { PART_OF_DAY_WINDOWS, type TimeConstraint } from '../../../platform/time/time-constraint.js';
import { type ClockFacts, parseClock, type ResolvedClock, resolveClock } from './clock.js';
import { correctionTails } from './corrections.js';
import { DAY_OFFSETS, type DayRange, parseDays, type RuledOut } from './days.js';
import { parseExplicitDates } from './explicit-dates.js';
import { parsePartOfDay } from './part-of-day.js';
import { blank, rx } from './re.js';
import type { Language } from './types.js';
import { ANY_WEEKDAY } from './weekdays.js';
import { addDays, isoDate, type LocalClock, lazyClock, toMinutes } from './zone.js';

export interface TimeOptions {
  now: Date;
  timeZone: string;
  language: Language;
  /** The assistant just asked for a time, so a bare "3" means 3 o'clock. */
  bareNumberIsTime?: boolean;
}

export interface TimeParse {
  constraint: TimeConstraint;
  /** The phrases that expressed the time (so other extractors can ignore them). */
  matched: string[];
  /** The time came after a correction marker ("no wait make that thursday"). */
  corrected: boolean;
  /** Only days ruled out, no time wanted ("friday doesn't work"): it narrows a preference. */
  ruledOutOnly?: true;
  /** No day was said ("after lunch"): today, else tomorrow, was filled in; an agreed day wins over it. */
  dayImplied?: true;
}

const ASAP = rx(
  String.raw`\b(?:as soon as (?:possible|you can|we can|you guys can|(?:someone|somebody|anyone|anybody) can(?: come)?|you're able)|ahorita|ya mismo|lo m[aá]s r[aá]pido que (?:se pueda|puedan)|asap|a s a p|right away|right now|immediately|(?:today|tonight) if (?:you can|possible|at all possible|you could|that's possible)|earliest|soonest|first available|next available|whenever you can get here|as early as possible|come (?:out )?now|lo (?:m[aá]s )?(?:antes|pronto|r[aá]pido) posible|cuanto antes|ahora mismo|de inmediato|inmediatamente|lo m[aá]s pronto|hoy mismo si se puede|hoy si (?:se puede|es posible|pueden))\b`,
);
// "what do you have?" in answer to "when?" leaves the day to us: the earliest slots are offered.
const FLEXIBLE = rx(
  String.raw`\b(?:any ?time|whenever|any day|anything (?:but|except|other than)|doesn't matter|no preference|i'm flexible|flexible|what (?:do|did) you(?: guys)? have|what have you(?: guys)? got|what(?:'s| is) (?:available|open)|what (?:times|days) (?:are|do you have) (?:available|open)|what are (?:my|the|our) options|whatever you(?: guys)? (?:have|got)|whatever(?:'s| is) (?:available|open|first)|cuando sea|any other (?:day|time)|(?:any|every) other day (?:is|would be|works)|cualquier (?:otro )?(?:d[ií]a|hora|momento)|otro d[ií]a (?:est[aá] bien|me (?:sirve|queda))|me da igual|qu[eé] (?:tiene|tienen)(?: disponible)?|lo que (?:tenga|tengan)(?: disponible)?)\b`,
);
// Not preferences: greetings and when the problem started ("leaking since this morning").
const NOT_PREFERENCES = rx(
  String.raw`\b(?:good (?:morning|afternoon|evening)|buen(?:os|as) (?:d[ií]as|tardes|noches))\b|\b(?:since|started|began|starting) (?:this|last|yesterday)(?: (?:morning|afternoon|evening|night|week))?\b|\bdesde (?:esta ma[nñ]ana|ayer|anoche|hace \S+ \S+)|\b(?:i|we) (?:work|am at work|'m at work|am busy|'m busy|have work) (?:in the |on |during the )?(?:mornings?|afternoons?|evenings?)\b|\btrabajo (?:en|por) la (?:ma[nñ]ana|tarde)\b`,
  'g',
);

// "friday instead of thursday": the day after "instead of" is the one given up, so it must not
// widen the range to thursday..friday ("not thursday" is already ruled out in days.ts).
const REPLACED_DAY = rx(
  String.raw`\b(?:instead of|rather than|en vez del?|en lugar del?)\s+(?:(?:on|the|el)\s+)?(?:${ANY_WEEKDAY}|tomorrow|today|hoy|ma[nñ]ana|\d{1,2}(?:st|nd|rd|th))\b`,
  'g',
);

// "i work until 5 so any time after that": the clock time said is where the window starts.
// Not "before two, she has a doctor thing after": something of the caller's own comes after.
const AFTER_THAT = rx(
  String.raw`\bafter (?:that|then|this)\b|\bcome after\b|(?<!\b(?:thing|appointment|something|one|class|work|shift|meeting|plans?) )\bafter$|\bdespu[eé]s de eso\b`,
);

// "de mañana en 8 por la tarde", "2 weeks from friday": the count is no clock time. These phrases are
// hidden from the clock, part-of-day and calendar readers and handed back to the day rules.
const COUNTED_DAYS = DAY_OFFSETS.map((source) => rx(source, 'g'));

interface Hidden {
  readonly index: number;
  readonly text: string;
}

function hideCountedDays(text: string): { rest: string; hidden: Hidden[] } {
  const hidden: Hidden[] = [];
  let rest = text;
  for (const re of COUNTED_DAYS) {
    re.lastIndex = 0;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      hidden.push({ index: m.index, text: m[0] });
      rest = blank(rest, m.index, m[0].length);
    }
  }
  return { rest, hidden };
}

function restore(text: string, hidden: readonly Hidden[]): string {
  let out = text;
  for (const h of hidden) out = out.slice(0, h.index) + h.text + out.slice(h.index + h.text.length);
  return out;
}

/** "any other weekday is fine" without a week: the next two weeks, weekends and ruled-out days aside. */
const WEEKDAY_SPAN_DAYS = 14;

function afterThat(text: string, facts: ClockFacts): void {
  const point = facts.before ?? facts.at;
  if (!AFTER_THAT.test(text) || facts.after || !point) return;
  facts.after = point;
  facts.before = undefined;
  facts.at = undefined;
}

/** Whether today can still serve the time of day the caller asked for. */
function todayStillOpen(resolved: ResolvedClock, clock: LocalClock): boolean {
  const window = resolved.partOfDay ? PART_OF_DAY_WINDOWS[resolved.partOfDay].before : undefined;
  const cutoff = resolved.at ?? resolved.before ?? window ?? '17:00';
  return clock.minutes < toMinutes(cutoff);
}

// The dates in [from, to] that the caller ruled out (a bare weekday: each one in the range; with
// `weekdaysOnly`, every Saturday and Sunday too).
function ruledOutWithin(
  ruledOut: readonly RuledOut[],
  from: DateTime,
  to: DateTime,
  weekdaysOnly = false,
): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const weekend = weekdaysOnly && day.weekday >= 6;
    const hit =
      weekend ||
      ruledOut.some((r) =>
        r.weekday !== undefined ? day.weekday === r.weekday : r.range.from <= day && day <= r.range.to,
      );
    if (hit) out.push(isoDate(day));
  }
  return out;
}

/** With no range asked for, the nearest days ruled out ("anything but friday": this friday). */
function nearestRuledOut(ruledOut: readonly RuledOut[]): Pick<TimeConstraint, 'excludeDates'> {
  const dates = new Set(
    ruledOut.flatMap((r) => ruledOutWithin([{ range: r.range }], r.range.from, r.range.to)),
  );
  return dates.size > 0 ? { excludeDates: [...dates].sort() } : {};
}

/**
 * The range asked for, less the days ruled out: trimmed off the ends when they sit there ("next week
 * but not monday" is tuesday to sunday, which needs no exclusion list), else listed.
 */
function excluding(
  dates: { from: DateTime; to: DateTime },
  ruledOut: readonly RuledOut[],
  weekdaysOnly: boolean,
): Pick<TimeConstraint, 'fromDate' | 'toDate' | 'excludeDates'> {
  const excluded = new Set(ruledOutWithin(ruledOut, dates.from, dates.to, weekdaysOnly));
  let { from, to } = dates;
  while (from < to && excluded.has(isoDate(from))) from = addDays(from, 1);
  while (to > from && excluded.has(isoDate(to))) to = addDays(to, -1);
  const inside = [...excluded].filter((date) => date > isoDate(from) && date < isoDate(to));
  return {
    fromDate: isoDate(from),
    toDate: isoDate(to),
    ...(inside.length > 0 ? { excludeDates: inside } : {}),
  };
}

function pickDates(
  days: DayRange[],
  facts: ClockFacts,
  clock: () => LocalClock,
  weekdaysOnly: boolean,
): { from: DateTime; to: DateTime } | null {
  if (days.length > 0) {
    const from = days.reduce((a, b) => (b.from < a ? b.from : a), days[0]!.from);
    const to = days.reduce((a, b) => (b.to > a ? b.to : a), days[0]!.to);
    return { from, to };
  }
  if (facts.today) return { from: clock().today, to: clock().today };
  if (weekdaysOnly) {
    const { today } = clock();
    return { from: today, to: addDays(today, WEEKDAY_SPAN_DAYS - 1) };
  }
  if (facts.partOfDay && !facts.plural) {
    // "in the morning" with no day: today while that part of the day is still ahead, else tomorrow.
    const { today, minutes } = clock();
    const stillAhead = minutes < toMinutes(PART_OF_DAY_WINDOWS[facts.partOfDay].before);
    const day = stillAhead ? today : addDays(today, 1);
    return { from: day, to: day };
  }
  return null;
}

/**
 * "monday the 28th": a weekday said with a date it falls on names that date, not a range from the
 * nearest monday to the 28th. Other days said beside a date stay.
 */
function alongsideDates(relative: DayRange[], explicit: DayRange[]): DayRange[] {
  if (explicit.length === 0) return relative;
  const dated = explicit.filter((d) => d.from.hasSame(d.to, 'day'));
  return relative.filter(
    (r) => !(r.from.hasSame(r.to, 'day') && dated.some((d) => d.from.weekday === r.from.weekday)),
  );
}

function parseSegment(
  text: string,
  options: TimeOptions,
  clock: () => LocalClock,
): Omit<TimeParse, 'corrected'> | undefined {
  const replaced = text.match(REPLACED_DAY) ?? [];
  const cleaned = text.replace(NOT_PREFERENCES, ' ').replace(REPLACED_DAY, ' ');
  const asap = ASAP.exec(cleaned);
  // "not right now" turns a visit down; it is not a request for the earliest slot.
  const refused = asap ? /\b(?:not|no)\s+$/.test(cleaned.slice(0, asap.index)) : false;
  if (asap && !refused) return { constraint: { asap: true }, matched: [asap[0]] };
  const counted = hideCountedDays(cleaned);
  const clockParse = parseClock(counted.rest, options.bareNumberIsTime ?? false);
  const facts = clockParse.facts;
  afterThat(cleaned, facts);
  const parts = parsePartOfDay(clockParse.rest, facts);
  const resolved = resolveClock(facts);
  const explicit = parseExplicitDates(parts.rest, clock, options.language);
  const ref = () => ({ today: clock().today, todayOk: todayStillOpen(resolved, clock()) });
  const relative = parseDays(restore(explicit.rest, counted.hidden), ref);
  const days = [...explicit.days, ...alongsideDates(relative.days, explicit.days)];
  const dates = pickDates(days, facts, clock, relative.weekdaysOnly);
  const dayImplied = dates !== null && days.length === 0 && !facts.today && !relative.weekdaysOnly;
  const matched = [
    ...replaced,
    ...clockParse.matched,
    ...parts.matched,
    ...explicit.matched,
    ...relative.matched,
  ];
  // Before the day rules blanked it: "anything but friday" is flexible, friday aside.
  const flexible = FLEXIBLE.exec(explicit.rest);
  // A day ruled out on its own ("i can't do friday") is only `excludeDates`: understand() reports it
  // apart from the time, since it narrows the preference the caller has rather than being one.
  if (!dates && Object.keys(resolved).length === 0) {
    const narrowed = nearestRuledOut(relative.ruledOut);
    if (flexible) return { constraint: narrowed, matched: [flexible[0], ...matched] };
    if (!narrowed.excludeDates) return undefined;
    return { constraint: narrowed, matched: matched.filter((m) => m.length > 0), ruledOutOnly: true };
  }
  const constraint: TimeConstraint = {
    ...(dates ? excluding(dates, relative.ruledOut, relative.weekdaysOnly) : {}),
    ...resolved,
  };
  return {
    constraint,
    matched: matched.filter((m) => m.length > 0),
    ...(dayImplied ? { dayImplied: true as const } : {}),
  };
}

/**
 * Understands a caller's time preference, resolved in the tenant zone relative to `now`.
 * When the caller corrects themselves, only the time after the last correction marker counts
 * (`tails`: the text after each marker, when the caller has already found them).
 * Returns undefined when the utterance says nothing about time.
 */
export function parseTime(
  text: string,
  options: TimeOptions,
  tails: readonly string[] = correctionTails(text),
): TimeParse | undefined {
  // One clock for every segment, and none at all when no segment mentions a day.
  const clock = lazyClock(options.now, options.timeZone);
  const whole = parseSegment(text, options, clock);
  for (const tail of tails) {
    const corrected = parseSegment(tail, options, clock);
    if (corrected) {
      return { ...corrected, matched: [...(whole?.matched ?? []), ...corrected.matched], corrected: true };
    }
  }
  return whole ? { ...whole, corrected: false } : undefined;
}
