import { twimlElements } from '../helpers/twilio.js';

// Reads the verbs a call can end in, as Twilio would act on them: speech to say, where the next
// speech goes (<Gather action>), a transfer (<Dial>), a recording (<Record>) or the end.

export interface Spoken {
  text: string;
  /** The <Say language> attribute, e.g. "es-US", when given. */
  language?: string;
}

export interface TwimlTurn {
  says: Spoken[];
  /** Where Twilio posts the caller's next speech. */
  gatherAction?: string;
  /** The number a <Dial> connects to. */
  dial?: string;
  /** Where Twilio reports how the dialled leg ended. */
  dialAction?: string;
  record?: { action?: string };
  hangup: boolean;
  redirect?: string;
}

export function readTwiml(xml: string): TwimlTurn {
  const elements = twimlElements(xml);
  const find = (name: string) => elements.findIndex((e) => e.name === name);
  const turn: TwimlTurn = {
    says: elements
      .filter((e) => e.name === 'Say')
      .map((e) => {
        const text = e.text.replace(/\s+/g, ' ').trim();
        return e.attributes.language ? { text, language: e.attributes.language } : { text };
      }),
    hangup: find('Hangup') >= 0,
  };
  const gather = elements[find('Gather')];
  if (gather) turn.gatherAction = gather.attributes.action ?? '';
  const dialAt = find('Dial');
  const dial = elements[dialAt];
  if (dial) {
    const number = elements.slice(dialAt + 1).find((e) => e.name === 'Number');
    turn.dial = (dial.text.trim() || number?.text.trim()) ?? '';
    if (dial.attributes.action) turn.dialAction = dial.attributes.action;
  }
  const record = elements[find('Record')];
  if (record) turn.record = record.attributes.action ? { action: record.attributes.action } : {};
  const redirect = elements[find('Redirect')];
  if (redirect) turn.redirect = redirect.text.trim();
  return turn;
}

export function spokenText(turn: TwimlTurn): string {
  return turn.says.map((say) => say.text).join(' ');
}
