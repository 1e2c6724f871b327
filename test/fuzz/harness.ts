import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Services } from '../../src/app.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';
import { type OpenApiDocument, type Operation, operationsFrom } from './operations.js';
import { describeRequest, type FuzzRequest, requestArbitrary } from './requests.js';
import type { RealIds } from './valid-values.js';

// The properties every fuzzed request must keep:
//   1. never a 5xx;
//   2. every answer >= 400 is a problem document (application/problem+json with type, title,
//      status, detail, code and request_id, the request_id equal to the X-Request-ID header);
//   3. a 4xx writes nothing: the tenant's rows (customers, appointments, callbacks, conversations
//      and their messages, SMS messages), every business row and the tenant's settings as
//      GET /v1/owner/business shows them are the same before and after.
// A 2xx may write (a fuzzed body can be valid); the snapshot is then taken again.

export const DEFAULT_SEED = 20_261_207;
export const DEFAULT_RUNS = 40;

export interface FuzzSettings {
  seed: number;
  numRuns: number;
  /** Replays one counterexample: the `path` fast-check printed (with its seed). */
  path?: string;
  /** Stop at the first failure without shrinking (the self-tests). */
  endOnFailure?: boolean;
}

export function settingsFromEnv(): FuzzSettings {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : DEFAULT_SEED;
  const numRuns = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : DEFAULT_RUNS;
  if (!Number.isInteger(seed) || !Number.isInteger(numRuns) || numRuns < 1)
    throw new Error('FUZZ_SEED and FUZZ_RUNS must be integers (FUZZ_RUNS >= 1)');
  return { seed, numRuns, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) };
}

/** The operations of a throwaway app's /openapi.json (read once, when the test file is collected). */
export async function readOperations(): Promise<Operation[]> {
  const { app } = await buildTestApp();
  try {
    const response = await app.inject({ url: '/openapi.json' });
    if (response.statusCode !== 200) throw new Error(`GET /openapi.json answered ${response.statusCode}`);
    return operationsFrom(response.json() as OpenApiDocument);
  } finally {
    await app.close();
  }
}

// ---- the tenant under fuzz -----------------------------------------------------------------------

export interface FuzzTarget {
  app: FastifyInstance;
  services: Services;
  tenant: TestBusiness;
  adminTarget: TestBusiness;
  ids: RealIds;
}

// The tenants' settings take turns (one per operation): odd zones (half-hour DST, +14:00, -12:00,
// +05:45), round-the-clock or sparse hours, a daily cap, a day-long service.
const ALL_DAY = [['00:00', '24:00']];
const TENANT_PROFILES: Array<Record<string, unknown>> = [
  { time_zone: 'America/Chicago' },
  {
    time_zone: 'Australia/Lord_Howe',
    business_hours: Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ALL_DAY]),
    ),
    min_lead_minutes: 0,
    travel_buffer_minutes: 0,
    closed_dates: ['2031-06-05', '2030-02-28'],
  },
  {
    time_zone: 'Asia/Kathmandu',
    business_hours: { sat: [['09:00', '13:00']], sun: [['22:00', '24:00']] },
    max_jobs_per_day: 1,
    language_code: 'es',
  },
  { time_zone: 'Pacific/Kiritimati', emergency_keywords: ['flood'], service_area: ['Austin'] },
  { time_zone: '-12:00', default_duration_minutes: 5, min_lead_minutes: 10_080 },
  {
    time_zone: 'America/St_Johns',
    services: [{ name: 'Drain cleaning', duration_minutes: 1440 }],
    travel_buffer_minutes: 240,
    default_reminder_hours: 168,
  },
];

/** Numbers fixtures apart (days, Twilio numbers), across the operations of one app. */
let slot = 0;
const nextFreeStart = () => new Date(Date.UTC(2031, 5, 3, 15) + ++slot * 86_400_000).toISOString();

/**
 * A fresh tenant (settings from TENANT_PROFILES[profile]) with one of each record, and a second
 * tenant for the admin routes to act on.
 */
export async function createTarget(
  app: FastifyInstance,
  services: Services,
  profile = 0,
): Promise<FuzzTarget> {
  const tenant = await createBusiness(app, {
    name: 'Fuzz Plumbing',
    owner_phone: '+15125550100',
    ...TENANT_PROFILES[profile % TENANT_PROFILES.length],
  });
  slot += 1;
  const takenTwilioNumber = `+1737555${String(slot % 10_000).padStart(4, '0')}`;
  const adminTarget = await createBusiness(app, {
    name: 'Fuzz Admin Target',
    twilio_phone_number: takenTwilioNumber,
  });
  const owner = { 'x-api-key': tenant.apiKey };
  const customer = await app.inject({
    method: 'POST',
    url: '/v1/crm/customers',
    headers: owner,
    payload: { phone: '+15125550101', name: 'Fuzz Customer', address: '1 Main St' },
  });
  if (customer.statusCode !== 201) throw new Error(`customer: ${customer.statusCode} ${customer.body}`);
  const customerId = customer.json().id as string;
  const appointmentId = await createAppointment(app, tenant, customerId);
  const busyStart = new Date(Date.UTC(2031, 0, 7, 16) + slot * 86_400_000).toISOString();
  await createAppointment(app, tenant, customerId, busyStart);
  const recorded = await services.callbacks.record(tenant.id, {
    reason: 'MISSED_CALL',
    phone: '+15125550101',
    call_sid: 'CAfuzz0001',
  });
  const { conversation } = await services.conversations.start(tenant.id, {
    channel: 'sms',
    external_id: 'SMfuzz0001',
    caller_phone: '+15125550101',
  });
  await services.conversations.appendMessage(tenant.id, conversation.id, { role: 'user', text: 'Leaky tap' });
  if (!recorded.callback) throw new Error('callback not recorded');
  const voiceSession = await app.inject({
    method: 'POST',
    url: '/v1/voice/session/start',
    headers: owner,
    payload: { caller_phone: '+15125550101' },
  });
  if (voiceSession.statusCode !== 201)
    throw new Error(`voice session: ${voiceSession.statusCode} ${voiceSession.body}`);
  const chat = await app.inject({
    method: 'POST',
    url: '/v1/widget/start',
    headers: { 'x-widget-token': tenant.widgetToken },
    payload: { customer_phone: '+15125550101' },
  });
  if (chat.statusCode !== 201) throw new Error(`widget chat: ${chat.statusCode} ${chat.body}`);
  return {
    app,
    services,
    tenant,
    adminTarget,
    ids: {
      businessId: tenant.id,
      adminTargetId: adminTarget.id,
      customerId,
      appointmentId,
      callbackId: recorded.callback.id,
      conversationId: conversation.id,
      widgetConversationId: chat.json().conversation_id,
      voiceSessionId: voiceSession.json().session_id,
      busyStart,
      takenTwilioNumber,
    },
  };
}

/** A confirmed appointment, by default on a day of its own (with a confirmation text to the customer). */
async function createAppointment(
  app: FastifyInstance,
  tenant: TestBusiness,
  customerId: string,
  start = nextFreeStart(),
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/crm/appointments',
    headers: { 'x-api-key': tenant.apiKey },
    payload: { customer_id: customerId, start_time: start, notify_customer: true },
  });
  if (response.statusCode !== 201) throw new Error(`appointment: ${response.statusCode} ${response.body}`);
  return response.json().id;
}

/**
 * A fuzzed request may complete or cancel the tenant's appointment (a valid body may ask for it);
 * the next requests get a fresh one, or every later change would stop at "cannot be changed".
 */
async function replaceSpentAppointment(target: FuzzTarget, response: ResponseLike): Promise<void> {
  let body: { id?: unknown; status?: unknown };
  try {
    body = JSON.parse(response.body);
  } catch {
    return;
  }
  if (body?.id !== target.ids.appointmentId || (body.status !== 'COMPLETED' && body.status !== 'CANCELLED'))
    return;
  target.ids.appointmentId = await createAppointment(target.app, target.tenant, target.ids.customerId);
}

// ---- snapshots -------------------------------------------------------------------------------------

const TENANT_TABLES = [
  'customers',
  'appointments',
  'callbacks',
  'conversations',
  'conversation_messages',
  'sms_messages',
] as const;

interface TableState {
  count: number;
  digest: string;
  rows: Array<Record<string, unknown>>;
}

export interface Snapshot {
  tables: Record<string, TableState>;
  settings: string;
}

function tableState(rows: Array<Record<string, unknown>>): TableState {
  const digest = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  return { count: rows.length, digest, rows };
}

export async function snapshot(target: FuzzTarget): Promise<Snapshot> {
  const { db } = target.services.sql;
  const tables: Record<string, TableState> = {};
  for (const table of TENANT_TABLES) {
    const result = await sql<Record<string, unknown>>`
      select * from ${sql.table(table)} where business_id = ${target.tenant.id} order by id`.execute(db);
    tables[table] = tableState(result.rows);
  }
  // Every tenant: an admin request must not touch another tenant either (nor create one on a 4xx).
  const businesses = await sql<Record<string, unknown>>`select * from businesses order by id`.execute(db);
  tables.businesses = tableState(businesses.rows);
  const settings = await target.app.inject({
    url: '/v1/owner/business',
    headers: { 'x-api-key': target.tenant.apiKey },
  });
  if (settings.statusCode !== 200)
    throw new Error(`GET /v1/owner/business: ${settings.statusCode} ${settings.body}`);
  return { tables, settings: settings.body };
}

/** What changed between two snapshots, one line per table (empty when nothing did). */
export function snapshotChanges(before: Snapshot, after: Snapshot): string[] {
  const changes: string[] = [];
  for (const [table, was] of Object.entries(before.tables)) {
    const now = after.tables[table];
    if (!now || now.digest === was.digest) continue;
    const byId = (rows: TableState['rows']) =>
      new Map(rows.map((row) => [String(row.id), JSON.stringify(row)]));
    const old = byId(was.rows);
    const current = byId(now.rows);
    const added = [...current.keys()].filter((id) => !old.has(id));
    const removed = [...old.keys()].filter((id) => !current.has(id));
    const changed = [...current.keys()].filter((id) => old.has(id) && old.get(id) !== current.get(id));
    changes.push(
      `${table}: ${was.count} -> ${now.count} rows; added [${added}] removed [${removed}] changed [${changed}]` +
        changed
          .slice(0, 2)
          .map(
            (id) =>
              `\n    ${id} before ${old.get(id)?.slice(0, 400)}\n    ${id} after  ${current.get(id)?.slice(0, 400)}`,
          )
          .join(''),
    );
  }
  if (before.settings !== after.settings)
    changes.push(
      `settings (GET /v1/owner/business):\n    before ${before.settings}\n    after  ${after.settings}`,
    );
  return changes;
}

// ---- the per-response checks ---------------------------------------------------------------------

export interface ResponseLike {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

/** Why a response >= 400 is not a proper problem document (empty when it is). */
export function problemViolations(response: ResponseLike): string[] {
  const violations: string[] = [];
  const type = String(response.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json'))
    violations.push(`content-type is "${type}", not application/problem+json`);
  let problem: Record<string, unknown>;
  try {
    problem = JSON.parse(response.body);
  } catch {
    return [...violations, 'the body is not JSON'];
  }
  if (problem === null || typeof problem !== 'object' || Array.isArray(problem))
    return [...violations, 'the body is not a JSON object'];
  for (const field of ['type', 'title', 'detail', 'code', 'request_id']) {
    if (typeof problem[field] !== 'string' || problem[field] === '')
      violations.push(`${field} is ${JSON.stringify(problem[field])}, not a non-empty string`);
  }
  if (problem.status !== response.statusCode)
    violations.push(`status is ${JSON.stringify(problem.status)}, the response's is ${response.statusCode}`);
  const header = response.headers['x-request-id'];
  if (typeof header !== 'string' || header === '') violations.push('no X-Request-ID header');
  else if (problem.request_id !== header)
    violations.push(`request_id ${JSON.stringify(problem.request_id)} differs from X-Request-ID ${header}`);
  return violations;
}

// ---- the fuzz loop ---------------------------------------------------------------------------------

/** Status codes seen, by operation and variant (printed at the end of a run). */
export type Tally = Map<string, Map<string, number>>;

export async function fuzzOperation(
  target: FuzzTarget,
  op: Operation,
  settings: FuzzSettings,
  tally: Tally = new Map(),
): Promise<void> {
  const counts = tally.get(op.key) ?? new Map<string, number>();
  tally.set(op.key, counts);
  const state = { before: await snapshot(target) };
  // The live credentials: a rotate on the tenant itself (a fuzzed {business_id}) replaces them.
  const property = fc.asyncProperty(requestArbitrary(op, target.ids, target.tenant), async (request) => {
    const response = await send(target.app, request);
    const status = response.statusCode;
    if (status < 300) {
      adoptRotatedSecrets(target, response);
      await replaceSpentAppointment(target, response);
    }
    if (LOG_FILE) logExchange(request, response);
    const tallyKey = `${status}`;
    counts.set(tallyKey, (counts.get(tallyKey) ?? 0) + 1);
    const violations: string[] = [];
    if (status >= 500) violations.push(`answered ${status} (never a 5xx)`);
    if (status >= 400) violations.push(...problemViolations(response));
    const after = await snapshot(target);
    if (status >= 400 && status < 500) {
      const changes = snapshotChanges(state.before, after);
      if (changes.length > 0) violations.push(`a ${status} answer wrote:`, ...changes.map((c) => `  ${c}`));
    }
    // The next request compares against the data as it now is (a 2xx may write; so may a failure).
    state.before = after;
    if (violations.length > 0) {
      const body = response.body.length > 600 ? `${response.body.slice(0, 600)}…` : response.body;
      throw new Error(
        [
          `${op.key}: ${violations.join('\n')}`,
          '--- request',
          describeRequest(request),
          '--- response',
          `${status} ${response.headers['content-type'] ?? ''} x-request-id: ${response.headers['x-request-id'] ?? ''}`,
          body,
        ].join('\n'),
      );
    }
  });

  await fc.assert(property, {
    seed: settings.seed,
    numRuns: settings.numRuns,
    ...(settings.path ? { path: settings.path } : {}),
    endOnFailure: settings.endOnFailure ?? false,
    // A shrink of a slow counterexample must not outlive the test's timeout.
    interruptAfterTimeLimit: 45_000,
    markInterruptAsFailure: false,
  });
}

// FUZZ_LOG=<file> appends one line per exchange: how deep the requests got, and what they met.
const LOG_FILE = process.env.FUZZ_LOG;

function logExchange(request: FuzzRequest, response: ResponseLike): void {
  let detail = '';
  try {
    const body = JSON.parse(response.body);
    detail =
      response.statusCode >= 400 ? `${body.code} ${body.detail} ${JSON.stringify(body.errors ?? [])}` : '';
  } catch {}
  const url = request.url.length > 120 ? `${request.url.slice(0, 120)}…` : request.url;
  const payload =
    typeof request.payload === 'string' ? request.payload.slice(0, 160) : String(request.payload ?? '');
  appendFileSync(
    LOG_FILE as string,
    `${response.statusCode} ${request.variant} ${request.method} ${url} ${JSON.stringify(payload)} => ${detail.slice(0, 300)}\n`,
  );
}

function adoptRotatedSecrets(target: FuzzTarget, response: ResponseLike): void {
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return;
  }
  if (body === null || typeof body !== 'object') return;
  const { id, api_key, widget_token } = body as Record<string, unknown>;
  if (id !== target.tenant.id) return;
  if (typeof api_key === 'string') target.tenant.apiKey = api_key;
  if (typeof widget_token === 'string') target.tenant.widgetToken = widget_token;
}

async function send(app: FastifyInstance, request: FuzzRequest): Promise<ResponseLike> {
  try {
    return await app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers: request.headers,
      ...(request.payload !== undefined ? { payload: request.payload } : {}),
    });
  } catch (error) {
    throw new Error(`inject failed: ${(error as Error).message}\n${describeRequest(request)}`, {
      cause: error,
    });
  }
}

/** One line: requests sent and their status classes. */
export function summarizeTally(tally: Tally): string {
  const classes = new Map<string, number>();
  let total = 0;
  for (const counts of tally.values())
    for (const [status, n] of counts) {
      const key = `${status[0]}xx`;
      classes.set(key, (classes.get(key) ?? 0) + n);
      total += n;
    }
  const parts = [...classes.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`);
  return `${total} requests over ${tally.size} operations: ${parts.join(', ')}`;
}

export function formatTally(tally: Tally): string {
  return [...tally.entries()]
    .map(([key, counts]) => {
      const sorted = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
      return `  ${key.padEnd(52)} ${sorted.map(([status, n]) => `${status}x${n}`).join(' ')}`;
    })
    .join('\n');
}
