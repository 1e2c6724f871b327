// Load generator for the relay benchmark, run as its own process so it never shares an event loop
// with the server under test. Each of N sockets plays Twilio's side of ConversationRelay: a signed
// handshake, a setup for a new CallSid, then final prompts one after another, each sent once the
// previous reply's `last: true` token arrived (and, if the reply ended the session, on a new call).
// Per prompt it records the time from sending the prompt frame to the first token and to the last.
import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import WebSocket from 'ws';
import { summarize } from './bench-support.js';

interface LoadOptions {
  url: string;
  token: string;
  sockets: number;
  durationSeconds: number;
  /** Pause between a reply and the next prompt (a caller listening and answering), jittered ±50 %. */
  thinkMs: number;
  /** Prompts per call before hanging up and calling again. */
  promptsPerCall: number;
  /** Calls run this long first without being measured (JIT, lazy modules, SQL statement caches). */
  warmupSeconds: number;
}

const UTTERANCES = [
  'hi um this is dana my kitchen sink is clogged and backing up',
  'uh tomorrow morning if you can',
  'what are your hours on saturday',
];

interface Samples {
  first: number[];
  last: number[];
  errors: number;
  /** performance.now() from which replies are recorded. */
  from: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function openSocket(options: LoadOptions): Promise<WebSocket> {
  const signature = twilio.getExpectedTwilioSignature(options.token, options.url, {});
  const socket = new WebSocket(options.url, { headers: { 'x-twilio-signature': signature } });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`handshake refused: ${response.statusCode}`)),
    );
  });
}

/** One call's socket: frames are routed to the prompt waiting for its reply. */
class Call {
  ended = false;
  private waiter: ((frame: { type: string; last?: boolean } | null) => void) | null = null;

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as { type: string; last?: boolean };
      if (frame.type === 'end') this.ended = true;
      this.waiter?.(frame);
    });
    socket.on('close', () => {
      this.ended = true;
      this.waiter?.(null);
    });
  }

  /** Sends one final prompt and records its reply's first and last token times. */
  prompt(text: string, samples: Samples): Promise<void> {
    return new Promise((resolve) => {
      let first = -1;
      const sentAt = performance.now();
      this.waiter = (frame) => {
        const now = performance.now();
        if (frame?.type === 'text') {
          if (first < 0) first = now - sentAt;
          if (!frame.last) return;
          if (sentAt >= samples.from) {
            samples.first.push(first);
            samples.last.push(now - sentAt);
          }
        } else if (frame?.type !== 'end' && frame !== null) {
          return;
        }
        this.waiter = null;
        resolve();
      };
      this.socket.send(JSON.stringify({ type: 'prompt', voicePrompt: text, lang: 'en-US', last: true }));
    });
  }
}

async function caller(options: LoadOptions, deadline: number, samples: Samples): Promise<void> {
  while (performance.now() < deadline) {
    let call: Call;
    try {
      call = new Call(await openSocket(options));
    } catch {
      samples.errors += 1;
      await sleep(options.thinkMs);
      continue;
    }
    const callSid = `CA${randomBytes(16).toString('hex')}`;
    call.socket.send(JSON.stringify({ type: 'setup', callSid, from: '+15125550142', to: '+15125550000' }));
    for (let i = 0; i < options.promptsPerCall && performance.now() < deadline && !call.ended; i += 1) {
      await sleep(options.thinkMs * (0.5 + Math.random()));
      if (!call.ended) await call.prompt(UTTERANCES[i % UTTERANCES.length] ?? '', samples);
    }
    call.socket.close();
  }
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
  const from = performance.now() + options.warmupSeconds * 1000;
  const samples: Samples = { first: [], last: [], errors: 0, from };
  const deadline = from + options.durationSeconds * 1000;
  await Promise.all(Array.from({ length: options.sockets }, () => caller(options, deadline, samples)));
  const first = summarize(samples.first);
  const last = summarize(samples.last);
  process.stdout.write(
    `${JSON.stringify({
      prompts: last.count,
      firstP50: first.p50,
      firstP99: first.p99,
      lastP50: last.p50,
      lastP99: last.p99,
      errors: samples.errors,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
