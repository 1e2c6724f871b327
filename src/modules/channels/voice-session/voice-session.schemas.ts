import { z } from 'zod';
import { INPUT_CONTENT_TYPES } from '../speech/audio-formats.js';
import { MAX_AUDIO_BYTES } from './audio-json.js';

// The JSON shapes of the voice-session (/v1/voice/session/*) and telephony (/telephony/*) APIs.
// Start bodies accept the reference system's fields, so its load scripts run unchanged.

const MAX_TEXT = 2000;

export const sessionIdSchema = z
  .string()
  .min(1)
  .max(128)
  .describe('The `session_id` a start answered; unknown ids answer 404');

export const startBodySchema = z.strictObject({
  caller_phone: z
    .string()
    .max(64)
    .nullable()
    .optional()
    .describe('The caller id in any common format; something that is not a phone number counts as withheld'),
  provider_call_id: z.string().max(200).nullable().optional().describe('Accepted for compatibility; unused'),
  lead_source: z.string().max(200).nullable().optional().describe('Accepted for compatibility; unused'),
});

export const audioInputSchema = z
  .union([
    z.string().describe('Bare base64; the format is recognised from its first bytes'),
    z.strictObject({
      data: z.string().describe('base64 (standard or URL-safe alphabet, padding optional)'),
      content_type: z
        .string()
        .max(100)
        .optional()
        .describe(`One of ${INPUT_CONTENT_TYPES.join(', ')}; recognised from the bytes when left out`),
    }),
  ])
  .nullable()
  .optional()
  .describe(
    `What the caller said, as audio: WAV, MP3, Ogg, WebM, FLAC or MP4/M4A, at most ${MAX_AUDIO_BYTES} bytes ` +
      'once decoded (413 beyond). Transcribed only when `text` is absent or blank; needs speech ' +
      'recognition (STT_BASE_URL), else 422.',
  );

const inputFields = {
  text: z
    .string()
    .max(MAX_TEXT)
    .nullable()
    .optional()
    .describe('What the caller said, as text; absent or blank (with no audio) is silence'),
  audio: audioInputSchema,
};

export const inputBodySchema = z.strictObject(inputFields);

export const telephonyAudioBodySchema = z.strictObject({ session_id: sessionIdSchema, ...inputFields });

export const telephonyEndBodySchema = z.strictObject({ session_id: sessionIdSchema });

export const sessionParamsSchema = z.object({ id: sessionIdSchema });

export const audioOutputSchema = z
  .object({
    content_type: z.string().describe('e.g. audio/mpeg'),
    format: z.string().describe('TTS_FORMAT: mp3, opus (Ogg), aac, flac, wav or pcm (24 kHz 16-bit LE)'),
    data: z.string().describe('base64'),
  })
  .nullable()
  .describe('The reply spoken (TTS_BASE_URL); null when speech synthesis is not configured or failed');

export const sessionStateSchema = z.object({
  session_id: z.string(),
  status: z.enum(['active', 'ended']),
  language: z.enum(['en', 'es']).describe('The language of the last reply'),
  turns: z.number().int().describe('Caller inputs taken so far'),
  done: z.boolean().describe('The assistant closed the conversation: say the reply and hang up'),
  outcome: z
    .string()
    .nullable()
    .describe('booked, rescheduled, cancelled, emergency, handoff, callback, faq…'),
  appointment_id: z.string().nullable(),
  transfer_to: z.string().nullable().describe('E.164 number to connect the caller to after the reply'),
  voicemail: z.boolean().describe('Record a voicemail after the reply'),
  expires_at: z.string().describe('ISO 8601 UTC; idle sessions expire (SESSION_TTL_SECONDS) and answer 409'),
});

const turnFields = {
  reply_text: z.string(),
  session_state: sessionStateSchema,
  audio: audioOutputSchema,
  audio_error: z
    .string()
    .nullable()
    .describe('Why `audio` is null although speech synthesis is configured (timeout, transient, auth, …)'),
};

export const turnResponseSchema = z.object(turnFields);

export const startResponseSchema = z.object({ session_id: z.string(), ...turnFields });

export const endResponseSchema = z.object({
  status: z.string().describe('`ended:<session_id>`'),
  session_id: z.string(),
  session_state: sessionStateSchema,
});

export type StartBody = z.infer<typeof startBodySchema>;
export type InputBody = z.infer<typeof inputBodySchema>;
export type SessionState = z.infer<typeof sessionStateSchema>;
export type TurnResponse = z.infer<typeof turnResponseSchema>;
export type StartResponse = z.infer<typeof startResponseSchema>;
export type EndResponse = z.infer<typeof endResponseSchema>;
