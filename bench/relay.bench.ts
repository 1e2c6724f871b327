// `npm run bench -- relay`: ConversationRelay turns over WebSockets on the embedded default (SQLite
// file + memory state, the real assistant, signed handshakes) beside a bare WebSocket echo server
// (Fastify + @fastify/websocket, nothing else) that answers every final prompt with a fixed reply
// streamed as the same kind of word tokens. Both run in this process, one at a time, interleaved
// over several rounds; the sockets come from a separate process (relay-load.ts).
// Reported: from the final prompt frame to the first token and to the `last: true` token, p50 and
// p99, medians over the rounds. Bars: p99 to the last token ≤ 2 × the echo server's; p99 to the
// first token ≤ 15 ms.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import websocket from '@fastify/websocket';
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config/config.js';
import { measureInRounds, median, printTable, runLoadGenerator } from './bench-support.js';

const TOKEN = 'bench-twilio-auth-token-0123456789abcdef';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 100);
// A caller answers every second or so (real callers take several): 100 calls offer ~100 prompts/s.
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const PROMPTS_PER_CALL = 3;
const ECHO_REPLY = 'Thanks, I have that. What day works best for you?';

interface Target {
  name: string;
  url: string;
  close(): Promise<void>;
}

interface Measurement {
  prompts: number;
  firstP50: number;
  firstP99: number;
  lastP50: number;
  lastP99: number;
  errors: number;
}

const ECHO = 'bare WebSocket echo';
const SERVICE = 'relay service: SQLite + memory';

const OPEN_EVERY_DAY = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['07:00', '19:00']]]),
);

async function echoTarget(): Promise<Target> {
  const app = Fastify({ logger: false });
  await app.register(websocket);
  const words = ECHO_REPLY.match(/\S+\s*/g) ?? [];
  app.get('/v1/twilio/relay', { websocket: true }, (socket) => {
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as { type: string; last?: boolean };
      if (frame.type !== 'prompt' || frame.last === false) return;
      words.forEach((token, index) => {
        socket.send(JSON.stringify({ type: 'text', token, last: index === words.length - 1 }));
      });
    });
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return { name: ECHO, url: `${base.replace(/^http/, 'ws')}/v1/twilio/relay`, close: () => app.close() };
}

async function serviceTarget(): Promise<Target> {
  const file = join(tmpdir(), `bench-relay-${randomBytes(6).toString('hex')}.db`);
  const config = loadConfig({
    ENVIRONMENT: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: `sqlite:${file}`,
    TWILIO_AUTH_TOKEN: TOKEN,
    SEED_DEFAULT_BUSINESS: 'false',
    REMINDER_INTERVAL_SECONDS: '0',
    // One load generator is one client address: the limiter would refuse most handshakes.
    RATE_LIMIT_DISABLED: 'true',
    VOICE_MODE: 'relay',
  });
  const { app, services } = await buildApp(config);
  const business = await services.tenants.create({
    name: 'Bench Plumbing',
    time_zone: 'America/Chicago',
    business_hours: OPEN_EVERY_DAY as never,
    owner_phone: '+15125550100',
    twilio_phone_number: `+1512555${String(Math.floor(Math.random() * 9000) + 1000)}`,
    services: [{ name: 'Drain cleaning', duration_minutes: 60 }],
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    name: SERVICE,
    url: `${base.replace(/^http/, 'ws')}/v1/twilio/relay?business_id=${business.id}`,
    close: async () => {
      await app.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

function load(target: Target): Promise<Measurement> {
  return runLoadGenerator<Measurement>('relay-load.ts', {
    url: target.url,
    token: TOKEN,
    sockets: SOCKETS,
    durationSeconds: DURATION_SECONDS,
    thinkMs: THINK_MS,
    promptsPerCall: PROMPTS_PER_CALL,
    warmupSeconds: WARMUP_SECONDS,
  });
}

export async function run(): Promise<boolean> {
  return report(await measureInRounds(ROUNDS, [echoTarget, serviceTarget], load));
}

function report(results: Map<string, Measurement[]>): boolean {
  const med = (name: string, pick: (m: Measurement) => number) => median((results.get(name) ?? []).map(pick));
  const rows = [ECHO, SERVICE].map((name) => [
    name,
    med(name, (m) => m.prompts).toFixed(0),
    med(name, (m) => m.firstP50).toFixed(2),
    med(name, (m) => m.firstP99).toFixed(2),
    med(name, (m) => m.lastP50).toFixed(2),
    med(name, (m) => m.lastP99).toFixed(2),
    (results.get(name) ?? []).reduce((sum, m) => sum + m.errors, 0),
  ]);
  printTable(
    `Relay turns — ${SOCKETS} sockets, ${THINK_MS} ms think time, ${DURATION_SECONDS} s × ${ROUNDS} rounds, medians (ms from the final prompt frame)`,
    ['target', 'prompts', 'first p50', 'first p99', 'last p50', 'last p99', 'errors'],
    rows,
  );
  const ratio = med(SERVICE, (m) => m.lastP99) / med(ECHO, (m) => m.lastP99);
  const firstP99 = med(SERVICE, (m) => m.firstP99);
  const errors = rows.reduce((sum, row) => sum + Number(row[6]), 0);
  console.log(
    `\nlast-token p99: service / echo = ${ratio.toFixed(2)} (bar ≤ 2); first-token p99 = ${firstP99.toFixed(2)} ms (bar ≤ 15)`,
  );
  if (errors > 0) console.log(`${errors} handshakes failed: the measurement is not valid`);
  return ratio <= 2 && firstP99 <= 15 && errors === 0;
}
