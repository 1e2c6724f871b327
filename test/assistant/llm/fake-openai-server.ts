// A local stand-in for an OpenAI-compatible chat-completions endpoint, for the LLM client tests.
// It records every request and answers as the current test tells it to. Used only by *.test.ts.

import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: {
    model?: string;
    messages?: Array<{ role: string; content: string }>;
    tools?: Array<{ type: string; function: { name: string; parameters: Record<string, unknown> } }>;
    tool_choice?: unknown;
  };
}

export type Responder = (request: RecordedRequest, res: ServerResponse) => void;

export interface FakeOpenAi {
  /** What to give the OpenAI client as baseURL. */
  baseUrl: string;
  requests: RecordedRequest[];
  respondWith(responder: Responder): void;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** A completion whose one tool call carries `args` (an object, or a raw string for malformed cases). */
export function toolCall(args: unknown, name = 'record_caller_facts'): Responder {
  const argumentsJson = typeof args === 'string' ? args : JSON.stringify(args);
  return (request, res) =>
    sendJson(res, 200, {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: request.body.model,
      choices: [
        {
          index: 0,
          finish_reason: 'tool_calls',
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: 'call_1', type: 'function', function: { name, arguments: argumentsJson } }],
          },
        },
      ],
    });
}

/** A completion with text and no tool call, as models without tool support answer. */
export function textOnly(content: string): Responder {
  return (_request, res) =>
    sendJson(res, 200, {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: 'fake',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
    });
}

export function httpError(status: number): Responder {
  return (_request, res) =>
    sendJson(res, status, { error: { message: `fake ${status}`, type: 'fake_error' } });
}

/** Accepts the request and never answers. */
export const silent: Responder = () => undefined;

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const requests: RecordedRequest[] = [];
  let responder: Responder = httpError(500);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body: text ? JSON.parse(text) : {},
      };
      requests.push(recorded);
      if (recorded.method !== 'POST' || recorded.url !== '/v1/chat/completions') {
        sendJson(res, 404, { error: { message: 'not found' } });
        return;
      }
      responder(recorded, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    respondWith(next) {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
