import type { Kysely } from 'kysely';
import { createSchedulingServices } from '../../src/app.js';
import { createCustomerService } from '../../src/modules/crm/customers.service.js';
import type { Notifier, OwnerEvent, SmsKind } from '../../src/modules/notifications/notifier.js';
import type { BusyCalendar } from '../../src/modules/scheduling/availability/busy-calendar.js';
import { noBusyCalendar } from '../../src/modules/scheduling/availability/busy-calendar.js';
import type { Business } from '../../src/modules/tenants/tenants.model.js';
import type { AdminBusinessCreate } from '../../src/modules/tenants/tenants.schemas.js';
import { createTenantService } from '../../src/modules/tenants/tenants.service.js';
import type { SqlStore } from '../../src/platform/db/create-database.js';
import type { Database } from '../../src/platform/db/database.js';
import { manualClock } from '../helpers/manual-clock.js';

export interface SentCustomerMessage {
  customerId: string;
  kind: SmsKind;
  body: string;
  dedupeKey: string;
  appointmentId?: string;
}

/** Records what would have been sent; `failWith` makes every call throw (a broken notifier). */
export function recordingNotifier(options: { failWith?: Error } = {}) {
  const customer: SentCustomerMessage[] = [];
  const owner: Array<{ event: OwnerEvent; body: string; dedupeKey: string }> = [];
  const notifier: Notifier = {
    notifyCustomer: async (_business, message) => {
      if (options.failWith) throw options.failWith;
      customer.push(message);
      const id = `sms_${customer.length}`;
      return { id, status: 'sent', provider_sid: null, deduplicated: false, retry_at: null };
    },
    alertOwner: async (_business, alert) => {
      if (options.failWith) throw options.failWith;
      owner.push(alert);
      return null;
    },
  };
  return { notifier, customer, owner };
}

export const CHICAGO_HOURS = {
  mon: [['08:00', '17:00']],
  tue: [['08:00', '17:00']],
  wed: [['08:00', '17:00']],
  thu: [['08:00', '17:00']],
  fri: [['08:00', '17:00']],
  sat: [],
  sun: [],
} satisfies AdminBusinessCreate['business_hours'];

let counter = 0;

/** A Chicago plumber with two services, a 30-minute travel buffer and a 60-minute lead time. */
export function plumberFields(overrides: Partial<AdminBusinessCreate> = {}): AdminBusinessCreate {
  counter += 1;
  return {
    id: `sched-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    name: 'Sched Plumbing',
    time_zone: 'America/Chicago',
    business_hours: CHICAGO_HOURS,
    services: [
      { name: 'Drain cleaning', duration_minutes: 90 },
      { name: 'Water heater repair', duration_minutes: 120 },
    ],
    default_duration_minutes: 60,
    travel_buffer_minutes: 30,
    min_lead_minutes: 60,
    ...overrides,
  };
}

/** Scheduling services from app.ts's own factory, on a test store, with a recording notifier and a manual clock. */
export function schedulingHarness(
  sql: Pick<SqlStore, 'db' | 'dialect'>,
  options: { now?: string; calendar?: BusyCalendar; failingNotifier?: Error } = {},
) {
  const db: Kysely<Database> = sql.db;
  const clock = manualClock(options.now ?? '2026-04-06T11:00:00Z');
  const sent = recordingNotifier(options.failingNotifier ? { failWith: options.failingNotifier } : {});
  const warnings: object[] = [];
  const tenants = createTenantService({ db, clock });
  const customers = createCustomerService({ db, clock });
  const { availability, bookings, reminders } = createSchedulingServices(
    { clock, sql },
    {
      tenants,
      customers,
      notifier: sent.notifier,
      calendar: options.calendar ?? noBusyCalendar,
      log: { warn: (details) => warnings.push(details) },
    },
  );

  async function tenant(overrides: Partial<AdminBusinessCreate> = {}): Promise<Business> {
    return tenants.create(plumberFields(overrides));
  }

  async function customer(business: Business, phone = randomPhone(), name = 'Dana Diaz') {
    return (await customers.upsertByPhone(business.id, { phone, name })).customer;
  }

  return {
    db,
    clock,
    sent,
    warnings,
    tenants,
    customers,
    availability,
    bookings,
    reminders,
    tenant,
    customer,
  };
}

let phones = Math.floor(Math.random() * 5_000);

/** A fresh valid US number per call (within one test process). */
export function randomPhone(): string {
  phones = (phones + 1) % 10_000;
  return `+1512555${String(phones).padStart(4, '0')}`;
}
