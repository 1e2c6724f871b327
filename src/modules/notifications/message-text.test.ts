import { describe, expect, it } from 'vitest';
import { clip, formatWhen, MAX_SMS_LENGTH, reminderText } from './message-text.js';
import { emergencyAlert, missedCallAlert, newBookingAlert, voicemailAlert } from './owner-alerts.js';

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

describe('owner alerts', () => {
  const phone = '+15125550100';

  it('formats a new booking with the customer, service and local time, keyed by appointment', () => {
    expect(
      newBookingAlert(en, {
        appointmentId: 'apt_1',
        startTime: WEDNESDAY,
        customerName: 'Dana',
        customerPhone: phone,
        serviceType: 'Leak repair',
        isEmergency: true,
      }),
    ).toEqual({
      event: 'new_booking',
      dedupeKey: 'new_booking:apt_1',
      body: 'EMERGENCY - New booking: Dana, +15125550100, Leak repair, Wed, Mar 10 at 9:00 AM.',
    });
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
