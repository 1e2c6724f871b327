import { describe, expect, it } from 'vitest';
import { appointmentText, reminderText } from './customer-texts.js';
import {
  bookedAlert,
  callbackAlert,
  cancelledAlert,
  emergencyAlert,
  handoffAlert,
  missedCallAlert,
  movedAlert,
  voicemailAlert,
} from './owner-texts.js';
import { clip, formatWhen, formatWhenShort, MAX_SMS_LENGTH } from './text-format.js';

const en = { name: 'Drip Plumbing', time_zone: 'America/Chicago', language_code: 'en' as const };
const es = { ...en, language_code: 'es' as const };
// 15:00 UTC is 9:00 AM in Chicago before the 2032-03-14 DST change and 10:00 AM after it.
const WEDNESDAY = '2032-03-10T15:00:00.000Z';

describe('reminder text', () => {
  it('states the local time in the tenant zone and how to reply', () => {
    expect(reminderText(en, WEDNESDAY)).toBe(
      'Reminder: your appointment with Drip Plumbing is Wednesday, March 10 at 9:00 AM. ' +
        'Reply C to confirm, R to reschedule, or X to cancel.',
    );
  });

  it('speaks Spanish for an es tenant', () => {
    expect(reminderText(es, WEDNESDAY)).toBe(
      'Recordatorio: su cita con Drip Plumbing es el miércoles 10 de marzo a las 9:00. ' +
        'Responda C para confirmar, R para reprogramar o X para cancelar.',
    );
  });

  it('follows daylight saving time and fixed offsets', () => {
    expect(formatWhen('2032-03-15T15:00:00Z', en)).toBe('Monday, March 15 at 10:00 AM');
    expect(formatWhen('2032-03-15T15:00:00Z', { ...en, time_zone: '-06:00' })).toBe(
      'Monday, March 15 at 9:00 AM',
    );
  });

  it('stays within one short message even for a very long business name', () => {
    expect(reminderText({ ...en, name: 'Plumbing '.repeat(60) }, WEDNESDAY).length).toBeLessThanOrEqual(
      MAX_SMS_LENGTH,
    );
  });

  it('clips with an ellipsis and flattens whitespace', () => {
    expect(clip('a  b\nc', 10)).toBe('a b c');
    expect(clip('abcdefghij', 5)).toBe('abcd…');
  });
});

describe('appointment texts', () => {
  it('confirms, moves and cancels in the tenant language with the local time', () => {
    expect(appointmentText('confirmation', en, WEDNESDAY)).toBe(
      "Drip Plumbing: your appointment is confirmed for Wednesday, March 10 at 9:00 AM. If that time doesn't work, call or text us.",
    );
    expect(appointmentText('cancellation', es, WEDNESDAY)).toBe(
      'Drip Plumbing: su cita del miércoles 10 de marzo a las 9:00 ha sido cancelada. Llámenos o escríbanos para reservar de nuevo.',
    );
  });

  it('has one time format, long for customers and short for owner alerts', () => {
    expect(formatWhenShort(WEDNESDAY, en)).toBe('Wed, Mar 10 at 9:00 AM');
    expect(formatWhen(WEDNESDAY, es)).toBe('miércoles 10 de marzo a las 9:00');
  });
});

describe('owner alerts', () => {
  const phone = '+15125550100';

  const appointment = {
    id: 'apt_1',
    start_time: WEDNESDAY,
    customer_name: 'Dana',
    customer_phone: phone,
    service_type: 'Leak repair',
    address: '12 Elm St',
    is_emergency: false,
  };

  it('formats a new booking with the service and address on lines of their own, keyed by appointment', () => {
    expect(bookedAlert(en, appointment)).toEqual({
      event: 'new_booking',
      dedupeKey: 'new_booking:apt_1',
      body: 'New appointment for Dana on Wednesday, March 10 at 9:00 AM.\nService: Leak repair\nAddress: 12 Elm St',
    });
    expect(bookedAlert(es, { ...appointment, is_emergency: true, address: null }).body).toBe(
      '[EMERGENCIA] Nueva cita de emergencia para Dana el miércoles 10 de marzo a las 9:00.\nServicio: Leak repair',
    );
  });

  it('names the customer by phone, or as a customer, when the name is unknown', () => {
    const unnamed = { ...appointment, customer_name: null };
    expect(cancelledAlert(en, unnamed).body).toBe(
      'Appointment for +15125550100 on Wednesday, March 10 at 9:00 AM was cancelled.',
    );
    expect(cancelledAlert(es, { ...unnamed, customer_phone: null }).body).toBe(
      'La cita de un cliente del miércoles 10 de marzo a las 9:00 fue cancelada.',
    );
  });

  it('keys each move by the new start, so moving twice alerts twice', () => {
    const moved = { ...appointment, start_time: '2032-03-11T15:00:00.000Z' };
    expect(movedAlert(en, moved, WEDNESDAY)).toEqual({
      event: 'reschedule',
      dedupeKey: 'reschedule:apt_1:2032-03-11T15:00:00.000Z',
      body: 'Appointment for Dana moved to Thursday, March 11 at 9:00 AM (was Wednesday, March 10 at 9:00 AM).',
    });
  });

  it('asks the owner to call back after a handoff or a call without a booking', () => {
    expect(handoffAlert(en, 'CA9', phone, 'Leak under sink.')).toEqual({
      event: 'handoff',
      dedupeKey: 'handoff:CA9',
      body: 'Caller at +15125550100 asked to speak with you. Please call back. Leak under sink.',
    });
    expect(callbackAlert(es, 'CA9', null, '').body).toBe(
      'Llamada sin cita de un número desconocido. Devuelva la llamada.',
    );
  });

  it('formats an emergency with the caller number, keyed by call', () => {
    const alert = emergencyAlert(en, { callSid: 'CA1', callerPhone: phone, summary: 'Burst pipe' });
    expect(alert).toEqual({
      event: 'emergency',
      dedupeKey: 'emergency:CA1',
      body: 'EMERGENCY call from +15125550100. "Burst pipe" Call them back now.',
    });
  });

  it('formats a missed call in the tenant language', () => {
    expect(missedCallAlert(es, { callSid: 'CA2', callerPhone: null, at: WEDNESDAY }).body).toBe(
      'Llamada perdida de un número desconocido (mié 10 de mar, 9:00), sin cita. Devuelva la llamada.',
    );
  });

  it('clips a long voicemail transcription but keeps the recording link whole', () => {
    const url = 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1';
    const alert = voicemailAlert(en, {
      callSid: 'CA3',
      callerPhone: phone,
      transcription: 'drip '.repeat(200),
      recordingUrl: url,
    });
    expect(alert.dedupeKey).toBe('voicemail:CA3');
    expect(alert.body.length).toBeLessThanOrEqual(MAX_SMS_LENGTH);
    expect(alert.body.endsWith(url)).toBe(true);
    expect(alert.body).toContain('…"');
  });
});
