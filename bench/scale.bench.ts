// `npm run bench -- scale [--size 0.1]`: does anything slow down as a business's history grows?
// On each dialect (embedded SQLite file + memory state; PostgreSQL + Redis) one store holds two
// tenants with the same probe rows (bench/scale/probe.ts): an empty one, and one grown in bulk to
// 100,000 conversations with 1,000,000 messages, 50,000 customers, 20,000 appointments, 10,000
// callbacks and 50,000 texts (bench/scale/history.ts; `--size` scales those counts). Each round
// starts the service fresh on each dialect's store (measureInRounds) and measures both tenants on
// it, alternating between them so that the shared machine's other work lands on both alike: signed
// Twilio voice turns from a separate load process (req/s, as `bench -- voice`, in alternating
// slices), and the median latency of the owner's reads through HTTP (inject, request by request):
// slot search, customer search, the day's schedule, the timeline of a customer with 500 events, the
// callback queue. Reported: medians of the rounds, and the grown tenant's throughput as a share of
// the empty one's (bar ≥ 0.8). BENCH_ROUNDS, BENCH_SECONDS (a slice), BENCH_VOICE_SLICES,
// BENCH_CONNECTIONS, BENCH_REQUESTS and BENCH_DIALECTS (sqlite,postgres) tune it.
// The empty tenant takes the voice calls of every round too, so it is a few thousand calls old by
// the last round: small beside the grown tenant's history.

import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../src/app.js';
import { createTenantService } from '../src/modules/tenants/tenants.service.js';
import { loadConfig } from '../src/platform/config/config.js';
import { addLocalDays } from '../src/platform/time/tenant-time.js';
import {
  type BenchStore,
  measureInRounds,
  median,
  printTable,
  runLoadGenerator,
  summarize,
  tempPostgres,
  tempSqlite,
} from './bench-support.js';
import { historySize, seedHistory } from './scale/history.js';
import { type Probe, seedProbe } from './scale/probe.js';

const TOKEN = 'bench-twilio-auth-token-0123456789abcdef';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const VOICE_SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const VOICE_SLICES = Number(process.env.BENCH_VOICE_SLICES ?? 4);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WARMUP = 30;
const BAR = 0.8;
const TIME_ZONE = 'America/Chicago';
const OPEN_EVERY_DAY = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['07:00', '19:00']]]),
);

type Which = 'empty' | 'grown';

interface Tenant {
  id: string;
  apiKey: string;
  probe: Probe;
}

interface Prepared {
  label: string;
  bench: BenchStore;
  tenants: Record<Which, Tenant>;
  redis: boolean;
}

interface Measured {
  rps: number;
  p99: number;
  failures: number;
  /** Median latency (ms) of each owner read. */
  reads: Record<string, number>;
}

function sizeFlag(): number {
  const at = process.argv.indexOf('--size');
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number(process.env.BENCH_SCALE_SIZE ?? 1);
  if (!(value > 0 && value <= 10)) throw new Error('--size must be a number in (0, 10]');
  return value;
}

async function prepare(open: () => Promise<BenchStore | null>, scale: number): Promise<Prepared | null> {
  const bench = await open();
  if (!bench) return null;
  const { db } = bench.store;
  const now = new Date();
  const tenantService = createTenantService({ db, clock: { now: () => now } });
  const tenant = async (which: Which, tag: string): Promise<Tenant> => {
    const created = await tenantService.create({
      name: `Scale ${which}`,
      time_zone: TIME_ZONE,
      business_hours: OPEN_EVERY_DAY as never,
      owner_phone: '+15125550100',
      twilio_phone_number: `+1512555${String(Math.floor(Math.random() * 9000) + 1000)}`,
      services: [{ name: 'Drain cleaning', duration_minutes: 60 }],
    });
    const probe = await seedProbe(db, created.id, tag, TIME_ZONE, now);
    if (!created.api_key) throw new Error('the new tenant has no API key');
    return { id: created.id, apiKey: created.api_key, probe };
  };
  const empty = await tenant('empty', 'e');
  const grown = await tenant('grown', 'g');
  const size = historySize(scale);
  console.log(
    `${bench.label}: growing one tenant to ${size.conversations.toLocaleString()} conversations, ` +
      `${(size.conversations * size.messagesPerConversation).toLocaleString()} messages, ` +
      `${size.customers.toLocaleString()} customers, ${size.appointments.toLocaleString()} appointments, ` +
      `${size.callbacks.toLocaleString()} callbacks, ${size.sms.toLocaleString()} texts`,
  );
  const started = performance.now();
  let lastTable = '';
  await seedHistory(db, grown.id, 'g', size, now, (table, done, total) => {
    if (table !== lastTable || done === total || done % (total >= 500_000 ? 200_000 : 100_000) === 0) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `  ${table.padEnd(22)} ${done.toLocaleString().padStart(9)} / ${total.toLocaleString()}  ${seconds} s`,
      );
    }
    lastTable = table;
  });
  // PostgreSQL plans from statistics, which autovacuum would gather on its own soon after a load
  // like this; gathering them now measures the steady state rather than the minutes before it.
  if (bench.store.dialect === 'postgres') await sql`analyze`.execute(db);
  console.log(`${bench.label}: seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { label: bench.label, bench, tenants: { empty, grown }, redis: bench.store.dialect === 'postgres' };
}

interface Target {
  name: string;
  app: FastifyInstance;
  base: string;
  prepared: Prepared;
  close(): Promise<void>;
}

/** The service on the dialect's store; it serves both tenants, so both are measured on one start. */
async function startService(prepared: Prepared): Promise<Target> {
  const config = loadConfig({
    ENVIRONMENT: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: prepared.redis ? 'postgres://bench' : 'sqlite::memory:',
    ...(prepared.redis ? { REDIS_URL } : {}),
    TWILIO_AUTH_TOKEN: TOKEN,
    SEED_DEFAULT_BUSINESS: 'false',
    REMINDER_INTERVAL_SECONDS: '0',
    // One load generator is one client address: the limiter would answer most turns 429.
    RATE_LIMIT_DISABLED: 'true',
  });
  const { app } = await buildApp(config, { sql: prepared.bench.store });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return { name: prepared.label, app, base, prepared, close: () => app.close() };
}

/** The owner's reads, each as the list of URLs one measurement cycles through. */
function reads(tenant: Tenant): Record<string, string[]> {
  const { probe } = tenant;
  const day = probe.bookedDay;
  return {
    'slot search': [
      `/v1/owner/availability?date=${day}`,
      `/v1/owner/availability?from_date=${day}&to_date=${addLocalDays(day, 6)}&part_of_day=afternoon`,
      '/v1/owner/availability?asap=true&limit=3',
      `/v1/owner/availability?from_date=${addLocalDays(day, 2)}&at=10:00`,
    ],
    'customer search': probe.searchTerms.map((q) => `/v1/crm/customers/search?q=${encodeURIComponent(q)}`),
    'owner schedule': [`/v1/owner/schedule?date=${day}`, `/v1/owner/schedule?date=${addLocalDays(day, 1)}`],
    'timeline (500 events)': [`/v1/crm/customers/${probe.timelineCustomerId}/timeline`],
    'callback queue': ['/v1/owner/callbacks', '/v1/owner/callbacks?status=OPEN'],
  };
}

/**
 * Median latency of each read for both tenants, the same request to one tenant and then the other
 * (which goes first alternates), so a busy moment of the machine lands on both alike.
 */
async function timeReads(
  target: Target,
): Promise<{ reads: Record<Which, Record<string, number>>; failures: number }> {
  const tenants = target.prepared.tenants;
  const urls = { empty: reads(tenants.empty), grown: reads(tenants.grown) };
  const result: Record<Which, Record<string, number>> = { empty: {}, grown: {} };
  let failures = 0;
  for (const name of Object.keys(urls.empty)) {
    const samples: Record<Which, number[]> = { empty: [], grown: [] };
    for (let i = 0; i < WARMUP + REQUESTS; i += 1) {
      const order: Which[] = i % 2 === 0 ? ['empty', 'grown'] : ['grown', 'empty'];
      for (const which of order) {
        const list = urls[which][name]!;
        const started = performance.now();
        const response = await target.app.inject({
          url: list[i % list.length]!,
          headers: { 'x-api-key': tenants[which].apiKey },
        });
        const elapsed = performance.now() - started;
        if (response.statusCode !== 200) failures += 1;
        if (i >= WARMUP) samples[which].push(elapsed);
      }
    }
    result.empty[name] = summarize(samples.empty).p50;
    result.grown[name] = summarize(samples.grown).p50;
  }
  return { reads: result, failures };
}

interface VoiceResult {
  rps: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function voiceLoad(target: Target, which: Which, seconds: number): Promise<VoiceResult> {
  return runLoadGenerator<VoiceResult>('voice-load.ts', {
    base: target.base,
    path: `/v1/twilio/voice?business_id=${target.prepared.tenants[which].id}`,
    token: TOKEN,
    durationSeconds: seconds,
    connections: CONNECTIONS,
  });
}

/**
 * Voice turns for both tenants in alternating slices (which tenant goes first alternates too), so
 * the other work on a shared machine lands on both alike; req/s over all slices of a tenant.
 */
async function voiceTurns(target: Target): Promise<Record<Which, VoiceResult>> {
  const slices: Record<Which, VoiceResult[]> = { empty: [], grown: [] };
  for (let slice = 0; slice < VOICE_SLICES; slice += 1) {
    const order: Which[] = slice % 2 === 0 ? ['empty', 'grown'] : ['grown', 'empty'];
    for (const which of order) slices[which].push(await voiceLoad(target, which, VOICE_SECONDS));
  }
  const combine = (runs: VoiceResult[]): VoiceResult => ({
    rps: runs.reduce((sum, r) => sum + r.rps, 0) / runs.length,
    p99: median(runs.map((r) => r.p99)),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  });
  return { empty: combine(slices.empty), grown: combine(slices.grown) };
}

async function measure(target: Target): Promise<Record<Which, Measured>> {
  // A short unmeasured load first: the fresh process compiles its hot paths on someone's turns.
  await voiceLoad(target, 'empty', 1);
  const voice = await voiceTurns(target);
  const owner = await timeReads(target);
  const of = (which: Which): Measured => ({
    rps: voice[which].rps,
    p99: voice[which].p99,
    failures: voice[which].non2xx + voice[which].errors + (which === 'grown' ? owner.failures : 0),
    reads: owner.reads[which],
  });
  return { empty: of('empty'), grown: of('grown') };
}

export async function run(): Promise<boolean> {
  const scale = sizeFlag();
  const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
  const prepared: Prepared[] = [];
  try {
    if (dialects.includes('sqlite')) prepared.push((await prepare(tempSqlite, scale))!);
    if (dialects.includes('postgres')) {
      const pg = await prepare(tempPostgres, scale);
      if (pg) prepared.push(pg);
    }
    const factories = prepared.map((p) => () => startService(p));
    const results = await measureInRounds(ROUNDS, factories, measure);
    return report(prepared, results, scale);
  } finally {
    for (const p of prepared) await p.bench.dispose();
  }
}

function report(
  prepared: Prepared[],
  results: Map<string, Array<Record<Which, Measured>>>,
  scale: number,
): boolean {
  const rows: Array<Array<string | number>> = [];
  let passed = true;
  let failures = 0;
  for (const { label } of prepared) {
    const empty = (results.get(label) ?? []).map((m) => m.empty);
    const grown = (results.get(label) ?? []).map((m) => m.grown);
    failures += [...empty, ...grown].reduce((sum, m) => sum + m.failures, 0);
    const row = (name: string, unit: string, e: number, g: number, ratio: number) => {
      if (!(ratio >= BAR)) passed = false;
      rows.push([
        label,
        name,
        unit,
        e.toFixed(unit === 'req/s' ? 0 : 3),
        g.toFixed(unit === 'req/s' ? 0 : 3),
        ratio.toFixed(2),
        ratio >= BAR ? 'ok' : 'SLOWER',
      ]);
    };
    const rps = (runs: Measured[]) => median(runs.map((m) => m.rps));
    row('voice turns', 'req/s', rps(empty), rps(grown), rps(grown) / rps(empty));
    const p99 = (runs: Measured[]) => median(runs.map((m) => m.p99));
    rows.push([
      label,
      'voice turn p99 (no bar)',
      'ms',
      p99(empty).toFixed(0),
      p99(grown).toFixed(0),
      (p99(empty) / p99(grown)).toFixed(2),
      '',
    ]);
    for (const name of Object.keys(empty[0]?.reads ?? {})) {
      const p50 = (runs: Measured[]) => median(runs.map((m) => m.reads[name] ?? Number.NaN));
      // A latency ratio turned into a throughput ratio: empty time / grown time.
      row(name, 'p50 ms', p50(empty), p50(grown), p50(empty) / p50(grown));
    }
  }
  printTable(
    `Scale ×${scale}: empty tenant vs grown tenant, medians of ${ROUNDS} rounds (voice: ${CONNECTIONS} connections, ${VOICE_SLICES} alternating slices × ${VOICE_SECONDS} s a tenant; reads: ${REQUESTS} requests each, alternating)`,
    ['store', 'measure', 'unit', 'empty', 'grown', 'ratio', `≥ ${BAR}`],
    rows,
  );
  console.log('\nratio: grown throughput / empty throughput (for latencies: empty p50 / grown p50)');
  if (failures > 0) console.log(`${failures} requests failed or were not 2xx: the measurement is not valid`);
  return passed && failures === 0;
}
