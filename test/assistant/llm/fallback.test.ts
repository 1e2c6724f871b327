import { describe, expect, it } from 'vitest';
import {
  createLlmUnderstanding,
  disabledLlm,
  type LlmClient,
  type LlmOutcome,
  type LlmUnderstandingContext,
} from '../../../src/modules/assistant/llm/index.js';
import type { Understanding } from '../../../src/modules/assistant/understanding/index.js';

const ctx: LlmUnderstandingContext = {
  now: new Date('2025-03-12T15:00:00Z'),
  timeZone: 'America/Chicago',
  language: 'en',
  businessName: 'Acme Plumbing',
};
const rules: Understanding = { language: 'en', intents: ['book'] };

function run(client: LlmClient, timeoutMs = 200) {
  const outcomes: LlmOutcome[] = [];
  const understand = createLlmUnderstanding({ client, timeoutMs, onOutcome: (o) => outcomes.push(o) });
  return { understand, outcomes };
}

describe('createLlmUnderstanding (any client)', () => {
  it('bounds a client that ignores its abort signal', async () => {
    const { understand, outcomes } = run({ extract: () => new Promise(() => undefined) }, 150);
    // It resolves at all (the client never does): that is the bound.
    await expect(understand('hello there', ctx, rules)).resolves.toBe(rules);
    expect(outcomes).toEqual([{ outcome: 'fallback', reason: 'timeout', latencyMs: expect.any(Number) }]);
  });

  it('aborts the signal it gave the client when time is up', async () => {
    let seen: AbortSignal | undefined;
    const { understand } = run({
      extract: (_input, signal) => {
        seen = signal;
        return new Promise(() => undefined);
      },
    });
    await understand('hello there', ctx, rules);
    expect(seen?.aborted).toBe(true);
  });

  it('survives a client that throws synchronously or throws a non-LlmError', async () => {
    const sync = run({
      extract: () => {
        throw new TypeError('boom');
      },
    });
    await expect(sync.understand('hello there', ctx, rules)).resolves.toBe(rules);
    expect(sync.outcomes).toEqual([
      { outcome: 'fallback', reason: 'transient', latencyMs: expect.any(Number) },
    ]);
  });

  it('passes the rules’ language, the expectation and the services to the client', async () => {
    let input: unknown;
    const { understand } = run({
      extract: async (given) => {
        input = given;
        return {};
      },
    });
    const spanish: Understanding = { language: 'es', intents: [] };
    await understand(
      'necesito un plomero',
      { ...ctx, expecting: 'problem', serviceNames: ['Drain'] },
      spanish,
    );
    expect(input).toEqual({
      text: 'necesito un plomero',
      language: 'es',
      timeZone: 'America/Chicago',
      now: ctx.now,
      expecting: 'problem',
      businessName: 'Acme Plumbing',
      services: ['Drain'],
    });
  });

  it('does not let a failing metrics callback cost the turn', async () => {
    const understand = createLlmUnderstanding({
      client: { extract: async () => ({ problem: 'slow drain' }) },
      timeoutMs: 200,
      onOutcome: () => {
        throw new Error('metrics down');
      },
    });
    await expect(understand('my drain is slow', ctx, rules)).resolves.toMatchObject({
      problem: 'slow drain',
    });
  });

  it('skips silence without asking', async () => {
    const { understand, outcomes } = run({ extract: () => Promise.reject(new Error('must not be called')) });
    await expect(understand('   ', ctx, rules)).resolves.toBe(rules);
    expect(outcomes).toEqual([{ outcome: 'skipped' }]);
  });

  it('disabledLlm answers with the rules’ result', async () => {
    await expect(disabledLlm('anything', ctx, rules)).resolves.toBe(rules);
  });
});
