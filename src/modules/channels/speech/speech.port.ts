// Speech recognition and synthesis for the voice-session and telephony APIs, in our own terms (no
// provider types leak past these ports). Implementations: none (the default) and OpenAI-compatible.

/** Audio bytes with what they are. */
export interface AudioClip {
  data: Buffer;
  /** A MIME type from AUDIO_FORMATS, e.g. `audio/wav`. */
  contentType: string;
  /** The short name of the format, e.g. `wav` (also the upload's file extension). */
  format: string;
}

/**
 * Why a provider call failed, which decides what the API answers:
 * - `not_configured`: no provider is set up (audio without text is the caller's problem: 422);
 * - `rejected`: the provider refused this audio or text (unsupported or broken audio: 422);
 * - `timeout`, `transient` (unreachable, 429, 5xx), `auth` (our key refused), `invalid_output`
 *   (an answer that is not a transcript or audio): our side's trouble (503); the turn is not taken.
 */
export type SpeechFailureKind =
  | 'not_configured'
  | 'rejected'
  | 'timeout'
  | 'transient'
  | 'auth'
  | 'invalid_output';

export class SpeechError extends Error {
  override readonly name = 'SpeechError';

  constructor(
    readonly kind: SpeechFailureKind,
    message: string,
    readonly details: { httpStatus?: number } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface SpeechToText {
  /** Whether audio can be transcribed at all (false: the `none` implementation). */
  readonly configured: boolean;
  /**
   * The words spoken in `clip`; an empty string when the provider heard nothing (silence is not an
   * error). Every failure rejects with a SpeechError; never retried here, never guessed.
   */
  transcribe(clip: AudioClip): Promise<string>;
}

export interface TextToSpeech {
  /** The spoken `text`, or null when no provider is configured. Failures reject with a SpeechError. */
  synthesize(text: string): Promise<AudioClip | null>;
}
