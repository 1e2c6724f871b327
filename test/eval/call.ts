import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { type CallerFn, type CallState, newCallState } from './caller.js';
import { postTwilio, type TwilioPost } from './twilio-client.js';
import { readTwiml, spokenText, type TwimlTurn } from './twiml.js';

// One phone call through the real voice route, as Twilio drives it: the first webhook gets the
// greeting, each caller utterance goes to the <Gather action> of the previous answer, and the call
// ends at <Hangup/>, <Dial>, <Record> (then the recording is posted) or when the caller gives up.

export interface Line {
  who: 'assistant' | 'caller';
  text: string;
  language?: string;
}

export type Ending = 'hangup' | 'transfer' | 'voicemail' | 'caller_hung_up' | 'dead_air' | 'http_error';

export interface CallRecord {
  callSid: string;
  transcript: Line[];
  /** Caller turns (state.turn) taken when the booking first showed up in the CRM. */
  turnsToBooking: number | null;
  ending: Ending;
  dialed?: string;
  /** The first silent turn was answered with a reprompt, not straight away with voicemail. */
  repromptedFirst: boolean;
  httpErrors: string[];
  state: CallState;
}

export interface CallSetup {
  app: FastifyInstance;
  from: string;
  to: string;
  caller: CallerFn;
  state?: CallState;
  maxTurns: number;
  /** Asked after every caller turn: has the booking appeared? */
  booked: () => Promise<boolean>;
  /** Moves the simulated clock on by the time a turn takes on a real phone line. */
  elapse: (ms: number) => void;
}

// Time a turn takes on the line: the reply spoken at about 15 characters a second, then either
// Twilio's 5-second Gather timeout (silence) or the caller's words at about 150 a minute plus the
// pause that ends their speech. Two turns are never the same instant, as on a real call.
const GATHER_TIMEOUT_MS = 5_000;
function turnMs(reply: string, utterance: string): number {
  const speaking = (reply.length / 15) * 1_000;
  if (!utterance) return speaking + GATHER_TIMEOUT_MS;
  return speaking + 1_000 + utterance.split(/\s+/).length * 400;
}

export async function playCall(setup: CallSetup): Promise<CallRecord> {
  const callSid = `CA${randomBytes(16).toString('hex')}`;
  const base = {
    AccountSid: 'AC0123456789abcdef0123456789abcdef',
    ApiVersion: '2010-04-01',
    CallSid: callSid,
    From: setup.from,
    To: setup.to,
    Direction: 'inbound',
  };
  const record: CallRecord = {
    callSid,
    transcript: [],
    turnsToBooking: null,
    ending: 'dead_air',
    repromptedFirst: true,
    httpErrors: [],
    state: setup.state ?? newCallState(),
  };
  let response = await postTwilio(setup.app, '/v1/twilio/voice', { ...base, CallStatus: 'ringing' });
  for (;;) {
    const turn = readOrFail(response, record);
    if (!turn || (await finish(setup.app, turn, response, base, record))) break;
    const next = turn.gatherAction ?? turn.redirect;
    if (next === undefined) break;
    const { state } = record;
    const utterance = state.turn < setup.maxTurns ? setup.caller(spokenText(turn), state) : null;
    if (utterance === null) {
      record.ending = 'caller_hung_up';
      break;
    }
    state.turn += 1;
    record.transcript.push({ who: 'caller', text: utterance });
    setup.elapse(turnMs(spokenText(turn), utterance));
    const speech: Record<string, string> = { SpeechResult: utterance };
    if (utterance) speech.Confidence = '0.87';
    response = await postTwilio(
      setup.app,
      next,
      { ...base, CallStatus: 'in-progress', ...speech },
      response.path,
    );
    if (record.turnsToBooking === null && (await setup.booked())) record.turnsToBooking = state.turn;
  }
  const status = await postTwilio(setup.app, '/v1/twilio/status', {
    ...base,
    CallStatus: 'completed',
    CallDuration: String(20 + record.state.turn * 12),
  });
  if (status.status >= 400) record.httpErrors.push(`status callback answered ${status.status}`);
  return record;
}

function readOrFail(response: TwilioPost, record: CallRecord): TwimlTurn | null {
  if (response.status === 200) return readTwiml(response.body);
  record.httpErrors.push(`${response.path} answered ${response.status}: ${response.body.slice(0, 200)}`);
  record.ending = 'http_error';
  return null;
}

/** Notes what was said and acts on a document that ends the call; false when the call goes on. */
async function finish(
  app: FastifyInstance,
  turn: TwimlTurn,
  response: TwilioPost,
  base: Record<string, string>,
  record: CallRecord,
): Promise<boolean> {
  for (const say of turn.says) record.transcript.push({ who: 'assistant', ...say });
  if (turn.dial !== undefined) {
    record.ending = 'transfer';
    record.dialed = turn.dial;
    if (turn.dialAction) {
      const fields = {
        ...base,
        CallStatus: 'in-progress',
        DialCallStatus: 'completed',
        DialCallDuration: '95',
      };
      await postTwilio(app, turn.dialAction, fields, response.path);
    }
    return true;
  }
  if (turn.record) {
    record.ending = 'voicemail';
    const silences = record.transcript.filter((l) => l.who === 'caller' && l.text === '').length;
    record.repromptedFirst = silences !== 1;
    const recordingSid = `RE${randomBytes(16).toString('hex')}`;
    const recorded = await postTwilio(
      app,
      turn.record.action ?? '/v1/twilio/voicemail',
      {
        ...base,
        CallStatus: 'in-progress',
        RecordingSid: recordingSid,
        RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${base.AccountSid}/Recordings/${recordingSid}`,
        RecordingDuration: '14',
      },
      response.path,
    );
    if (recorded.status >= 400) record.httpErrors.push(`voicemail answered ${recorded.status}`);
    return true;
  }
  if (turn.hangup) {
    record.ending = 'hangup';
    return true;
  }
  return false;
}
