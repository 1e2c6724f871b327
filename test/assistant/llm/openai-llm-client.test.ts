import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createOpenAiLlmClient,
  LlmError,
  type LlmExtractInput,
} from '../../../src/modules/assistant/llm/index.js';
import { type FakeOpenAi, httpError, silent, startFakeOpenAi, toolCall } from './fake-openai-server.js';

const input: LlmExtractInput = {
  text: 'my name is maria lopez',
  language: 'es',
  timeZone: '-06:00',
  now: new Date('2025-12-31T23:30:00Z'),
  expecting: 'name',
  businessName: 'Fontanería Sol',
  services: [],
};

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());
afterEach(() => {
  fake.requests.length = 0;
});

// Generous unless the test is about the timeout: a loaded machine must not turn an answer into one.
function client(timeoutMs = 10_000, apiKey: string | undefined = 'sk-fake') {
  return createOpenAiLlmClient({ baseUrl: fake.baseUrl, apiKey, model: 'fake-model', timeoutMs });
}

async function failureOf(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

describe('OpenAI-compatible LlmClient', () => {
  it('returns the tool arguments, a null meaning "not said"', async () => {
    fake.respondWith(toolCall({ name: 'Maria Lopez', address: null, time: { asap: true, date: null } }));
    await expect(client().extract(input)).resolves.toEqual({ name: 'Maria Lopez', time: { asap: true } });
  });

  it('dates the prompt in the tenant zone, where the new year has not begun yet', async () => {
    fake.respondWith(toolCall({}));
    await client().extract(input);
    const system = fake.requests[0]?.body.messages?.[0]?.content ?? '';
    expect(system).toContain('Wednesday 2025-12-31 17:30 (-06:00)');
    expect(system).toContain('Thursday 2026-01-01 (tomorrow)');
    expect(system).toContain('in Spanish');
    expect(system).toContain("the caller's name");
  });

  it('works without an API key, for local servers', async () => {
    fake.respondWith(toolCall({}));
    await expect(client(300, undefined).extract(input)).resolves.toEqual({});
    expect(fake.requests[0]?.authorization).toMatch(/^Bearer /);
  });

  it('classifies an HTTP failure with its status, keeping the provider text out of the message', async () => {
    fake.respondWith(httpError(401));
    const error = await failureOf(client().extract(input));
    expect(error.kind).toBe('auth');
    expect(error.details).toEqual({ httpStatus: 401 });
    expect(error.message).not.toContain('fake 401');
  });

  it('reports a tool call to another function as invalid output', async () => {
    fake.respondWith(toolCall({ name: 'Maria Lopez' }, 'something_else'));
    expect((await failureOf(client().extract(input))).kind).toBe('invalid_output');
  });

  it('gives up on its own after timeoutMs', async () => {
    fake.respondWith(silent);
    const started = Date.now();
    const error = await failureOf(client(250).extract(input));
    expect(error.kind).toBe('timeout');
    // Ended by its own timer (the server never answers), not by the test's.
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
  });

  it("stops as soon as the caller's signal aborts", async () => {
    fake.respondWith(silent);
    const started = Date.now();
    const error = await failureOf(client(5_000).extract(input, AbortSignal.timeout(100)));
    expect(error.kind).toBe('timeout');
    // Long before its own 5 s timeout.
    expect(Date.now() - started).toBeLessThan(2_500);
  });
});
