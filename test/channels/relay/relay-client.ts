import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { TEST_TWILIO_TOKEN, twilioSignature } from '../../helpers/twilio.js';

// Plays Twilio's side of ConversationRelay with a real WebSocket client: a signed handshake, then
// JSON frames in the shapes Twilio sends (setup, prompt, dtmf, interrupt, error).

export interface RelayFrame {
  type: string;
  token?: string;
  last?: boolean;
  handoffData?: string;
}

/** The listening origin of an app (`http://127.0.0.1:PORT`). */
export async function listen(app: FastifyInstance): Promise<string> {
  return app.listen({ port: 0, host: '127.0.0.1' });
}

export function relayUrl(origin: string, businessId: string, prefix = '/v1/twilio'): string {
  return `${origin.replace(/^http/, 'ws')}${prefix}/relay?business_id=${encodeURIComponent(businessId)}`;
}

export class RelayClient {
  private readonly frames: RelayFrame[] = [];
  private readonly waiting: Array<(frame: RelayFrame | null) => void> = [];
  closed: { code: number } | null = null;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => this.push(JSON.parse(data.toString()) as RelayFrame));
    socket.on('close', (code) => {
      this.closed = { code };
      for (const resolve of this.waiting.splice(0)) resolve(null);
    });
  }

  /** Opens a socket signed over `url` (or with `signature` as given; null sends none). */
  static async connect(url: string, options: { signature?: string | null } = {}): Promise<RelayClient> {
    const signature =
      options.signature === undefined ? twilioSignature(url, {}, TEST_TWILIO_TOKEN) : options.signature;
    const headers: Record<string, string> = signature === null ? {} : { 'x-twilio-signature': signature };
    const socket = new WebSocket(url, { headers });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
      socket.once('unexpected-response', (_request, response) =>
        reject(new HandshakeRefused(response.statusCode ?? 0)),
      );
    });
    return new RelayClient(socket);
  }

  private push(frame: RelayFrame): void {
    const resolve = this.waiting.shift();
    if (resolve) resolve(frame);
    else this.frames.push(frame);
  }

  /** The next frame we were sent; null once the socket closed with nothing left. */
  next(): Promise<RelayFrame | null> {
    const frame = this.frames.shift();
    if (frame) return Promise.resolve(frame);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Text tokens up to and including the one marked last, joined; throws on anything else. */
  async reply(): Promise<{ text: string; tokens: number }> {
    let text = '';
    let tokens = 0;
    for (;;) {
      const frame = await this.next();
      if (frame?.type !== 'text') throw new Error(`expected a text token, got ${JSON.stringify(frame)}`);
      text += frame.token ?? '';
      tokens += 1;
      if (frame.last) return { text, tokens };
    }
  }

  send(message: Record<string, unknown> | string): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  setup(callSid: string, from = '+15125550143'): void {
    this.send({
      type: 'setup',
      sessionId: `VX${callSid.slice(2)}`,
      accountSid: 'AC00000000000000000000000000000000',
      parentCallSid: '',
      callSid,
      from,
      to: '+15125550000',
      forwardedFrom: '',
      callType: 'PSTN',
      callerName: '',
      direction: 'inbound',
      callStatus: 'RINGING',
      customParameters: {},
    });
  }

  prompt(voicePrompt: string, last = true): void {
    this.send({ type: 'prompt', voicePrompt, lang: 'en-US', last });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await new Promise<void>((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}

export class HandshakeRefused extends Error {
  constructor(readonly status: number) {
    super(`handshake refused with ${status}`);
  }
}

export async function refusedStatus(promise: Promise<RelayClient>): Promise<number> {
  try {
    const client = await promise;
    await client.close();
    return 101;
  } catch (error) {
    if (error instanceof HandshakeRefused) return error.status;
    throw error;
  }
}
