import { SpeechError, type SpeechToText, type TextToSpeech } from './speech.port.js';

// The default when STT_BASE_URL / TTS_BASE_URL are unset: text only. Audio input is refused with a
// clear reason rather than treated as silence, and replies carry no audio.

export const noSpeechToText: SpeechToText = {
  configured: false,
  transcribe: async () => {
    throw new SpeechError('not_configured', 'speech recognition is not configured');
  },
};

export const noTextToSpeech: TextToSpeech = {
  synthesize: async () => null,
};
