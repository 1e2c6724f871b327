import { render } from '../replies/index.js';
import { onBooked, onBookFailed, onRescheduled, onSlotsFound } from './booking.js';
import type { Draft } from './draft.js';
import { say } from './draft.js';
import { giveUp, onSilence, systemTrouble } from './handoff.js';
import { onAppointmentFound, onCancelled } from './manage.js';
import { createSpeaker } from './speak.js';
import type { SessionState } from './state.js';
import type { BusinessFacts, EngineAction, EngineEvent, KnownCustomer } from './types.js';
import { onUtterance } from './utterance.js';

export interface StepResult {
  /** What to say, in `state.language`; empty when the step only asks the runner for something. */
  reply: string;
  actions: EngineAction[];
  state: SessionState;
}

function onStart(d: Draft, customer: KnownCustomer | null): void {
  d.s.customer = customer;
  const name = customer?.name?.trim().split(/\s+/)[0] || null;
  if (d.facts.greeting) say(d, 'greeting_custom', { text: d.facts.greeting, name });
  else say(d, 'greeting', { business: d.facts.name, name, voice: d.facts.channel === 'phone' });
  d.s.pending = 'open';
  d.s.attempts = 0;
}

function dispatch(d: Draft, event: EngineEvent): void {
  switch (event.type) {
    case 'start':
      onStart(d, event.customer);
      return;
    case 'utterance':
      onUtterance(d, event.text, event.understanding);
      return;
    case 'silence':
      onSilence(d);
      return;
    case 'slots_found':
      onSlotsFound(d, event.slots);
      return;
    case 'booked':
      onBooked(d, event.appointmentId, event.slot);
      return;
    case 'book_failed':
    case 'reschedule_failed':
      onBookFailed(d, event.reason);
      return;
    case 'appointment_found':
      onAppointmentFound(d, event.appointment);
      return;
    case 'rescheduled':
      onRescheduled(d, event.slot);
      return;
    case 'cancelled':
      onCancelled(d);
      return;
    case 'slots_failed':
    case 'cancel_failed':
      systemTrouble(d);
      return;
  }
}

/**
 * The assistant's whole policy as a pure function: (state, event, business facts, now) → what to
 * say, what the runner should do, and the next state. No I/O, no clock, no randomness; the input
 * state is never mutated.
 */
export function step(state: SessionState, event: EngineEvent, facts: BusinessFacts, now: Date): StepResult {
  const d: Draft = { s: structuredClone(state), facts, now, says: [], actions: [] };
  dispatch(d, event);
  const speaker = createSpeaker(d.s.language, facts.timeZone, now);
  const rendered = () => d.says.map((sentence) => render(sentence, speaker)).join(' ');
  let reply = rendered();
  if (goingInCircles(d, event, reply) && reply && !d.s.done) {
    // Whatever this turn would have done, the caller has heard it twice already.
    d.says = [];
    d.actions = [];
    giveUp(d);
    reply = rendered();
  }
  return { reply, actions: d.actions, state: d.s };
}

/** A turn saying exactly what two earlier turns said: each rule alone may be right, together they loop. */
const SAME_TURN_LIMIT = 2;
const TURNS_REMEMBERED = 6;

// A turn starts with what the caller did and may take several steps (a search, then the offer); its
// words so far are compared with whole earlier turns.
function goingInCircles(d: Draft, event: EngineEvent, reply: string): boolean {
  const s = d.s;
  const turnStarts = event.type === 'utterance' || event.type === 'silence' || event.type === 'start';
  if (turnStarts && s.turnSaid) s.recent = [...s.recent, s.turnSaid].slice(-TURNS_REMEMBERED);
  s.turnSaid = turnStarts ? reply : [s.turnSaid, reply].filter(Boolean).join(' ');
  return s.recent.filter((said) => said === s.turnSaid).length >= SAME_TURN_LIMIT;
}
