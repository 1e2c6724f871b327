import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import type { TurnResult } from '../../assistant/assistant.port.js';
import { renderTurn, type VoiceLinks } from './twiml.js';

// renderTurn writes the <Gather> turn without the twilio package; it must be the very document the
// package builds, escaping included.

const links = (action: string): VoiceLinks => ({
  nextTurn: (turn) => `${action}&turn=${turn}`,
  voicemail: () => '/v1/twilio/voicemail',
  dialStatus: () => '/v1/twilio/dial-status',
});

function builtByTwilio(result: TurnResult, action: string): string {
  const language = result.language === 'es' ? 'es-US' : 'en-US';
  const hints = (result.hints ?? []).slice(0, 50).join(', ');
  const response = new twilio.twiml.VoiceResponse();
  const gather = response.gather({
    input: ['speech', 'dtmf'],
    speechTimeout: 'auto',
    actionOnEmptyResult: true,
    language,
    ...(hints ? { hints } : {}),
    action,
    method: 'POST',
  });
  gather.say({ language }, result.reply);
  return response.toString();
}

const REPLIES = [
  'Hi, thanks for calling Acme Plumbing. How can I help?',
  'Tom & Jerry’s <plumbing> "quoted" \'single\' > arrow',
  '¿Le queda bien mañana a las 9:00? Ñandú — café',
  'line one\nline two\ttabbed\r\nwindows &amp; already escaped &#38; &lt;',
  'emoji 🙂 stays with the builder',
  'bell \u0007 control character',
  '',
  ' ',
];

describe('renderTurn <Gather>', () => {
  it.each(REPLIES)('matches the twilio package byte for byte: %j', (reply) => {
    for (const language of ['en', 'es'] as const) {
      for (const hints of [undefined, [], ['drain, "clog"', 'a & b', 'x<y>\tz\nw']]) {
        const result: TurnResult = { reply, language, end: false, ...(hints ? { hints } : {}) };
        const action = '/v1/twilio/voice?business_id=acme&x="1"<2>';
        let expected: string;
        try {
          expected = builtByTwilio(result, `${action}&turn=3`);
        } catch (error) {
          expect(() => renderTurn(result, links(action), 3)).toThrow((error as Error).message);
          continue;
        }
        expect(renderTurn(result, links(action), 3)).toBe(expected);
      }
    }
  });
});
