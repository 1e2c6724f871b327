import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createLlmUnderstanding,
  createOpenAiLlmClient,
  LLM_INTENTS,
  type LlmOutcome,
  type LlmUnderstandingContext,
} from '../../../src/modules/assistant/llm/index.js';
import type { Understanding } from '../../../src/modules/assistant/understanding/index.js';
import {
  type FakeOpenAi,
  httpError,
  silent,
  startFakeOpenAi,
  textOnly,
  toolCall,
} from './fake-openai-server.js';

// Wednesday 2025-03-12, 10:00 in Chicago (CDT, UTC-5).
const NOW = new Date('2025-03-12T15:00:00Z');
// Generous for a server that answers (a loaded machine must not turn an answer into a timeout);
// short only where the test is about the timeout.
const ANSWER_TIMEOUT_MS = 10_000;
const TIMEOUT_MS = 300;

const ctx: LlmUnderstandingContext = {
  now: NOW,
  timeZone: 'America/Chicago',
  language: 'en',
  expecting: 'name',
  serviceNames: ['Water Heater Repair', 'Drain Cleaning'],
  businessName: 'Acme Plumbing',
};

let fake: FakeOpenAi;
let outcomes: LlmOutcome[];
let warnings: Array<Record<string, unknown>>;

beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());
afterEach(() => {
  fake.requests.length = 0;
});

function understandingWith(baseUrl = fake.baseUrl, timeoutMs = ANSWER_TIMEOUT_MS) {
  outcomes = [];
  warnings = [];
  const client = createOpenAiLlmClient({
    baseUrl,
    apiKey: 'sk-fake',
    model: 'fake-model',
    timeoutMs,
  });
  return createLlmUnderstanding({
    client,
    timeoutMs,
    log: { warn: (fields) => warnings.push(fields) },
    onOutcome: (outcome) => outcomes.push(outcome),
  });
}

const TEXT = "it's maria lopez calling, could somebody come out thursday after lunch";
const rulesOnly: Understanding = { language: 'en', intents: ['book'] };

describe('LLM understanding against an OpenAI-compatible server', () => {
  it('sends the model, the local date, the one tool and a forced tool choice', async () => {
    fake.respondWith(toolCall({}));
    await understandingWith()(TEXT, ctx, rulesOnly);
    expect(fake.requests).toHaveLength(1);
    const { body, authorization, url } = fake.requests[0]!;
    expect(url).toBe('/v1/chat/completions');
    expect(authorization).toBe('Bearer sk-fake');
    expect(body.model).toBe('fake-model');
    const [system, user] = body.messages ?? [];
    expect(system?.role).toBe('system');
    expect(system?.content).toContain('Wednesday 2025-03-12 10:00');
    expect(system?.content).toContain('Thursday 2025-03-13 (tomorrow)');
    expect(system?.content).toContain('Acme Plumbing');
    expect(system?.content).not.toContain('maria');
    expect(user).toEqual({ role: 'user', content: TEXT });
    expect(body.tools?.map((tool) => tool.function.name)).toEqual(['record_caller_facts']);
    const parameters = body.tools?.[0]?.function.parameters as { properties: Record<string, unknown> };
    expect(parameters.properties.intents).toMatchObject({ items: { enum: [...LLM_INTENTS] } });
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'record_caller_facts' } });
  });

  it('merges a good extraction: fills the name and time the rules missed', async () => {
    fake.respondWith(
      toolCall({
        intents: ['book'],
        name: 'Maria Lopez',
        time: { date: '2025-03-13', partOfDay: 'afternoon' },
        problem: null,
      }),
    );
    const result = await understandingWith()(TEXT, ctx, rulesOnly);
    expect(result).toEqual({
      language: 'en',
      intents: ['book'],
      name: 'Maria Lopez',
      time: { fromDate: '2025-03-13', toDate: '2025-03-13', partOfDay: 'afternoon' },
    });
    expect(outcomes).toEqual([{ outcome: 'merged', latencyMs: expect.any(Number) }]);
  });

  it.each([
    ['arguments that are not JSON', toolCall('{"name": "Maria')],
    ['arguments of the wrong shape', toolCall({ intents: 'book', emergency: 'yes' })],
    ['an intent outside the tool', toolCall({ intents: ['order_pizza'] })],
    ['no tool call at all', textOnly('{"name": "Maria Lopez"}')],
  ])('falls back on %s (invalid_output)', async (_case, responder) => {
    fake.respondWith(responder);
    const result = await understandingWith()(TEXT, ctx, rulesOnly);
    expect(result).toBe(rulesOnly);
    expect(outcomes).toEqual([
      { outcome: 'fallback', reason: 'invalid_output', latencyMs: expect.any(Number) },
    ]);
  });

  it.each([
    [500, 'transient'],
    [503, 'transient'],
    [429, 'transient'],
    [401, 'auth'],
    [403, 'auth'],
    [400, 'rejected'],
    [404, 'rejected'],
  ] as const)('falls back on HTTP %i (%s), without retrying', async (status, reason) => {
    fake.respondWith(httpError(status));
    const result = await understandingWith()(TEXT, ctx, rulesOnly);
    expect(result).toBe(rulesOnly);
    expect(outcomes).toEqual([{ outcome: 'fallback', reason, latencyMs: expect.any(Number) }]);
    expect(fake.requests).toHaveLength(1);
  });

  it('falls back within the timeout when the server never answers', async () => {
    fake.respondWith(silent);
    const started = Date.now();
    const result = await understandingWith(fake.baseUrl, TIMEOUT_MS)(TEXT, ctx, rulesOnly);
    const elapsed = Date.now() - started;
    expect(result).toBe(rulesOnly);
    expect(outcomes).toEqual([{ outcome: 'fallback', reason: 'timeout', latencyMs: expect.any(Number) }]);
    // It waited for the timeout (the server never answers); how much longer is the machine's business.
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
  });

  it('falls back when nothing listens (transient)', async () => {
    const gone = await startFakeOpenAi();
    await gone.close();
    const result = await understandingWith(gone.baseUrl)(TEXT, ctx, rulesOnly);
    expect(result).toBe(rulesOnly);
    expect(outcomes).toEqual([{ outcome: 'fallback', reason: 'transient', latencyMs: expect.any(Number) }]);
  });

  it('logs the kind and latency of a failure, never what the caller said', async () => {
    fake.respondWith(httpError(401));
    await understandingWith()(TEXT, ctx, rulesOnly);
    expect(warnings).toEqual([{ llm_error: 'auth', latency_ms: expect.any(Number) }]);
    expect(JSON.stringify(warnings)).not.toContain('maria');
  });

  it('keeps an emergency the rules found, gas flag included, whatever the model says', async () => {
    const gas: Understanding = {
      language: 'en',
      intents: ['emergency'],
      emergency: { score: 1, reasons: ['gas_leak'], gas: true },
    };
    fake.respondWith(toolCall({ intents: ['book'], emergency: false, name: 'Maria Lopez' }));
    const result = await understandingWith()(TEXT, ctx, gas);
    expect(result.emergency).toEqual({ score: 1, reasons: ['gas_leak'], gas: true });
    expect(result.intents).toEqual(['emergency']);
    expect(result.name).toBe('Maria Lopez');
  });

  it('lets the model raise an emergency the rules missed', async () => {
    fake.respondWith(
      toolCall({ intents: ['book'], emergency: true, problem: 'water coming through the light' }),
    );
    const result = await understandingWith()(TEXT, ctx, { language: 'en', intents: [] });
    expect(result.emergency).toEqual({ score: 0.7, reasons: ['llm'], gas: false });
    expect(result.intents).toEqual(['emergency', 'book']);
    expect(result.problem).toBe('water coming through the light');
  });

  it('ignores a date in the past and keeps the rest', async () => {
    fake.respondWith(toolCall({ name: 'Maria Lopez', time: { date: '2025-03-11', partOfDay: 'morning' } }));
    const result = await understandingWith()(TEXT, ctx, rulesOnly);
    expect(result.time).toBeUndefined();
    expect(result.name).toBe('Maria Lopez');
  });

  it('does not ask the model about a plain answer to a yes/no question', async () => {
    const yes: Understanding = { language: 'en', intents: [], yesNo: 'yes' };
    const result = await understandingWith()('yes please', { ...ctx, expecting: 'confirm' }, yes);
    expect(result).toBe(yes);
    expect(fake.requests).toHaveLength(0);
    expect(outcomes).toEqual([{ outcome: 'skipped' }]);
  });
});
