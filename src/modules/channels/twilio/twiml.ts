import twilio from 'twilio';
import type { TurnResult } from '../../assistant/assistant.port.js';
import { type Language, text } from './twilio.texts.js';

// Every TwiML document is built with the twilio package (it escapes text and attributes).

const { VoiceResponse, MessagingResponse } = twilio.twiml;

export const TWIML_CONTENT_TYPE = 'text/xml; charset=utf-8';

const SPEECH_LANGUAGE = { en: 'en-US', es: 'es-US' } as const;
const MAX_HINTS = 50;
const DIAL_TIMEOUT_SECONDS = 20;
const VOICEMAIL_MAX_SECONDS = 120;

/** Where the TwiML we return sends Twilio next; absolute or relative to the current request. */
export interface VoiceLinks {
  /** The voice route for the given next turn (the tenant stays in the query). */
  nextTurn(turn: number): string;
  voicemail(): string;
  dialStatus(): string;
}

export function emptyTwiml(): string {
  return new VoiceResponse().toString();
}

/** Says `message` and hangs up. */
export function sayAndHangup(message: string, language: Language): string {
  const response = new VoiceResponse();
  response.say({ language: SPEECH_LANGUAGE[language] }, message);
  response.hangup();
  return response.toString();
}

export function hangupOnly(): string {
  const response = new VoiceResponse();
  response.hangup();
  return response.toString();
}

/** Says `message`, records a voicemail that posts to `links.voicemail()`, then hangs up. */
export function sayAndRecord(
  message: string,
  language: Language,
  links: Pick<VoiceLinks, 'voicemail'>,
): string {
  const response = new VoiceResponse();
  response.say({ language: SPEECH_LANGUAGE[language] }, message);
  appendRecord(response, language, links.voicemail());
  return response.toString();
}

/** The assistant's answer to one turn, as the next TwiML document of the call. */
export function renderTurn(result: TurnResult, links: VoiceLinks, nextTurn: number): string {
  const language = result.language;
  const say = { language: SPEECH_LANGUAGE[language] } as const;
  const response = new VoiceResponse();
  if (result.transferTo) {
    response.say(say, result.reply);
    response.dial(
      { timeout: DIAL_TIMEOUT_SECONDS, action: links.dialStatus(), method: 'POST' },
      result.transferTo,
    );
  } else if (result.voicemail) {
    response.say(say, result.reply);
    appendRecord(response, language, links.voicemail());
  } else if (result.end) {
    response.say(say, result.reply);
    response.hangup();
  } else {
    const hints = (result.hints ?? []).slice(0, MAX_HINTS).join(', ');
    const gather = response.gather({
      input: ['speech', 'dtmf'],
      speechTimeout: 'auto',
      actionOnEmptyResult: true,
      language: SPEECH_LANGUAGE[language],
      ...(hints ? { hints } : {}),
      action: links.nextTurn(nextTurn),
      method: 'POST',
    });
    gather.say(say, result.reply);
  }
  return response.toString();
}

/** ConversationRelay mode: where Twilio opens the socket and where it goes when the session ends. */
export interface RelayLinks {
  /** The wss:// URL of the relay socket (the tenant in the query). */
  socket(): string;
  /** The `<Connect action>`: what to do once the session ended (dial, record, hang up). */
  action(): string;
}

/**
 * Relay mode: the greeting (the assistant's first turn) is ConversationRelay's welcomeGreeting and
 * every later turn travels over the socket. Caller speech interrupts our speech; keypad presses
 * arrive as dtmf messages.
 */
export function connectRelay(result: TurnResult, links: RelayLinks): string {
  const response = new VoiceResponse();
  const hints = (result.hints ?? []).slice(0, MAX_HINTS).join(', ');
  response.connect({ action: links.action(), method: 'POST' }).conversationRelay({
    url: links.socket(),
    welcomeGreeting: result.reply,
    welcomeGreetingInterruptible: 'speech',
    language: SPEECH_LANGUAGE[result.language],
    interruptible: 'speech',
    dtmfDetection: true,
    ...(hints ? { hints } : {}),
  });
  return response.toString();
}

/** After a relay session: connect the caller to `to` (the reply announcing it was already spoken). */
export function dialOnly(to: string, links: Pick<VoiceLinks, 'dialStatus'>): string {
  const response = new VoiceResponse();
  response.dial({ timeout: DIAL_TIMEOUT_SECONDS, action: links.dialStatus(), method: 'POST' }, to);
  return response.toString();
}

/** After a relay session: record the voicemail the spoken reply asked for. */
export function recordOnly(language: Language, links: Pick<VoiceLinks, 'voicemail'>): string {
  const response = new VoiceResponse();
  appendRecord(response, language, links.voicemail());
  return response.toString();
}

function appendRecord(
  response: InstanceType<typeof VoiceResponse>,
  language: Language,
  action: string,
): void {
  response.record({
    action,
    method: 'POST',
    maxLength: VOICEMAIL_MAX_SECONDS,
    playBeep: true,
    timeout: 5,
    // Twilio transcribes English only; the transcription arrives later at the same route.
    ...(language === 'en' ? { transcribe: true, transcribeCallback: action } : {}),
  });
  // Reached only when nothing was recorded (Twilio then skips the action).
  response.say({ language: SPEECH_LANGUAGE[language] }, text(language, 'goodbye'));
  response.hangup();
}

/** Messaging TwiML: one `<Message>`, or an empty `<Response/>` when there is nothing to send. */
export function messageTwiml(body: string | null): string {
  const response = new MessagingResponse();
  if (body) response.message(body);
  return response.toString();
}
