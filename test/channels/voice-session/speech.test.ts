import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createBusiness, type TestBusiness } from '../../helpers/test-app.js';
import {
  audioBytes,
  type FakeSpeechServer,
  httpError,
  silent,
  startFakeSpeechServer,
  transcript,
  wavClip,
} from './fake-speech-server.js';

// Speech through the OpenAI-compatible providers, against a local fake server this test starts:
// what the SDK sends (multipart transcription, JSON speech), what the API answers, and how every
// provider failure is classified without inventing words.

const TIMEOUT_MS = 300;
const SPEECH = Buffer.from('ID3fake-mp3-bytes');

let stt: FakeSpeechServer;
let tts: FakeSpeechServer;
let app: FastifyInstance;
let tenant: TestBusiness;

beforeAll(async () => {
  stt = await startFakeSpeechServer();
  tts = await startFakeSpeechServer();
  ({ app } = await buildTestApp({
    env: {
      // With /v1, as OpenAI documents its root: the same requests go out as without it.
      STT_BASE_URL: `${stt.baseUrl}/v1`,
      STT_API_KEY: 'sk-stt-test',
      STT_TIMEOUT_MS: String(TIMEOUT_MS),
      TTS_BASE_URL: tts.baseUrl,
      TTS_API_KEY: 'sk-tts-test',
      TTS_VOICE: 'nova',
      TTS_TIMEOUT_MS: String(TIMEOUT_MS),
    },
  }));
  tenant = await createBusiness(app, { name: 'Speech Plumbing' });
});
afterEach(() => {
  stt.respondWith(httpError(500));
  tts.respondWith(audioBytes(SPEECH));
});
afterAll(async () => {
  await app?.close();
  await stt?.close();
  await tts?.close();
});

const headers = () => ({ 'x-api-key': tenant.apiKey });

async function start() {
  tts.respondWith(audioBytes(SPEECH));
  const response = await app.inject({
    method: 'POST',
    url: '/v1/voice/session/start',
    headers: headers(),
    payload: {},
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const say = (id: string, payload: object) =>
  app.inject({ method: 'POST', url: `/v1/voice/session/${id}/input`, headers: headers(), payload });

const wav = { data: wavClip().toString('base64'), content_type: 'audio/wav' };

async function userLines(sessionId: string): Promise<string[]> {
  const list = await app.inject({ url: '/v1/crm/conversations', headers: headers() });
  const item = (list.json().items as Array<{ id: string; external_id: string | null }>).find(
    (c) => c.external_id === sessionId,
  );
  if (!item) return [];
  const detail = await app.inject({ url: `/v1/crm/conversations/${item.id}`, headers: headers() });
  return (detail.json().messages as Array<{ role: string; text: string }>)
    .filter((m) => m.role === 'user')
    .map((m) => m.text);
}

describe('speech synthesis (TTS)', () => {
  it('speaks the greeting: JSON to /v1/audio/speech, base64 audio with its type in the reply', async () => {
    tts.requests.length = 0;
    const started = await start();
    expect(started.audio).toEqual({
      content_type: 'audio/mpeg',
      format: 'mp3',
      data: SPEECH.toString('base64'),
    });
    expect(started.audio_error).toBeNull();
    expect(tts.requests).toHaveLength(1);
    expect(tts.requests[0]).toMatchObject({
      method: 'POST',
      url: '/v1/audio/speech',
      authorization: 'Bearer sk-tts-test',
      json: { model: 'gpt-4o-mini-tts', voice: 'nova', input: started.reply_text, response_format: 'mp3' },
    });
  });

  it('answers the turn as text with audio null and the reason when synthesis fails or times out', async () => {
    const { session_id: id } = await start();
    tts.respondWith(httpError(503));
    const failed = await say(id, { text: 'my sink is leaking' });
    expect(failed.statusCode).toBe(200);
    expect(failed.json()).toMatchObject({
      audio: null,
      audio_error: 'transient',
      session_state: { turns: 1 },
    });
    expect(failed.json().reply_text.length).toBeGreaterThan(0);
    tts.respondWith(httpError(401));
    expect((await say(id, { text: 'tomorrow' })).json().audio_error).toBe('auth');
    tts.respondWith(silent);
    const slow = await say(id, { text: 'morning please' });
    expect(slow.json()).toMatchObject({ audio: null, audio_error: 'timeout', session_state: { turns: 3 } });
  });
});

describe('speech recognition (STT)', () => {
  it('transcribes audio: multipart to /v1/audio/transcriptions, the words become the turn', async () => {
    const { session_id: id } = await start();
    stt.requests.length = 0;
    stt.respondWith(transcript('my kitchen sink is leaking'));
    const turn = await say(id, { audio: wav });
    expect(turn.statusCode, turn.body).toBe(200);
    expect(turn.json().session_state.turns).toBe(1);
    expect(stt.requests).toHaveLength(1);
    const [request] = stt.requests;
    expect(request).toMatchObject({
      method: 'POST',
      url: '/v1/audio/transcriptions',
      authorization: 'Bearer sk-stt-test',
    });
    expect(request?.form?.model).toBe('gpt-4o-mini-transcribe');
    const file = request?.form?.file as { name: string; type: string; bytes: Buffer };
    expect(file.name).toBe('audio.wav');
    expect(file.type).toBe('audio/wav');
    expect(file.bytes.equals(wavClip())).toBe(true);
    expect(await userLines(id)).toEqual(['my kitchen sink is leaking']);
  });

  it('reads bare base64 (the reference shape), recognising the format from its bytes', async () => {
    const { session_id: id } = await start();
    stt.requests.length = 0;
    stt.respondWith(transcript('twelve elm street'));
    const turn = await app.inject({
      method: 'POST',
      url: '/telephony/audio',
      payload: { session_id: id, audio: wavClip().toString('base64') },
    });
    expect(turn.statusCode, turn.body).toBe(200);
    expect((stt.requests[0]?.form?.file as { name: string }).name).toBe('audio.wav');
  });

  it('takes audio heard as nothing as a silent turn, writing no words', async () => {
    const { session_id: id } = await start();
    stt.respondWith(transcript('   '));
    const turn = await say(id, { audio: wav });
    expect(turn.statusCode).toBe(200);
    expect(turn.json().reply_text.length).toBeGreaterThan(0);
    expect(await userLines(id)).toEqual([]);
  });

  it.each([
    ['a provider error', httpError(500), 'transient'],
    ['a refused key', httpError(401), 'auth'],
    ['rate limiting', httpError(429), 'transient'],
    ['no answer in time', silent, 'timeout'],
  ])('answers 503 on %s, takes no turn and invents no words', async (_what, responder, kind) => {
    const { session_id: id } = await start();
    stt.respondWith(responder);
    const turn = await say(id, { audio: wav });
    expect(turn.statusCode, turn.body).toBe(503);
    expect(turn.headers['content-type']).toContain('application/problem+json');
    expect(turn.json().code).toBe('SPEECH_RECOGNITION_FAILED');
    expect(turn.json().detail).toContain(`(${kind})`);
    expect(await userLines(id)).toEqual([]);
    stt.respondWith(transcript('hello'));
    expect((await say(id, { audio: wav })).json().session_state.turns).toBe(1);
  });

  it('answers 422 AUDIO_REJECTED when the recogniser refuses the audio', async () => {
    const { session_id: id } = await start();
    stt.respondWith(httpError(400));
    const turn = await say(id, { audio: wav });
    expect(turn.statusCode).toBe(422);
    expect(turn.json().code).toBe('AUDIO_REJECTED');
  });

  it('answers 503 when the recogniser answers something that is not a transcript', async () => {
    const { session_id: id } = await start();
    stt.respondWith((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ words: 'no text field' }));
    });
    const turn = await say(id, { audio: wav });
    expect(turn.statusCode).toBe(503);
    expect(turn.json().detail).toContain('(invalid_output)');
  });
});
