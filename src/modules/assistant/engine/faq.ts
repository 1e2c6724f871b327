import type { Understanding } from '../understanding/index.js';
import { MAX_PLACES, placeKey } from './area.js';
import { nextBookingStep, takeTime } from './booking.js';
import { ask, askAgain, type Draft, say, setOutcome } from './draft.js';
import { nextOpenDay, rangesOn, weeklyGroups } from './hours.js';
import { INTAKE_PENDING } from './state.js';

// Questions answered from the tenant's own settings, never invented.

const INTAKE: ReadonlySet<string> = new Set(INTAKE_PENDING);
// The booking's own questions, asked in order by nextBookingStep (not the offers and confirmations).
const GATHERING: ReadonlySet<string> = new Set(['problem', 'time', 'name', 'address', 'phone']);

/**
 * True when the day asked about is closed: the answer then names the next open day, and a caller
 * asking "are you open Sunday?" usually wants someone out, so a visit is offered.
 */
function answerHours(d: Draft, u: Understanding): boolean {
  const day = u.time?.fromDate;
  if (day && (u.time?.toDate ?? day) === day) {
    const ranges = rangesOn(d.facts, day);
    const next = ranges.length === 0 ? nextOpenDay(d.facts, day) : undefined;
    say(d, 'faq_hours_day', { date: day, ranges, ...(next ? { next } : {}) });
    return next !== undefined;
  }
  say(d, 'faq_hours_week', { groups: weeklyGroups(d.facts) });
  return false;
}

/** True when the answer already invites a booking ("Yes, we do drain cleaning. Want a visit?"). */
function answerServices(d: Draft, u: Understanding): boolean {
  if (u.service) {
    say(d, 'faq_services_yes', { service: u.service });
    return true;
  }
  const names = d.facts.services.map((service) => service.name.toLowerCase());
  if (names.length === 0) say(d, 'faq_services_general', {});
  // Work the caller named that none of the services is: say so rather than leave them guessing.
  else if (u.askedWork) say(d, 'faq_services_no', { thing: u.askedWork, services: names });
  else say(d, 'faq_services_list', { services: names });
  return false;
}

/** 'outside' when the place asked about is not served (no visit is booked there); 'yes' when it is. */
function answerArea(d: Draft, u: Understanding, text: string): 'yes' | 'outside' | 'listed' {
  const area = d.facts.serviceArea;
  const heard = placeKey(text);
  const place = area.find((entry) => heard.includes(placeKey(entry)));
  const listed = { places: area.slice(0, MAX_PLACES), more: area.length > MAX_PLACES };
  if (place) {
    say(d, 'faq_area_yes', { place });
    return 'yes';
  }
  if (area.length === 0) say(d, 'faq_area_unknown', {});
  // A place asked about by name that the list does not hold: say so, then what is served.
  else if (u.askedPlace) {
    say(d, 'faq_area_no', { place: u.askedPlace, ...listed });
    return 'outside';
  } else say(d, 'faq_area_list', listed);
  return 'listed';
}

/**
 * Moves the booking on after the answers, so that nothing said with the question is asked for
 * again. A price question comes with the job it is about ("how much to come out and look at my
 * water heater"): the visit asked for in the same breath starts now. A time said along with the
 * question is the caller's preference, unless it is the day an hours question asks about.
 */
function continueBooking(d: Draft, u: Understanding): boolean {
  const s = d.s;
  const starts = s.intent === null && u.intents.includes('book');
  const gathering = s.intent === 'book' && s.pending !== null && GATHERING.has(s.pending);
  if (!starts && !gathering) return false;
  const time = u.intents.includes('faq_hours') ? undefined : u.time;
  // "When?" asked again after a refused slot: only a new time moves on, the old one is spent.
  if (gathering && s.pending === 'time' && !time) return false;
  s.intent = 'book';
  if (time) takeTime(d, time);
  nextBookingStep(d, { progress: starts });
  return true;
}

/** Answers every question asked, then resumes the booking in progress or asks what else. */
export function answerFaq(d: Draft, u: Understanding, text: string): void {
  let invitesBooking = false;
  let served = true;
  if (u.intents.includes('faq_hours')) invitesBooking = answerHours(d, u);
  if (u.intents.includes('faq_services')) invitesBooking = answerServices(d, u);
  if (u.intents.includes('faq_area')) {
    const area = answerArea(d, u, text);
    served = area !== 'outside';
    // "Yes, we serve Pearland." invites the visit the caller is probably about to ask for.
    if (area === 'yes') invitesBooking = true;
  }
  // No numbers: the tenant keeps no price list, and a made-up one is a promise the technician must break.
  if (u.intents.includes('faq_price')) {
    say(d, 'faq_price', {});
    invitesBooking = true;
  }
  setOutcome(d, 'faq');
  if (!served && d.s.intent === null) {
    ask(d, 'anything_else');
    return;
  }
  if (continueBooking(d, u)) return;
  if (d.s.pending && INTAKE.has(d.s.pending)) {
    askAgain(d);
    return;
  }
  // "Don't book anything, I'm just asking": the answer, and no offer of a visit.
  const offers = invitesBooking && d.s.intent === null && !u.withdraws;
  ask(d, offers ? 'offer_booking' : 'anything_else');
}
