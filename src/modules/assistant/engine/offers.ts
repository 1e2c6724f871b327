import type { TimeConstraint } from '../../../platform/time/time-constraint.js';
import { PART_OF_DAY_WINDOWS } from '../../../platform/time/time-constraint.js';
import type { Understanding } from '../understanding/index.js';
import type { SlotOffer } from './types.js';

// Pure helpers for offering slots: which two to say, which one the caller meant, and how to widen a
// preference that found nothing ("saturday" when Saturday is full moves to the next open day).

/** Offers further apart than this are real alternatives; 9:00 and 9:30 are not. */
const SPREAD_MINUTES = 120;
/** Widening steps after an empty search: 1 = any later day, 2 = any time from the first day asked. */
export const MAX_SEARCH_LEVEL = 2;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const hasClock = (c: TimeConstraint) => Boolean(c.partOfDay || c.after || c.before || c.at);
export const hasDates = (c: TimeConstraint) => Boolean(c.fromDate || c.toDate);

/** One offer when the caller's exact time is free, an emergency wants the earliest, or only one exists. */
export function pickOffers(
  slots: readonly SlotOffer[],
  constraint: TimeConstraint,
  earliestOnly: boolean,
): SlotOffer[] {
  const [first, ...rest] = slots;
  if (!first) return [];
  if (earliestOnly || constraint.asap || rest.length === 0) return [first];
  if (constraint.at) {
    if (first.time === constraint.at) return [first];
    // Nearest-first from the search: say the two nearest in clock order.
    return [first, rest[0]!].sort((a, b) => a.start.localeCompare(b.start));
  }
  const apart = rest.find(
    (slot) => slot.date !== first.date || minutesOf(slot.time) - minutesOf(first.time) >= SPREAD_MINUTES,
  );
  return [first, apart ?? rest[0]!];
}

/** FNV-1a: a small, stable hash of a string (no randomness: the engine stays a pure function). */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Slots a search looks for at most to spread callers over (see spreadSearchLimit). */
const MAX_SPREAD_SEARCH = 96;

/**
 * Disjoint starts to spread over after `lost` slots in a row went to other callers: 4, 16, 64…. One
 * loss usually means one other caller, so the next few slots do; each further loss shows a crowd.
 */
const spreadWindow = (lost: number) => 4 ** lost;

/**
 * Slots to search for after `lost` slots in a row went to other callers, when the runner's usual
 * dozen cannot hold spreadWindow(lost) disjoint starts (a half-hour grid holds half as many one-hour
 * ones); undefined for the usual search.
 */
export function spreadSearchLimit(lost: number, narrow: boolean): number | undefined {
  if (narrow || lost < 2) return undefined;
  return Math.min(MAX_SPREAD_SEARCH, 12 * 4 ** (lost - 1));
}

const overlaps = (a: SlotOffer, b: SlotOffer) =>
  Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);

/**
 * Where the offers start in `slots` (free slots, in the search's order) once `lost` slots in a row
 * were booked by other callers while this one was deciding. Callers who lost the same slot are still
 * racing each other: offering all of them the earliest free slot again would give it to one and the
 * next "taken" to the rest. Each caller starts at a place that depends on who they are (`seed`, their
 * number) and on the round, so simultaneous callers spread out: over the first spreadWindow(lost)
 * slots that do not overlap one another (9:00, 10:00, … rather than 9:00, 9:30, …), so the winners
 * neither take each other's slot nor strand the time between two bookings. Every slot in the list
 * fits what the caller asked for, and at least two stay to offer; a wish for one precise time
 * (`narrow`: a clock time, "as soon as possible", an emergency) moves at most one slot further per
 * loss. Deterministic: the same caller, round and slots give the same answer; with nothing lost the
 * list is unchanged.
 */
export function spreadOut(
  slots: readonly SlotOffer[],
  seed: string,
  lost: number,
  narrow: boolean,
): SlotOffer[] {
  if (lost === 0 || slots.length < 3) return [...slots];
  // Never the last slot: a second one stays to offer with it.
  const starts: number[] = [];
  for (let i = 0; i < slots.length - 1; i += 1) {
    if (!starts.some((kept) => overlaps(slots[kept]!, slots[i]!))) starts.push(i);
  }
  const window = Math.min(starts.length, narrow ? lost + 1 : spreadWindow(lost));
  return slots.slice(starts[hashOf(`${seed}#${lost}`) % window]);
}

function sameClock(offer: SlotOffer, at: string): boolean {
  if (offer.time === at) return true;
  // "2" heard as 2 AM or 2 PM: the hour on a 12-hour dial and the minutes decide.
  const [o, a] = [minutesOf(offer.time), minutesOf(at)];
  return o % 720 === a % 720;
}

function inPartOfDay(offer: SlotOffer, part: NonNullable<TimeConstraint['partOfDay']>): boolean {
  const window = PART_OF_DAY_WINDOWS[part];
  return offer.time >= window.after && offer.time < window.before;
}

/** The offer the caller picked by position, by its time, or by a day/part of day only one offer has. */
export function matchOffer(offers: readonly SlotOffer[], u: Understanding): SlotOffer | undefined {
  if (u.choice !== undefined) return u.choice === -1 ? offers.at(-1) : offers[u.choice - 1];
  const time = u.time;
  if (!time || time.asap) return undefined;
  const candidates = offers.filter(
    (offer) =>
      (!time.fromDate || (offer.date >= time.fromDate && offer.date <= (time.toDate ?? time.fromDate))) &&
      (!time.at || sameClock(offer, time.at)) &&
      (!time.partOfDay || inPartOfDay(offer, time.partOfDay)),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * A follow-up preference refines the earlier one: "make that thursday" keeps "morning", "how about 3"
 * keeps the day. `asap` replaces everything.
 */
export function mergeTime(previous: TimeConstraint | undefined, next: TimeConstraint): TimeConstraint {
  if (!previous || next.asap || previous.asap) return next;
  // New dates bring their own ruled-out days; without new dates, days ruled out now add to the old.
  const dates = hasDates(next)
    ? pick(next, ['fromDate', 'toDate', 'excludeDates'])
    : { ...pick(previous, ['fromDate', 'toDate']), ...excluded(previous, next) };
  const clock = hasClock(next)
    ? pick(next, ['partOfDay', 'after', 'before', 'at'])
    : pick(previous, ['partOfDay', 'after', 'before', 'at']);
  return { ...dates, ...clock };
}

function excluded(previous: TimeConstraint, next: TimeConstraint): TimeConstraint {
  const dates = [...new Set([...(previous.excludeDates ?? []), ...(next.excludeDates ?? [])])].sort();
  return dates.length > 0 ? { excludeDates: dates } : {};
}

function pick(c: TimeConstraint, keys: ReadonlyArray<keyof TimeConstraint>): TimeConstraint {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (c[key] !== undefined) out[key] = c[key];
  return out as TimeConstraint;
}

/**
 * A turn read as a refinement of the day already agreed (`agreed`): a time that names no day of its own
 * ("anything after lunch?", whose day understanding filled in as today) keeps the agreed days, and
 * "later" / "earlier" without a clock time ("something later that day?", "a bit earlier?") is bounded
 * by the times on offer (`offered`), on the same days. `nudged`: the turn only asked to move past
 * the offers, so it picks none of them. A refinement never replaces the agreed day.
 */
export function refinement(
  agreed: TimeConstraint | undefined,
  u: Understanding,
  offered: readonly SlotOffer[],
): { u: Understanding; nudged: boolean } {
  let time = u.time;
  if (time && u.dayImplied && agreed && hasDates(agreed) && !agreed.asap && !time.asap) {
    const { fromDate: _from, toDate: _to, ...clock } = time;
    time = clock;
  }
  const times = offered.map((offer) => offer.time).sort();
  const [earliest, latest] = [times[0], times.at(-1)];
  const nudge =
    u.choice === undefined && u.moveBy === undefined && !(time && (hasClock(time) || hasDates(time)))
      ? u.nudge
      : undefined;
  if (nudge && earliest && latest) {
    const bound = nudge === 'later' ? { after: latest } : { before: earliest };
    return { u: { ...u, time: { ...time, ...bound } }, nudged: true };
  }
  if (time === u.time) return { u, nudged: false };
  return { u: { ...u, time }, nudged: false };
}

/** The preference widened to `level`; null when that level adds nothing new. */
export function relaxed(c: TimeConstraint, level: number): TimeConstraint | null {
  if (level === 0) return c;
  if (c.asap) return null;
  if (level === 1) {
    if (!c.toDate) return null;
    const { toDate: _dropped, ...rest } = c;
    return rest;
  }
  if (level === 2) {
    if (!hasClock(c)) return null;
    // Widening drops the time of day, never a day the caller ruled out.
    return pick(c, ['fromDate', 'excludeDates']);
  }
  return null;
}

/** The next widening level after `level` that changes the search, or null when there is none left. */
export function nextSearchLevel(c: TimeConstraint, level: number): number | null {
  for (let next = level + 1; next <= MAX_SEARCH_LEVEL; next += 1) if (relaxed(c, next)) return next;
  return null;
}

/** A moved appointment keeps its time of day unless the caller asked for another one. */
export function withDefaultClock(c: TimeConstraint, time: string): TimeConstraint {
  return c.asap || hasClock(c) ? c : { ...c, at: time };
}
