import { clip, formatWhenShort, MAX_SMS_LENGTH, type TextTenant } from './message-text.js';
import type { OwnerEvent } from './notifier.js';

/** Ready for `notifier.alertOwner(business, alert)`: the dedupe key is derived from our own record. */
export interface OwnerAlert {
  event: OwnerEvent;
  body: string;
  dedupeKey: string;
}

// The caller's number belongs in the owner's SMS (they call back from it), never in logs.

type Lang = TextTenant['language_code'];

function caller(phone: string | null | undefined, lang: Lang): string {
  if (phone) return phone;
  return lang === 'es' ? 'un número desconocido' : 'an unknown number';
}

function alert(event: OwnerEvent, dedupeKey: string, body: string): OwnerAlert {
  return { event, dedupeKey, body: clip(body, MAX_SMS_LENGTH) };
}

export function newBookingAlert(
  tenant: TextTenant,
  booking: {
    appointmentId: string;
    startTime: string;
    customerName?: string | null;
    customerPhone?: string | null;
    serviceType?: string | null;
    isEmergency?: boolean;
  },
): OwnerAlert {
  const lang = tenant.language_code;
  const when = formatWhenShort(booking.startTime, tenant);
  const known = [booking.customerName ? clip(booking.customerName, 60) : null, booking.customerPhone];
  const who = known.filter(Boolean).join(', ') || (lang === 'es' ? 'un cliente' : 'a customer');
  const service = booking.serviceType ? clip(booking.serviceType, 60) : null;
  const text =
    lang === 'es'
      ? `${booking.isEmergency ? 'URGENCIA - ' : ''}Nueva cita: ${who}, ${service ? `${service}, ` : ''}${when}.`
      : `${booking.isEmergency ? 'EMERGENCY - ' : ''}New booking: ${who}, ${service ? `${service}, ` : ''}${when}.`;
  return alert('new_booking', `new_booking:${booking.appointmentId}`, text);
}

export function emergencyAlert(
  tenant: TextTenant,
  call: { callSid: string; callerPhone?: string | null; summary?: string | null },
): OwnerAlert {
  const lang = tenant.language_code;
  const summary = call.summary ? ` "${clip(call.summary, 160)}"` : '';
  const text =
    lang === 'es'
      ? `URGENCIA: llamada de ${caller(call.callerPhone, lang)}.${summary} Devuelva la llamada cuanto antes.`
      : `EMERGENCY call from ${caller(call.callerPhone, lang)}.${summary} Call them back now.`;
  return alert('emergency', `emergency:${call.callSid}`, text);
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
  const lang = tenant.language_code;
  const head =
    lang === 'es'
      ? `Nuevo mensaje de voz de ${caller(voicemail.callerPhone, lang)}.`
      : `New voicemail from ${caller(voicemail.callerPhone, lang)}.`;
  const link = voicemail.recordingUrl ? ` ${voicemail.recordingUrl}` : '';
  // The transcription gets what is left, so a clipped message never breaks the recording link.
  const room = MAX_SMS_LENGTH - head.length - link.length - 3;
  const said = voicemail.transcription && room > 10 ? ` "${clip(voicemail.transcription, room)}"` : '';
  const text = `${head}${said}${link}`;
  return alert('voicemail', `voicemail:${voicemail.callSid}`, text);
}

export function missedCallAlert(
  tenant: TextTenant,
  call: { callSid: string; callerPhone?: string | null; at: string },
): OwnerAlert {
  const lang = tenant.language_code;
  const when = formatWhenShort(call.at, tenant);
  const text =
    lang === 'es'
      ? `Llamada perdida de ${caller(call.callerPhone, lang)} (${when}), sin cita. Devuelva la llamada.`
      : `Missed call from ${caller(call.callerPhone, lang)} (${when}), no booking made. Please call back.`;
  return alert('missed_call', `missed_call:${call.callSid}`, text);
}
