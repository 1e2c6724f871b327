import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type FakeOpenAi,
  httpError,
  type Responder,
  silent,
  startFakeOpenAi,
  textOnly,
  toolCall,
} from '../../assistant/llm/fake-openai-server.js';
import { describeEachDialect } from '../../helpers/dialects.js';
import type { TestBusiness } from '../../helpers/test-app.js';
import { type ChatTestApp, chat, chatTestApp, converse, seedBusiness } from './setup.js';
import { parseSse } from './sse-parser.js';

const TOMORROW = [
  'You have 2 appointments tomorrow (Wednesday, March 10th):',
  '- 9 AM: Dana Diaz — drain cleaning, 12 Elm Street',
  '- 1:30 PM: Kim Lee — toilet repair',
].join('\n');
const PHRASED = 'Tomorrow is busy: Dana Diaz at 9 AM for drain cleaning, then Kim Lee at 1:30 PM.';

describeEachDialect('owner chat with a language model', (ctx) => {
  let fake: FakeOpenAi;
  let t: ChatTestApp;
  let business: TestBusiness;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    // Short enough that the test of a model that never answers is quick, long enough for a busy machine.
    t = await chatTestApp(ctx, {
      LLM_BASE_URL: fake.baseUrl,
      LLM_MODEL: 'owner-model',
      LLM_TIMEOUT_MS: '1500',
    });
    business = await seedBusiness(t);
  });
  afterAll(async () => {
    await t.app.close();
    await fake.close();
  });
  beforeEach(() => {
    fake.requests.length = 0;
  });

  const ask = async (text: string) => (await chat(t.app, business, { text })).json().reply_text;

  it('lets the model reword the answer from the facts it is given', async () => {
    fake.respondWith(textOnly(PHRASED));
    expect(await ask("What's on tomorrow?")).toBe(PHRASED);
    expect(fake.requests).toHaveLength(1);
    const { body } = fake.requests[0]!;
    expect(body.model).toBe('owner-model');
    const [system, user] = body.messages ?? [];
    expect(system?.role).toBe('system');
    expect(system?.content).toContain('Diaz Plumbing');
    expect(system?.content).toMatch(/Never add/);
    expect(user?.content).toContain("QUESTION: What's on tomorrow?");
    expect(user?.content).toContain('"customer_name":"Kim Lee"');
    expect(user?.content).toContain(TOMORROW);
  });

  it('gives the model the conversation so far, and follow-ups still work', async () => {
    fake.respondWith(textOnly(PHRASED));
    const replies = await converse(t.app, business, ["What's on tomorrow?", 'and the day after?']);
    expect(replies[0]).toBe(PHRASED);
    // The same words about Thursday carry times Thursday's facts lack: the rules answer instead.
    expect(replies[1]).toBe('You have nothing scheduled on Thursday, March 11th.');
    const second = fake.requests[1]!.body.messages ?? [];
    expect(second.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(second[1]?.content).toBe("What's on tomorrow?");
    expect(second[2]?.content).toBe(PHRASED);
    expect(second[3]?.content).toContain('You have nothing scheduled on Thursday, March 11th.');
  });

  it.each([
    ['adds a figure that is not in the facts', textOnly('You have 7 appointments tomorrow.')],
    ['answers HTTP 500', httpError(500)],
    ['refuses the key (401)', httpError(401)],
    ['answers with no text', textOnly('')],
    ['never answers', silent],
  ])('falls back to the rules when the model %s', async (_name, responder) => {
    fake.respondWith(responder);
    expect(await ask("What's on tomorrow?")).toBe(TOMORROW);
    expect(fake.requests).toHaveLength(1);
  });

  describe('a question the rules do not recognise', () => {
    const QUESTION = 'how busy am I on the 12th?';
    const FRIDAY = 'Friday the 12th: Kim Lee at 10 AM, an inspection.';
    // Classification calls carry the tool; phrasing calls do not.
    const answering =
      (classification: Responder, phrased: Responder): Responder =>
      (request, res) =>
        (request.body.tools ? classification : phrased)(request, res);

    it('is read by the model, then answered from the records', async () => {
      fake.respondWith(
        answering(
          toolCall({ kind: 'schedule', date: '2027-03-12' }, 'classify_owner_question'),
          textOnly(FRIDAY),
        ),
      );
      expect(await ask(QUESTION)).toBe(FRIDAY);
      expect(fake.requests).toHaveLength(2);
      const [classify, phrase] = fake.requests;
      expect(classify?.body.tool_choice).toEqual({
        type: 'function',
        function: { name: 'classify_owner_question' },
      });
      expect(classify?.body.messages?.[0]?.content).toContain(
        'Today is 2027-03-09 (time zone America/Chicago)',
      );
      expect(classify?.body.messages?.at(-1)?.content).toBe(QUESTION);
      expect(phrase?.body.messages?.at(-1)?.content).toContain(
        'You have 1 appointment on Friday, March 12th:\n- 10 AM: Kim Lee — inspection',
      );
    });

    it('gets the help text when the model does not know either, or fails', async () => {
      for (const classification of [
        toolCall({ kind: 'unknown' }, 'classify_owner_question'),
        textOnly('no tool'),
        httpError(503),
      ]) {
        fake.requests.length = 0;
        fake.respondWith(answering(classification, textOnly('I can do anything!')));
        expect(await ask(QUESTION)).toMatch(/^Sorry, I didn't understand that question\. I can answer/);
        expect(fake.requests).toHaveLength(1);
      }
    });
  });

  it('answers from the rules alone while the tenant is in lockdown', async () => {
    const locked = await seedBusiness(t);
    await t.app.inject({
      method: 'POST',
      url: '/v1/owner/lockdown',
      headers: { 'x-api-key': locked.apiKey },
      payload: { enabled: true },
    });
    fake.respondWith(textOnly(PHRASED));
    const response = await chat(t.app, locked, { text: "What's on tomorrow?" });
    expect(response.json().reply_text).toBe(TOMORROW);
    expect(fake.requests).toHaveLength(0);
  });

  it('streams the reworded answer', async () => {
    fake.respondWith(textOnly(PHRASED));
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/chat/stream',
      headers: { 'x-api-key': business.apiKey },
      payload: { text: "What's on tomorrow?" },
    });
    const events = parseSse(response.body);
    expect(events.map((e) => e.event)).toEqual(['meta', 'message', 'done']);
    expect(events[1]?.data).toBe(PHRASED);
  });

  describe('over a real connection', () => {
    let served: ChatTestApp;
    let owner: TestBusiness;
    let base: string;
    beforeAll(async () => {
      // A generous limit: the model's answer waits on the test, and a busy machine must not time it out.
      served = await chatTestApp(ctx, {
        LLM_BASE_URL: fake.baseUrl,
        LLM_MODEL: 'owner-model',
        LLM_TIMEOUT_MS: '20000',
      });
      owner = await seedBusiness(served);
      await served.app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(served.app.server.address() as AddressInfo).port}`;
    });
    afterAll(() => served.app.close());

    it('flushes meta before the answer exists, and closes the connection after done', async () => {
      // The model holds its answer until the test has read the meta event from the socket.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      fake.respondWith((request, res) => {
        void held.then(() => textOnly(PHRASED)(request, res));
      });
      const response = await fetch(`${base}/v1/chat/stream`, {
        method: 'POST',
        headers: { 'x-api-key': owner.apiKey, 'content-type': 'application/json' },
        body: JSON.stringify({ text: "What's on tomorrow?" }),
      });
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let received = '';
      while (parseSse(received).length === 0) {
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended before its first event');
        received += decoder.decode(value, { stream: true });
      }
      expect(parseSse(received).map((e) => e.event)).toEqual(['meta']);
      release();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        received += decoder.decode(value, { stream: true });
      }
      const events = parseSse(received);
      expect(events.map((e) => e.event)).toEqual(['meta', 'message', 'done']);
      expect(events[1]?.data).toBe(PHRASED);
    });

    it('a client that goes away stops the model call it was waiting for', async () => {
      let modelCalled: () => void = () => undefined;
      const called = new Promise<void>((resolve) => {
        modelCalled = resolve;
      });
      let modelCallClosed: () => void = () => undefined;
      const closed = new Promise<void>((resolve) => {
        modelCallClosed = resolve;
      });
      // The model never answers; the only way its connection closes is our side giving up.
      fake.respondWith((_request, res) => {
        res.on('close', () => modelCallClosed());
        modelCalled();
      });
      // A plain socket the test destroys itself: the client is gone, not just its reader.
      const client = request(`${base}/v1/chat/stream`, {
        method: 'POST',
        headers: { 'x-api-key': owner.apiKey, 'content-type': 'application/json' },
      });
      client.on('error', () => undefined);
      client.end(JSON.stringify({ text: "What's on tomorrow?" }));
      // Gone while the model is thinking (before the call, the call is not even made).
      await called;
      client.destroy();
      await closed;
      // And the service goes on answering.
      fake.respondWith(textOnly(PHRASED));
      expect((await chat(served.app, owner, { text: "What's on tomorrow?" })).json().reply_text).toBe(
        PHRASED,
      );
    });
  });
});
