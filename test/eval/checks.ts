import { DateTime } from 'luxon';
import type { CallRecord } from './call.js';
import type { Check, LocalWindow } from './types.js';
import { type Appointment, callerBookings, type World } from './world.js';

// Judges a played call against the persona's expectations, from what the API shows afterwards and
// what the caller heard. Each failed check returns one line saying what was expected and found.

export interface Judged {
  world: World;
  call: CallRecord;
  callerPhone: string;
  ownerPhone: string | null;
  timeZone: string;
  /** Seeded appointments, in the persona's order, as they were before the call. */
  seeded: Appointment[];
}

export function judge(checks: Check[], facts: Judged): string[] {
  return checks.map((check) => failure(check, facts)).filter((f): f is string => f !== null);
}

function localStart(appointment: Appointment, timeZone: string): { date: string; time: string } {
  const local = DateTime.fromISO(appointment.start_time, { zone: 'utc' }).setZone(timeZone);
  return { date: local.toISODate() ?? '', time: local.toFormat('HH:mm') };
}

function inWindow(appointment: Appointment, window: LocalWindow, timeZone: string): boolean {
  const { date, time } = localStart(appointment, timeZone);
  return window.dates.includes(date) && time >= window.from && time < window.to;
}

const describeWindow = (w: LocalWindow) => `${w.dates.join('|')} ${w.from}–${w.to}`;
const describeStart = (a: Appointment, tz: string) => {
  const { date, time } = localStart(a, tz);
  return `${date} ${time} (${a.status}${a.is_emergency ? ', emergency' : ''})`;
};

/** Active appointments of the caller that the call created. */
function newBookings(facts: Judged): Appointment[] {
  const seeded = new Set(facts.seeded.map((a) => a.id));
  return callerBookings(facts.world.appointments, facts.callerPhone, seeded);
}

const digits = (phone: string | null | undefined) => (phone ?? '').replace(/\D/g, '');

type Judge<K extends Check['kind']> = (check: Extract<Check, { kind: K }>, facts: Judged) => string | null;

function bookedFailure(check: Extract<Check, { kind: 'booked' }>, facts: Judged): string | null {
  const { timeZone } = facts;
  const found = newBookings(facts);
  if (found.length !== 1)
    return `expected one booking in ${describeWindow(check.window)}, found ${found.length}`;
  const [a] = found as [Appointment];
  if (!inWindow(a, check.window, timeZone))
    return `booked ${describeStart(a, timeZone)}, expected ${describeWindow(check.window)}`;
  if (a.is_emergency !== (check.emergency ?? false))
    return `booking is_emergency=${a.is_emergency}, expected ${check.emergency ?? false}`;
  if (check.addressIncludes && !(a.address ?? '').toLowerCase().includes(check.addressIncludes.toLowerCase()))
    return `booking address "${a.address}", expected it to include "${check.addressIncludes}"`;
  if (check.name && a.customer_name !== check.name)
    return `booking name "${a.customer_name}", expected "${check.name}"`;
  return null;
}

const JUDGES: { [K in Check['kind']]: Judge<K> } = {
  booked: bookedFailure,
  confirmation_sms: (_c, { world, callerPhone }) =>
    world.messages.some((m) => m.kind === 'confirmation' && m.to === callerPhone)
      ? null
      : 'no confirmation SMS to the caller',
  owner_alert: (_c, { world, ownerPhone }) =>
    world.messages.some((m) => m.kind === 'owner_alert' && digits(m.to) === digits(ownerPhone))
      ? null
      : 'no owner_alert SMS to the owner',
  transfer: (_c, { call, ownerPhone }) => {
    if (call.ending !== 'transfer') return `expected a <Dial> to the owner, the call ended by ${call.ending}`;
    return digits(call.dialed) === digits(ownerPhone) ? null : `dialled "${call.dialed}", not the owner`;
  },
  no_transfer: (_c, { call }) => (call.ending === 'transfer' ? `unexpected <Dial> to ${call.dialed}` : null),
  callback: (check, { world, call, callerPhone }) =>
    world.callbacks.some(
      (c) => c.reason === check.reason && (c.call_sid === call.callSid || c.phone === callerPhone),
    )
      ? null
      : `no ${check.reason} callback (found: ${world.callbacks.map((c) => c.reason).join(', ') || 'none'})`,
  no_booking: (_c, facts) => {
    const found = newBookings(facts);
    return found.length === 0 ? null : `unexpected booking ${describeStart(found[0]!, facts.timeZone)}`;
  },
  cancelled: (check, facts) => seedFailure(check, facts),
  unchanged: (check, facts) => seedFailure(check, facts),
  moved: (check, facts) => seedFailure(check, facts),
  said: (check, { call }) =>
    call.transcript.some((l) => l.who === 'assistant' && check.pattern.test(l.text))
      ? null
      : `never said: ${check.what}`,
  spanish: (check, facts) => spanishFailure(facts, check.fromGreeting ?? false),
  closed: (_c, { call }) =>
    call.ending === 'hangup' ? null : `expected a polite close, the call ended by ${call.ending}`,
  voicemail: (_c, { call }) => {
    if (call.ending !== 'voicemail') return `expected <Record>, the call ended by ${call.ending}`;
    return call.repromptedFirst ? null : 'went to voicemail on the first silence without a reprompt';
  },
  no_reask: (_c, { call }) =>
    call.state.reasked.length === 0
      ? null
      : `asked again for: ${[...new Set(call.state.reasked)].join(', ')}`,
  max_turns: (check, { call }) => {
    if (call.turnsToBooking === null) return 'never booked';
    return call.turnsToBooking <= check.turns
      ? null
      : `${call.turnsToBooking} caller turns to the booking, at most ${check.turns} expected`;
  },
  any_of: (check, facts) => {
    const results = check.options.map((option) => judge(option, facts));
    if (results.some((r) => r.length === 0)) return null;
    return `expected ${check.what}: ${results.map((r) => r[0]).join('; or ')}`;
  },
};

function failure(check: Check, facts: Judged): string | null {
  return (JUDGES[check.kind] as Judge<Check['kind']>)(check as never, facts);
}

function seedFailure(check: Extract<Check, { seed: number }>, facts: Judged): string | null {
  const before = facts.seeded[check.seed];
  if (!before) return `no seeded appointment ${check.seed}`;
  const now = facts.world.appointments.find((a) => a.id === before.id);
  if (!now) return `seeded appointment ${check.seed} is gone from the list`;
  const tz = facts.timeZone;
  if (check.kind === 'cancelled')
    return now.status === 'CANCELLED' ? null : `appointment ${describeStart(now, tz)} was not cancelled`;
  if (check.kind === 'unchanged') {
    const same = now.status !== 'CANCELLED' && now.start_time === before.start_time;
    return same
      ? null
      : `the other appointment changed: ${describeStart(before, tz)} → ${describeStart(now, tz)}`;
  }
  const replacements = newBookings(facts);
  if (now.status !== 'CANCELLED') {
    const extra = replacements[0] ? ` and a new booking ${describeStart(replacements[0], tz)}` : '';
    if (!inWindow(now, check.window, tz))
      return `appointment still ${describeStart(now, tz)}${extra}, expected it moved to ${describeWindow(check.window)}`;
    return extra ? `moved, but also${extra}` : null;
  }
  // Moved by cancelling and booking again is fine too, as long as exactly one job remains.
  if (replacements.length === 1 && inWindow(replacements[0]!, check.window, tz)) return null;
  return `appointment cancelled and ${replacements.length} new booking(s), expected one in ${describeWindow(check.window)}`;
}

const SPANISH_WORDS =
  /(?<!\p{L})(usted|su|sus|para|gracias|cita|dirección|nombre|llamada|que|qué|el|la|los|las|de|del|en|con|está|hola|por|favor|le|lo|es|una?|y|día|hora|mañana|tarde|necesita)(?!\p{L})/giu;
const ENGLISH_WORDS =
  /(?<!\p{L})(the|you|your|and|please|thanks|thank|appointment|address|name|what|is|are|we|for|to|of|at|can|will|our|it)(?!\p{L})/giu;

function isSpanish(text: string, language: string | undefined): boolean {
  if (language && !language.toLowerCase().startsWith('es')) return false;
  return (text.match(SPANISH_WORDS)?.length ?? 0) > (text.match(ENGLISH_WORDS)?.length ?? 0);
}

function spanishFailure(facts: Judged, fromGreeting: boolean): string | null {
  const lines = facts.call.transcript;
  const from = fromGreeting ? 0 : lines.findIndex((l) => l.who === 'caller' && l.text !== '') + 1;
  const english = lines.slice(from).find((l) => l.who === 'assistant' && !isSpanish(l.text, l.language));
  return english ? `replied in English: "${english.text.slice(0, 80)}"` : null;
}
