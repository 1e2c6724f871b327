// Bulk history for one tenant, written straight into the tables (multi-row INSERTs, a transaction per
// 50,000 rows), not through the API: years of closed calls with their transcripts, customers,
// finished appointments, settled callbacks and sent texts. Everything here is in the past (older
// than two days) and belongs to customers the measured requests never ask about, so a request reads
// the same rows for an empty and a grown tenant and only the history around them differs.
// Deterministic: the same size gives the same rows.

import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../src/platform/db/database.js';
import { seededRandom } from '../bench-support.js';

export interface HistorySize {
  customers: number;
  conversations: number;
  messagesPerConversation: number;
  appointments: number;
  callbacks: number;
  sms: number;
}

/** The tenant: 100,000 conversations, 1,000,000 messages, 50,000 customers, 20,000 appointments. */
export function historySize(scale: number): HistorySize {
  const of = (count: number) => Math.max(1, Math.round(count * scale));
  return {
    customers: of(50_000),
    conversations: of(100_000),
    messagesPerConversation: 10,
    appointments: of(20_000),
    callbacks: of(10_000),
    sms: of(50_000),
  };
}

export type Progress = (table: string, done: number, total: number) => void;

const DAY_MS = 86_400_000;
const ROWS_PER_TRANSACTION = 50_000;
// Bound parameters per statement: SQLite allows 32,766, PostgreSQL 65,535.
const PARAMETERS_PER_STATEMENT = 30_000;

const FIRST = ['Ana', 'Ben', 'Carla', 'Dev', 'Elena', 'Femi', 'Gus', 'Hana', 'Ivan', 'Jo', 'Kai', 'Lena'];
const FIRST_MORE = ['Mateo', 'Nia', 'Omar', 'Priya', 'Rosa', 'Sam', 'Tariq', 'Uma', 'Vera', 'Wes', 'Yuki'];
const LAST = ['Garcia', 'Smith', 'Nguyen', 'Johnson', 'Brown', 'Lopez', 'Patel', 'Kim', 'Davis', 'Miller'];
const LAST_MORE = ['Wilson', 'Moore', 'Taylor', 'Thomas', 'Hernandez', 'Martin', 'Clark', 'Lewis', 'Young'];
const STREETS = ['Oak', 'Maple', 'Cedar', 'Pine', 'Elm', 'Lakeview', 'Hillcrest', 'Sunset', 'River', 'Park'];
const SUFFIXES = ['St', 'Ave', 'Rd', 'Ln', 'Dr', 'Ct', 'Blvd', 'Way'];
const LINES = [
  ['user', 'hi my water heater is leaking from the bottom'],
  ['assistant', 'Sorry to hear that. Is water still coming out right now?'],
  ['user', 'a little bit yeah can someone come tomorrow'],
  ['assistant', 'I can offer tomorrow at 9 AM or 1 PM. Which works better?'],
  ['user', 'nine works'],
  ['assistant', 'You are booked for tomorrow at 9 AM. Anything else?'],
  ['user', 'no thanks bye'],
  ['assistant', 'Thanks for calling. Goodbye!'],
] as const;

/** Writes the history of `size` for the business; ids carry `tag` so several tenants share a store. */
export async function seedHistory(
  db: Kysely<Database>,
  businessId: string,
  tag: string,
  size: HistorySize,
  now: Date,
  progress: Progress = () => {},
): Promise<void> {
  const rand = seededRandom(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)] as T;
  const first = [...FIRST, ...FIRST_MORE];
  const last = [...LAST, ...LAST_MORE];
  const end = now.getTime() - 2 * DAY_MS;
  // Spread `count` rows evenly over the `days` before `end`, oldest first.
  const at = (i: number, count: number, days: number) =>
    new Date(end - days * DAY_MS + Math.floor((i * days * DAY_MS) / count));
  const customerPhone = (i: number) => `+1737${String(2_000_000 + i)}`;
  const id = (prefix: string, i: number) => `${prefix}_${tag}_${String(i).padStart(8, '0')}`;

  await insertRows(db, 'customers', size.customers, progress, (i) => {
    const created = at(i, size.customers, 1100).toISOString();
    const given = pick(first);
    const family = pick(last);
    return {
      id: id('cus', i),
      business_id: businessId,
      name: `${given} ${family}`,
      phone: customerPhone(i),
      email: rand() < 0.6 ? `${given}.${family}${i}@mail.example`.toLowerCase() : null,
      address: `${1 + Math.floor(rand() * 9000)} ${pick(STREETS)} ${pick(SUFFIXES)}`,
      notes: null,
      sms_opt_out: 0,
      created_at: created,
      updated_at: created,
    };
  });

  const conversationCustomer = (i: number) => (i % 10 === 9 ? null : (i * 7_919) % size.customers);
  const conversationTime = (i: number) => at(i, size.conversations, 1095);
  await insertRows(db, 'conversations', size.conversations, progress, (i) => {
    const customer = conversationCustomer(i);
    const created = conversationTime(i);
    return {
      id: id('con', i),
      business_id: businessId,
      customer_id: customer === null ? null : id('cus', customer),
      channel: i % 5 === 0 ? 'sms' : 'phone',
      external_id: `CA${tag}${String(i).padStart(10, '0')}`,
      caller_phone: customer === null ? `+1512${String(3_000_000 + i)}` : customerPhone(customer),
      status: 'CLOSED',
      outcome: pick(['booked', 'callback', 'abandoned', 'handoff']),
      summary: null,
      created_at: created.toISOString(),
      updated_at: new Date(created.getTime() + 180_000).toISOString(),
    };
  });

  const perConversation = size.messagesPerConversation;
  await insertRows(db, 'conversation_messages', size.conversations * perConversation, progress, (i) => {
    const conversation = Math.floor(i / perConversation);
    const line = LINES[(i % perConversation) % LINES.length]!;
    return {
      id: id('msg', i),
      business_id: businessId,
      conversation_id: id('con', conversation),
      role: line[0],
      text: line[1],
      created_at: new Date(
        conversationTime(conversation).getTime() + (i % perConversation) * 15_000,
      ).toISOString(),
    };
  });

  await insertRows(db, 'appointments', size.appointments, progress, (i) => {
    const start = at(i, size.appointments, 730);
    const created = new Date(start.getTime() - 3 * DAY_MS).toISOString();
    return {
      id: id('apt', i),
      business_id: businessId,
      customer_id: id('cus', (i * 104_729) % size.customers),
      start_time: start.toISOString(),
      end_time: new Date(start.getTime() + 45 * 60_000).toISOString(),
      status: rand() < 0.1 ? 'CANCELLED' : 'COMPLETED',
      source: 'phone',
      is_emergency: rand() < 0.05 ? 1 : 0,
      service_type: 'Drain cleaning',
      description: null,
      address: null,
      calendar_event_id: null,
      idempotency_key: null,
      idempotency_fingerprint: null,
      reminder_claimed_at: null,
      reminder_sent_at: null,
      created_at: created,
      updated_at: created,
    };
  });

  await insertRows(db, 'callbacks', size.callbacks, progress, (i) => {
    const conversation = (i * 10 + 3) % size.conversations;
    const customer = conversationCustomer(conversation);
    const created = conversationTime(conversation).toISOString();
    const roll = rand();
    const status = roll < 0.05 ? 'OPEN' : roll < 0.1 ? 'SUPPRESSED' : 'RESOLVED';
    return {
      id: id('cb', i),
      business_id: businessId,
      customer_id: customer === null ? null : id('cus', customer),
      conversation_id: id('con', conversation),
      phone: customer === null ? `+1512${String(3_000_000 + conversation)}` : customerPhone(customer),
      name: null,
      reason: pick(['MISSED_CALL', 'VOICEMAIL', 'PARTIAL_INTAKE']),
      status,
      summary: 'Caller asked for a call back',
      voicemail_url: null,
      transcription: null,
      call_sid: `CA${tag}${String(conversation).padStart(10, '0')}`,
      dedupe_key: `bulk:${i}`,
      created_at: created,
      updated_at: created,
      resolved_at: status === 'RESOLVED' ? created : null,
    };
  });

  await insertRows(db, 'sms_messages', size.sms, progress, (i) => {
    const customer = (i * 31_337) % size.customers;
    const created = at(i, size.sms, 1095).toISOString();
    return {
      id: id('sms', i),
      business_id: businessId,
      customer_id: id('cus', customer),
      appointment_id: null,
      direction: 'outbound',
      to_phone: customerPhone(customer),
      from_phone: '+15125550000',
      body: 'Reminder: your appointment is tomorrow at 9 AM. Reply STOP to opt out.',
      kind: i % 2 === 0 ? 'reminder' : 'confirmation',
      status: 'delivered',
      provider_sid: `SM${tag}${String(i).padStart(10, '0')}`,
      error_code: null,
      error_message: null,
      dedupe_key: `bulk:${i}`,
      retry_at: null,
      created_at: created,
      updated_at: created,
    };
  });
}

/** Multi-row INSERTs of `count` generated rows, as many per statement as the parameters allow. */
export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  count: number,
  progress: Progress,
  make: (i: number) => Insertable<Database[T]>,
): Promise<void> {
  if (count <= 0) return;
  const columns = Object.keys(make(0) as object).length;
  const perStatement = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns));
  for (let from = 0; from < count; from += ROWS_PER_TRANSACTION) {
    const to = Math.min(count, from + ROWS_PER_TRANSACTION);
    await db.transaction().execute(async (trx) => {
      for (let i = from; i < to; i += perStatement) {
        const rows = Array.from({ length: Math.min(perStatement, to - i) }, (_, k) => make(i + k));
        await trx
          .insertInto(table)
          // biome-ignore lint/suspicious/noExplicitAny: one generic insert for every table's row type.
          .values(rows as any)
          .execute();
      }
    });
    progress(table, to, count);
  }
}
