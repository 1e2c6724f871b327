// `npx tsx bench/voice-profile.ts [embedded|postgres+redis|channel-only] [out.cpuprofile]`: one
// voice-bench target under the same load as `npm run bench -- voice` (a separate load process),
// CPU-profiled through the inspector while the load runs only, so start-up and module loading stay
// out of the profile. Read it with bench/cpu-profile-top.ts (or any .cpuprofile viewer).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { runLoadGenerator } from './bench-support.js';
import { type ServiceKind, serviceTarget, TOKEN } from './voice.bench.js';

const KINDS: Record<string, ServiceKind> = {
  embedded: 'embedded',
  'postgres+redis': 'postgres+redis',
  'channel-only': 'channel only',
};

async function main(): Promise<void> {
  const [kindArg = 'embedded', out = `voice-${kindArg}.cpuprofile`] = process.argv.slice(2);
  const kind = KINDS[kindArg];
  if (!kind) throw new Error(`Unknown target ${kindArg}: one of ${Object.keys(KINDS).join(', ')}`);
  const target = await serviceTarget(kind);
  if (!target) throw new Error(`${kind} is not available here`);
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const result = await runLoadGenerator<{ rps: number; non2xx: number }>('voice-load.ts', {
      base: target.base,
      path: target.path,
      token: TOKEN,
      durationSeconds: Number(process.env.BENCH_SECONDS ?? 10),
      connections: Number(process.env.BENCH_CONNECTIONS ?? 32),
    });
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(out, JSON.stringify(profile));
    console.log(
      `${target.name}: ${result.rps.toFixed(0)} req/s, ${result.non2xx} non-2xx; profile in ${out}`,
    );
  } finally {
    session.disconnect();
    await target.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
