import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

// What the service counts, in one prom-client registry per app instance (tests build many apps in
// one process; a global registry would mix them). Each instance exposes its own numbers; with
// several instances, Prometheus sums them. Labels are route patterns and small fixed sets, never
// raw paths, phone numbers or free text.

const PREFIX = 'ai_telephony_';

/** The counting port every module reports to; `createMetrics` is the only implementation. */
export interface Metrics {
  readonly registry: Registry;
  httpRequest(method: string, route: string, status: number, seconds: number): void;
  rateLimitBlocked(route: string, businessId: string | null): void;
  rateLimitStoreFailed(): void;
  twilioRequest(kind: string, failed: boolean): void;
  assistantTurn(channel: string): void;
  /**
   * Server-side time of one assistant turn, by channel: `engine` (understanding, policy and the
   * actions it ran), `store` (session load and save, transcript), `total`.
   */
  turnTime(channel: string, timing: { engine: number; store: number; total: number }): void;
  booking(source: string): void;
  callback(reason: string): void;
  /** The assistant flagged an emergency or handed a caller to a person. */
  assistantEvent(kind: 'emergency' | 'handoff'): void;
  sms(kind: string, outcome: 'sent' | 'failed'): void;
  calendarSync(outcome: 'ok' | 'error'): void;
  /** One attempt to mirror an appointment into the owner's calendar: done, to retry, or stopped. */
  calendarWrite(outcome: 'synced' | 'retry' | 'blocked'): void;
  /** Where the owner's busy times came from: Google, the short cache, a stale answer, or none. */
  calendarBusy(outcome: 'fresh' | 'cached' | 'stale' | 'unavailable'): void;
  /** The same numbers as a JSON document (GET /metrics). */
  snapshot(): Promise<MetricsSnapshot>;
}

export type MetricsSnapshot = Record<string, number | Record<string, number>>;

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
// A turn without an LLM takes about a millisecond; with one, seconds.
const TURN_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function counters(registry: Registry) {
  const counter = <L extends string>(
    name: string,
    help: string,
    labelNames: L[] = [],
    registers = [registry],
  ) => new Counter<L>({ name: `${PREFIX}${name}`, help, labelNames, registers });
  return {
    requests: counter('http_requests_total', 'HTTP requests by method, route pattern and status.', [
      'method',
      'route',
      'status',
    ]),
    duration: new Histogram<'method' | 'route'>({
      name: `${PREFIX}http_request_duration_seconds`,
      help: 'HTTP request latency by method and route pattern.',
      labelNames: ['method', 'route'],
      buckets: DURATION_BUCKETS,
      registers: [registry],
    }),
    rateLimitBlocks: counter('rate_limit_blocks_total', 'Requests refused by the rate limiter (429).'),
    // Kept for the JSON document only: a tenant label per series does not belong in Prometheus.
    rateLimitBlocksByRoute: counter('rate_limit_blocks_by_route', 'unused', ['route', 'business_id'], []),
    rateLimitStoreErrors: counter(
      'rate_limit_store_errors_total',
      'Rate-limit checks let through because the bucket store failed (fail open).',
    ),
    twilioRequests: counter('twilio_requests_total', 'Twilio webhook requests by kind (voice, sms, …).', [
      'kind',
    ]),
    twilioErrors: counter('twilio_errors_total', 'Twilio webhook requests that failed, by kind.', ['kind']),
    assistantTurns: counter('assistant_turns_total', 'Assistant turns by channel.', ['channel']),
    turnDuration: new Histogram<'channel' | 'phase'>({
      name: `${PREFIX}assistant_turn_duration_seconds`,
      help: 'Server-side assistant turn time by channel and phase (engine, store, total).',
      labelNames: ['channel', 'phase'],
      buckets: TURN_BUCKETS,
      registers: [registry],
    }),
    bookings: counter('bookings_total', 'Appointments booked, by source.', ['source']),
    emergencies: counter('emergencies_total', 'Emergencies the assistant flagged (the owner was alerted).'),
    handoffs: counter('handoffs_total', 'Callers handed to a person.'),
    callbacks: counter('callbacks_total', 'Callbacks recorded for the owner, by reason.', ['reason']),
    smsSent: counter('sms_sent_total', 'Outbound SMS the provider accepted, by kind.', ['kind']),
    smsFailed: counter('sms_failed_total', 'Outbound SMS the provider refused or could not take, by kind.', [
      'kind',
    ]),
    calendarSyncs: counter('calendar_syncs_total', 'Calendar synchronisations completed.'),
    calendarSyncErrors: counter('calendar_sync_errors_total', 'Calendar synchronisations that failed.'),
    calendarWrites: counter(
      'calendar_writes_total',
      'Calendar event writes by outcome (synced, retry, blocked).',
      ['outcome'],
    ),
    calendarBusy: counter(
      'calendar_busy_lookups_total',
      'Busy-time lookups by source (fresh, cached, stale, unavailable).',
      ['outcome'],
    ),
  };
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) {
    collectDefaultMetrics({ register: registry, prefix: PREFIX });
    // prom-client names these gauges *_total, which Prometheus reserves for counters (promtool
    // rejects them); the process's handles and requests say little a dashboard needs.
    for (const name of [
      'nodejs_active_handles_total',
      'nodejs_active_requests_total',
      'nodejs_active_resources_total',
    ])
      registry.removeSingleMetric(`${PREFIX}${name}`);
  }
  const c = counters(registry);
  const startedAt = Date.now();
  // Label children resolved once per label set: prom-client would hash the labels on every call.
  const requestCounters = new Map<string, { inc(): void }>();
  const durations = new Map<string, { observe(seconds: number): void }>();

  return {
    registry,
    httpRequest(method, route, status, seconds) {
      const key = `${method} ${route}`;
      const statusKey = `${key} ${status}`;
      let counter = requestCounters.get(statusKey);
      if (!counter) {
        counter = c.requests.labels({ method, route, status: String(status) });
        requestCounters.set(statusKey, counter);
      }
      counter.inc();
      let duration = durations.get(key);
      if (!duration) {
        duration = c.duration.labels({ method, route });
        durations.set(key, duration);
      }
      duration.observe(seconds);
    },
    rateLimitBlocked(route, businessId) {
      c.rateLimitBlocks.inc();
      c.rateLimitBlocksByRoute.inc({ route, business_id: businessId ?? '-' });
    },
    rateLimitStoreFailed: () => c.rateLimitStoreErrors.inc(),
    twilioRequest(kind, failed) {
      c.twilioRequests.inc({ kind });
      if (failed) c.twilioErrors.inc({ kind });
    },
    assistantTurn: (channel) => c.assistantTurns.inc({ channel }),
    turnTime(channel, timing) {
      c.turnDuration.observe({ channel, phase: 'engine' }, timing.engine);
      c.turnDuration.observe({ channel, phase: 'store' }, timing.store);
      c.turnDuration.observe({ channel, phase: 'total' }, timing.total);
    },
    booking: (source) => c.bookings.inc({ source }),
    callback: (reason) => c.callbacks.inc({ reason }),
    assistantEvent: (kind) => (kind === 'emergency' ? c.emergencies : c.handoffs).inc(),
    sms: (kind, outcome) => (outcome === 'sent' ? c.smsSent : c.smsFailed).inc({ kind }),
    calendarSync: (outcome) => (outcome === 'ok' ? c.calendarSyncs : c.calendarSyncErrors).inc(),
    calendarWrite: (outcome) => c.calendarWrites.inc({ outcome }),
    calendarBusy: (outcome) => c.calendarBusy.inc({ outcome }),
    snapshot: () => snapshotOf(c, startedAt),
  };
}

type Counters = ReturnType<typeof counters>;

async function snapshotOf(c: Counters, startedAt: number): Promise<MetricsSnapshot> {
  const requests = await byLabels(c.requests, (l) => `${l.method} ${l.route}`);
  const errors = await byLabels(c.requests, (l) =>
    Number(l.status) >= 500 ? `${l.method} ${l.route}` : null,
  );
  const blocks = await c.rateLimitBlocksByRoute.get();
  return {
    uptime_seconds: Math.round((Date.now() - startedAt) / 1000),
    total_requests: sum(requests),
    total_errors: sum(errors),
    requests_by_route: requests,
    errors_by_route: errors,
    twilio_requests: await byLabels(c.twilioRequests, (l) => String(l.kind)),
    twilio_errors: await byLabels(c.twilioErrors, (l) => String(l.kind)),
    assistant_turns_by_channel: await byLabels(c.assistantTurns, (l) => String(l.channel)),
    bookings_total: await total(c.bookings),
    bookings_by_source: await byLabels(c.bookings, (l) => String(l.source)),
    emergencies_total: await total(c.emergencies),
    handoffs_total: await total(c.handoffs),
    callbacks_total: await total(c.callbacks),
    callbacks_by_reason: await byLabels(c.callbacks, (l) => String(l.reason)),
    sms_sent_total: await total(c.smsSent),
    sms_failed_total: await total(c.smsFailed),
    calendar_syncs_total: await total(c.calendarSyncs),
    calendar_sync_errors_total: await total(c.calendarSyncErrors),
    calendar_writes_by_outcome: await byLabels(c.calendarWrites, (l) => String(l.outcome)),
    calendar_busy_by_outcome: await byLabels(c.calendarBusy, (l) => String(l.outcome)),
    rate_limit_blocks_total: await total(c.rateLimitBlocks),
    rate_limit_blocks_by_route: tally(blocks.values, (l) => String(l.route)),
    rate_limit_blocks_by_route_business: tally(blocks.values, (l) => `${l.route}|${l.business_id}`),
    rate_limit_store_errors_total: await total(c.rateLimitStoreErrors),
  };
}

type Labels = Record<string, string | number | undefined>;

async function byLabels(
  counter: Counter<string>,
  keyOf: (labels: Labels) => string | null | undefined,
): Promise<Record<string, number>> {
  return tally((await counter.get()).values, keyOf);
}

function tally(
  values: ReadonlyArray<{ labels: Labels; value: number }>,
  keyOf: (labels: Labels) => string | null | undefined,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { labels, value } of values) {
    const key = keyOf(labels);
    if (key) out[key] = (out[key] ?? 0) + value;
  }
  return out;
}

async function total(counter: Counter<string>): Promise<number> {
  return (await counter.get()).values.reduce((acc, { value }) => acc + value, 0);
}

function sum(values: Record<string, number>): number {
  return Object.values(values).reduce((acc, value) => acc + value, 0);
}
