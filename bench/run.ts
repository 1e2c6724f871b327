// `npm run bench -- <name>`: runs one benchmark by name. A benchmark module exports
// `run(): Promise<boolean>`; false (a bar not met) makes the process exit non-zero.

const BENCHES: Record<string, () => Promise<{ run(): Promise<boolean> }>> = {
  availability: () => import('./availability.bench.js'),
  voice: () => import('./voice.bench.js'),
  'voice-session': () => import('./voice-session.bench.js'),
  overhead: () => import('./overhead.bench.js'),
  load: () => import('./load.bench.js'),
  relay: () => import('./relay.bench.js'),
  'calendar-sync': () => import('./calendar-sync.bench.js'),
  dashboard: () => import('./dashboard.js'),
  scale: () => import('./scale.bench.js'),
  soak: () => import('./soak.bench.js'),
  tail: () => import('./tail.bench.js'),
};

const ABOUT: Record<string, string> = {
  availability: 'slot search with 100 and 10,000 appointments; booking throughput per dialect',
  voice: 'signed Twilio voice turns: embedded, PostgreSQL + Redis, channel only, bare Fastify',
  'voice-session': 'voice-session API flow (start, 3 text inputs, end) in sessions/s on the embedded default',
  overhead: 'rate limiter, metrics, error hooks and logging on vs off on one cheap route (bar ≤ 15 %)',
  load: 'two instances on PostgreSQL + Redis, 200 concurrent callers for 50 slots: no double booking, 5xx or lost call',
  relay: 'ConversationRelay sockets: 100 callers, prompt → first/last token, beside a WebSocket echo',
  'calendar-sync': 'Google Calendar sync of 1,000 changed events: incremental vs full (fake Google)',
  dashboard: 'dashboard JS bundle (gzip) and first render of the week in Chromium: 500 appointments vs empty',
  scale:
    'a tenant grown to 100k calls / 1M messages vs an empty one: turns, search, schedule, timeline (--size 0.1)',
  soak: 'calls start, talk and end at a steady rate for 10 min (--minutes/--seconds): RSS, heap, store keys flat',
  tail: 'voice-turn p50/p99/p99.9 at 8, 32, 64 concurrent calls, event-loop delay and GC pauses (bar p99 ≤ 20 ms at 32)',
};

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name) {
    console.log('Usage: npm run bench -- <name>\n\nBenchmarks:');
    for (const [bench, about] of Object.entries(ABOUT)) console.log(`  ${bench.padEnd(14)}${about}`);
    process.exit(0);
  }
  const load = BENCHES[name];
  if (!load) {
    console.error(`Unknown benchmark "${name}": one of ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  const passed = await (await load()).run();
  process.exit(passed ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
