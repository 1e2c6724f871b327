import { addLocalDays } from '../../../platform/time/tenant-time.js';
import type { TimeConstraint } from '../../../platform/time/time-constraint.js';
import type { Understanding } from '../understanding/index.js';
import { areaInQuestion, MAX_PLACES } from './area.js';
import { act, ask, canTextCaller, type Draft, phoneOf, say, setOutcome } from './draft.js';
import { noAvailability, sayGoodbye, systemTrouble } from './handoff.js';
import { closedTimeOn } from './hours.js';
import {
  matchOffer,
  mergeTime,
  nextSearchLevel,
  pickOffers,
  refinement,
  relaxed,
  spreadOut,
  spreadSearchLimit,
  withDefaultClock,
} from './offers.js';
import { knownAddress, knownName, type Pending, type SessionState } from './state.js';
import type { BookFailure, SlotOffer } from './types.js';

// Booking and moving appointments: gather what is missing, search, offer at most two slots, confirm
// the slot and address in one question, then book.

const MINUTE_MS = 60_000;
/**
 * Slots a caller may lose in a row to other callers and still be offered fresh ones: enough to get
 * through a busy minute. One more ends in a callback, told truthfully (never "trouble with our
 * schedule": a taken slot is the calendar working, not failing).
 */
export const MAX_SLOTS_TAKEN = 6;
/** Offers turned down in a row without a new preference before asking openly; one more ends in a callback. */
const MAX_DECLINES = 2;

/** Asks for the first missing fact (problem → time → name → address → phone), or searches. */
export function nextBookingStep(d: Draft, options: { progress?: boolean } = {}): void {
  const s = d.s;
  if (!s.facts.problem && !s.emergency.active) {
    ask(d, 'problem', options);
    return;
  }
  if (!s.facts.time) {
    ask(d, 'time', options);
    return;
  }
  if (!knownName(s)) {
    ask(d, 'name', options);
    return;
  }
  if (!knownAddress(s)) {
    ask(d, 'address', options);
    return;
  }
  if (!phoneOf(d)) {
    ask(d, 'phone', options);
    return;
  }
  if (outsideArea(d)) return;
  startSearch(d);
}

/**
 * A place the service area does not list may be a neighbourhood or a suburb of one it does ("… in
 * Ballard" is Seattle): the caller is asked before anything is refused. An emergency is handled
 * wherever it is (the owner decides).
 */
function outsideArea(d: Draft): boolean {
  if (!areaInQuestion(d.s, d.facts.serviceArea)) return false;
  ask(d, 'confirm_area');
  return true;
}

/**
 * "Is Ballard in Seattle, Shoreline or Burien?" — yes: the booking goes on; no: the visit the
 * business cannot make is not booked, the caller hears where it works, and the unbooked call reaches
 * the owner as usual. Anything else (a new address) is read as facts.
 */
export function answerArea(d: Draft, u: Understanding): boolean {
  const city = areaInQuestion(d.s, d.facts.serviceArea);
  if (!city || (u.yesNo !== 'yes' && u.yesNo !== 'no')) return false;
  if (u.yesNo === 'yes') {
    d.s.areaConfirmed = city;
    nextBookingStep(d, { progress: true });
    return true;
  }
  const area = d.facts.serviceArea;
  say(d, 'outside_area', { city, places: area.slice(0, MAX_PLACES), more: area.length > MAX_PLACES });
  d.s.intent = null;
  ask(d, 'anything_else');
  return true;
}

function baseConstraint(s: SessionState): TimeConstraint {
  const wanted = s.facts.time ?? {};
  if (s.intent !== 'reschedule' || !s.appointment) return wanted;
  return withDefaultClock(awayFrom(wanted, s.appointment.date), s.appointment.time);
}

/** "I have one on thursday, push it to friday" reads as thursday–friday: a move means another day. */
function awayFrom(c: TimeConstraint, date: string): TimeConstraint {
  if (c.fromDate !== date || !c.toDate || c.toDate <= date) return c;
  return { ...c, fromDate: addLocalDays(date, 1) };
}

function searchConstraint(s: SessionState): TimeConstraint {
  const base = baseConstraint(s);
  return relaxed(base, s.searchLevel) ?? base;
}

/** Who the caller is, for spreading simultaneous callers: their number, else what else we know. */
const seedOf = (d: Draft) => phoneOf(d) ?? knownName(d.s) ?? knownAddress(d.s) ?? '';

/** A wish for one precise time: spreading moves it only a little (see spreadOut). */
const isNarrow = (s: SessionState, c: TimeConstraint) => s.emergency.active || Boolean(c.asap || c.at);

export function startSearch(d: Draft): void {
  const s = d.s;
  s.offers = [];
  s.chosen = null;
  s.pending = null;
  const moving = s.intent === 'reschedule' ? s.appointment : null;
  const duration = moving ? (Date.parse(moving.end) - Date.parse(moving.start)) / MINUTE_MS : null;
  // Slots turned down or just lost are skipped by the search itself, so it still finds fresh ones.
  const exclude = [...new Set([...s.declined, ...s.taken])];
  const constraint = searchConstraint(s);
  const limit = spreadSearchLimit(s.taken.length, isNarrow(s, constraint));
  act(d, {
    type: 'find_slots',
    constraint,
    service: s.facts.service ?? moving?.service ?? null,
    durationMinutes: duration,
    ...(exclude.length > 0 ? { exclude } : {}),
    ...(limit ? { limit } : {}),
  });
}

/** A new preference replaces (and refines) the old one; the search starts from it as asked. */
export function takeTime(d: Draft, time: TimeConstraint): void {
  d.s.facts.time = mergeTime(d.s.facts.time, time);
  d.s.searchLevel = 0;
}

const confirmPending = (s: SessionState): Pending =>
  s.intent === 'reschedule' ? 'confirm_reschedule' : 'confirm_booking';

function choose(d: Draft, slot: SlotOffer): void {
  d.s.chosen = slot;
  ask(d, confirmPending(d.s), { progress: true });
}

const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b);

/**
 * Slots the caller turned down or lost to another caller, and the appointment's own start when moving
 * it (a move to itself).
 */
function isTurnedDown(s: SessionState, slot: SlotOffer): boolean {
  const own = s.intent === 'reschedule' ? s.appointment?.start : undefined;
  if (own && sameInstant(own, slot.start)) return true;
  return [...s.declined, ...s.taken].some((start) => sameInstant(start, slot.start));
}

export function onSlotsFound(d: Draft, found: readonly SlotOffer[]): void {
  const s = d.s;
  const slots = found.filter((slot) => !isTurnedDown(s, slot));
  if (slots.length === 0) {
    const next = nextSearchLevel(baseConstraint(s), s.searchLevel);
    if (next === null) {
      noAvailability(d);
      return;
    }
    s.searchLevel = next;
    startSearch(d);
    return;
  }
  const constraint = searchConstraint(s);
  // After a slot was lost to another caller, simultaneous callers are spread over the free slots.
  const candidates = spreadOut(slots, seedOf(d), s.taken.length, isNarrow(s, constraint));
  const offers = pickOffers(candidates, constraint, s.emergency.active);
  s.offers = offers;
  const [first, second] = offers;
  if (!first) {
    noAvailability(d);
    return;
  }
  explainOtherTimes(d, first);
  if (!second) {
    choose(d, first);
    return;
  }
  say(d, 'offer_two', { first, second });
  s.pending = 'pick_slot';
  s.attempts = 0;
}

/**
 * Why the offer is not what was asked: the business is not open at that time (checked on the day
 * offered, so "we're not open at 9 PM" is true of the day we offer), else the search had to widen.
 * A time within hours that is merely taken is never called closed.
 */
function explainOtherTimes(d: Draft, first: SlotOffer): void {
  const closed = closedTimeOn(d.facts, baseConstraint(d.s), first.date);
  if (closed) say(d, 'not_open', closed);
  else if (d.s.searchLevel > 0) say(d, 'nothing_then', {});
}

function otherTime(d: Draft, open = false): void {
  d.s.offers = [];
  d.s.chosen = null;
  say(d, open ? 'open_time' : 'other_time', {});
  d.s.pending = 'time';
  d.s.attempts = 0;
}

const CLOCK_AND_DAYS = ['fromDate', 'toDate', 'partOfDay', 'after', 'before', 'at', 'asap'] as const;

/** Whether `time` changes what the caller already asked for ("how about monday" after "friday"). */
function isNewPreference(s: SessionState, time: TimeConstraint): boolean {
  const merged = mergeTime(s.facts.time, time);
  return CLOCK_AND_DAYS.some((key) => merged[key] !== s.facts.time?.[key]);
}

/**
 * The caller turned `slots` down, perhaps with another time: those are never offered again, and
 * refusals without a new preference are bounded (an open question, then a callback), so the same
 * offer can never go round in a loop.
 */
function decline(d: Draft, slots: readonly SlotOffer[], time: TimeConstraint | undefined): void {
  const s = d.s;
  s.declined = [...s.declined, ...slots.map((slot) => slot.start)];
  s.declines = time && isNewPreference(s, time) ? 0 : s.declines + 1;
  if (s.declines > MAX_DECLINES) {
    noAvailability(d);
  } else if (s.declines === MAX_DECLINES) {
    otherTime(d, true);
  } else if (time) {
    takeTime(d, time);
    startSearch(d);
  } else {
    otherTime(d);
  }
}

/**
 * The time a turn asks for: what it said, or, when it only ruled days out ("friday doesn't work"),
 * the preference so far without those days.
 */
function timeOf(s: SessionState, u: Understanding): TimeConstraint | undefined {
  if (u.time || !u.ruledOut?.length) return u.time;
  return mergeTime(s.facts.time, { excludeDates: u.ruledOut });
}

/** Answer to "I have X or Y — which works?". Returns false when the answer is about something else. */
export function answerOffers(d: Draft, heard: Understanding): boolean {
  const s = d.s;
  const { u, nudged } = refinement(s.facts.time, heard, s.offers);
  const picked = nudged ? undefined : matchOffer(s.offers, u);
  if (picked) {
    choose(d, picked);
  } else if (u.time || u.ruledOut?.length || u.yesNo === 'no') {
    decline(d, s.offers, timeOf(s, u));
  } else if (u.yesNo === 'yes' && s.offers[0]) {
    // "Yes, that works" to two options accepts the first (the earliest): booked at once, and the
    // booking's own message reads back the time and the address. Asking "which one?" or "shall I?"
    // again loses callers who think they have answered.
    s.chosen = s.offers[0];
    s.leaving = saysGoodbye(u);
    commit(d, s.offers[0]);
  } else {
    return false;
  }
  return true;
}

/** Answer to "I can book you X at ADDRESS — shall I?". Corrections win over a plain yes. */
export function answerConfirm(d: Draft, heard: Understanding, addressChanged: boolean): boolean {
  const s = d.s;
  const chosen = s.chosen;
  if (!chosen) return false;
  const { u, nudged } = refinement(s.facts.time, heard, [chosen]);
  const other = u.time && !nudged && !matchOffer([chosen], u) ? matchOffer(s.offers, u) : undefined;
  if (other) {
    choose(d, other);
  } else if (u.time && (nudged || !matchOffer([chosen], u))) {
    decline(d, [chosen], u.time);
  } else if (addressChanged) {
    ask(d, confirmPending(s), { progress: true });
  } else if (u.yesNo === 'yes') {
    d.s.leaving = saysGoodbye(u);
    commit(d, chosen);
  } else if (u.yesNo === 'no' || u.ruledOut?.length) {
    decline(d, [chosen], timeOf(s, u));
  } else {
    return false;
  }
  return true;
}

/** "yes that's perfect, thank you, bye": a confirmation that also ends the call once it is done. */
export const saysGoodbye = (u: Understanding) => u.intents.includes('goodbye');

function commit(d: Draft, slot: SlotOffer): void {
  const s = d.s;
  s.pending = null;
  if (s.intent === 'reschedule' && s.appointment) {
    act(d, { type: 'reschedule', appointmentId: s.appointment.id, slot });
    return;
  }
  act(d, {
    type: 'book',
    slot,
    details: {
      name: knownName(s),
      address: knownAddress(s),
      phone: phoneOf(d),
      problem: s.facts.problem ?? null,
      service: s.facts.service ?? null,
      emergency: s.emergency.active,
    },
  });
}

/** After a booking, move or cancel: "anything else?", or goodbye when the caller already said it. */
export function afterChange(d: Draft): void {
  const s = d.s;
  s.intent = null;
  s.offers = [];
  s.chosen = null;
  s.declined = [];
  s.declines = 0;
  s.taken = [];
  if (s.leaving) sayGoodbye(d);
  else ask(d, 'anything_else', { progress: true });
}

export function onBooked(d: Draft, appointmentId: string, slot: SlotOffer): void {
  const s = d.s;
  s.appointmentId = appointmentId;
  setOutcome(d, 'booked');
  const address = knownAddress(s) ?? '';
  say(d, 'booked', { slot, address, emergency: s.emergency.active, texted: canTextCaller(d) });
  afterChange(d);
}

export function onRescheduled(d: Draft, slot: SlotOffer): void {
  d.s.appointmentId = d.s.appointment?.id ?? null;
  d.s.appointment = d.s.appointment ? { ...d.s.appointment, ...slot } : null;
  setOutcome(d, 'rescheduled');
  say(d, 'rescheduled', { slot, texted: canTextCaller(d) });
  afterChange(d);
}

/**
 * The booking (or move) did not go through. An error is trouble with our schedule: a callback. A slot
 * taken by another caller since it was offered is not: say so, never offer it again, and offer fresh
 * slots (spread away from the other callers); after more than MAX_SLOTS_TAKEN in a row, a callback
 * with the true reason, so a busy calendar can never loop.
 */
export function onBookFailed(d: Draft, reason: BookFailure): void {
  const s = d.s;
  const lost = s.chosen;
  if (reason === 'error' || !lost) {
    s.bookFailures += 1;
    systemTrouble(d);
    return;
  }
  s.taken = [...s.taken, lost.start];
  s.chosen = null;
  say(d, 'slot_taken', {});
  if (s.taken.length > MAX_SLOTS_TAKEN) {
    noAvailability(d);
    return;
  }
  startSearch(d);
}
