// A local stand-in for an OpenAI-compatible audio API (transcriptions and speech), for the speech
// tests. It records every request (multipart parsed) and answers as the current test tells it to.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedSpeechRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  /** Transcriptions: the multipart fields (files as {name, type, bytes}). */
  form: Record<string, string | { name: string; type: string; bytes: Buffer }> | null;
  /** Speech: the JSON body. */
  json: Record<string, unknown> | null;
}

export type SpeechResponder = (request: RecordedSpeechRequest, res: ServerResponse) => void;

export interface FakeSpeechServer {
  /** The server root (STT_BASE_URL / TTS_BASE_URL). */
  baseUrl: string;
  requests: RecordedSpeechRequest[];
  respondWith(responder: SpeechResponder): void;
  close(): Promise<void>;
}

export const transcript =
  (text: string): SpeechResponder =>
  (_request, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ text }));
  };

export const audioBytes =
  (bytes: Buffer, contentType = 'audio/mpeg'): SpeechResponder =>
  (_request, res) => {
    res.writeHead(200, { 'content-type': contentType });
    res.end(bytes);
  };

export const httpError =
  (status: number): SpeechResponder =>
  (_request, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { message: `fake ${status}`, type: 'fake_error' } }));
  };

/** Accepts the request and never answers. */
export const silent: SpeechResponder = () => undefined;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parse(
  req: IncomingMessage,
  body: Buffer,
): Promise<Pick<RecordedSpeechRequest, 'form' | 'json'>> {
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    // The platform's own multipart reader, so the test checks what a real server would read.
    const data = await new Response(body, { headers: { 'content-type': type } }).formData();
    const form: NonNullable<RecordedSpeechRequest['form']> = {};
    for (const [key, value] of data.entries()) {
      form[key] =
        typeof value === 'string'
          ? value
          : { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
    }
    return { form, json: null };
  }
  if (type.startsWith('application/json')) return { form: null, json: JSON.parse(body.toString('utf8')) };
  return { form: null, json: null };
}

export async function startFakeSpeechServer(): Promise<FakeSpeechServer> {
  const requests: RecordedSpeechRequest[] = [];
  let responder: SpeechResponder = httpError(500);
  const open = new Set<ServerResponse>();
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const recorded: RecordedSpeechRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
      ...(await parse(req, body)),
    };
    requests.push(recorded);
    open.add(res);
    res.on('close', () => open.delete(res));
    responder(recorded, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    respondWith: (next) => {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A tiny but well-formed WAV file (8 kHz, 16-bit mono, 80 samples of silence). */
export function wavClip(samples = 80): Buffer {
  const data = Buffer.alloc(samples * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'latin1');
  header.write('fmt ', 12, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16_000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
