// `npm run bench -- voice`: signed mid-call Twilio voice turns against the service on the embedded
// default (SQLite file + memory state) and on PostgreSQL + Redis, beside a bare Fastify server that
// parses the same form body and answers a small TwiML. All three run in this process, one at a
// time, interleaved over several rounds; the load comes from a separate process (voice-load.ts).
// One more row splits the cost: the same service on the embedded default with a fixed-answer
// assistant, i.e. everything a turn does except understanding, the dialogue engine and the
// transcript (signature, replay claim, tenant, call state, TwiML, HTTP).
// Bars (issue 15, restated against what a turn must do), as ratios of req/s to bare Fastify: full
// turn embedded ≥ 0.10 and ≥ 0.5 × the channel-only row; PostgreSQL + Redis ≥ 0.07; channel only
// ≥ 0.30. `bench/voice-profile.ts` profiles one target under the same load.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import formbody from '@fastify/formbody';
import Fastify from 'fastify';
import twilio from 'twilio';
import { buildApp } from '../src/app.js';
import type { Assistant, TurnResult } from '../src/modules/assistant/assistant.port.js';
import { loadConfig } from '../src/platform/config/config.js';
import { measureInRounds, median, printTable, runLoadGenerator, tempPostgres } from './bench-support.js';

export const TOKEN = 'bench-twilio-auth-token-0123456789abcdef';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Target {
  name: string;
  base: string;
  path: string;
  close(): Promise<void>;
}

interface Measurement {
  rps: number;
  /** Server CPU (user + system) per answered request, in µs: steadier than req/s on a busy machine. */
  cpuUs: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

const OPEN_EVERY_DAY = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['07:00', '19:00']]]),
);

async function bareTarget(): Promise<Target> {
  const app = Fastify({ logger: false });
  await app.register(formbody);
  app.post('/v1/twilio/voice', async (request, reply) => {
    const body = request.body as Record<string, string>;
    const turn = Number((request.query as Record<string, string>).turn ?? 0) + 1;
    const response = new twilio.twiml.VoiceResponse();
    const gather = response.gather({
      input: ['speech', 'dtmf'],
      speechTimeout: 'auto',
      actionOnEmptyResult: true,
      action: `/v1/twilio/voice?business_id=bare&turn=${turn}`,
    });
    gather.say(body.SpeechResult ? 'Thanks. Anything else?' : 'Hello, how can I help?');
    return reply.type('text/xml').send(response.toString());
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return { name: 'bare Fastify', base, path: '/v1/twilio/voice?business_id=bare', close: () => app.close() };
}

const FIXED_ANSWER: TurnResult = { reply: 'Thanks. Anything else?', language: 'en', end: false };

/** Answers every turn at once with the same words: what the channel costs without the assistant. */
const fixedAssistant: Assistant = {
  start: async () => FIXED_ANSWER,
  turn: async () => FIXED_ANSWER,
  end: async () => {},
  transferUnanswered: async () => {},
  voicemail: async () => {},
};

export type ServiceKind = 'embedded' | 'postgres+redis' | 'channel only';

const SERVICE_NAMES: Record<ServiceKind, string> = {
  embedded: 'service: SQLite + memory',
  'postgres+redis': 'service: PostgreSQL + Redis',
  'channel only': 'channel only (fixed answers): SQLite + memory',
};

export async function serviceTarget(kind: ServiceKind): Promise<Target | null> {
  const file = join(tmpdir(), `bench-voice-${randomBytes(6).toString('hex')}.db`);
  const pgStore = kind === 'postgres+redis' ? await tempPostgres() : null;
  if (kind === 'postgres+redis' && !pgStore) return null;
  const config = loadConfig({
    ENVIRONMENT: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: pgStore ? 'postgres://bench' : `sqlite:${file}`,
    ...(kind === 'postgres+redis' ? { REDIS_URL } : {}),
    TWILIO_AUTH_TOKEN: TOKEN,
    SEED_DEFAULT_BUSINESS: 'false',
    REMINDER_INTERVAL_SECONDS: '0',
    // One load generator is one client address: the limiter would answer most turns 429.
    // `npm run bench -- overhead` measures what the limiter costs.
    RATE_LIMIT_DISABLED: 'true',
  });
  const { app, services } = await buildApp(config, {
    ...(pgStore ? { sql: pgStore.store } : {}),
    ...(kind === 'channel only' ? { assistant: fixedAssistant } : {}),
  });
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
    name: SERVICE_NAMES[kind],
    base,
    path: `/v1/twilio/voice?business_id=${business.id}`,
    close: async () => {
      await app.close();
      await pgStore?.dispose();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

// The server runs in this process and the load in another, so this process's CPU time over the
// run is the server's (the benchmark itself idles meanwhile).
async function load(target: Target): Promise<Measurement> {
  const options = {
    base: target.base,
    path: target.path,
    token: TOKEN,
    durationSeconds: DURATION_SECONDS,
    connections: CONNECTIONS,
  };
  const before = process.cpuUsage();
  const measured = await runLoadGenerator<Omit<Measurement, 'cpuUs'>>('voice-load.ts', options);
  const cpu = process.cpuUsage(before);
  return { ...measured, cpuUs: (cpu.user + cpu.system) / Math.max(1, measured.total) };
}

export async function run(): Promise<boolean> {
  const factories: Array<() => Promise<Target | null>> = [
    bareTarget,
    () => serviceTarget('embedded'),
    () => serviceTarget('postgres+redis'),
    () => serviceTarget('channel only'),
  ];
  return report(await measureInRounds(ROUNDS, factories, load));
}

function report(results: Map<string, Measurement[]>): boolean {
  const bare = median((results.get('bare Fastify') ?? []).map((m) => m.rps));
  const bareCpu = median((results.get('bare Fastify') ?? []).map((m) => m.cpuUs));
  const rows = [...results.entries()].map(([name, runs]) => {
    const rps = median(runs.map((m) => m.rps));
    const cpu = median(runs.map((m) => m.cpuUs));
    const bad = runs.reduce((sum, m) => sum + m.non2xx + m.errors, 0);
    return [
      name,
      rps.toFixed(0),
      median(runs.map((m) => m.p50)).toFixed(1),
      median(runs.map((m) => m.p99)).toFixed(1),
      (rps / bare).toFixed(2),
      cpu.toFixed(0),
      (bareCpu / cpu).toFixed(2),
      bad,
    ];
  });
  printTable(
    `Voice turns — ${CONNECTIONS} connections, ${DURATION_SECONDS} s × ${ROUNDS} rounds, medians (ms)`,
    ['target', 'req/s', 'p50', 'p99', 'ratio', 'cpu µs/req', 'cpu ratio', 'non-2xx+errors'],
    rows,
  );
  const ratio = (name: string) => median((results.get(name) ?? []).map((m) => m.rps)) / bare;
  const embedded = ratio(SERVICE_NAMES.embedded);
  const channel = ratio(SERVICE_NAMES['channel only']);
  const shared = results.has(SERVICE_NAMES['postgres+redis'])
    ? ratio(SERVICE_NAMES['postgres+redis'])
    : Number.NaN;
  const failures = rows.reduce((sum, row) => sum + Number(row[7]), 0);
  const bars = [
    ['embedded / bare', embedded, 0.1],
    ['embedded / channel only', embedded / channel, 0.5],
    ['PostgreSQL+Redis / bare', shared, 0.07],
    ['channel only / bare', channel, 0.3],
  ] as const;
  console.log(
    `\n${bars.map(([name, value, bar]) => `${name} = ${value.toFixed(2)} (bar ≥ ${bar})`).join('; ')}`,
  );
  // The same bars read from CPU per request (bare's ÷ the target's): what the turn costs the server
  // when the machine's other load makes req/s swing between rounds.
  const cpu = (name: string) => bareCpu / median((results.get(name) ?? []).map((m) => m.cpuUs));
  const cpuEmbedded = cpu(SERVICE_NAMES.embedded);
  const cpuChannel = cpu(SERVICE_NAMES['channel only']);
  console.log(
    `by CPU per request: embedded / bare = ${cpuEmbedded.toFixed(2)}; embedded / channel only = ${(cpuEmbedded / cpuChannel).toFixed(2)}; PostgreSQL+Redis / bare = ${cpu(SERVICE_NAMES['postgres+redis']).toFixed(2)}; channel only / bare = ${cpuChannel.toFixed(2)}`,
  );
  if (failures > 0) console.log(`${failures} responses were not 2xx or failed: the measurement is not valid`);
  return bars.every(([, value, bar]) => Number.isNaN(value) || value >= bar) && failures === 0;
}
