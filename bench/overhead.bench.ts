// `npm run bench -- overhead`: what the operational middleware costs. The same cheap route
// (GET /v1/widget/business: credential check and tenant read) on the embedded default, once with
// the rate limiter, request metrics, error-reporting hooks and request logging on, once with all of
// them off, interleaved over several rounds; load from a separate process (http-load.ts).
// Bar: the middleware costs at most 15 % of throughput (on ≥ 0.85 × off).
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config/config.js';
import { median, printTable, runLoadGenerator } from './bench-support.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const BAR = 0.85;

interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

type Variant = 'middleware on' | 'middleware off';

async function target(variant: Variant) {
  const file = join(tmpdir(), `bench-overhead-${randomBytes(6).toString('hex')}.db`);
  const on = variant === 'middleware on';
  const config = loadConfig({
    ENVIRONMENT: 'test',
    DATABASE_URL: `sqlite:${file}`,
    SEED_DEFAULT_BUSINESS: 'false',
    REMINDER_INTERVAL_SECONDS: '0',
    // On: every request takes tokens from both buckets, but the limit is never reached.
    RATE_LIMIT_DISABLED: on ? 'false' : 'true',
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_BURST: '1000000',
    LOG_LEVEL: on && !process.env.BENCH_NO_LOG ? 'info' : 'silent',
  });
  // Log lines are formatted and written as in production, to a sink instead of a terminal.
  const { app, services } = await buildApp(config, {
    logStream: { write: () => undefined },
    ...(on ? {} : { withoutOperationalHooks: true }),
  });
  const business = await services.tenants.create({ name: 'Bench Plumbing', time_zone: 'America/Chicago' });
  const token = business.widget_token as string;
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: `${base}/v1/widget/business`,
    headers: { 'x-widget-token': token },
    close: async () => {
      await app.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

function load(url: string, headers: Record<string, string>): Promise<Measurement> {
  const options = { url, headers, durationSeconds: DURATION_SECONDS, connections: CONNECTIONS };
  return runLoadGenerator<Measurement>('http-load.ts', options);
}

export async function run(): Promise<boolean> {
  const results: Record<Variant, Measurement[]> = { 'middleware on': [], 'middleware off': [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const variant of ['middleware off', 'middleware on'] as const) {
      const t = await target(variant);
      try {
        results[variant].push(await load(t.url, t.headers));
      } finally {
        await t.close();
      }
    }
  }
  const off = median(results['middleware off'].map((m) => m.rps));
  const rows = (Object.entries(results) as Array<[Variant, Measurement[]]>).map(([name, runs]) => {
    const rps = median(runs.map((m) => m.rps));
    return [
      name,
      rps.toFixed(0),
      median(runs.map((m) => m.p50)).toFixed(1),
      median(runs.map((m) => m.p99)).toFixed(1),
      (rps / off).toFixed(2),
      runs.reduce((sum, m) => sum + m.non2xx + m.errors, 0),
    ];
  });
  printTable(
    `GET /v1/widget/business — ${CONNECTIONS} connections, ${DURATION_SECONDS} s × ${ROUNDS} rounds, medians (ms)`,
    ['variant', 'req/s', 'p50', 'p99', 'on / off', 'non-2xx+errors'],
    rows,
  );
  const ratio = median(results['middleware on'].map((m) => m.rps)) / off;
  const failures = rows.reduce((sum, row) => sum + Number(row[5]), 0);
  console.log(`\nmiddleware on / off = ${ratio.toFixed(2)} (bar ≥ ${BAR}: the middleware costs ≤ 15 %)`);
  if (failures > 0) console.log(`${failures} responses were not 2xx or failed: the measurement is not valid`);
  return ratio >= BAR && failures === 0;
}
