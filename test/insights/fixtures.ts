// Rows written straight into the tables the insights module counts (no API: the counts are the
// subject, and the bench seeds the same way).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/platform/db/database.js';

type Db = Kysely<Database>;

export async function insertTenant(db: Db, settings: Record<string, unknown> = {}): Promise<string> {
  const id = `ins-${randomUUID().slice(0, 8)}`;
  const at = new Date().toISOString();
  await db
    .insertInto('businesses')
    .values({
      id,
      name: `Insights ${id}`,
      status: 'active',
      lockdown_mode: 0,
      twilio_phone_number: null,
      api_key_hash: null,
      widget_token_hash: null,
      api_key_rotated_at: null,
      widget_token_rotated_at: null,
      settings: JSON.stringify(settings),
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

export async function insertCustomer(
  db: Db,
  businessId: string,
  fields: { name?: string; phone?: string } = {},
): Promise<string> {
  const id = randomUUID();
  const at = new Date().toISOString();
  await db
    .insertInto('customers')
    .values({
      id,
      business_id: businessId,
      name: fields.name ?? 'Test Customer',
      phone: fields.phone ?? `+1${String(2_000_000_000 + Math.floor(Math.random() * 7_000_000_000))}`,
      email: null,
      address: null,
      notes: null,
      sms_opt_out: 0,
      sms_opt_out_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

export async function insertConversation(
  db: Db,
  businessId: string,
  fields: { channel: string; outcome?: string | null; created_at: string; is_test?: number },
): Promise<void> {
  await db
    .insertInto('conversations')
    .values({
      id: randomUUID(),
      business_id: businessId,
      customer_id: null,
      channel: fields.channel,
      external_id: null,
      caller_phone: null,
      status: 'CLOSED',
      outcome: fields.outcome ?? null,
      summary: null,
      is_test: fields.is_test ?? 0,
      created_at: fields.created_at,
      updated_at: fields.created_at,
    })
    .execute();
}

export interface AppointmentSeed {
  start_time: string;
  created_at: string;
  is_emergency?: boolean;
  source?: string;
  service_type?: string;
}

/** Appointments in one multi-row insert per 200 (the bench seeds 500 this way). */
export async function insertAppointments(
  db: Db,
  businessId: string,
  customerId: string,
  seeds: AppointmentSeed[],
): Promise<void> {
  const rows = seeds.map((seed) => ({
    id: randomUUID(),
    business_id: businessId,
    customer_id: customerId,
    start_time: seed.start_time,
    end_time: new Date(new Date(seed.start_time).getTime() + 30 * 60_000).toISOString(),
    status: 'SCHEDULED',
    source: seed.source ?? 'phone',
    is_emergency: seed.is_emergency ? 1 : 0,
    service_type: seed.service_type ?? 'Drain cleaning',
    description: null,
    address: null,
    calendar_event_id: null,
    idempotency_key: null,
    idempotency_fingerprint: null,
    reminder_claimed_at: null,
    reminder_sent_at: null,
    created_at: seed.created_at,
    updated_at: seed.created_at,
  }));
  for (let index = 0; index < rows.length; index += 200) {
    await db
      .insertInto('appointments')
      .values(rows.slice(index, index + 200))
      .execute();
  }
}

export async function insertOutboundText(db: Db, businessId: string, createdAt: string): Promise<void> {
  await db
    .insertInto('sms_messages')
    .values({
      id: randomUUID(),
      business_id: businessId,
      customer_id: null,
      appointment_id: null,
      direction: 'outbound',
      to_phone: '+15125550100',
      from_phone: null,
      body: 'Your appointment is confirmed',
      kind: 'confirmation',
      status: 'sent',
      provider_sid: null,
      error_code: null,
      error_message: null,
      dedupe_key: null,
      retry_at: null,
      created_at: createdAt,
      updated_at: createdAt,
    })
    .execute();
}
