import { clip, fill, formatWhen, MAX_SMS_LENGTH, type TextLanguage, type TextTenant } from './text-format.js';

// Texts a customer receives about their appointment, English and Spanish side by side.

export type AppointmentTextKind = 'confirmation' | 'reschedule' | 'cancellation';

const CUSTOMER: Record<TextLanguage, Record<AppointmentTextKind | 'reminder', string>> = {
  en: {
    confirmation:
      "{business}: your appointment is confirmed for {when}. If that time doesn't work, call or text us.",
    reschedule:
      "{business}: your appointment has been moved to {when}. If that time doesn't work, call or text us.",
    cancellation: '{business}: your appointment on {when} has been cancelled. Call or text us to book again.',
    reminder:
      'Reminder: your appointment with {business} is {when}. Reply C to confirm, R to reschedule, or X to cancel.',
  },
  es: {
    confirmation:
      '{business}: su cita está confirmada para el {when}. Si ese horario no le funciona, llámenos o escríbanos.',
    reschedule:
      '{business}: su cita se cambió al {when}. Si ese horario no le funciona, llámenos o escríbanos.',
    cancellation:
      '{business}: su cita del {when} ha sido cancelada. Llámenos o escríbanos para reservar de nuevo.',
    reminder:
      'Recordatorio: su cita con {business} es el {when}. Responda C para confirmar, R para reprogramar o X para cancelar.',
  },
};

/** The text that follows a booking change the customer should hear about. */
export function appointmentText(kind: AppointmentTextKind, tenant: TextTenant, startTime: string): string {
  return fill(CUSTOMER[tenant.language_code][kind], {
    business: tenant.name,
    when: formatWhen(startTime, tenant),
  });
}

/** The reminder before an appointment, with the one-letter replies the SMS channel understands. */
export function reminderText(tenant: TextTenant, startTime: string): string {
  const text = fill(CUSTOMER[tenant.language_code].reminder, {
    business: clip(tenant.name, 80),
    when: formatWhen(startTime, tenant),
  });
  return clip(text, MAX_SMS_LENGTH);
}
