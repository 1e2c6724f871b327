import { toFile } from 'openai';
import type { SpeechConfig, SpeechProviderConfig } from '../../../platform/config/config.js';
import { classifyOpenAiFailure, openAiSdk } from '../../../platform/openai/openai-sdk.js';
import { contentTypeOfTtsFormat } from './audio-formats.js';
import { type AudioClip, SpeechError, type SpeechToText, type TextToSpeech } from './speech.port.js';

// Speech through the OpenAI audio API (`POST {base}/v1/audio/transcriptions`, multipart; `POST
// {base}/v1/audio/speech`, JSON), which OpenAI and self-hosted servers (speaches, faster-whisper
// servers, Kokoro-FastAPI, LocalAI…) both answer. The official SDK builds the requests.

function clientFor(config: SpeechProviderConfig) {
  // The configured base is the server's root; the SDK wants the API root under it.
  return openAiSdk({ ...config, baseUrl: `${config.baseUrl}/v1` });
}

export function createOpenAiSpeechToText(config: SpeechProviderConfig): SpeechToText {
  const openai = clientFor(config);
  return {
    configured: true,
    async transcribe(clip: AudioClip): Promise<string> {
      let result: unknown;
      try {
        const file = await toFile(clip.data, `audio.${clip.format}`, { type: clip.contentType });
        result = await openai.audio.transcriptions.create(
          { file, model: config.model, response_format: 'json' },
          { signal: AbortSignal.timeout(config.timeoutMs) },
        );
      } catch (error) {
        throw classifySpeechError(error, 'speech recognition');
      }
      const text = (result as { text?: unknown } | null)?.text;
      if (typeof text !== 'string') {
        throw new SpeechError('invalid_output', 'speech recognition answered without a transcript');
      }
      return text.trim();
    },
  };
}

export function createOpenAiTextToSpeech(config: NonNullable<SpeechConfig['tts']>): TextToSpeech {
  const openai = clientFor(config);
  return {
    async synthesize(text: string): Promise<AudioClip> {
      let data: Buffer;
      try {
        const response = await openai.audio.speech.create(
          { model: config.model, voice: config.voice, input: text, response_format: config.format },
          { signal: AbortSignal.timeout(config.timeoutMs) },
        );
        data = Buffer.from(await response.arrayBuffer());
      } catch (error) {
        throw classifySpeechError(error, 'speech synthesis');
      }
      if (data.length === 0) throw new SpeechError('invalid_output', 'speech synthesis answered no audio');
      return { data, contentType: contentTypeOfTtsFormat(config.format), format: config.format };
    },
  };
}

/** Maps whatever the SDK threw to our kinds. Provider messages stay in `cause`: they may echo the text. */
export function classifySpeechError(error: unknown, what: string): SpeechError {
  if (error instanceof SpeechError) return error;
  const { kind, message, httpStatus } = classifyOpenAiFailure(error, what);
  return new SpeechError(kind, message, httpStatus === undefined ? {} : { httpStatus }, { cause: error });
}
