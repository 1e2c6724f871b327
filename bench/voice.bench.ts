// `npm run bench -- voice`: signed mid-call Twilio voice turns against the service on the embedded
// default (SQLite file + memory state) and on PostgreSQL + Redis, beside a bare Fastify server that
// parses the same form body and answers a small TwiML. All three run in this process, one at a
// time, interleaved over several rounds; the load comes from a separate process (voice-load.ts).
// Bars: req/s ≥ 0.5 × bare on the embedded default, ≥ 0.3 × bare on PostgreSQL + Redis.
// One more row, not part of the bars, splits the cost: the same service on the embedded default
// with a fixed-answer assistant, i.e. everything a turn does except understanding, the dialogue
// engine and the transcript (signature, replay claim, tenant, call state, TwiML, HTTP).
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

const TOKEN = 'bench-twilio-auth-token-0123456789abcdef';
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

type ServiceKind = 'embedded' | 'postgres+redis' | 'channel only';

const SERVICE_NAMES: Record<ServiceKind, string> = {
  embedded: 'service: SQLite + memory',
  'postgres+redis': 'service: PostgreSQL + Redis',
  'channel only': 'channel only (fixed answers): SQLite + memory',
};

async function serviceTarget(kind: ServiceKind): Promise<Target | null> {
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

function load(target: Target): Promise<Measurement> {
  const options = {
    base: target.base,
    path: target.path,
    token: TOKEN,
    durationSeconds: DURATION_SECONDS,
    connections: CONNECTIONS,
  };
  return runLoadGenerator<Measurement>('voice-load.ts', options);
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
  const rows = [...results.entries()].map(([name, runs]) => {
    const rps = median(runs.map((m) => m.rps));
    const bad = runs.reduce((sum, m) => sum + m.non2xx + m.errors, 0);
    return [
      name,
      rps.toFixed(0),
      median(runs.map((m) => m.p50)).toFixed(1),
      median(runs.map((m) => m.p99)).toFixed(1),
      (rps / bare).toFixed(2),
      bad,
    ];
  });
  printTable(
    `Voice turns — ${CONNECTIONS} connections, ${DURATION_SECONDS} s × ${ROUNDS} rounds, medians (ms)`,
    ['target', 'req/s', 'p50', 'p99', 'ratio', 'non-2xx+errors'],
    rows,
  );
  const ratio = (name: string) => median((results.get(name) ?? []).map((m) => m.rps)) / bare;
  const embedded = ratio('service: SQLite + memory');
  const shared = results.has('service: PostgreSQL + Redis')
    ? ratio('service: PostgreSQL + Redis')
    : Number.NaN;
  const failures = rows.reduce((sum, row) => sum + Number(row[5]), 0);
  console.log(
    `\nembedded / bare = ${embedded.toFixed(2)} (bar ≥ 0.5); PostgreSQL+Redis / bare = ${shared.toFixed(2)} (bar ≥ 0.3)`,
  );
  if (failures > 0) console.log(`${failures} responses were not 2xx or failed: the measurement is not valid`);
  return embedded >= 0.5 && (Number.isNaN(shared) || shared >= 0.3) && failures === 0;
}
