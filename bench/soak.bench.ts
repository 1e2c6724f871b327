// `npm run bench -- soak [--minutes N | --seconds N] [--rate CALLS_PER_SECOND]`: calls start, take
// turns and end at a steady rate on the embedded default (SQLite file + memory state) for 10
// minutes by default, from a separate process (soak/soak-callers.ts): four in ten callers book, four
// ask questions, two hang up after the greeting; each call comes from its own client address with
// the rate limiter on, so rate buckets come and go too. Every 10 s the service's process is sampled:
// RSS, heap used, the memory store's keys and bytes, event-loop delay p99. Bar: RSS over the last
// minute ≤ 1.2 × RSS over the first (medians), and the key count stops growing (the store drops what expired
// and, past its byte budget, what was written longest ago).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMemoryKv, type MemoryKvStats } from '../src/platform/kv/memory-kv.js';
import { median, printTable, runLoadGenerator, summarize } from './bench-support.js';
import { asciiChart } from './soak/ascii-chart.js';
import { BENCH_TWILIO_TOKEN, startEmbeddedService } from './soak/embedded-service.js';
import type { SoakLoadOptions, SoakLoadResult } from './soak/soak-callers.js';

const SAMPLE_MS = 10_000;
const MB = 1024 * 1024;

interface Sample {
  seconds: number;
  rssMb: number;
  heapMb: number;
  keys: number;
  kvMb: number;
  expired: number;
  evicted: number;
  loopP99Ms: number;
}

function flag(name: string): number | undefined {
  const args = process.argv.slice(3);
  const at = args.indexOf(`--${name}`);
  const value = at === -1 ? undefined : Number(args[at + 1]);
  if (value !== undefined && !(value > 0)) throw new Error(`--${name} needs a positive number`);
  return value;
}

export async function run(): Promise<boolean> {
  const seconds = flag('seconds') ?? (flag('minutes') ?? 10) * 60;
  const callsPerSecond = flag('rate') ?? 10;
  const service = await startEmbeddedService({
    RATE_LIMIT_DISABLED: 'false',
    TRUST_PROXY: 'true',
    // High enough that no caller is refused (the tenant's bucket takes every turn), low enough
    // that a caller's bucket lives a while after its call.
    RATE_LIMIT_PER_MINUTE: '6000',
    RATE_LIMIT_BURST: '100000',
  });
  const store = service.services.state.twilioState;
  const kvStats = (): MemoryKvStats | null => (isMemoryKv(store) ? store.stats() : null);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const startedAt = Date.now();
  const samples: Sample[] = [];
  const sample = () => {
    const memory = process.memoryUsage();
    const kv = kvStats();
    samples.push({
      seconds: Math.round((Date.now() - startedAt) / 1000),
      rssMb: memory.rss / MB,
      heapMb: memory.heapUsed / MB,
      keys: kv?.keys ?? 0,
      kvMb: (kv?.bytes ?? 0) / MB,
      expired: kv?.expired ?? 0,
      evicted: kv?.evicted ?? 0,
      loopP99Ms: loop.percentile(99) / 1e6,
    });
    loop.reset();
    const last = samples.at(-1)!;
    console.log(
      `  ${last.seconds} s: RSS ${last.rssMb.toFixed(0)} MB, heap ${last.heapMb.toFixed(0)} MB, ${last.keys} keys`,
    );
  };
  const timer = setInterval(sample, SAMPLE_MS);
  console.log(`soak: ${callsPerSecond} calls/s for ${seconds} s, sampled every ${SAMPLE_MS / 1000} s …`);
  let load: SoakLoadResult;
  try {
    const options: SoakLoadOptions = {
      base: service.base,
      businessId: service.businessId,
      token: BENCH_TWILIO_TOKEN,
      durationSeconds: seconds,
      callsPerSecond,
      distinctClients: true,
    };
    load = await runLoadGenerator<SoakLoadResult>('soak/soak-callers.ts', options);
    sample();
  } finally {
    clearInterval(timer);
    loop.disable();
    await service.close();
  }
  return report(samples, load, seconds);
}

function report(samples: Sample[], load: SoakLoadResult, seconds: number): boolean {
  printTable(
    'Soak — the service process, every 10 s',
    ['t (s)', 'RSS MB', 'heap MB', 'kv keys', 'kv MB', 'expired', 'evicted', 'loop p99 ms'],
    samples.map((s) => [
      s.seconds,
      s.rssMb.toFixed(1),
      s.heapMb.toFixed(1),
      s.keys,
      s.kvMb.toFixed(1),
      s.expired,
      s.evicted,
      s.loopP99Ms.toFixed(1),
    ]),
  );
  console.log(
    `\n${asciiChart(
      'RSS',
      samples.map((s) => s.rssMb),
      'MB',
    )}`,
  );
  console.log(
    `\n${asciiChart(
      'heap used',
      samples.map((s) => s.heapMb),
      'MB',
    )}`,
  );
  console.log(
    `\n${asciiChart(
      'memory store keys',
      samples.map((s) => s.keys),
      'keys',
    )}`,
  );
  const turns = summarize(load.turnLatencies);
  console.log(
    `\n${load.calls} calls (${load.booked} booked, ${load.asked} asked, ${load.hungUp} hung up), ` +
      `${load.requests} requests, turn p50 ${turns.p50.toFixed(1)} ms, p99 ${turns.p99.toFixed(1)} ms, ` +
      `${load.non2xx} non-2xx, ${load.errors} failed`,
  );
  // RSS moves by tens of MB as the GC returns pages, so one sample is a poor reading: compare the
  // median of the first minute's samples with the median of the last minute's (both printed raw too).
  const window = Math.max(SAMPLE_MS / 1000, Math.min(60, seconds / 10));
  const rssIn = (from: number, to: number) =>
    median(samples.filter((s) => s.seconds > from && s.seconds <= to).map((s) => s.rssMb));
  const firstMinute = rssIn(0, window);
  const lastMinute = rssIn(seconds - window, Number.POSITIVE_INFINITY);
  const baseline = samples.find((s) => s.seconds >= window) ?? samples[0];
  const last = samples.at(-1);
  if (!baseline || !last || firstMinute === 0) return false;
  const ratio = lastMinute / firstMinute;
  // A plateau: the last third of the run adds (almost) no keys.
  const twoThirds = samples.find((s) => s.seconds >= (seconds * 2) / 3) ?? baseline;
  const keyGrowth = last.keys / Math.max(1, twoThirds.keys);
  console.log(
    `RSS, median of the last minute / of the first = ${lastMinute.toFixed(1)} / ${firstMinute.toFixed(1)} MB` +
      ` = ${ratio.toFixed(2)} (bar ≤ 1.2; single samples: ${last.rssMb.toFixed(1)} MB at ${last.seconds} s /` +
      ` ${baseline.rssMb.toFixed(1)} MB at ${baseline.seconds} s = ${(last.rssMb / baseline.rssMb).toFixed(2)});` +
      ` memory store keys at the end / at ${twoThirds.seconds} s = ${last.keys} / ${twoThirds.keys}` +
      ` = ${keyGrowth.toFixed(2)} (plateau: ≤ 1.1)`,
  );
  return ratio <= 1.2 && keyGrowth <= 1.1 && load.non2xx + load.errors === 0;
}
