import type { TtsFormat } from '../../../platform/config/speech-config.js';

// The audio formats the APIs accept and answer, by MIME type and short name. Input formats are the
// ones the OpenAI transcription API (and its self-hosted copies) reads.

/** Accepted input content types → the format's short name (also the upload's file extension). */
const INPUT_FORMATS: Readonly<Record<string, string>> = {
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/ogg': 'ogg',
  'audio/webm': 'webm',
  'audio/flac': 'flac',
  'audio/x-flac': 'flac',
  'audio/mp4': 'm4a',
  'audio/m4a': 'm4a',
  'audio/x-m4a': 'm4a',
};

export const INPUT_CONTENT_TYPES = Object.keys(INPUT_FORMATS);

const CANONICAL: Readonly<Record<string, string>> = {
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  webm: 'audio/webm',
  flac: 'audio/flac',
  m4a: 'audio/mp4',
};

/** The short name of an accepted input content type (parameters such as `;codecs=opus` ignored). */
export function inputFormatOf(contentType: string): string | null {
  const bare = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return INPUT_FORMATS[bare] ?? null;
}

/** Recognises a clip by its first bytes, for callers that send bare base64 as the reference did. */
export function sniffFormat(data: Buffer): { format: string; contentType: string } | null {
  if (data.length < 12) return null;
  const ascii = (start: number, end: number) => data.subarray(start, end).toString('latin1');
  let format: string | null = null;
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') format = 'wav';
  else if (ascii(0, 4) === 'OggS') format = 'ogg';
  else if (ascii(0, 4) === 'fLaC') format = 'flac';
  else if (ascii(0, 3) === 'ID3' || (data[0] === 0xff && ((data[1] ?? 0) & 0xe0) === 0xe0)) format = 'mp3';
  else if (data.readUInt32BE(0) === 0x1a45dfa3) format = 'webm';
  else if (ascii(4, 8) === 'ftyp') format = 'm4a';
  return format ? { format, contentType: CANONICAL[format] ?? 'application/octet-stream' } : null;
}

const TTS_CONTENT_TYPES: Readonly<Record<TtsFormat, string>> = {
  mp3: 'audio/mpeg',
  // OpenAI's opus is Opus in an Ogg container.
  opus: 'audio/ogg',
  aac: 'audio/aac',
  flac: 'audio/flac',
  wav: 'audio/wav',
  // Raw 24 kHz 16-bit little-endian mono samples, no header.
  pcm: 'audio/pcm',
};

export function contentTypeOfTtsFormat(format: TtsFormat): string {
  return TTS_CONTENT_TYPES[format];
}
