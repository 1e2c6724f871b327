// `npm run bench -- tail`: the latency of a full voice turn at 8, 32 and 64 concurrent calls on the
// embedded default (SQLite file + memory state), measured from outside: each concurrent caller plays
// whole calls back to back (greeting, turns posted to the <Gather action>, status callback; callers
// book, ask or hang up) from a separate process, and every mid-call turn's latency after a warm-up
// counts. Inside the service's process, during the same window: event-loop delay (p99, max) and GC
// pauses (count, total, longest). A fresh service per level and round; medians over rounds.
// Bar: p99 at 32 concurrent calls ≤ 20 ms. TAIL_LEVELS=32 measures one level;
// TAIL_CPU_PROFILE=<dir> writes a CPU profile of the service's process for each measured window
// (read it with `npx tsx bench/cpu-profile-top.ts <file>`); TAIL_COMPARE=checkpoints adds, beside
// each level, the same service with SQLite's own WAL checkpoints inside commits (the old way).
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { type BenchTarget, measureInRounds, median, printTable, runLoadGenerator } from './bench-support.js';
import { BENCH_TWILIO_TOKEN, type EmbeddedService, startEmbeddedService } from './soak/embedded-service.js';
import type { SoakLoadOptions, SoakLoadResult } from './soak/soak-callers.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 3;
const LEVELS = (process.env.TAIL_LEVELS ?? '8,32,64').split(',').map(Number);
const PROFILE_DIR = process.env.TAIL_CPU_PROFILE;
const COMPARE_CHECKPOINTS = process.env.TAIL_COMPARE === 'checkpoints';
const BAR_LEVEL = 32;
const BAR_P99_MS = 20;

interface Level extends BenchTarget {
  concurrency: number;
  service: EmbeddedService;
}

interface Measurement {
  turns: number;
  rps: number;
  p50: number;
  p99: number;
  p999: number;
  max: number;
  loopP99: number;
  loopMax: number;
  gcCount: number;
  gcTotalMs: number;
  gcMaxMs: number;
  /** The service process's CPU time (user + system) per request in the window: its cost, whatever the machine's load. */
  cpuMsPerRequest: number;
  failed: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

/** Profiles this process (the service's) between `start()` and `stop(name)`, when asked to. */
function cpuProfiler() {
  const session = PROFILE_DIR ? new Session() : null;
  return {
    start: async () => {
      if (!session) return;
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    },
    stop: async (name: string) => {
      if (!session || !PROFILE_DIR) return;
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      mkdirSync(PROFILE_DIR, { recursive: true });
      const file = join(PROFILE_DIR, `tail-${name.replace(/\W+/g, '-')}-${Date.now()}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      console.log(`CPU profile: ${file}`);
    },
  };
}

/** GC pauses in this process from `start()` on (perf_hooks 'gc' entries). */
function gcPauses() {
  const pauses: number[] = [];
  let counting = false;
  const observer = new PerformanceObserver((list) => {
    if (counting) for (const entry of list.getEntries()) pauses.push(entry.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    start: () => {
      counting = true;
    },
    stop: () => {
      observer.disconnect();
      return pauses;
    },
  };
}

async function measure(level: Level): Promise<Measurement> {
  const loop = monitorEventLoopDelay({ resolution: 1 });
  const gc = gcPauses();
  const profiler = cpuProfiler();
  let cpuAtStart = process.cpuUsage();
  // The window opens after the warm-up, when the load generator starts counting turns too.
  const warmup = setTimeout(() => {
    cpuAtStart = process.cpuUsage();
    loop.enable();
    gc.start();
    void profiler.start();
  }, WARMUP_SECONDS * 1000);
  const options: SoakLoadOptions = {
    base: level.service.base,
    businessId: level.service.businessId,
    token: BENCH_TWILIO_TOKEN,
    durationSeconds: WARMUP_SECONDS + SECONDS,
    concurrency: level.concurrency,
    warmupSeconds: WARMUP_SECONDS,
  };
  try {
    const load = await runLoadGenerator<SoakLoadResult>('soak/soak-callers.ts', options);
    const cpu = process.cpuUsage(cpuAtStart);
    await profiler.stop(level.name);
    const sorted = load.turnLatencies.sort((a, b) => a - b);
    const pauses = gc.stop();
    return {
      turns: sorted.length,
      rps: load.requests / (WARMUP_SECONDS + SECONDS),
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      p999: percentile(sorted, 0.999),
      max: sorted.at(-1) ?? 0,
      loopP99: loop.percentile(99) / 1e6,
      loopMax: loop.max / 1e6,
      gcCount: pauses.length,
      gcTotalMs: pauses.reduce((sum, ms) => sum + ms, 0),
      gcMaxMs: Math.max(0, ...pauses),
      // Requests in the window, from the whole run's rate (the generator counts them all).
      cpuMsPerRequest:
        (cpu.user + cpu.system) / 1000 / Math.max(1, (load.requests * SECONDS) / (WARMUP_SECONDS + SECONDS)),
      failed: load.non2xx + load.errors,
    };
  } finally {
    clearTimeout(warmup);
    loop.disable();
    gc.stop();
  }
}

export async function run(): Promise<boolean> {
  const variants: Array<'worker' | 'in-commit'> = COMPARE_CHECKPOINTS ? ['worker', 'in-commit'] : ['worker'];
  const factories = LEVELS.flatMap((concurrency) =>
    variants.map((checkpoints) => async (): Promise<Level> => {
      const service = await startEmbeddedService({}, { sqliteCheckpoints: checkpoints });
      const name = checkpoints === 'worker' ? String(concurrency) : `${concurrency}, checkpoints in commits`;
      return { name, concurrency, service, close: () => service.close() };
    }),
  );
  const results = await measureInRounds(ROUNDS, factories, measure);
  const pick = (runs: Measurement[], field: keyof Measurement) => median(runs.map((m) => m[field]));
  const rows = [...results.entries()].map(([name, runs]) => [
    name,
    pick(runs, 'turns'),
    pick(runs, 'rps').toFixed(0),
    pick(runs, 'p50').toFixed(1),
    pick(runs, 'p99').toFixed(1),
    pick(runs, 'p999').toFixed(1),
    pick(runs, 'max').toFixed(1),
    pick(runs, 'loopP99').toFixed(1),
    pick(runs, 'loopMax').toFixed(1),
    `${pick(runs, 'gcCount')} / ${pick(runs, 'gcTotalMs').toFixed(0)} / ${pick(runs, 'gcMaxMs').toFixed(1)}`,
    pick(runs, 'cpuMsPerRequest').toFixed(2),
    runs.reduce((sum, m) => sum + m.failed, 0),
  ]);
  printTable(
    `Voice-turn latency — embedded default, ${SECONDS} s per level after ${WARMUP_SECONDS} s warm-up, medians of ${ROUNDS} (ms)`,
    [
      'calls',
      'turns',
      'req/s',
      'p50',
      'p99',
      'p99.9',
      'max',
      'loop p99',
      'loop max',
      'GC n/total/max',
      'CPU ms/req',
      'failed',
    ],
    rows,
  );
  const failed = rows.reduce((sum, row) => sum + Number(row.at(-1)), 0);
  const atBar = results.get(String(BAR_LEVEL));
  if (!atBar) return failed === 0;
  const p99 = pick(atBar, 'p99');
  console.log(`\np99 at ${BAR_LEVEL} concurrent calls = ${p99.toFixed(1)} ms (bar ≤ ${BAR_P99_MS} ms)`);
  if (failed > 0) console.log(`${failed} requests were not 2xx or failed: the measurement is not valid`);
  return p99 <= BAR_P99_MS && failed === 0;
}
