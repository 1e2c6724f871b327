// Slot-search latency must not grow with a tenant's history: the range query reads only the days
// searched (index on business_id, start_time). Measured for a tenant with 100 and one with 10,000
// appointments spread over two years around now, with identical settings and the same 300 varied
// searches, interleaved. Bar: p50(10k) / p50(100) ≤ 3. Also booking throughput through the service
// on SQLite and PostgreSQL, sequential and with 20 in flight.
//
// Workload: 10,000 jobs in two years is ~14 a day, which one calendar can only hold around the clock,
// so both tenants are 24/7 emergency plumbers (15-minute travel buffer). Jobs last 30–90 minutes and
// arrive independently (exponential gaps), never overlapping, about half the clock booked; the 10k
// tenant therefore has ~14 neighbours in every searched day while the 100 tenant has almost none.

import { performance } from 'node:perf_hooks';
import { createSchedulingServices } from '../src/app.js';
import { createCustomerService } from '../src/modules/crm/customers.service.js';
import { nullNotifier } from '../src/modules/notifications/null-notifier.js';
import type { AppointmentRow } from '../src/modules/scheduling/appointments/appointments.table.js';
import type { AvailabilityService } from '../src/modules/scheduling/availability/availability.service.js';
import { noBusyCalendar } from '../src/modules/scheduling/availability/busy-calendar.js';
import type { Business } from '../src/modules/tenants/tenants.model.js';
import type { AdminBusinessCreate } from '../src/modules/tenants/tenants.schemas.js';
import { createTenantService } from '../src/modules/tenants/tenants.service.js';
import type { Clock } from '../src/platform/clock.js';
import type { SqlStore } from '../src/platform/db/create-database.js';
import { addLocalDays, localDateOf } from '../src/platform/time/tenant-time.js';
import type { TimeConstraint } from '../src/platform/time/time-constraint.js';
import {
  type BenchStore,
  ms,
  printTable,
  runPool,
  seededRandom,
  summarize,
  tempPostgres,
  tempSqlite,
} from './bench-support.js';

const RATIO_BAR = 3;
const SEARCHES = 300;
const WARMUP = 60;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const NOW = new Date();
const clock: Clock = { now: () => NOW };

const TENANT: AdminBusinessCreate = {
  name: 'Bench Plumbing',
  time_zone: 'America/Chicago',
  business_hours: {
    mon: [['00:00', '24:00']],
    tue: [['00:00', '24:00']],
    wed: [['00:00', '24:00']],
    thu: [['00:00', '24:00']],
    fri: [['00:00', '24:00']],
    sat: [['00:00', '24:00']],
    sun: [['00:00', '24:00']],
  },
  services: [
    { name: 'Drain cleaning', duration_minutes: 90 },
    { name: 'Water heater repair', duration_minutes: 120 },
  ],
  travel_buffer_minutes: 15,
  min_lead_minutes: 60,
};

function services(store: SqlStore) {
  const { db, dialect } = store;
  const tenants = createTenantService({ db, clock });
  const customers = createCustomerService({ db, clock });
  const { availability, bookings } = createSchedulingServices(
    { clock, sql: { db, dialect } },
    { tenants, customers, notifier: nullNotifier, calendar: noBusyCalendar, log: { warn: () => undefined } },
  );
  return { tenants, customers, availability, bookings };
}

/** A tenant with `count` non-overlapping appointments laid end to end over ±365 days around now. */
async function seedTenant(store: SqlStore, count: number, seed: number): Promise<Business> {
  const { tenants, customers } = services(store);
  const business = await tenants.create({ ...TENANT, name: `Bench ${count}` });
  const customerIds: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    const phone = `+1737555${String(1000 + i)}`;
    customerIds.push(
      (await customers.upsertByPhone(business.id, { phone, name: `Customer ${i}` })).customer.id,
    );
  }
  const rand = seededRandom(seed);
  const durations = [30, 45, 60, 90];
  const meanGapMs = (730 * DAY_MS) / count - 56.25 * MINUTE_MS;
  const rows: AppointmentRow[] = [];
  let cursor = NOW.getTime() - 365 * DAY_MS;
  for (let i = 0; i < count; i += 1) {
    // Exponential gaps (independent arrivals), on a 15-minute grid.
    const gapMs = -Math.log(1 - rand()) * meanGapMs;
    const start = cursor + Math.round(gapMs / (15 * MINUTE_MS)) * 15 * MINUTE_MS;
    const end = start + durations[Math.floor(rand() * durations.length)]! * MINUTE_MS;
    cursor = end;
    const past = end < NOW.getTime();
    const status = rand() < 0.05 ? 'CANCELLED' : past ? 'COMPLETED' : 'SCHEDULED';
    rows.push(benchRow(business.id, customerIds[i % customerIds.length]!, start, end, status, i));
  }
  await store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('appointments')
        .values(rows.slice(i, i + 500))
        .execute();
  });
  return business;
}

function benchRow(
  businessId: string,
  customerId: string,
  start: number,
  end: number,
  status: string,
  i: number,
) {
  const at = NOW.toISOString();
  return {
    id: `apt_bench_${businessId}_${i}`,
    business_id: businessId,
    customer_id: customerId,
    start_time: new Date(start).toISOString(),
    end_time: new Date(end).toISOString(),
    status,
    source: 'phone',
    is_emergency: 0,
    service_type: null,
    description: null,
    address: null,
    calendar_event_id: null,
    idempotency_key: null,
    idempotency_fingerprint: null,
    reminder_claimed_at: null,
    reminder_sent_at: null,
    created_at: at,
    updated_at: at,
  } satisfies AppointmentRow;
}

interface SearchCase {
  constraint: TimeConstraint;
  serviceType?: string;
  limit: number;
}

/** Six shapes of request an assistant makes, over dates up to ~7 weeks ahead. */
function searchCases(count: number, timeZone: string): SearchCase[] {
  const rand = seededRandom(7);
  const today = localDateOf(NOW, timeZone);
  return Array.from({ length: count }, (_, i): SearchCase => {
    const day = addLocalDays(today, 1 + Math.floor(rand() * 45));
    switch (i % 6) {
      case 0:
        return { constraint: { asap: true }, limit: 3 };
      case 1:
        return { constraint: { fromDate: day, toDate: day }, limit: 5 };
      case 2:
        return { constraint: { fromDate: day, partOfDay: 'morning' }, limit: 3 };
      case 3:
        return {
          constraint: { fromDate: day, toDate: addLocalDays(day, 6), partOfDay: 'afternoon' },
          limit: 3,
        };
      case 4:
        return { constraint: { fromDate: day, after: '13:00', before: '17:00' }, limit: 5 };
      default:
        return { constraint: { fromDate: day, at: '10:00' }, serviceType: 'Water heater repair', limit: 3 };
    }
  });
}

async function timeSearch(availability: AvailabilityService, business: Business, search: SearchCase) {
  const started = performance.now();
  await availability.search(business, search);
  return performance.now() - started;
}

async function searchLatency(): Promise<boolean> {
  const bench = await tempSqlite();
  try {
    const small = await seedTenant(bench.store, 100, 1);
    const large = await seedTenant(bench.store, 10_000, 2);
    const { availability } = services(bench.store);
    const cases = searchCases(SEARCHES, TENANT.time_zone!);
    for (const search of cases.slice(0, WARMUP)) {
      await timeSearch(availability, small, search);
      await timeSearch(availability, large, search);
    }
    const samples = { small: [] as number[], large: [] as number[] };
    for (const [i, search] of cases.entries()) {
      // Alternate which tenant goes first so neither gets a systematically warmer cache.
      const order = i % 2 === 0 ? (['small', 'large'] as const) : (['large', 'small'] as const);
      for (const which of order)
        samples[which].push(await timeSearch(availability, which === 'small' ? small : large, search));
    }
    const s = summarize(samples.small);
    const l = summarize(samples.large);
    printTable(
      `Slot search latency — ${bench.label}, ${SEARCHES} searches per tenant, varied constraints (ms)`,
      ['tenant', 'appointments', 'p50', 'p99', 'mean'],
      [
        ['small', '100', ms(s.p50), ms(s.p99), ms(s.mean)],
        ['large', '10,000', ms(l.p50), ms(l.p99), ms(l.mean)],
      ],
    );
    const ratio = l.p50 / s.p50;
    const passed = ratio <= RATIO_BAR;
    console.log(
      `\nratio p50(10k) / p50(100) = ${ratio.toFixed(2)}  (bar ≤ ${RATIO_BAR})  ${passed ? 'PASS' : 'FAIL'}`,
    );
    return passed;
  } finally {
    await bench.dispose();
  }
}

async function bookingThroughput(bench: BenchStore, count: number): Promise<Array<Array<string | number>>> {
  const { tenants, customers, bookings } = services(bench.store);
  const base = Math.ceil((NOW.getTime() + 30 * DAY_MS) / 3_600_000) * 3_600_000;
  const tenant = async () => {
    const business = await tenants.create(TENANT);
    const { customer } = await customers.upsertByPhone(business.id, { phone: '+17375550100' });
    return { business, customerId: customer.id };
  };
  const measure = async (mode: string, tasks: Array<() => Promise<unknown>>, concurrency: number) => {
    const started = performance.now();
    await runPool(tasks, concurrency);
    const seconds = (performance.now() - started) / 1000;
    return [bench.label, mode, tasks.length, seconds.toFixed(2), Math.round(tasks.length / seconds)];
  };
  const bookTask = (t: { business: Business; customerId: string }, i: number) => () =>
    bookings.book(t.business, { customer_id: t.customerId, start_time: new Date(base + i * 2 * 3_600_000) });

  const one = await tenant();
  const two = await tenant();
  const many = await Promise.all(Array.from({ length: 20 }, tenant));
  return [
    await measure(
      'sequential, 1 tenant',
      Array.from({ length: count }, (_, i) => bookTask(one, i)),
      1,
    ),
    await measure(
      '20 in flight, 1 tenant',
      Array.from({ length: count }, (_, i) => bookTask(two, i)),
      20,
    ),
    await measure(
      '20 in flight, 20 tenants',
      Array.from({ length: count }, (_, i) => bookTask(many[i % 20]!, i)),
      20,
    ),
  ];
}

export async function run(): Promise<boolean> {
  const started = performance.now();
  const passed = await searchLatency();
  const rows: Array<Array<string | number>> = [];
  for (const open of [tempSqlite, tempPostgres]) {
    const bench = await open();
    if (!bench) continue;
    try {
      rows.push(...(await bookingThroughput(bench, 300)));
    } finally {
      await bench.dispose();
    }
  }
  printTable(
    'Booking throughput — BookingService.book (overlap check + insert under the tenant lock)',
    ['store', 'mode', 'bookings', 'seconds', 'bookings/s'],
    rows,
  );
  console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return passed;
}
