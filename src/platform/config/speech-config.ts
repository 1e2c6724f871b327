import { z } from 'zod';

// The optional speech providers (voice-session and telephony APIs), kept beside config.ts (which
// reads them) to keep it short. Both speak the OpenAI audio API, which self-hosted servers copy.

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const baseUrl = optionalString.refine(
  (url) => url === undefined || /^https?:\/\/[^/]+/.test(url),
  'must be an absolute http(s) URL',
);

const timeoutMs = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(100, 'must be between 100 and 60000')
  .max(60_000, 'must be between 100 and 60000')
  .default(10_000);

export const TTS_FORMATS = ['mp3', 'opus', 'aac', 'flac', 'wav', 'pcm'] as const;
export type TtsFormat = (typeof TTS_FORMATS)[number];

export const speechEnvShape = {
  STT_BASE_URL: baseUrl,
  STT_API_KEY: optionalString,
  STT_MODEL: optionalString,
  STT_TIMEOUT_MS: timeoutMs,
  TTS_BASE_URL: baseUrl,
  TTS_API_KEY: optionalString,
  TTS_MODEL: optionalString,
  TTS_VOICE: optionalString,
  TTS_FORMAT: z.enum(TTS_FORMATS, { error: `must be one of ${TTS_FORMATS.join(', ')}` }).default('mp3'),
  TTS_TIMEOUT_MS: timeoutMs,
};

type SpeechEnv = {
  [K in keyof typeof speechEnvShape]: z.output<(typeof speechEnvShape)[K]>;
};

export interface SpeechProviderConfig {
  /** The server's root: requests go to `{baseUrl}/v1/audio/…`. */
  readonly baseUrl: string;
  /** Absent for local servers that need none. */
  readonly apiKey: string | undefined;
  readonly model: string;
  /** Hard limit for one request, connection and body included. */
  readonly timeoutMs: number;
}

export interface SpeechConfig {
  /** Speech recognition for audio input; null: audio without text is refused (422). */
  readonly stt: SpeechProviderConfig | null;
  /** Spoken replies; null: replies carry `audio: null`. */
  readonly tts: (SpeechProviderConfig & { readonly voice: string; readonly format: TtsFormat }) | null;
}

export const DEFAULT_STT_MODEL = 'gpt-4o-mini-transcribe';
export const DEFAULT_TTS_MODEL = 'gpt-4o-mini-tts';
export const DEFAULT_TTS_VOICE = 'alloy';

// OpenAI documents its root with /v1 and the paths without it; accept both spellings of the root.
const rootOf = (url: string) => url.replace(/\/+$/, '').replace(/\/v1$/, '');

export function toSpeechConfig(env: SpeechEnv): SpeechConfig {
  return {
    stt: env.STT_BASE_URL
      ? {
          baseUrl: rootOf(env.STT_BASE_URL),
          apiKey: env.STT_API_KEY,
          model: env.STT_MODEL ?? DEFAULT_STT_MODEL,
          timeoutMs: env.STT_TIMEOUT_MS,
        }
      : null,
    tts: env.TTS_BASE_URL
      ? {
          baseUrl: rootOf(env.TTS_BASE_URL),
          apiKey: env.TTS_API_KEY,
          model: env.TTS_MODEL ?? DEFAULT_TTS_MODEL,
          voice: env.TTS_VOICE ?? DEFAULT_TTS_VOICE,
          format: env.TTS_FORMAT,
          timeoutMs: env.TTS_TIMEOUT_MS,
        }
      : null,
  };
}

// A key or model without a server would silently leave speech off; say what is missing instead.
export function speechProblems(env: SpeechEnv): string[] {
  const problems: string[] = [];
  if (!env.STT_BASE_URL && (env.STT_API_KEY || env.STT_MODEL)) {
    problems.push('STT_BASE_URL: is required when STT_API_KEY or STT_MODEL is set');
  }
  if (!env.TTS_BASE_URL && (env.TTS_API_KEY || env.TTS_MODEL || env.TTS_VOICE)) {
    problems.push('TTS_BASE_URL: is required when TTS_API_KEY, TTS_MODEL or TTS_VOICE is set');
  }
  return problems;
}
