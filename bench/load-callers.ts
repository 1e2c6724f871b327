// Simulated phone callers for `npm run bench -- load`: each plays one call the way Twilio delivers
// it — a first webhook with CallSid/From/To, then one signed POST per caller turn to the previous
// answer's <Gather action>, and a final status callback when the call hangs up. Turns alternate
// between the instances (a load balancer without stickiness). Every request has a timeout and every
// call a bounded number of turns, so a stuck service can slow the bench down but never hang it.
import twilio from 'twilio';

export interface CallPlan {
  index: number;
  callSid: string;
  from: string;
  name: string;
  street: string;
}

export interface CallerOptions {
  /** Base URLs of the instances (http://127.0.0.1:port); turn k of call i goes to bases[(i + k) % n]. */
  bases: readonly string[];
  businessId: string;
  to: string;
  token: string;
  timeoutMs: number;
  maxTurns: number;
  /** Before each turn after the first the caller pauses a random 0..thinkMs ms (0: answers at once). */
  thinkMs: number;
}

export type CallEnd =
  | 'booked'
  | 'callback'
  | 'hung up by the service'
  | 'too many turns'
  | 'request failed'
  | 'unexpected answer';

export interface CallResult {
  plan: CallPlan;
  /** Latency of every voice webhook of the call (ms, first request included). */
  latencies: number[];
  /** HTTP status of every request (voice turns and the final status callback). */
  statuses: number[];
  /** Requests that got no HTTP answer (timeout, connection error). */
  transportErrors: string[];
  end: CallEnd;
  /** What the assistant said, turn by turn (for diagnosing a call that went wrong). */
  said: string[];
  /** Whether the final status callback was answered 2xx. */
  statusPosted: boolean;
  /** Times the assistant answered "that time was just taken". */
  slotTaken: number;
}

const OPENING = (plan: CallPlan) =>
  `hi this is ${plan.name} my kitchen sink is leaking i'm at ${plan.street} can somebody come tomorrow`;
const PICK_FIRST = 'the first one works';
const CONFIRM = 'yes that works';

const decodeXml = (value: string) =>
  value
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

/** The <Gather action> of a TwiML answer, decoded, or null when the service does not listen again. */
export function gatherAction(twiml: string): string | null {
  const action = /<Gather\b[^>]*\saction="([^"]*)"/.exec(twiml)?.[1];
  return action === undefined ? null : decodeXml(action);
}

/** Everything said in a TwiML answer, as one string. */
export function spokenText(twiml: string): string {
  return [...twiml.matchAll(/<Say\b[^>]*>([\s\S]*?)<\/Say>/g)].map((m) => decodeXml(m[1] ?? '')).join(' ');
}

/** What the caller says next, given what the assistant just said; null to hang up. */
function nextUtterance(said: string, plan: CallPlan, turn: number): { speech: string | null; end?: CallEnd } {
  if (/you're all set/i.test(said)) return { speech: null, end: 'booked' };
  if (/call you back/i.test(said)) return { speech: null, end: 'callback' };
  if (/which works better|which one would you like/i.test(said)) return { speech: PICK_FIRST };
  if (/shall i book that/i.test(said)) return { speech: CONFIRM };
  // The greeting, or a question about something the opening already said: say it all again.
  if (turn === 0 || /\?/.test(said)) return { speech: OPENING(plan) };
  return { speech: null, end: 'unexpected answer' };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(
  options: CallerOptions,
  base: string,
  path: string,
  params: Record<string, string>,
): Promise<{ status: number; body: string; ms: number } | { error: string; ms: number }> {
  const url = `${base}${path}`;
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(options.token, url, params),
      },
      body: new URLSearchParams(params).toString(),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const body = await response.text();
    return { status: response.status, body, ms: performance.now() - started };
  } catch (error) {
    const name = (error as Error).name;
    const reason =
      name === 'TimeoutError' ? `timeout after ${options.timeoutMs} ms` : (error as Error).message;
    return { error: `${path.split('?')[0]}: ${reason}`, ms: performance.now() - started };
  }
}

/** Plays one call to its end and reports what happened; never throws. */
export async function playCall(options: CallerOptions, plan: CallPlan): Promise<CallResult> {
  const result: CallResult = {
    plan,
    latencies: [],
    statuses: [],
    transportErrors: [],
    end: 'too many turns',
    said: [],
    statusPosted: false,
    slotTaken: 0,
  };
  const base = (turn: number) => options.bases[(plan.index + turn) % options.bases.length]!;
  const call = {
    AccountSid: 'AC00000000000000000000000000000000',
    ApiVersion: '2010-04-01',
    CallSid: plan.callSid,
    Direction: 'inbound',
    From: plan.from,
    To: options.to,
  };
  let path = `/v1/twilio/voice?business_id=${encodeURIComponent(options.businessId)}`;
  let speech: string | null = null;
  let turn = 0;
  for (; turn < options.maxTurns; turn += 1) {
    if (turn > 0 && options.thinkMs > 0) await sleep(Math.random() * options.thinkMs);
    const params: Record<string, string> =
      speech === null
        ? { ...call, CallStatus: 'ringing' }
        : { ...call, CallStatus: 'in-progress', SpeechResult: speech, Confidence: '0.92' };
    const answer = await post(options, base(turn), path, params);
    result.latencies.push(answer.ms);
    if ('error' in answer) {
      result.transportErrors.push(answer.error);
      result.end = 'request failed';
      break;
    }
    result.statuses.push(answer.status);
    if (answer.status !== 200) {
      result.said.push(`HTTP ${answer.status}: ${answer.body.slice(0, 300)}`);
      result.end = 'request failed';
      break;
    }
    const said = spokenText(answer.body);
    result.said.push(said);
    if (/just taken/i.test(said)) result.slotTaken += 1;
    const next = nextUtterance(said, plan, turn);
    const action = gatherAction(answer.body);
    if (next.end) {
      result.end = next.end;
      break;
    }
    if (action === null) {
      result.end = 'hung up by the service';
      break;
    }
    path = action.replace(/^https?:\/\/[^/]+/, '');
    speech = next.speech;
  }
  // The caller hangs up (or the service did): Twilio reports the call's end to the status callback.
  const status = await post(
    options,
    base(turn + 1),
    `/v1/twilio/status?business_id=${encodeURIComponent(options.businessId)}`,
    { ...call, CallStatus: 'completed', CallDuration: String(5 * (turn + 1)) },
  );
  if ('error' in status) result.transportErrors.push(status.error);
  else {
    result.statuses.push(status.status);
    result.statusPosted = status.status >= 200 && status.status < 300;
  }
  return result;
}

const FIRST = ['kevin', 'maria', 'james', 'linda', 'robert', 'susan', 'david', 'karen', 'thomas', 'nancy'];
const LAST = [
  'dorsey',
  'garcia',
  'walsh',
  'nguyen',
  'porter',
  'hughes',
  'fischer',
  'bennett',
  'coleman',
  'reyes',
];

/** `count` distinct callers: their own CallSid, caller number, name and street number. */
export function planCalls(count: number, runId: string): CallPlan[] {
  return Array.from({ length: count }, (_, index) => ({
    index,
    callSid: `CA${runId}${index.toString(16).padStart(32 - runId.length, '0')}`,
    from: `+1773555${String(index).padStart(4, '0')}`,
    name: `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]}`,
    street: `${100 + index} elm street`,
  }));
}
