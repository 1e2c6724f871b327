import type { Understanding } from '../understanding/index.js';
import { answerArea, answerConfirm, answerOffers, nextBookingStep, takeTime } from './booking.js';
import { ask, askAgain, type Draft, say } from './draft.js';
import { startEmergency } from './emergency.js';
import { answerFaq } from './faq.js';
import { asksForOwner, failedTry, requestHuman, sayGoodbye } from './handoff.js';
import { answerCancel, continueManage, startManage } from './manage.js';
import { impliesReschedule } from './moves.js';
import { refinement } from './offers.js';
import { knownAddress, restartedState } from './state.js';

/** 'detail': more about a problem already described. */
type FactKey = 'name' | 'address' | 'phone' | 'problem' | 'service' | 'detail';

/**
 * "it's 1842 not 1824": the address on file with only its house number corrected. Only when the
 * caller is correcting and the number they call wrong is the one on file (or they named none), so
 * a stray number cannot move the visit to another house.
 */
function withCorrectedHouseNumber(address: string | null, u: Understanding): string | undefined {
  const fix = u.houseNumber;
  const current = address?.match(/^\d+[a-z]?\b/i)?.[0];
  if (!address || !fix || !current || u.correction !== true) return undefined;
  if (fix.replaces !== undefined && fix.replaces.toLowerCase() !== current.toLowerCase()) return undefined;
  return fix.value + address.slice(current.length);
}

/** Takes every fact the caller gave (mixed initiative); returns which ones changed. Time is handled per context. */
function absorbFacts(d: Draft, u: Understanding): Set<FactKey> {
  const facts = d.s.facts;
  const asking = d.s.pending;
  const changed = new Set<FactKey>();
  const set = (key: Exclude<FactKey, 'detail'>, value: string | undefined, when: boolean) => {
    if (value && when && facts[key] !== value) {
      facts[key] = value;
      changed.add(key);
    }
  };
  set('name', u.name, !facts.name || asking === 'name' || u.correction === true);
  set('address', u.address ?? withCorrectedHouseNumber(knownAddress(d.s), u), true);
  set('phone', u.phone, true);
  set('problem', u.problem, !facts.problem || asking === 'problem');
  if (u.problem && facts.problem && !changed.has('problem') && !facts.problem.includes(u.problem)) {
    facts.problem = `${facts.problem}; ${u.problem}`;
    changed.add('detail');
  }
  set('service', u.service, !facts.service || u.problem !== undefined);
  return changed;
}

const isFaq = (u: Understanding) => u.intents.some((intent) => intent.startsWith('faq_'));

function answerPending(d: Draft, u: Understanding, changed: ReadonlySet<FactKey>): boolean {
  switch (d.s.pending) {
    case 'pick_slot':
      return answerOffers(d, u);
    case 'confirm_booking':
    case 'confirm_reschedule':
      return answerConfirm(d, u, changed.has('address'));
    case 'confirm_cancel':
      return answerCancel(d, u);
    case 'confirm_area':
      return answerArea(d, u);
    case 'anything_else':
      return answerAnythingElse(d, u, changed);
    case 'offer_booking':
      return answerOfferBooking(d, u);
    default:
      return false;
  }
}

function saidSomethingNew(u: Understanding, changed: ReadonlySet<FactKey>): boolean {
  return changed.size > 0 || u.time !== undefined || u.intents.some((intent) => intent !== 'goodbye');
}

function answerAnythingElse(d: Draft, u: Understanding, changed: ReadonlySet<FactKey>): boolean {
  if (saidSomethingNew(u, changed)) return false;
  if (u.intents.includes('goodbye') || u.yesNo === 'no') {
    sayGoodbye(d);
    return true;
  }
  if (u.yesNo !== 'yes') return false;
  say(d, 'what_else', {});
  d.s.pending = 'open';
  d.s.attempts = 0;
  return true;
}

function answerOfferBooking(d: Draft, u: Understanding): boolean {
  // "okay good to know, thank you, bye": the okay acknowledges the answer; the caller is leaving.
  if (u.intents.includes('goodbye')) {
    sayGoodbye(d);
    return true;
  }
  if (u.yesNo === 'yes') {
    d.s.intent = 'book';
    // "okay then thursday morning, it's nate at 77 east allen": the time said with the yes counts.
    if (u.time) takeTime(d, u.time);
    nextBookingStep(d, { progress: true });
    return true;
  }
  if (u.yesNo === 'no') ask(d, 'anything_else');
  else return false;
  return true;
}

/**
 * "When would you like someone to come out?" — "no, i just wanted a price": a plain no with nothing
 * else to go on turns the visit down. The request is dropped (what was said stays for the callback).
 */
function declinesVisit(d: Draft, u: Understanding, changed: ReadonlySet<FactKey>): boolean {
  const s = d.s;
  if (s.intent !== 'book' || s.pending !== 'time' || u.yesNo !== 'no') return false;
  if (u.time || changed.size > 0 || u.intents.some((i) => i !== 'faq_price' && i !== 'goodbye')) return false;
  s.intent = null;
  if (u.intents.includes('goodbye')) sayGoodbye(d);
  else ask(d, 'anything_else');
  return true;
}

/** "Never mind, don't book anything": the visit not yet booked is dropped, and nothing is booked. */
function withdrawsVisit(d: Draft, u: Understanding): boolean {
  const s = d.s;
  if (!u.withdraws || s.intent !== 'book') return false;
  s.intent = null;
  s.offers = [];
  s.chosen = null;
  say(d, 'visit_dropped', {});
  if (u.intents.includes('goodbye')) sayGoodbye(d);
  else ask(d, 'anything_else');
  return true;
}

function acknowledge(d: Draft, changed: ReadonlySet<FactKey>, corrected: boolean): void {
  if (changed.has('problem') && !d.s.emergency.active) say(d, 'ack_problem', {});
  else if (changed.has('name') && d.s.facts.name) say(d, 'ack_name', { name: d.s.facts.name.split(' ')[0]! });
  // A corrected address is read back: a truck at the wrong house is the costliest mistake.
  else if (corrected && changed.has('address') && d.s.facts.address)
    say(d, 'ack_address', { address: d.s.facts.address });
  else if (corrected) say(d, 'ack', {});
}

/** Booking facts, a phone number for a lookup, or a new time: anything that moves the request on. */
function continueIntent(d: Draft, u: Understanding, changed: ReadonlySet<FactKey>): void {
  const s = d.s;
  const opensBooking = u.intents.includes('book') || changed.has('problem') || u.time !== undefined;
  const started = s.intent === null && opensBooking;
  if (started) s.intent = 'book';
  if (s.intent === 'book') {
    // "in the afternoon" after "wednesday" is wednesday afternoon: an agreed day is kept.
    const time = refinement(s.facts.time, u, []).u.time;
    if (time) takeTime(d, time);
    if (!started && changed.size === 0 && !u.time) {
      failedTry(d);
      return;
    }
    acknowledge(d, changed, u.correction === true);
    nextBookingStep(d, { progress: true });
    return;
  }
  if (s.intent === 'human' && changed.has('phone')) {
    requestHuman(d);
    return;
  }
  if ((s.intent === 'cancel' || s.intent === 'reschedule') && continueManage(d, u, changed)) return;
  failedTry(d);
}

/** A returning caller with nothing under way who offers another time "instead" is moving their visit. */
function impliedMove(d: Draft, text: string, u: Understanding): 'reschedule' | undefined {
  const returning = d.s.customer !== null && d.s.intent === null;
  return returning && impliesReschedule(text, u.time !== undefined) ? 'reschedule' : undefined;
}

/**
 * One caller utterance. Precedence: safety (emergency), a person, a new cancel/move request,
 * questions, the answer to what we just asked, goodbye, then whatever facts move the request on.
 */
export function onUtterance(d: Draft, text: string, u: Understanding): void {
  if (d.s.done) d.s = restartedState(d.s);
  d.s.language = u.language;
  d.s.silences = 0;
  const changed = absorbFacts(d, u);
  if (u.emergency && !d.s.emergency.active) {
    startEmergency(d, u.emergency, u.problem);
    return;
  }
  if (u.intents.includes('human') || asksForOwner(text, d.facts)) {
    requestHuman(d);
    return;
  }
  const manage =
    u.intents.find((intent) => intent === 'cancel' || intent === 'reschedule') ?? impliedMove(d, text, u);
  if (manage && manage !== d.s.intent) {
    startManage(d, manage, u);
    return;
  }
  if (withdrawsVisit(d, u) || declinesVisit(d, u, changed)) return;
  if (isFaq(u)) {
    answerFaq(d, u, text);
    return;
  }
  if (answerPending(d, u, changed)) return;
  if (u.intents.includes('greeting') && changed.size === 0 && d.s.greetings < 2) {
    d.s.greetings += 1;
    say(d, 'hear_you', {});
    askAgain(d);
    return;
  }
  if (u.intents.includes('goodbye') && !saidSomethingNew(u, changed)) {
    sayGoodbye(d);
    return;
  }
  continueIntent(d, u, changed);
}
