import type { OwnerEvent } from '../notifier.js';
import {
  clip,
  fill,
  formatWhen,
  formatWhenShort,
  MAX_SMS_LENGTH,
  type TextLanguage,
  type TextTenant,
} from './text-format.js';

// Texts the owner receives, English and Spanish side by side. The caller's number belongs in them
// (the owner calls back from it), never in logs. Each alert's dedupe key derives from our own record.

/** Ready for `notifier.alertOwner(business, alert)`. */
export interface OwnerAlert {
  event: OwnerEvent;
  body: string;
  dedupeKey: string;
}

/** What an owner text says about an appointment (an Appointment satisfies it). */
export interface AppointmentFacts {
  id: string;
  start_time: string;
  customer_name: string | null;
  customer_phone: string | null;
  service_type: string | null;
  address: string | null;
  is_emergency: boolean;
}

const OWNER = {
  en: {
    booked: 'New appointment for {name} on {when}.',
    bookedEmergency: '[EMERGENCY] New emergency appointment for {name} on {when}.',
    moved: 'Appointment for {name} moved to {when} (was {previous}).',
    cancelled: 'Appointment for {name} on {when} was cancelled.',
    service: 'Service: {service}',
    address: 'Address: {address}',
    aCustomer: 'a customer',
    unknownNumber: 'an unknown number',
    emergency: 'EMERGENCY call from {caller}.{summary} Call them back now.',
    voicemail: 'New voicemail from {caller}.',
    missedCall: 'Missed call from {caller} ({when}), no booking made. Please call back.',
    handoff: 'Caller at {caller} asked to speak with you. Please call back.',
    callback: 'Call from {caller} ended without a booking. Please call back.',
  },
  es: {
    booked: 'Nueva cita para {name} el {when}.',
    bookedEmergency: '[EMERGENCIA] Nueva cita de emergencia para {name} el {when}.',
    moved: 'La cita de {name} se cambió al {when} (antes: {previous}).',
    cancelled: 'La cita de {name} del {when} fue cancelada.',
    service: 'Servicio: {service}',
    address: 'Dirección: {address}',
    aCustomer: 'un cliente',
    unknownNumber: 'un número desconocido',
    emergency: 'URGENCIA: llamada de {caller}.{summary} Devuelva la llamada cuanto antes.',
    voicemail: 'Nuevo mensaje de voz de {caller}.',
    missedCall: 'Llamada perdida de {caller} ({when}), sin cita. Devuelva la llamada.',
    handoff: 'Una persona en {caller} pidió hablar con usted. Devuelva la llamada.',
    callback: 'Llamada sin cita de {caller}. Devuelva la llamada.',
  },
} satisfies Record<TextLanguage, Record<string, string>>;

type OwnerTextKey = keyof (typeof OWNER)['en'];

function say(tenant: TextTenant, key: OwnerTextKey, values: Record<string, string> = {}): string {
  return fill(OWNER[tenant.language_code][key], values);
}

function caller(tenant: TextTenant, phone: string | null | undefined): string {
  return phone || say(tenant, 'unknownNumber');
}

function clipped(event: OwnerEvent, dedupeKey: string, body: string): OwnerAlert {
  return { event, dedupeKey, body: clip(body, MAX_SMS_LENGTH) };
}

function who(tenant: TextTenant, appointment: AppointmentFacts): string {
  return appointment.customer_name ?? appointment.customer_phone ?? say(tenant, 'aCustomer');
}

// Booking changes keep their line breaks (service and address on lines of their own), so they are
// not passed through `clip`, which flattens whitespace.

/** A new appointment, with the service and address on lines of their own. */
export function bookedAlert(tenant: TextTenant, appointment: AppointmentFacts): OwnerAlert {
  const when = formatWhen(appointment.start_time, tenant);
  const key = appointment.is_emergency ? 'bookedEmergency' : 'booked';
  const lines = [say(tenant, key, { name: who(tenant, appointment), when })];
  if (appointment.service_type) lines.push(say(tenant, 'service', { service: appointment.service_type }));
  if (appointment.address) lines.push(say(tenant, 'address', { address: appointment.address }));
  return { event: 'new_booking', dedupeKey: `new_booking:${appointment.id}`, body: lines.join('\n') };
}

/** A move; each move is its own event (keyed by the new start), so moving twice texts twice. */
export function movedAlert(
  tenant: TextTenant,
  appointment: AppointmentFacts,
  previousStart: string,
): OwnerAlert {
  const body = say(tenant, 'moved', {
    name: who(tenant, appointment),
    when: formatWhen(appointment.start_time, tenant),
    previous: formatWhen(previousStart, tenant),
  });
  return { event: 'reschedule', dedupeKey: `reschedule:${appointment.id}:${appointment.start_time}`, body };
}

export function cancelledAlert(tenant: TextTenant, appointment: AppointmentFacts): OwnerAlert {
  const body = say(tenant, 'cancelled', {
    name: who(tenant, appointment),
    when: formatWhen(appointment.start_time, tenant),
  });
  return { event: 'cancellation', dedupeKey: `cancellation:${appointment.id}`, body };
}

export function emergencyAlert(
  tenant: TextTenant,
  call: { callSid: string; callerPhone?: string | null; summary?: string | null },
): OwnerAlert {
  const summary = call.summary ? ` "${clip(call.summary, 160)}"` : '';
  const body = say(tenant, 'emergency', { caller: caller(tenant, call.callerPhone), summary });
  return clipped('emergency', `emergency:${call.callSid}`, body);
}

export function voicemailAlert(
  tenant: TextTenant,
  voicemail: {
    callSid: string;
    callerPhone?: string | null;
    transcription?: string | null;
    recordingUrl?: string | null;
  },
): OwnerAlert {
  const head = say(tenant, 'voicemail', { caller: caller(tenant, voicemail.callerPhone) });
  const link = voicemail.recordingUrl ? ` ${voicemail.recordingUrl}` : '';
  // The transcription gets what is left, so a clipped message never breaks the recording link.
  const room = MAX_SMS_LENGTH - head.length - link.length - 3;
  const said = voicemail.transcription && room > 10 ? ` "${clip(voicemail.transcription, room)}"` : '';
  return clipped('voicemail', `voicemail:${voicemail.callSid}`, `${head}${said}${link}`);
}

export function missedCallAlert(
  tenant: TextTenant,
  call: { callSid: string; callerPhone?: string | null; at: string },
): OwnerAlert {
  const when = formatWhenShort(call.at, tenant);
  const body = say(tenant, 'missedCall', { caller: caller(tenant, call.callerPhone), when });
  return clipped('missed_call', `missed_call:${call.callSid}`, body);
}

// Both ask the owner to call the person back; `summary` is what the assistant gathered so far.
function callBack(
  event: 'handoff' | 'callback',
  tenant: TextTenant,
  sessionId: string,
  phone: string | null,
  summary: string,
): OwnerAlert {
  const head = say(tenant, event, { caller: caller(tenant, phone) });
  return clipped(event, `${event}:${sessionId}`, summary ? `${head} ${summary}` : head);
}

/** The caller asked for a person. */
export function handoffAlert(tenant: TextTenant, sessionId: string, phone: string | null, summary: string) {
  return callBack('handoff', tenant, sessionId, phone, summary);
}

/** The conversation ended without a booking and the caller should be called back. */
export function callbackAlert(tenant: TextTenant, sessionId: string, phone: string | null, summary: string) {
  return callBack('callback', tenant, sessionId, phone, summary);
}
