// SMS texts about appointments, in the tenant's language, with times in the tenant's zone.

import { DateTime } from 'luxon';
import type { Business } from '../tenants/tenants.service.js';
import type { Appointment } from './appointments.model.js';
import { toLuxonZone } from './tenant-time.js';

type Language = Business['language_code'];

/** "Tuesday, March 10 at 9:00 AM" / "martes 10 de marzo a las 9:00". */
export function spokenTime(iso: string, business: Business): string {
  const local = DateTime.fromISO(iso, { zone: toLuxonZone(business.time_zone) });
  return business.language_code === 'es'
    ? local.setLocale('es').toFormat("cccc d 'de' LLLL 'a las' H:mm")
    : local.setLocale('en-US').toFormat("cccc, LLLL d 'at' h:mm a");
}

const CUSTOMER: Record<Language, Record<'confirmation' | 'reschedule' | 'cancellation', string>> = {
  en: {
    confirmation:
      "{business}: your appointment is confirmed for {when}. If that time doesn't work, call or text us.",
    reschedule:
      "{business}: your appointment has been moved to {when}. If that time doesn't work, call or text us.",
    cancellation: '{business}: your appointment on {when} has been cancelled. Call or text us to book again.',
  },
  es: {
    confirmation:
      '{business}: su cita está confirmada para el {when}. Si ese horario no le funciona, llámenos o escríbanos.',
    reschedule:
      '{business}: su cita se cambió al {when}. Si ese horario no le funciona, llámenos o escríbanos.',
    cancellation:
      '{business}: su cita del {when} ha sido cancelada. Llámenos o escríbanos para reservar de nuevo.',
  },
};

const OWNER: Record<Language, Record<'booked' | 'emergency' | 'moved' | 'cancelled', string>> = {
  en: {
    booked: 'New appointment for {name} on {when}.',
    emergency: '[EMERGENCY] New emergency appointment for {name} on {when}.',
    moved: 'Appointment for {name} moved to {when} (was {previous}).',
    cancelled: 'Appointment for {name} on {when} was cancelled.',
  },
  es: {
    booked: 'Nueva cita para {name} el {when}.',
    emergency: '[EMERGENCIA] Nueva cita de emergencia para {name} el {when}.',
    moved: 'La cita de {name} se cambió al {when} (antes: {previous}).',
    cancelled: 'La cita de {name} del {when} fue cancelada.',
  },
};

const DETAILS: Record<Language, { service: string; address: string; customer: string }> = {
  en: { service: 'Service', address: 'Address', customer: 'a customer' },
  es: { service: 'Servicio', address: 'Dirección', customer: 'un cliente' },
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

export function customerMessage(
  kind: 'confirmation' | 'reschedule' | 'cancellation',
  business: Business,
  appointment: Appointment,
): string {
  return fill(CUSTOMER[business.language_code][kind], {
    business: business.name,
    when: spokenTime(appointment.start_time, business),
  });
}

export function ownerMessage(
  kind: 'booked' | 'moved' | 'cancelled',
  business: Business,
  appointment: Appointment,
  previousStart?: string,
): string {
  const language = business.language_code;
  const template = kind === 'booked' && appointment.is_emergency ? 'emergency' : kind;
  const headline = fill(OWNER[language][template], {
    name: appointment.customer_name ?? appointment.customer_phone ?? DETAILS[language].customer,
    when: spokenTime(appointment.start_time, business),
    previous: previousStart ? spokenTime(previousStart, business) : '',
  });
  if (kind !== 'booked') return headline;
  const lines = [headline];
  if (appointment.service_type) lines.push(`${DETAILS[language].service}: ${appointment.service_type}`);
  if (appointment.address) lines.push(`${DETAILS[language].address}: ${appointment.address}`);
  return lines.join('\n');
}
