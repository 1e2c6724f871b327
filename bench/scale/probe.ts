// The rows the measured requests read, written identically into the empty and the grown tenant:
// six customers the searches find, one of them with 500 timeline events (150 appointments,
// 150 conversations, 100 callbacks, 100 texts), a week of booked days from three days ahead (the
// schedule and slot searches read those), and 120 callbacks from the last day (the queue's first
// page). Same answers from both tenants, so a difference in time is the history's doing alone.

import type { Kysely } from 'kysely';
import type { Database } from '../../src/platform/db/database.js';
import { addLocalDays, localDateOf, zonedToUtc } from '../../src/platform/time/tenant-time.js';
import { insertRows } from './history.js';

export interface Probe {
  /** The customer with 500 timeline events. */
  timelineCustomerId: string;
  /** First of the seven booked local days. */
  bookedDay: string;
  /** Each finds a few of the six customers and nothing of the bulk history. */
  searchTerms: string[];
}

const DAY_MS = 86_400_000;
const CUSTOMERS: Array<{ name: string; email: string | null; address: string | null }> = [
  { name: 'Quillon Zabriskie', email: 'quillon@zabriskie.example', address: '5 Quarry Row' },
  { name: 'Marta Zabriskie', email: null, address: '5 Quarry Row' },
  { name: 'Zabriskie Home Services', email: 'office@zabriskie.example', address: null },
  { name: 'Otto Renn', email: null, address: '77 Xylophone Ct' },
  { name: 'Ilse Varga', email: 'ilse@varga.example', address: '12 Xylophone Ct' },
  { name: 'Dov Amsel', email: null, address: '3 Quarry Row' },
];
const SLOT_TIMES = ['08:00', '09:30', '11:00', '13:00', '14:30', '16:00'];

export async function seedProbe(
  db: Kysely<Database>,
  businessId: string,
  tag: string,
  timeZone: string,
  now: Date,
): Promise<Probe> {
  const ms = now.getTime();
  const iso = (at: number) => new Date(at).toISOString();
  const id = (prefix: string, i: number) => `${prefix}_${tag}_p${String(i).padStart(4, '0')}`;
  const phone = (i: number) => `+1415990${String(100 + i).padStart(4, '0')}`;
  const quiet = () => {};
  const customerId = id('cus', 0);

  await insertRows(db, 'customers', CUSTOMERS.length, quiet, (i) => ({
    id: id('cus', i),
    business_id: businessId,
    name: CUSTOMERS[i]!.name,
    phone: phone(i),
    email: CUSTOMERS[i]!.email,
    address: CUSTOMERS[i]!.address,
    notes: null,
    sms_opt_out: 0,
    created_at: iso(ms - 3_600_000 + i * 1000),
    updated_at: iso(ms - 3_600_000 + i * 1000),
  }));

  const appointment = (i: number, customer: string, start: number, status: string) => ({
    id: id('apt', i),
    business_id: businessId,
    customer_id: customer,
    start_time: iso(start),
    end_time: iso(start + 45 * 60_000),
    status,
    source: 'phone',
    is_emergency: 0,
    service_type: 'Drain cleaning',
    description: null,
    address: null,
    calendar_event_id: null,
    idempotency_key: null,
    idempotency_fingerprint: null,
    reminder_claimed_at: null,
    reminder_sent_at: null,
    created_at: iso(ms - DAY_MS),
    updated_at: iso(ms - DAY_MS),
  });
  // The timeline customer's past: one appointment every other day for 300 days.
  await insertRows(db, 'appointments', 150, quiet, (i) =>
    appointment(i, customerId, ms - (300 - 2 * i) * DAY_MS - 10 * 3_600_000, 'COMPLETED'),
  );
  const bookedDay = addLocalDays(localDateOf(now, timeZone), 3);
  await insertRows(db, 'appointments', 7 * SLOT_TIMES.length, quiet, (i) => {
    const day = addLocalDays(bookedDay, Math.floor(i / SLOT_TIMES.length));
    const start = zonedToUtc(day, SLOT_TIMES[i % SLOT_TIMES.length]!, timeZone).getTime();
    return appointment(1000 + i, id('cus', 1 + (i % 5)), start, 'SCHEDULED');
  });

  await insertRows(db, 'conversations', 150, quiet, (i) => ({
    id: id('con', i),
    business_id: businessId,
    customer_id: customerId,
    channel: 'phone',
    external_id: `CA${tag}p${String(i).padStart(6, '0')}`,
    caller_phone: phone(0),
    status: 'CLOSED',
    outcome: 'booked',
    summary: null,
    created_at: iso(ms - (300 - 2 * i) * DAY_MS),
    updated_at: iso(ms - (300 - 2 * i) * DAY_MS + 120_000),
  }));
  await insertRows(db, 'conversation_messages', 600, quiet, (i) => ({
    id: id('msg', i),
    business_id: businessId,
    conversation_id: id('con', Math.floor(i / 4)),
    role: i % 2 === 0 ? 'user' : 'assistant',
    text: i % 2 === 0 ? 'my drain is slow again' : 'I can book a visit for you.',
    created_at: iso(ms - (300 - 2 * Math.floor(i / 4)) * DAY_MS + (i % 4) * 15_000),
  }));

  const callback = (i: number, at: number, status: string, customer: number | null) => ({
    id: id('cb', i),
    business_id: businessId,
    customer_id: customer === null ? null : id('cus', customer),
    conversation_id: null,
    phone: phone(customer ?? 5),
    name: null,
    reason: 'MISSED_CALL',
    status,
    summary: 'Caller asked for a call back',
    voicemail_url: null,
    transcription: null,
    call_sid: null,
    dedupe_key: `probe:${i}`,
    created_at: iso(at),
    updated_at: iso(at),
    resolved_at: status === 'RESOLVED' ? iso(at) : null,
  });
  await insertRows(db, 'callbacks', 100, quiet, (i) =>
    callback(i, ms - (299 - 2 * i) * DAY_MS, 'RESOLVED', 0),
  );
  // The queue: 60 open and 60 resolved callbacks from the last day, newer than any other, so the
  // queue reads a full page of each status (it reads each status by itself) from either tenant.
  await insertRows(db, 'callbacks', 120, quiet, (i) =>
    callback(100 + i, ms - DAY_MS + i * 60_000, i % 2 === 0 ? 'OPEN' : 'RESOLVED', 1 + (i % 5)),
  );

  await insertRows(db, 'sms_messages', 100, quiet, (i) => ({
    id: id('sms', i),
    business_id: businessId,
    customer_id: customerId,
    appointment_id: null,
    direction: 'outbound',
    to_phone: phone(0),
    from_phone: '+15125550000',
    body: 'Reminder: your appointment is tomorrow.',
    kind: 'reminder',
    status: 'delivered',
    provider_sid: null,
    error_code: null,
    error_message: null,
    dedupe_key: `probe:${i}`,
    retry_at: null,
    created_at: iso(ms - (301 - 2 * i) * DAY_MS),
    updated_at: iso(ms - (301 - 2 * i) * DAY_MS),
  }));

  return {
    timelineCustomerId: customerId,
    bookedDay,
    searchTerms: ['zabrisk', 'xylophone', 'quillon', '415-990-01', 'varga.example'],
  };
}
