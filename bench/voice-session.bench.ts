// `npm run bench -- voice-session`: the voice-session API flow of the reference system's voice load
// script (start, three text inputs, end) against the service on the embedded default (SQLite file
// + memory state, text only), in sessions per second. The load comes from a separate process: this
// same file, run with a JSON argument, is the load generator (autocannon, one session per round of
// five requests on each connection). Medians over BENCH_ROUNDS rounds (default 3). No bar: it is
// a measurement to compare changes against.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon, { type RawRequest } from 'autocannon';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config/config.js';
import { median, printTable, runLoadGenerator } from './bench-support.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const TEXTS = [
  'John Test',
  '123 Main Street, Merriam Kansas',
  'my water heater is leaking and I need service',
];
const REQUESTS_PER_SESSION = 2 + TEXTS.length;

interface LoadOptions {
  base: string;
  apiKey: string;
  businessId: string;
  durationSeconds: number;
  connections: number;
}

interface Measurement {
  sessionsPerSecond: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

const OPEN_EVERY_DAY = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['07:00', '19:00']]]),
);

async function startService(): Promise<{ options: LoadOptions; close(): Promise<void> }> {
  const file = join(tmpdir(), `bench-voice-session-${randomBytes(6).toString('hex')}.db`);
  const config = loadConfig({
    ENVIRONMENT: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: `sqlite:${file}`,
    SEED_DEFAULT_BUSINESS: 'false',
    REMINDER_INTERVAL_SECONDS: '0',
    // One load generator is one client address: the limiter would answer most requests 429
    // (as the reference notes for its own script). `npm run bench -- overhead` measures the limiter.
    RATE_LIMIT_DISABLED: 'true',
  });
  const { app, services } = await buildApp(config);
  const business = await services.tenants.create({
    name: 'Bench Plumbing',
    time_zone: 'America/Chicago',
    business_hours: OPEN_EVERY_DAY as never,
    owner_phone: '+15125550100',
    services: [{ name: 'Water heater repair', duration_minutes: 60 }],
  });
  const apiKey = business.api_key;
  if (!apiKey) throw new Error('tenants.create returned no api_key');
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    options: {
      base,
      apiKey,
      businessId: business.id,
      durationSeconds: DURATION_SECONDS,
      connections: CONNECTIONS,
    },
    close: async () => {
      await app.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

// ---- the load generator (its own process) -------------------------------------------------------

function step(options: LoadOptions, index: number) {
  const headers = {
    'content-type': 'application/json',
    'x-api-key': options.apiKey,
    'x-business-id': options.businessId,
  };
  const last = REQUESTS_PER_SESSION - 1;
  return {
    setupRequest: (request: RawRequest, context: Record<string, unknown>) => {
      const id = String(context.sessionId ?? 'none');
      request.method = 'POST';
      request.headers = { ...request.headers, ...headers };
      if (index === 0) {
        request.path = '/v1/voice/session/start';
        request.body = JSON.stringify({ caller_phone: '555-0000', lead_source: 'Load Test' });
      } else if (index === last) {
        request.path = `/v1/voice/session/${id}/end`;
        request.body = '{}';
      } else {
        request.path = `/v1/voice/session/${id}/input`;
        request.body = JSON.stringify({ text: TEXTS[index - 1] });
      }
      return request;
    },
    onResponse: (_status: number, body: string, context: Record<string, unknown>) => {
      if (index === 0) context.sessionId = (JSON.parse(body) as { session_id?: string }).session_id;
    },
  };
}

async function generateLoad(options: LoadOptions): Promise<void> {
  const result = await autocannon({
    url: options.base,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: Array.from({ length: REQUESTS_PER_SESSION }, (_, index) => step(options, index)),
  });
  const measured: Measurement = {
    sessionsPerSecond: result.requests.total / REQUESTS_PER_SESSION / options.durationSeconds,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  process.stdout.write(`${JSON.stringify(measured)}\n`);
}

// ---- the benchmark --------------------------------------------------------------------------------

export async function run(): Promise<boolean> {
  const runs: Measurement[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const service = await startService();
    try {
      const measured = await runLoadGenerator<Measurement>('voice-session.bench.ts', service.options);
      if (process.env.BENCH_DEBUG) console.log(JSON.stringify(measured));
      runs.push(measured);
    } finally {
      await service.close();
    }
  }
  const bad = runs.reduce((sum, m) => sum + m.non2xx + m.errors, 0);
  printTable(
    `Voice-session API flow (start, ${TEXTS.length} inputs, end) — SQLite + memory, ${CONNECTIONS} connections, ${DURATION_SECONDS} s × ${ROUNDS} rounds, medians (ms)`,
    ['target', 'sessions/s', 'req/s', 'p50', 'p99', 'non-2xx+errors'],
    [
      [
        'embedded default',
        median(runs.map((m) => m.sessionsPerSecond)).toFixed(1),
        median(runs.map((m) => m.rps)).toFixed(0),
        median(runs.map((m) => m.p50)).toFixed(1),
        median(runs.map((m) => m.p99)).toFixed(1),
        bad,
      ],
    ],
  );
  if (bad > 0) console.log(`${bad} responses were not 2xx or failed: the measurement is not valid`);
  return bad === 0;
}

// Run directly with a JSON argument (by runLoadGenerator): be the load generator.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2]) {
  generateLoad(JSON.parse(process.argv[2]) as LoadOptions).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
