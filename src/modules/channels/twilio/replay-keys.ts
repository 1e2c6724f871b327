import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type {
  CallStatusForm,
  SmsForm,
  SmsStatusForm,
  TwilioQuery,
  VoiceForm,
  VoicemailForm,
} from './twilio.schemas.js';
import { endReasonOf } from './voice.service.js';

// What identifies one webhook delivery when Twilio sent no I-Twilio-Idempotency-Token. Forms are
// validated before the replay hook runs, so the casts below hold.

/** A voice turn: the call, the turn position our Gather action carries, and what was heard. */
export function voiceReplayKey(request: FastifyRequest): string {
  const form = request.body as VoiceForm;
  // Not the status route's key: each route replays its own answer; the call state still ends
  // the conversation only once across both.
  if (endReasonOf(form.CallStatus))
    return `voice-end:${form.CallSid}:${form.CallStatus?.trim().toLowerCase()}`;
  const turn = (request.query as TwilioQuery).turn ?? 0;
  // Hashed: speech is personal data and must not sit in store keys.
  const heard = digest(`${form.SpeechResult ?? ''}\u0000${form.Digits ?? ''}`);
  return `voice:${form.CallSid}:${turn}:${heard}`;
}

export function callStatusReplayKey(request: FastifyRequest): string {
  const form = request.body as CallStatusForm;
  return `call-status:${form.CallSid}:${form.CallStatus.toLowerCase()}`;
}

export function voicemailReplayKey(request: FastifyRequest): string {
  const form = request.body as VoicemailForm;
  const recording = form.RecordingSid ?? digest(form.RecordingUrl ?? '');
  return `voicemail:${form.CallSid}:${recording}:${form.TranscriptionStatus ?? 'recording'}`;
}

export function smsReplayKey(request: FastifyRequest): string | null {
  const form = request.body as SmsForm;
  return form.MessageSid ? `sms:${form.MessageSid}` : null;
}

/** Per status, so a later status of the same message is still applied. */
export function smsStatusReplayKey(request: FastifyRequest): string {
  const form = request.body as SmsStatusForm;
  return `sms-status:${form.MessageSid}:${form.MessageStatus.toLowerCase()}`;
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, 22);
}
