import { clip, MAX_SMS_LENGTH } from '../../notifications/message-text.js';
import type { Business } from '../../tenants/tenants.service.js';

// Owner SMS bodies for what the assistant hands over. The caller's number belongs here (the owner
// calls back from it), never in logs.

export interface OwnerAlertText {
  event: 'handoff' | 'callback';
  body: string;
  dedupeKey: string;
}

function caller(phone: string | null, lang: Business['language_code']): string {
  if (phone) return phone;
  return lang === 'es' ? 'un número desconocido' : 'an unknown number';
}

export function handoffAlert(
  business: Business,
  sessionId: string,
  phone: string | null,
  summary: string,
): OwnerAlertText {
  const lang = business.language_code;
  const head =
    lang === 'es'
      ? `Una persona en ${caller(phone, lang)} pidió hablar con usted. Devuelva la llamada.`
      : `Caller at ${caller(phone, lang)} asked to speak with you. Please call back.`;
  return {
    event: 'handoff',
    dedupeKey: `handoff:${sessionId}`,
    body: clip(summary ? `${head} ${summary}` : head, MAX_SMS_LENGTH),
  };
}

export function callbackAlert(
  business: Business,
  sessionId: string,
  phone: string | null,
  summary: string,
): OwnerAlertText {
  const lang = business.language_code;
  const head =
    lang === 'es'
      ? `Llamada sin cita de ${caller(phone, lang)}. Devuelva la llamada.`
      : `Call from ${caller(phone, lang)} ended without a booking. Please call back.`;
  return {
    event: 'callback',
    dedupeKey: `callback:${sessionId}`,
    body: clip(summary ? `${head} ${summary}` : head, MAX_SMS_LENGTH),
  };
}
