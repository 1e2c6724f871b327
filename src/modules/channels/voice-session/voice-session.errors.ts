import { AppError } from '../../../platform/errors/app-error.js';
import { SpeechError } from '../speech/speech.port.js';

// The voice-session API's refusals. Unknown and other tenants' sessions look the same (404), so a
// session id says nothing about whether it exists elsewhere.

export const sessionNotFound = () =>
  new AppError('NOT_FOUND', 'Voice session was not found', { subcode: 'SESSION_NOT_FOUND' });

export const sessionExpired = () =>
  new AppError('CONFLICT', 'The voice session expired; start a new one', { subcode: 'SESSION_EXPIRED' });

export const sessionEnded = () =>
  new AppError('CONFLICT', 'The voice session has ended; start a new one', { subcode: 'SESSION_ENDED' });

/**
 * A transcription failure never becomes words: the turn is not taken and the client learns why.
 * Audio we cannot use (no recogniser, or the recogniser refused it) is the caller's problem (422);
 * anything else is ours (503) and the same request may succeed later.
 */
export function transcriptionProblem(error: unknown): AppError {
  const failure =
    error instanceof SpeechError
      ? error
      : new SpeechError('transient', 'speech recognition failed', {}, { cause: error });
  if (failure.kind === 'not_configured' || failure.kind === 'rejected') {
    return new AppError('VALIDATION_FAILED', 'The request has invalid values', {
      errors: [{ path: 'body.audio', message: failure.message }],
      subcode: failure.kind === 'not_configured' ? 'SPEECH_NOT_CONFIGURED' : 'AUDIO_REJECTED',
    });
  }
  return new AppError(
    'DEPENDENCY_UNAVAILABLE',
    `Speech recognition failed (${failure.kind}): ${failure.message}. The turn was not taken; send it again or send text`,
    { subcode: 'SPEECH_RECOGNITION_FAILED' },
    { cause: failure },
  );
}
