import type { Understanding } from '../understanding/index.js';
import { afterChange, saysGoodbye, startSearch, takeTime } from './booking.js';
import { act, ask, type Draft, phoneOf, say, setOutcome } from './draft.js';
import type { KnownAppointment } from './types.js';

// A returning caller changes their next appointment: found by caller id, confirmed before cancelling,
// moved to a slot availability offers.

export function startManage(d: Draft, kind: 'cancel' | 'reschedule', u: Understanding): void {
  const s = d.s;
  s.intent = kind;
  s.offers = [];
  s.chosen = null;
  s.searchLevel = 0;
  // For a cancel the day names the appointment ("cancel thursday"); for a move it is the new day.
  if (kind === 'reschedule' && u.time) s.facts.time = u.time;
  if (kind === 'reschedule' && !u.time) delete s.facts.time;
  if (kind === 'cancel') s.appointmentHint = u.time?.fromDate ?? s.appointmentHint;
  if (s.appointment) {
    onAppointmentFound(d, s.appointment);
    return;
  }
  lookUp(d);
}

function lookUp(d: Draft): void {
  const phone = phoneOf(d);
  if (!phone) {
    ask(d, 'phone');
    return;
  }
  d.s.pending = null;
  act(d, { type: 'find_next_appointment', phone, onDate: d.s.appointmentHint });
}

export function onAppointmentFound(d: Draft, appointment: KnownAppointment | null): void {
  const s = d.s;
  s.appointment = appointment;
  if (!appointment) {
    say(d, 'no_appointment', {});
    s.intent = null;
    s.pending = 'offer_booking';
    s.attempts = 0;
    return;
  }
  if (s.intent === 'cancel') {
    ask(d, 'confirm_cancel', { progress: true });
    return;
  }
  if (s.facts.time) {
    startSearch(d);
    return;
  }
  say(d, 'found_for_reschedule', { slot: appointment });
  s.pending = 'time';
  s.attempts = 0;
}

/** Answer to "Do you want me to cancel it?". */
export function answerCancel(d: Draft, u: Understanding): boolean {
  const s = d.s;
  if (u.yesNo === 'yes' && s.appointment) {
    s.pending = null;
    s.leaving = saysGoodbye(u);
    act(d, { type: 'cancel', appointmentId: s.appointment.id });
    return true;
  }
  if (u.yesNo === 'no') {
    say(d, 'cancel_kept', {});
    s.intent = null;
    s.pending = 'anything_else';
    s.attempts = 0;
    return true;
  }
  return false;
}

export function onCancelled(d: Draft): void {
  const s = d.s;
  s.appointmentId = s.appointment?.id ?? null;
  setOutcome(d, 'cancelled');
  if (s.appointment) say(d, 'cancelled', { slot: s.appointment });
  s.appointment = null;
  afterChange(d);
}

/** Progress on a cancel or move: a phone number to look up, or the new time. False: nothing usable. */
export function continueManage(d: Draft, u: Understanding, changed: ReadonlySet<string>): boolean {
  const s = d.s;
  if (!s.appointment) {
    if (!changed.has('phone')) return false;
    lookUp(d);
    return true;
  }
  if (s.intent === 'reschedule' && u.time) {
    takeTime(d, u.time);
    startSearch(d);
    return true;
  }
  return false;
}
