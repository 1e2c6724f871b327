import { AppError } from '../../../platform/errors/app-error.js';
import { inputFormatOf, sniffFormat } from '../speech/audio-formats.js';
import type { AudioClip } from '../speech/speech.port.js';

// Audio travels in JSON as base64: `audio: "<base64>"` (the reference system's shape; the format is
// recognised from the bytes) or `audio: {data: "<base64>", content_type: "audio/wav"}`. Replies
// carry `{content_type, format, data}`.

/**
 * At most 2 MiB of audio per input once decoded: about 65 s of 16 kHz 16-bit mono WAV or two minutes
 * of MP3, far more than one conversational turn (providers take up to 25 MB).
 */
export const MAX_AUDIO_BYTES = 2 * 1024 * 1024;

/** The body limit of routes that carry audio: the base64 of MAX_AUDIO_BYTES plus room for the rest. */
export const AUDIO_BODY_LIMIT = Math.ceil(MAX_AUDIO_BYTES / 3) * 4 + 64 * 1024;

export type AudioInput = string | { data: string; content_type?: string | undefined };

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

const badAudio = (message: string) =>
  new AppError('VALIDATION_FAILED', 'The request has invalid values', {
    errors: [{ path: 'body.audio', message }],
  });

/** The clip in `input`; 422 when it is not usable audio, 413 when it is too long. */
export function decodeAudio(input: AudioInput): AudioClip {
  const { data: encoded, content_type: declared } = typeof input === 'string' ? { data: input } : input;
  const compact = encoded.replace(/\s+/g, '');
  if (compact.length === 0) throw badAudio('is empty');
  if (!BASE64.test(compact) || compact.length % 4 === 1) throw badAudio('is not base64');
  // Checked before decoding, so an oversized clip costs no copy.
  if (Math.floor((compact.replace(/=+$/, '').length * 3) / 4) > MAX_AUDIO_BYTES) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `The audio is longer than ${MAX_AUDIO_BYTES} bytes once decoded`,
      {
        subcode: 'AUDIO_TOO_LARGE',
      },
    );
  }
  // Node's base64 decoder reads the URL-safe alphabet too.
  const data = Buffer.from(compact, 'base64');
  if (declared !== undefined) {
    const format = inputFormatOf(declared);
    if (!format) throw badAudio(`content_type ${JSON.stringify(declared)} is not a supported audio type`);
    return { data, contentType: declared.split(';')[0]?.trim().toLowerCase() ?? declared, format };
  }
  const sniffed = sniffFormat(data);
  if (!sniffed) throw badAudio('is not WAV, MP3, Ogg, WebM, FLAC or MP4 audio: name its content_type');
  return { data, ...sniffed };
}

/** The reply's audio as the API answers it. */
export function encodeAudio(clip: AudioClip): { content_type: string; format: string; data: string } {
  return { content_type: clip.contentType, format: clip.format, data: clip.data.toString('base64') };
}
