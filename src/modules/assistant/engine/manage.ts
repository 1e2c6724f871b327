import type { TimeConstraint } from '../../../platform/time/time-constraint.js';
import type { Understanding } from '../understanding/index.js';
import { afterChange, saysGoodbye, startSearch, takeTime } from './booking.js';
import { act, ask, type Draft, phoneOf, say, setOutcome } from './draft.js';
import { shiftedTime } from './moves.js';
import type { KnownAppointment } from './types.js';

// A returning caller changes their next appointment: found by caller id, confirmed before cancelling,
// moved to a slot availability offers.

/** The one local date a preference names, if it names exactly one. */
const singleDay = (c: TimeConstraint | undefined) =>
  c?.fromDate && (c.toDate ?? c.fromDate) === c.fromDate ? c.fromDate : null;

export function startManage(d: Draft, kind: 'cancel' | 'reschedule', u: Understanding): void {
  const s = d.s;
  s.intent = kind;
  s.offers = [];
  s.chosen = null;
  s.searchLevel = 0;
  s.declined = [];
  s.declines = 0;
  s.taken = [];
  // For a cancel the day names the appointment ("cancel thursday"). For a move it is the new day,
  // unless it is the appointment's own ("move the friday one"): onAppointmentFound tells them apart.
  if (kind === 'reschedule' && u.time) s.facts.time = u.time;
  if (kind === 'reschedule' && !u.time) delete s.facts.time;
  if (kind === 'reschedule') {
    s.shiftDays = u.moveBy ?? null;
    s.appointmentHint = singleDay(u.time) ?? s.appointmentHint;
  }
  if (kind === 'cancel') s.appointmentHint = u.time?.fromDate ?? s.appointmentHint;
  s.serviceHint = u.service ?? s.serviceHint;
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
  act(d, {
    type: 'find_next_appointment',
    phone,
    onDate: d.s.appointmentHint,
    service: d.s.serviceHint,
  });
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
  if (s.shiftDays !== null) s.facts.time = shiftedTime(appointment, s.shiftDays);
  else if (namesAppointment(s.facts.time, appointment)) delete s.facts.time;
  s.shiftDays = null;
  if (s.facts.time) {
    startSearch(d);
    return;
  }
  say(d, 'found_for_reschedule', { slot: appointment });
  s.pending = 'time';
  s.attempts = 0;
}

/** "move wednesday's appointment": the day said is the one the appointment is on, not a new one. */
function namesAppointment(c: TimeConstraint | undefined, appointment: KnownAppointment): boolean {
  if (!c || singleDay(c) !== appointment.date) return false;
  return !c.partOfDay && !c.after && !c.before && (!c.at || c.at === appointment.time);
}

/** The new time for a move: relative to the appointment when said so ("a week later"), else as heard. */
function newTimeOf(d: Draft, u: Understanding): TimeConstraint | undefined {
  return u.moveBy !== undefined && d.s.appointment ? shiftedTime(d.s.appointment, u.moveBy) : u.time;
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
  const time = s.intent === 'reschedule' ? newTimeOf(d, u) : undefined;
  if (time) {
    takeTime(d, time);
    startSearch(d);
    return true;
  }
  return false;
}
