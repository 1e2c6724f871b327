// Load generator for `npm run bench -- soak` and `npm run bench -- tail`, run as its own process so
// it never shares an event loop with the service. Calls are played the way Twilio plays them: a
// first webhook, then one signed POST per caller turn to the previous answer's <Gather action>, and
// the final status callback when the caller hangs up. Callers book, ask questions or hang up at once.
//   open mode (soak): a new call starts every 1/rate s for the duration, however long calls take.
//   closed mode (tail): `concurrency` callers each play calls back to back for the duration.
// The last line on stdout is the JSON result.
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import twilio from 'twilio';
import { gatherAction, spokenText } from '../load-callers.js';

export interface SoakLoadOptions {
  base: string;
  businessId: string;
  token: string;
  durationSeconds: number;
  /** Open mode: calls started per second. */
  callsPerSecond?: number;
  /** Closed mode: callers playing calls back to back. */
  concurrency?: number;
  /** Each call comes from its own client address (X-Forwarded-For), so rate buckets come and go. */
  distinctClients?: boolean;
  /** Only voice turns after the greeting count in `turnLatencies` (ms); leave out the first seconds. */
  warmupSeconds?: number;
}

export interface SoakLoadResult {
  calls: number;
  requests: number;
  booked: number;
  asked: number;
  hungUp: number;
  non2xx: number;
  errors: number;
  /** Latency (ms) of every mid-call voice turn after the warm-up. */
  turnLatencies: number[];
}

type Kind = 'book' | 'ask' | 'hang up';

const QUESTIONS = ['what are your hours on saturday', 'do you charge for an estimate', 'ok thanks bye'];
const FIRST = ['kevin', 'maria', 'james', 'linda', 'robert', 'susan', 'david', 'karen', 'thomas', 'nancy'];
const LAST = ['dorsey', 'garcia', 'walsh', 'nguyen', 'porter', 'hughes', 'fischer', 'bennett'];
const MAX_TURNS = 8;
const TIMEOUT_MS = 10_000;

const options = JSON.parse(process.argv[2] ?? '{}') as SoakLoadOptions;
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
const runId = randomBytes(4).toString('hex');
const startedAt = performance.now();
const warmupEndsAt = startedAt + (options.warmupSeconds ?? 0) * 1000;
const result: SoakLoadResult = {
  calls: 0,
  requests: 0,
  booked: 0,
  asked: 0,
  hungUp: 0,
  non2xx: 0,
  errors: 0,
  turnLatencies: [],
};

// Four in ten book, four ask questions, two hang up after the greeting.
const kindOf = (index: number): Kind => (['book', 'ask', 'book', 'ask', 'hang up'] as const)[index % 5]!;

async function post(path: string, params: Record<string, string>, client: string) {
  const url = `${options.base}${path}`;
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    'x-twilio-signature': twilio.getExpectedTwilioSignature(options.token, url, params),
  };
  if (options.distinctClients) headers['x-forwarded-for'] = client;
  const started = performance.now();
  result.requests += 1;
  try {
    const answer = await send(url, headers, new URLSearchParams(params).toString());
    if (answer.status >= 300) result.non2xx += 1;
    return { ...answer, ms: performance.now() - started, started };
  } catch {
    result.errors += 1;
    return null;
  }
}

function send(url: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const sized = { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const outgoing = request(
      url,
      { method: 'POST', headers: sized, agent, timeout: TIMEOUT_MS },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('timeout')));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function nextSpeech(kind: Kind, said: string, turn: number, name: string, street: string): string | null {
  if (kind === 'hang up') return null;
  if (kind === 'ask') return QUESTIONS[turn] ?? null;
  if (/you're all set|call you back/i.test(said)) return null;
  if (/which works better|which one would you like/i.test(said)) return 'the first one works';
  if (/shall i book that/i.test(said)) return 'yes that works';
  return `hi this is ${name} my kitchen sink is leaking i'm at ${street} can somebody come tomorrow`;
}

async function playCall(index: number): Promise<void> {
  result.calls += 1;
  const kind = kindOf(index);
  const client = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
  const call = {
    AccountSid: 'AC00000000000000000000000000000000',
    ApiVersion: '2010-04-01',
    CallSid: `CA${runId}${index.toString(16).padStart(24, '0')}`,
    Direction: 'inbound',
    From: `+1773${String(5_000_000 + (index % 4_000_000)).padStart(7, '0')}`,
    To: '+15125550000',
  };
  const name = `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]}`;
  const street = `${100 + (index % 900)} elm street`;
  let path = `/v1/twilio/voice?business_id=${encodeURIComponent(options.businessId)}`;
  let speech: string | null = null;
  let said = '';
  let turn = 0;
  for (; turn < MAX_TURNS; turn += 1) {
    const params: Record<string, string> =
      turn === 0
        ? { ...call, CallStatus: 'ringing' }
        : { ...call, CallStatus: 'in-progress', SpeechResult: speech ?? '', Confidence: '0.92' };
    const answer = await post(path, params, client);
    if (answer?.status !== 200) break;
    if (turn > 0 && answer.started >= warmupEndsAt) result.turnLatencies.push(answer.ms);
    said = spokenText(answer.body);
    const action = gatherAction(answer.body);
    speech = nextSpeech(kind, said, turn, name, street);
    if (action === null || speech === null) break;
    path = action.replace(/^https?:\/\/[^/]+/, '');
  }
  if (kind === 'book' && /you're all set/i.test(said)) result.booked += 1;
  if (kind === 'ask') result.asked += 1;
  if (kind === 'hang up') result.hungUp += 1;
  await post(
    `/v1/twilio/status?business_id=${encodeURIComponent(options.businessId)}`,
    { ...call, CallStatus: 'completed', CallDuration: String(5 * (turn + 1)) },
    client,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openLoop(callsPerSecond: number, endsAt: number): Promise<void> {
  const running = new Set<Promise<void>>();
  const interval = 1000 / callsPerSecond;
  for (let index = 0; ; index += 1) {
    const due = startedAt + index * interval;
    if (due >= endsAt) break;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const call = playCall(index).finally(() => running.delete(call));
    running.add(call);
  }
  await Promise.all(running);
}

async function closedLoop(concurrency: number, endsAt: number): Promise<void> {
  let next = 0;
  const caller = async () => {
    while (performance.now() < endsAt) {
      next += 1;
      await playCall(next);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
}

async function main(): Promise<void> {
  const endsAt = startedAt + options.durationSeconds * 1000;
  if (options.concurrency) await closedLoop(options.concurrency, endsAt);
  else await openLoop(options.callsPerSecond ?? 10, endsAt);
  agent.destroy();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
