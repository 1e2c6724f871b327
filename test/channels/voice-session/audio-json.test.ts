import { describe, expect, it } from 'vitest';
import {
  decodeAudio,
  encodeAudio,
  MAX_AUDIO_BYTES,
} from '../../../src/modules/channels/voice-session/audio-json.js';
import { AppError } from '../../../src/platform/errors/app-error.js';
import { wavClip } from './fake-speech-server.js';

// Audio in JSON: base64 in, the clip's format from its content type or its first bytes, the limits.

const pad = (head: Buffer) => Buffer.concat([head, Buffer.alloc(32)]);
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? `${error.code}:${error.details.subcode ?? ''}` : 'other';
  }
  return 'none';
};

describe('decodeAudio', () => {
  it.each([
    ['wav', wavClip(), 'audio/wav'],
    ['mp3', pad(Buffer.from('ID3\u0004')), 'audio/mpeg'],
    ['mp3', pad(Buffer.from([0xff, 0xfb, 0x90, 0x44])), 'audio/mpeg'],
    ['ogg', pad(Buffer.from('OggS')), 'audio/ogg'],
    ['flac', pad(Buffer.from('fLaC')), 'audio/flac'],
    ['webm', pad(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])), 'audio/webm'],
    ['m4a', pad(Buffer.from('\u0000\u0000\u0000\u0020ftypM4A ')), 'audio/mp4'],
  ])('recognises %s from bare base64', (format, bytes, contentType) => {
    const clip = decodeAudio(bytes.toString('base64'));
    expect(clip).toMatchObject({ format, contentType });
    expect(clip.data.equals(bytes)).toBe(true);
  });

  it('takes a declared content type (parameters ignored) over the bytes, and URL-safe base64', () => {
    const bytes = Buffer.from([0xfb, 0xff, 0xfe, 0x00, 0x01]);
    const clip = decodeAudio({ data: bytes.toString('base64url'), content_type: 'Audio/WebM; codecs=opus' });
    expect(clip).toMatchObject({ format: 'webm', contentType: 'audio/webm' });
    expect(clip.data.equals(bytes)).toBe(true);
    const wrapped = wavClip()
      .toString('base64')
      .replace(/(.{20})/g, '$1\n');
    expect(decodeAudio(wrapped).data.equals(wavClip())).toBe(true);
  });

  it('refuses what is not usable audio with 422', () => {
    expect(codeOf(() => decodeAudio(''))).toBe('VALIDATION_FAILED:');
    expect(codeOf(() => decodeAudio('@@@@'))).toBe('VALIDATION_FAILED:');
    expect(codeOf(() => decodeAudio('QUJDRA=x'))).toBe('VALIDATION_FAILED:');
    expect(codeOf(() => decodeAudio(Buffer.from('plain text, not audio').toString('base64')))).toBe(
      'VALIDATION_FAILED:',
    );
    expect(codeOf(() => decodeAudio({ data: wavClip().toString('base64'), content_type: 'video/mp4' }))).toBe(
      'VALIDATION_FAILED:',
    );
  });

  it('takes exactly the limit and refuses one byte more with 413', () => {
    const atLimit = Buffer.alloc(MAX_AUDIO_BYTES);
    atLimit.write('OggS', 0, 'latin1');
    expect(decodeAudio(atLimit.toString('base64')).data.length).toBe(MAX_AUDIO_BYTES);
    const over = Buffer.alloc(MAX_AUDIO_BYTES + 1).toString('base64');
    expect(codeOf(() => decodeAudio({ data: over, content_type: 'audio/ogg' }))).toBe(
      'PAYLOAD_TOO_LARGE:AUDIO_TOO_LARGE',
    );
  });
});

describe('encodeAudio', () => {
  it('answers the clip as base64 with its type and format', () => {
    const data = Buffer.from('ID3 reply');
    expect(encodeAudio({ data, contentType: 'audio/mpeg', format: 'mp3' })).toEqual({
      content_type: 'audio/mpeg',
      format: 'mp3',
      data: data.toString('base64'),
    });
  });
});
