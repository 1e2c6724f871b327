import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../helpers/dialects.js';
import type { TestBusiness } from '../../helpers/test-app.js';
import { type ChatTestApp, chat, chatTestApp, seedBusiness } from './setup.js';
import { parseSse } from './sse-parser.js';

describe('the SSE parser used by these tests', () => {
  it('joins data lines with newlines, keeps spaces after the first, and ignores comments', () => {
    expect(
      parseSse('event: meta\ndata: {"a":1}\n\n: comment\ndata:  two spaces\ndata:\n\ndata: cut'),
    ).toEqual([
      { event: 'meta', data: '{"a":1}' },
      { event: 'message', data: ' two spaces\n' },
    ]);
  });
});

describeEachDialect('owner chat stream', (ctx) => {
  let t: ChatTestApp;
  let business: TestBusiness;
  beforeAll(async () => {
    t = await chatTestApp(ctx);
    business = await seedBusiness(t);
  });
  afterAll(() => t.app.close());

  const stream = (
    body: Record<string, unknown>,
    headers: Record<string, string> = { 'x-api-key': business.apiKey },
  ) => t.app.inject({ method: 'POST', url: '/v1/chat/stream', headers, payload: body });

  it('sends meta, the answer in chunks, then done, with event-stream headers', async () => {
    const question = 'Who do I need to call back?';
    const response = await stream({ text: question });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['x-request-id']).toBeTruthy();
    const events = parseSse(response.body);
    expect(events[0]?.event).toBe('meta');
    const { conversation_id } = JSON.parse(events[0]?.data ?? '{}');
    expect(conversation_id).toMatch(/^chat_/);
    expect(events.at(-1)).toEqual({ event: 'done', data: 'end' });
    const chunks = events.slice(1, -1);
    // A multi-line answer longer than one chunk: several events, cut after whole words.
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((e) => e.event === 'message')).toBe(true);
    expect(chunks.slice(0, -1).every((e) => /\s$/.test(e.data))).toBe(true);
    const text = chunks.map((e) => e.data).join('');
    expect(text).toBe((await chat(t.app, business, { text: question })).json().reply_text);
    expect(text.split('\n')).toHaveLength(4);
  });

  it('continues a conversation by the id from meta', async () => {
    const first = parseSse((await stream({ text: "What's on tomorrow?" })).body);
    const { conversation_id } = JSON.parse(first[0]?.data ?? '{}');
    const next = parseSse((await stream({ text: 'and the day after?', conversation_id })).body);
    expect(JSON.parse(next[0]?.data ?? '{}')).toEqual({ conversation_id });
    expect(
      next
        .slice(1, -1)
        .map((e) => e.data)
        .join(''),
    ).toBe('You have nothing scheduled on Thursday, March 11th.');
  });

  it('refuses before streaming with a problem document: no credentials, bad input', async () => {
    const unauthenticated = await stream({ text: 'help' }, {});
    expect(unauthenticated.statusCode).toBe(401);
    expect(unauthenticated.headers['content-type']).toMatch(/^application\/problem\+json/);
    const empty = await stream({ text: '' });
    expect(empty.statusCode).toBe(422);
    expect(empty.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(empty.json().errors[0].path).toBe('body.text');
  });

  it('a session store failure before the stream starts is a 5xx problem document', async () => {
    const sessions = t.services.state.sessions;
    const original = sessions.get;
    sessions.get = () => Promise.reject(new Error('store down'));
    try {
      const response = await stream({ text: 'help', conversation_id: 'chat_0123' });
      expect(response.statusCode).toBe(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    } finally {
      sessions.get = original;
    }
  });

  it('a failure after the stream started is an error event carrying a problem document', async () => {
    const callbacks = t.services.callbacks;
    const original = callbacks.list;
    callbacks.list = () => Promise.reject(new Error('database gone'));
    try {
      const response = await stream({ text: 'Who do I need to call back?' });
      expect(response.statusCode).toBe(200);
      const events = parseSse(response.body);
      expect(events.map((e) => e.event)).toEqual(['meta', 'error']);
      expect(JSON.parse(events[1]?.data ?? '{}')).toMatchObject({
        status: 500,
        code: 'INTERNAL',
        detail: 'An unexpected error occurred',
        request_id: response.headers['x-request-id'],
      });
    } finally {
      callbacks.list = original;
    }
  });
});
