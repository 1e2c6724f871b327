import type { MessageId, MessageParams, Say } from '../replies/index.js';
import { areaInQuestion, MAX_PLACES } from './area.js';
import type { Outcome, Pending, SessionState } from './state.js';
import { knownAddress, OUTCOMES } from './state.js';
import type { BusinessFacts, EngineAction } from './types.js';

/** The step being built: a private copy of the state plus what to say and do. */
export interface Draft {
  s: SessionState;
  readonly facts: BusinessFacts;
  readonly now: Date;
  says: Say[];
  actions: EngineAction[];
}

export function say<K extends MessageId>(d: Draft, id: K, params: MessageParams[K]): void {
  d.says.push({ id, params } as Say);
}

export function act(d: Draft, action: EngineAction): void {
  d.actions.push(action);
}

const NONE = {} as Record<string, never>;

/** First name of the owner for "I'll have Denise call you back"; null says "someone from our team". */
export function ownerOf(d: Draft): string | null {
  return d.facts.ownerName?.trim().split(/\s+/)[0] ?? null;
}

/** The number we can call back or text: what the caller said, else caller id. */
export function phoneOf(d: Draft): string | null {
  return d.s.facts.phone ?? d.facts.callerPhone;
}

/** Whether a confirmation text can reach the caller: promise one only then. */
export function canTextCaller(d: Draft): boolean {
  const phone = phoneOf(d);
  if (phone === null || !d.facts.canText) return false;
  return !(phone === d.facts.callerPhone && d.s.customer?.smsOptOut);
}

export function setOutcome(d: Draft, outcome: Outcome): void {
  const current = d.s.outcome;
  if (current === null || OUTCOMES.indexOf(outcome) >= OUTCOMES.indexOf(current)) d.s.outcome = outcome;
}

/** The conversation is over after this reply. */
export function finish(d: Draft, action: EngineAction = { type: 'end' }): void {
  act(d, action);
  d.s.done = true;
  d.s.pending = null;
}

function questionFor(d: Draft, pending: Pending, again: boolean): Say | null {
  const s = d.s;
  const simple: Partial<Record<Pending, [MessageId, MessageId]>> = {
    open: ['how_help', 'how_help'],
    problem: ['ask_problem', 'reask_problem'],
    time: ['ask_time', 'reask_time'],
    name: ['ask_name', 'reask_name'],
    address: ['ask_address', 'reask_address'],
    phone: ['ask_phone', 'reask_phone'],
    offer_booking: ['offer_booking', 'offer_booking'],
    anything_else: ['anything_else', 'anything_else'],
  };
  const ids = simple[pending];
  if (ids) return { id: again ? ids[1] : ids[0], params: NONE } as Say;
  const [first, second] = s.offers;
  if (pending === 'pick_slot' && first && second) return { id: 'which_one', params: { first, second } };
  if (pending === 'confirm_booking' && s.chosen) {
    const address = knownAddress(s) ?? '';
    return { id: 'confirm_booking', params: { slot: s.chosen, address, emergency: s.emergency.active } };
  }
  if (pending === 'confirm_reschedule' && s.chosen && s.appointment) {
    return { id: 'confirm_reschedule', params: { slot: s.chosen, from: s.appointment } };
  }
  if (pending === 'confirm_area') {
    const city = areaInQuestion(s, d.facts.serviceArea);
    const area = d.facts.serviceArea;
    if (city)
      return {
        id: 'confirm_area',
        params: { city, places: area.slice(0, MAX_PLACES), more: area.length > MAX_PLACES },
      };
  }
  if (pending === 'confirm_cancel' && s.appointment) {
    return { id: 'found_for_cancel', params: { slot: s.appointment, service: s.appointment.service } };
  }
  return null;
}

/** Asks a question; a new question starts with a clean count of failed answers. */
export function ask(d: Draft, pending: Pending, options: { again?: boolean; progress?: boolean } = {}): void {
  if (d.s.pending !== pending || options.progress) d.s.attempts = 0;
  d.s.pending = pending;
  const question = questionFor(d, pending, options.again ?? false);
  if (question) d.says.push(question);
}

/** Says the current question again (after a FAQ answer or a reprompt), or asks how to help. */
export function askAgain(d: Draft, again = false): void {
  ask(d, d.s.pending ?? 'open', { again });
}
