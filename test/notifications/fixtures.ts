import type { Kysely } from 'kysely';
import type { Customer } from '../../src/modules/crm/customers.model.js';
import { createCustomerService } from '../../src/modules/crm/customers.service.js';
import type { Business } from '../../src/modules/tenants/tenants.model.js';
import type { AdminBusinessCreate } from '../../src/modules/tenants/tenants.schemas.js';
import { createTenantService } from '../../src/modules/tenants/tenants.service.js';
import { systemClock } from '../../src/platform/clock.js';
import type { Database } from '../../src/platform/db/database.js';
import { newId } from '../../src/platform/ids.js';

// Data for notification tests, written through the owning services (tenants, customers) where
// they exist; appointments are inserted as rows because only their reminder columns matter here.

let sequence = 0;

/** A distinct E.164 number per call (Twilio numbers are unique across tenants). */
export function uniquePhone(): string {
  sequence += 1;
  const suffix = String((process.pid * 7919 + sequence * 104_729) % 10_000_000).padStart(7, '0');
  return `+1512${suffix}`;
}

export async function createTenant(
  db: Kysely<Database>,
  fields: Partial<AdminBusinessCreate> = {},
): Promise<Business> {
  const tenants = createTenantService({ db, clock: systemClock });
  const created = await tenants.create({
    name: 'Drip Plumbing',
    twilio_phone_number: uniquePhone(),
    owner_phone: uniquePhone(),
    ...fields,
  });
  return tenants.get(created.id);
}

export async function createCustomer(
  db: Kysely<Database>,
  businessId: string,
  options: { optedOut?: boolean; name?: string } = {},
): Promise<Customer> {
  const customers = createCustomerService({ db, clock: systemClock });
  const phone = uniquePhone();
  const { customer } = await customers.upsertByPhone(businessId, { phone, name: options.name ?? 'Dana' });
  if (options.optedOut) return customers.setSmsOptOut(businessId, phone, true);
  return customer;
}

export async function insertAppointment(
  db: Kysely<Database>,
  fields: {
    businessId: string;
    customerId: string;
    startTime: Date;
    createdAt: Date;
    status?: string;
    reminderClaimedAt?: Date | null;
  },
): Promise<string> {
  const id = newId('apt');
  await db
    .insertInto('appointments')
    .values({
      id,
      business_id: fields.businessId,
      customer_id: fields.customerId,
      start_time: fields.startTime.toISOString(),
      end_time: new Date(fields.startTime.getTime() + 3_600_000).toISOString(),
      status: fields.status ?? 'SCHEDULED',
      source: 'api',
      is_emergency: 0,
      service_type: null,
      description: null,
      address: null,
      calendar_event_id: null,
      idempotency_key: null,
      reminder_claimed_at: fields.reminderClaimedAt?.toISOString() ?? null,
      reminder_sent_at: null,
      created_at: fields.createdAt.toISOString(),
      updated_at: fields.createdAt.toISOString(),
    })
    .execute();
  return id;
}

export function reminderColumns(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('appointments')
    .select(['reminder_claimed_at', 'reminder_sent_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export function smsRows(db: Kysely<Database>, businessId: string) {
  return db
    .selectFrom('sms_messages')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('created_at')
    .execute();
}

export const HOUR = 3_600_000;
