import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createBusiness } from '../../helpers/test-app.js';
import { type FakeOpenAi, httpError, startFakeOpenAi, toolCall } from './fake-openai-server.js';

// The composition root turns LLM_* settings into the assistant's refinement step.

describe('LLM wiring', () => {
  let fake: FakeOpenAi;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
  });
  afterAll(() => fake.close());

  async function turnWithLlm(utterance: string) {
    const { app, services } = await buildTestApp({
      env: { LLM_BASE_URL: fake.baseUrl, LLM_MODEL: 'fake-model', LLM_TIMEOUT_MS: '1500' },
    });
    try {
      const created = await createBusiness(app, { time_zone: 'America/Chicago' });
      const business = await services.tenants.get(created.id);
      const ctx = {
        business,
        channel: 'sms' as const,
        sessionId: 'sms:+15125550123',
        callerPhone: '+15125550123',
        now: new Date(),
      };
      return await services.assistant.turn(ctx, { text: utterance });
    } finally {
      await app.close();
    }
  }

  it('consults the configured model on a caller turn', async () => {
    const before = fake.requests.length;
    fake.respondWith(toolCall({ intents: ['book'], problem: 'clogged kitchen drain' }));
    const result = await turnWithLlm('yeah so the kitchen drain is all backed up');
    expect(fake.requests.length).toBe(before + 1);
    expect(fake.requests.at(-1)?.body.model).toBe('fake-model');
    expect(result.reply.length).toBeGreaterThan(0);
  });

  it('keeps answering with the rules when the model fails', async () => {
    fake.respondWith(httpError(500));
    const result = await turnWithLlm('hi i need somebody to fix a leaking toilet');
    expect(result.reply.length).toBeGreaterThan(0);
    expect(result.end).toBe(false);
  });

  it('does not call any model when none is configured', async () => {
    const before = fake.requests.length;
    const { app, services } = await buildTestApp();
    try {
      const created = await createBusiness(app);
      const business = await services.tenants.get(created.id);
      const ctx = {
        business,
        channel: 'sms' as const,
        sessionId: 'sms:+15125550124',
        callerPhone: '+15125550124',
        now: new Date(),
      };
      await services.assistant.turn(ctx, { text: 'my drain is clogged' });
      expect(fake.requests.length).toBe(before);
    } finally {
      await app.close();
    }
  });
});
