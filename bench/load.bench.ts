// `npm run bench -- load`: two service processes (the real `src/main.ts` through tsx) on different
// ports, sharing one fresh PostgreSQL database and one Redis, as two instances behind a load balancer
// without stickiness. BENCH_CALLS (200) simulated callers, all in flight at once, phone one tenant
// whose calendar holds exactly BENCH_SLOTS (50) one-hour slots from tomorrow on; every caller wants
// the first slot offered. Afterwards the API and PostgreSQL itself are asked what happened.
// Passes only with no double booking, no 5xx (nor unanswered request) and no lost call (one that
// ended with neither a booking nor an open callback). Also reported, outside the bar: whether
// exactly min(slots, calls) were booked, calls/s and the callers' turn latency.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import pg from 'pg';
import { POSTGRES_URL, printTable, runPool, summarize } from './bench-support.js';
import { type CallerOptions, type CallResult, planCalls, playCall } from './load-callers.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const SLOTS = Number(process.env.BENCH_SLOTS ?? 50);
/** A random pause of 0..BENCH_THINK_MS before each caller turn; 0 (default) answers at once. */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 0);
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ADMIN_KEY = 'bench-load-admin-key-0123456789abcdef0123';
const TWILIO_TOKEN = 'bench-load-twilio-token-0123456789abcdef';
/** Twilio waits 15 s for a webhook before it gives up on it. */
const REQUEST_TIMEOUT_MS = 15_000;
const MAX_TURNS = 12;
const START_TIMEOUT_MS = 60_000;
/** The whole bench, start-up and clean-up included; past it the children are killed and it exits. */
const WATCHDOG_MS = 15 * 60_000;
const PROGRESS_EVERY = 50;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const HORIZON_DAYS = 60;

interface Instance {
  name: string;
  url: string;
  child: ChildProcess;
  logs: LogTally;
}

/** Counts the service's warn/error log lines by message (and code), keeping a few examples. */
class LogTally {
  readonly counts = new Map<string, number>();
  readonly examples: string[] = [];
  private partial = '';

  feed(chunk: string): void {
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  private line(line: string): void {
    if (!line.trim()) return;
    let entry: { level?: number; msg?: string; code?: string; action?: string; err?: { message?: string } };
    try {
      entry = JSON.parse(line);
    } catch {
      this.add(`(not JSON) ${line.slice(0, 160)}`, line);
      return;
    }
    if ((entry.level ?? 0) < 40) return;
    const level = (entry.level ?? 0) >= 50 ? 'error' : 'warn';
    const detail = [entry.action, entry.code].filter(Boolean).join(' ');
    this.add(`${level}: ${entry.msg ?? '?'}${detail ? ` (${detail})` : ''}`, line);
  }

  private add(key: string, line: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.examples.length < 5 && key.startsWith('error')) this.examples.push(line.slice(0, 1500));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Like test/helpers/service-process.ts, but logging at warn (per-request info lines would cost the
 * service under load): the port is chosen here and readiness is polled on /readyz.
 */
async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the tsx wrapper and the node process under it can be killed together.
    detached: true,
  });
  const logs = new LogTally();
  let tail = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    tail = (tail + text).slice(-4000);
    logs.feed(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const instance = { name, url: `http://127.0.0.1:${port}`, child, logs };
  children.push(child);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ready = await fetch(`${instance.url}/readyz`, { signal: AbortSignal.timeout(2_000) })
      .then((response) => response.status === 200)
      .catch(() => false);
    if (ready) return instance;
    await sleep(200);
  }
  throw new Error(`${name} did not become ready on port ${port}:\n${tail}`);
}

const children: ChildProcess[] = [];

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function stopInstance(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child, 'SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(12_000).then(() => false)]);
  if (!stopped) {
    killGroup(child, 'SIGKILL');
    await Promise.race([exited, sleep(3_000)]);
  }
}

// ---------------------------------------------------------------------------------------------------
// The tenant: exactly SLOTS one-hour slots, on the days from tomorrow on.

interface Layout {
  timeZone: string;
  today: string;
  /** Open days (tomorrow first) and how many one-hour slots each holds, from local midnight. */
  days: Array<{ date: string; hours: number }>;
  /** Every bookable slot start, as an ISO instant. */
  slotStarts: Set<string>;
}

const pad = (value: number) => String(value).padStart(2, '0');
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A fixed offset that puts the tenant's local clock near noon, so "tomorrow" cannot change while the
 * bench runs; tomorrow holds 24 slots (00:00–24:00, nothing closer than that), the day after the next
 * 24, and so on until SLOTS; every other day of the search horizon is a closed date.
 */
function layout(now: Date): Layout {
  const offsetHours = 12 - now.getUTCHours();
  const timeZone = `${offsetHours < 0 ? '-' : '+'}${pad(Math.abs(offsetHours))}:00`;
  const localNowMs = now.getTime() + offsetHours * 3_600_000;
  const today = dateOf(localNowMs);
  const days: Layout['days'] = [];
  const slotStarts = new Set<string>();
  for (let left = SLOTS, i = 1; left > 0; i += 1) {
    const hours = Math.min(24, left);
    const date = dateOf(localNowMs + i * 86_400_000);
    days.push({ date, hours });
    const midnightUtc = Date.parse(`${date}T00:00:00Z`) - offsetHours * 3_600_000;
    for (let h = 0; h < hours; h += 1) slotStarts.add(new Date(midnightUtc + h * 3_600_000).toISOString());
    left -= hours;
  }
  return { timeZone, today, days, slotStarts };
}

function tenantBody(plan: Layout, phone: string) {
  const businessHours: Record<string, Array<[string, string]>> = Object.fromEntries(
    WEEKDAYS.map((day) => [day, []]),
  );
  for (const { date, hours } of plan.days) {
    const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
    businessHours[weekday] = [['00:00', hours === 24 ? '24:00' : `${pad(hours)}:00`]];
  }
  const open = new Set(plan.days.map((day) => day.date));
  const todayMs = Date.parse(`${plan.today}T00:00:00Z`);
  const closedDates: string[] = [];
  for (let i = -1; i <= HORIZON_DAYS + 2; i += 1) {
    const date = dateOf(todayMs + i * 86_400_000);
    if (!open.has(date)) closedDates.push(date);
  }
  return {
    name: 'Load Test Plumbing',
    time_zone: plan.timeZone,
    twilio_phone_number: phone,
    business_hours: businessHours,
    closed_dates: closedDates,
    default_duration_minutes: 60,
    travel_buffer_minutes: 0,
    min_lead_minutes: 0,
    max_jobs_per_day: null,
  };
}

// ---------------------------------------------------------------------------------------------------
// Verification through the API and in PostgreSQL.

interface ApiAppointment {
  id: string;
  customer_phone: string | null;
  start_time: string;
  end_time: string;
  status: string;
}

interface ApiCallback {
  id: string;
  phone: string | null;
  call_sid: string | null;
  status: string;
  reason: string;
}

async function listAll<T>(instances: Instance[], path: string, apiKey: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 1_000; page += 1) {
    const base = instances[page % instances.length]!.url;
    const url = `${base}${path}${path.includes('?') ? '&' : '?'}limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(url, {
      headers: { 'x-api-key': apiKey },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (response.status !== 200)
      throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { items: T[]; next_cursor: string | null };
    items.push(...body.items);
    cursor = body.next_cursor;
    if (!cursor) return items;
  }
  throw new Error(`GET ${path}: more than 1000 pages`);
}

interface DbFacts {
  appointments: number;
  doubleBookings: number;
  overlapExamples: string[];
  openCallbacks: number;
}

async function databaseFacts(databaseUrl: string, businessId: string): Promise<DbFacts> {
  const db = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await db.connect();
  try {
    const live = "status <> 'CANCELLED'";
    const count = await db.query<{ n: number }>(
      `select count(*)::int as n from appointments where business_id = $1 and ${live}`,
      [businessId],
    );
    const overlaps = await db.query<{ a: string; b: string; a_start: string; b_start: string }>(
      `select a.id as a, b.id as b, a.start_time as a_start, b.start_time as b_start
         from appointments a
         join appointments b on b.business_id = a.business_id and a.id < b.id
        where a.business_id = $1 and a.${live} and b.${live}
          and a.start_time::timestamptz < b.end_time::timestamptz
          and b.start_time::timestamptz < a.end_time::timestamptz`,
      [businessId],
    );
    const callbacks = await db.query<{ n: number }>(
      "select count(*)::int as n from callbacks where business_id = $1 and status = 'OPEN'",
      [businessId],
    );
    return {
      appointments: count.rows[0]?.n ?? 0,
      doubleBookings: overlaps.rows.length,
      overlapExamples: overlaps.rows.slice(0, 5).map((r) => `${r.a} ${r.a_start} × ${r.b} ${r.b_start}`),
      openCallbacks: callbacks.rows[0]?.n ?? 0,
    };
  } finally {
    await db.end();
  }
}

// ---------------------------------------------------------------------------------------------------

async function clearRedis(prefix: string): Promise<number> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3_000 });
  let deleted = 0;
  try {
    await redis.connect();
    let cursor = '0';
    for (let i = 0; i < 100_000; i += 1) {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) deleted += await redis.del(...keys);
      cursor = next;
      if (cursor === '0') break;
    }
  } finally {
    redis.disconnect();
  }
  return deleted;
}

export async function run(): Promise<boolean> {
  if (!Number.isInteger(CALLS) || CALLS < 1 || CALLS > 10_000) throw new Error('BENCH_CALLS must be 1–10000');
  if (!Number.isInteger(SLOTS) || SLOTS < 1 || SLOTS > 7 * 24) throw new Error('BENCH_SLOTS must be 1–168');
  if (!(THINK_MS >= 0 && THINK_MS <= 10_000)) throw new Error('BENCH_THINK_MS must be 0–10000');
  const runId = randomBytes(4).toString('hex');
  const database = `load_${runId}`;
  const databaseUrl = POSTGRES_URL.replace(/\/[^/]*$/, `/${database}`);
  const redisPrefix = `bench:${runId}:`;
  const watchdog = setTimeout(() => {
    console.error(`load bench: still running after ${WATCHDOG_MS / 60_000} min; killing the services`);
    for (const child of children) killGroup(child, 'SIGKILL');
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (error) {
    console.error(`PostgreSQL at ${POSTGRES_URL} is not reachable (${(error as Error).message})`);
    return false;
  }
  await admin.query(`create database ${database}`);
  const instances: Instance[] = [];
  try {
    const env = {
      ENVIRONMENT: 'test',
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      REDIS_KEY_PREFIX: redisPrefix,
      ADMIN_API_KEY: ADMIN_KEY,
      SEED_DEFAULT_BUSINESS: 'false',
      TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
      REMINDER_INTERVAL_SECONDS: '0',
      // One load generator is one client address: the limiter would answer most turns 429.
      RATE_LIMIT_DISABLED: 'true',
    };
    console.log(`load: starting two instances on database ${database}, Redis prefix ${redisPrefix}`);
    // Both at once, as a deployment would: their migrations must not race.
    instances.push(
      ...(await Promise.all([startInstance('instance A', env), startInstance('instance B', env)])),
    );
    const plan = layout(new Date());
    const phone = `+1512555${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
    const created = await fetch(`${instances[0]!.url}/v1/admin/businesses`, {
      method: 'POST',
      headers: { 'x-admin-api-key': ADMIN_KEY, 'content-type': 'application/json' },
      body: JSON.stringify(tenantBody(plan, phone)),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (created.status !== 201)
      throw new Error(`creating the tenant answered ${created.status}: ${await created.text()}`);
    const tenant = (await created.json()) as { id: string; api_key: string };
    console.log(
      `load: tenant ${tenant.id} (time zone ${plan.timeZone}), ${SLOTS} slots on ${plan.days
        .map((d) => `${d.date} (${d.hours})`)
        .join(', ')}; ${CALLS} callers at once, turns alternating ${instances.map((i) => i.url).join(' / ')}`,
    );

    const options: CallerOptions = {
      bases: instances.map((instance) => instance.url),
      businessId: tenant.id,
      to: phone,
      token: TWILIO_TOKEN,
      timeoutMs: REQUEST_TIMEOUT_MS,
      maxTurns: MAX_TURNS,
      thinkMs: THINK_MS,
    };
    const calls = planCalls(CALLS, runId);
    const results: CallResult[] = [];
    const started = performance.now();
    await runPool(
      calls.map((call) => async () => {
        const result = await playCall(options, call);
        results.push(result);
        if (results.length % PROGRESS_EVERY === 0 || results.length === CALLS) {
          const booked = results.filter((r) => r.end === 'booked').length;
          console.log(
            `  ${results.length}/${CALLS} calls done in ${((performance.now() - started) / 1000).toFixed(1)} s (told booked: ${booked})`,
          );
        }
      }),
      CALLS,
    );
    const wallSeconds = (performance.now() - started) / 1000;

    // What the owner sees, through both instances, and what PostgreSQL holds.
    const appointments = (
      await listAll<ApiAppointment>(instances, '/v1/crm/appointments', tenant.api_key)
    ).filter((a) => a.status !== 'CANCELLED');
    const callbacks = (await listAll<ApiCallback>(instances, '/v1/owner/callbacks', tenant.api_key)).filter(
      (c) => c.status === 'OPEN',
    );
    const db = await databaseFacts(databaseUrl, tenant.id);
    return report({ plan, results, wallSeconds, appointments, callbacks, db, instances });
  } finally {
    await Promise.all(children.map(stopInstance));
    await admin.query(`drop database if exists ${database} with (force)`).catch((error: Error) => {
      console.error(`could not drop ${database}: ${error.message}`);
    });
    await admin.end();
    const deleted = await clearRedis(redisPrefix).catch((error: Error) => {
      console.error(`could not clear Redis keys ${redisPrefix}*: ${error.message}`);
      return 0;
    });
    console.log(`load: dropped ${database}, deleted ${deleted} Redis keys under ${redisPrefix}`);
    clearTimeout(watchdog);
  }
}

interface Outcome {
  plan: Layout;
  results: CallResult[];
  wallSeconds: number;
  appointments: ApiAppointment[];
  callbacks: ApiCallback[];
  db: DbFacts;
  instances: Instance[];
}

interface Analysis {
  fiveXx: number;
  otherNon2xx: number;
  unanswered: number;
  lost: CallResult[];
  bookedPhones: Map<string, number>;
  callbackSids: Set<string | null>;
  expectedBookings: number;
  ends: Map<string, number>;
}

/** Which call left what behind: a booking (by caller number), an open callback (by CallSid or number). */
function analyze({ results, appointments, callbacks }: Outcome): Analysis {
  const statuses = results.flatMap((r) => r.statuses);
  const bookedPhones = new Map<string, number>();
  for (const a of appointments) {
    if (a.customer_phone) bookedPhones.set(a.customer_phone, (bookedPhones.get(a.customer_phone) ?? 0) + 1);
  }
  const callbackSids = new Set(callbacks.map((c) => c.call_sid).filter(Boolean));
  const callbackPhones = new Set(callbacks.map((c) => c.phone).filter(Boolean));
  const ends = new Map<string, number>();
  for (const r of results) ends.set(r.end, (ends.get(r.end) ?? 0) + 1);
  return {
    fiveXx: statuses.filter((s) => s >= 500).length,
    otherNon2xx: statuses.filter((s) => (s < 200 || s >= 300) && s < 500).length,
    unanswered: results.reduce((sum, r) => sum + r.transportErrors.length, 0),
    lost: results.filter(
      (r) =>
        !bookedPhones.has(r.plan.from) &&
        !callbackSids.has(r.plan.callSid) &&
        !callbackPhones.has(r.plan.from),
    ),
    bookedPhones,
    callbackSids,
    expectedBookings: Math.min(SLOTS, results.length),
    ends,
  };
}

/** Anything odd, one line each: disagreements between the API and PostgreSQL, callers told wrong, logs. */
function notesOf(outcome: Outcome, a: Analysis): string[] {
  const { plan, results, appointments, callbacks, db, instances } = outcome;
  const booked = (r: CallResult) => a.bookedPhones.has(r.plan.from);
  const count = (list: unknown[], note: string) => (list.length > 0 ? [`${list.length} ${note}`] : []);
  const offGrid = appointments.filter((x) => !plan.slotStarts.has(new Date(x.start_time).toISOString()));
  const notes = [
    ...(appointments.length === db.appointments
      ? []
      : [`the API lists ${appointments.length} appointments, PostgreSQL holds ${db.appointments}`]),
    ...(callbacks.length === db.openCallbacks
      ? []
      : [`the API lists ${callbacks.length} open callbacks, PostgreSQL holds ${db.openCallbacks}`]),
    ...(appointments.length === a.expectedBookings
      ? []
      : [`${appointments.length} bookings where ${a.expectedBookings} were possible (outside the bar)`]),
    ...count(offGrid, `bookings outside the ${SLOTS} slots, e.g. ${offGrid[0]?.start_time}`),
    ...count(
      [...a.bookedPhones.values()].filter((n) => n > 1),
      'callers hold more than one appointment',
    ),
    ...count(
      results.filter((r) => r.end === 'booked' && !booked(r)),
      'callers heard "you\'re all set" but have no appointment',
    ),
    ...count(
      results.filter((r) => r.end !== 'booked' && booked(r)),
      'callers have an appointment but were not told so',
    ),
    ...count(
      results.filter((r) => booked(r) && a.callbackSids.has(r.plan.callSid)),
      'booked calls still have an open callback',
    ),
    ...db.overlapExamples.map((example) => `overlap: ${example}`),
    ...results
      .filter((r) => r.end === 'request failed' || r.end === 'unexpected answer')
      .slice(0, 3)
      .map(
        (r) => `call ${r.plan.index} ${r.end}: ${[...r.transportErrors, ...r.said.slice(-2)].join(' | ')}`,
      ),
    ...a.lost.slice(0, 3).map((r) => `lost call ${r.plan.index} (${r.end}): ${r.said.join(' | ')}`),
  ];
  for (const instance of instances) {
    for (const [line, n] of instance.logs.counts) notes.push(`${instance.name} log ${n}× ${line}`);
    for (const example of instance.logs.examples) notes.push(`${instance.name} error line: ${example}`);
  }
  if (process.env.BENCH_DEBUG) {
    // One transcript per way a call ended.
    for (const end of a.ends.keys()) {
      const r = results.find((x) => x.end === end);
      if (r) notes.push(`call ${r.plan.index} (${r.end}): ${r.said.join(' | ')}`);
    }
  }
  return notes;
}

function report(outcome: Outcome): boolean {
  const { results, wallSeconds, appointments, callbacks, db } = outcome;
  const a = analyze(outcome);
  const latency = summarize(results.flatMap((r) => r.latencies));
  const turns = results.reduce((sum, r) => sum + r.latencies.length, 0);
  const slotTaken = results.reduce((sum, r) => sum + r.slotTaken, 0);
  printTable(
    `Two-instance load — ${results.length} calls at once, ${SLOTS} slots, think time 0–${THINK_MS} ms, PostgreSQL + Redis, turns alternating between 2 instances`,
    ['measure', 'value', 'bar'],
    [
      ['calls completed / wall time', `${(results.length / wallSeconds).toFixed(1)} calls/s`, ''],
      ['wall time', `${wallSeconds.toFixed(1)} s`, ''],
      ['voice turns', turns, ''],
      ['turn latency p50 (ms)', latency.p50.toFixed(0), ''],
      ['turn latency p99 (ms)', latency.p99.toFixed(0), ''],
      ['double bookings (PostgreSQL)', db.doubleBookings, '0'],
      ['5xx responses', a.fiveXx, '0'],
      ['requests without an answer (timeout/error)', a.unanswered, '0'],
      ['lost calls (no booking, no open callback)', a.lost.length, '0'],
      [
        'bookings (API / PostgreSQL)',
        `${appointments.length} / ${db.appointments}`,
        `(${a.expectedBookings})`,
      ],
      ['open callbacks (API / PostgreSQL)', `${callbacks.length} / ${db.openCallbacks}`, ''],
      ['other non-2xx responses', a.otherNon2xx, ''],
      ['"that time was just taken" answers', slotTaken, ''],
    ],
  );
  console.log(`\ncall endings: ${[...a.ends.entries()].map(([end, n]) => `${end} ${n}`).join(', ')}`);
  const notes = notesOf(outcome, a);
  if (notes.length > 0) console.log(`\n${notes.map((note) => `- ${note}`).join('\n')}`);

  const passed = db.doubleBookings === 0 && a.fiveXx === 0 && a.unanswered === 0 && a.lost.length === 0;
  console.log(
    `\n${passed ? 'PASS' : 'FAIL'}: double bookings ${db.doubleBookings}, 5xx ${a.fiveXx}, unanswered ${a.unanswered}, lost calls ${a.lost.length} (bar: all 0; the booking count is reported, not a bar)`,
  );
  return passed;
}
