// `npm run bench -- calendar-sync`: one tenant's Google Calendar with 1,000 appointment events on a
// local fake of Google (the real client libraries, real HTTP, SQLite in memory). Measures an
// incremental sync (push "exists") that applies 1,000 changed events — time per event — beside a
// full sync of the same calendar, in the same run. Rounds: BENCH_ROUNDS (default 3), median shown.

import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app.js';
import { eventIdFor } from '../src/modules/calendar/event-id.js';
import { loadConfig } from '../src/platform/config/config.js';
import { type FakeGoogle, startFakeGoogle } from '../test/calendar/fake-google.js';
import { connectCalendar, googleEnv } from '../test/calendar/helpers.js';

const EVENTS = 1000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const HOUR_MS = 3600_000;

export async function run(): Promise<boolean> {
  const google = await startFakeGoogle();
  const config = loadConfig({
    ENVIRONMENT: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: 'sqlite::memory:',
    SEED_DEFAULT_BUSINESS: 'false',
    REMINDER_INTERVAL_SECONDS: '0',
    RATE_LIMIT_DISABLED: 'true',
    ...googleEnv(google, { GOOGLE_TIMEOUT_MS: '10000' }),
  });
  const { app, services } = await buildApp(config);
  try {
    const { business, apiKey } = await setUp(app, services, google);
    const watch = await app.inject({
      method: 'POST',
      url: '/v1/calendar/google/watch',
      headers: { 'x-api-key': apiKey },
      payload: {},
    });
    const channelId = watch.json().channel_id as string;
    const token = google.channels.get(channelId)!.token;
    let message = 0;
    const push = async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/v1/calendar/google/push',
        headers: {
          'x-goog-channel-id': channelId,
          'x-goog-channel-token': token,
          'x-goog-resource-state': 'exists',
          'x-goog-message-number': String(++message),
        },
      });
      return response.json() as { applied: number };
    };

    const incremental: number[] = [];
    const fullChanged: number[] = [];
    const fullQuiet: number[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      moveAll(google, business.id, 2 * round - 1);
      let started = performance.now();
      const applied = (await push()).applied;
      incremental.push(performance.now() - started);
      if (applied !== EVENTS) throw new Error(`incremental sync applied ${applied} of ${EVENTS}`);
      moveAll(google, business.id, 2 * round);
      started = performance.now();
      const full = await services.calendar.sync.requestSync(business, true);
      fullChanged.push(performance.now() - started);
      if (full.applied !== EVENTS) throw new Error(`full sync applied ${full.applied} of ${EVENTS}`);
      started = performance.now();
      await services.calendar.sync.requestSync(business, true);
      fullQuiet.push(performance.now() - started);
    }
    const inc = median(incremental);
    const full = median(fullChanged);
    const quiet = median(fullQuiet);
    console.log(
      `calendar-sync: ${EVENTS} events, ${ROUNDS} rounds (median), SQLite in memory, fake Google on loopback`,
    );
    console.log(
      `  incremental sync applying ${EVENTS} changes: ${inc.toFixed(0)} ms (${((inc / EVENTS) * 1000).toFixed(0)} µs per event)`,
    );
    console.log(`  full sync applying the same ${EVENTS} changes: ${full.toFixed(0)} ms`);
    console.log(`  full sync of the same calendar with nothing to change: ${quiet.toFixed(0)} ms`);
    console.log(`  ratio incremental / full (same changes): ${(inc / full).toFixed(2)}`);
    return true;
  } finally {
    await app.close();
    await google.close();
  }
}

async function setUp(
  app: Awaited<ReturnType<typeof buildApp>>['app'],
  services: Awaited<ReturnType<typeof buildApp>>['services'],
  google: FakeGoogle,
) {
  const created = await services.tenants.create({
    id: 'bench-calendar',
    name: 'Bench Plumbing',
    time_zone: 'America/Chicago',
  });
  await connectCalendar(app, created.api_key!);
  const business = await services.tenants.get(created.id);
  const { customer } = await services.customers.upsertByPhone(business.id, {
    phone: '+15125550199',
    name: 'Bench',
  });
  const base = Date.UTC(2026, 5, 1, 14);
  const at = new Date().toISOString();
  const rows = Array.from({ length: EVENTS }, (_, i) => {
    const id = `apt_bench_${String(i).padStart(5, '0')}`;
    const start = new Date(base + i * 2 * HOUR_MS);
    google.ownerPut({
      id: eventIdFor(business.id, id),
      status: 'confirmed',
      start: { dateTime: start.toISOString() },
      end: { dateTime: new Date(start.getTime() + HOUR_MS).toISOString() },
    });
    return {
      id,
      business_id: business.id,
      customer_id: customer.id,
      start_time: start.toISOString(),
      end_time: new Date(start.getTime() + HOUR_MS).toISOString(),
      status: 'SCHEDULED',
      source: 'api',
      is_emergency: 0,
      service_type: null,
      description: null,
      address: null,
      calendar_event_id: eventIdFor(business.id, id),
      idempotency_key: null,
      idempotency_fingerprint: null,
      reminder_claimed_at: null,
      reminder_sent_at: null,
      created_at: at,
      updated_at: at,
    };
  });
  for (let i = 0; i < rows.length; i += 100)
    await services.sql.db
      .insertInto('appointments')
      .values(rows.slice(i, i + 100))
      .execute();
  return { business, apiKey: created.api_key! };
}

/** The owner drags every event 30 minutes later (round n): each one is a change to apply. */
function moveAll(google: FakeGoogle, businessId: string, round: number): void {
  const base = Date.UTC(2026, 5, 1, 14);
  for (let i = 0; i < EVENTS; i += 1) {
    const id = eventIdFor(businessId, `apt_bench_${String(i).padStart(5, '0')}`);
    const start = new Date(base + i * 2 * HOUR_MS + round * 30 * 60_000);
    google.ownerPut({
      ...google.events.get(id)!,
      start: { dateTime: start.toISOString() },
      end: { dateTime: new Date(start.getTime() + HOUR_MS).toISOString() },
    });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
