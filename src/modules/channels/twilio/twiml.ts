import twilio from 'twilio';
import type { TurnResult } from '../../assistant/assistant.port.js';
import { type Language, text } from './twilio.texts.js';

// Every TwiML document is built with the twilio package (it escapes text and attributes), except the
// `<Gather>` turn, written directly with the same escaping (see gatherTurn).

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
  const hints = (result.hints ?? []).slice(0, MAX_HINTS).join(', ');
  const action = links.nextTurn(nextTurn);
  const asking = !result.transferTo && !result.voicemail && !result.end;
  const direct = asking ? gatherTurn(result.reply, language, hints, action) : null;
  if (direct) return direct;
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
    const gather = response.gather({
      input: ['speech', 'dtmf'],
      speechTimeout: 'auto',
      actionOnEmptyResult: true,
      language: SPEECH_LANGUAGE[language],
      ...(hints ? { hints } : {}),
      action,
      method: 'POST',
    });
    gather.say(say, result.reply);
  }
  return response.toString();
}

// Control characters, surrogates and non-characters: the builder refuses or treats them its own way.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNUSUAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * The `<Gather>` turn, the answer to nearly every webhook of a call, written directly: building it
 * with the twilio package (xmlbuilder) cost more than the rest of the TwiML path. Byte for byte the
 * builder's document, with its escaping (twiml.test.ts compares them); null sends anything unusual
 * (an empty reply, control characters, surrogates) to the builder.
 */
function gatherTurn(reply: string, language: Language, hints: string, action: string): string | null {
  if (!reply || UNUSUAL.test(reply) || UNUSUAL.test(hints) || UNUSUAL.test(action)) return null;
  const speech = SPEECH_LANGUAGE[language];
  const hinted = hints ? ` hints="${attributeText(hints)}"` : '';
  return (
    `${XML_DECLARATION}<Response><Gather input="speech dtmf" speechTimeout="auto" actionOnEmptyResult="true" ` +
    `language="${speech}"${hinted} action="${attributeText(action)}" method="POST">` +
    `<Say language="${speech}">${elementText(reply)}</Say></Gather></Response>`
  );
}

// xmlbuilder's escaping: text escapes & < > and CR; attribute values & < " TAB LF CR.
function elementText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

function attributeText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
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
