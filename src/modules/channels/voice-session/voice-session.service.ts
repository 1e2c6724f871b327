import { randomBytes } from 'node:crypto';
import type { Clock } from '../../../platform/clock.js';
import type { Assistant, TurnContext, TurnResult } from '../../assistant/assistant.port.js';
import { normalizePhone } from '../../crm/customers.service.js';
import { assertAutomationAllowed } from '../../tenants/tenants.auth.js';
import type { Business } from '../../tenants/tenants.model.js';
import type { TenantService } from '../../tenants/tenants.service.js';
import { SpeechError, type SpeechToText, type TextToSpeech } from '../speech/speech.port.js';
import { decodeAudio, encodeAudio } from './audio-json.js';
import {
  sessionEnded,
  sessionExpired,
  sessionNotFound,
  transcriptionProblem,
} from './voice-session.errors.js';
import type { SessionRecord, SessionRecords } from './voice-session.model.js';
import type {
  EndResponse,
  InputBody,
  SessionState,
  StartBody,
  StartResponse,
  TurnResponse,
} from './voice-session.schemas.js';

// Voice sessions and telephony: a transport that sends text (or audio we transcribe) and wants the
// reply as text (and audio we synthesise). One assistant session per voice session, channel 'api';
// ending one settles it like a call's end (an unbooked caller becomes a callback).

export interface VoiceSessionDeps {
  assistant: Assistant;
  tenants: Pick<TenantService, 'findById'>;
  records: SessionRecords;
  stt: SpeechToText;
  tts: TextToSpeech;
  clock: Clock;
  log?: { warn(fields: object, message: string): void };
}

export type VoiceSessionService = ReturnType<typeof createVoiceSessionService>;

/** Unguessable: on the telephony routes the id alone authorises its holder (144 random bits). */
const newSessionId = () => `vs_${randomBytes(18).toString('base64url')}`;

export function createVoiceSessionService(deps: VoiceSessionDeps) {
  const { assistant, records, clock } = deps;

  const contextOf = (business: Business, sessionId: string, record: SessionRecord): TurnContext => ({
    business,
    channel: 'api',
    sessionId,
    callerPhone: record.caller_phone,
    now: clock.now(),
  });

  function stateOf(sessionId: string, record: SessionRecord): SessionState {
    return {
      session_id: sessionId,
      status: record.ended_at === null ? 'active' : 'ended',
      language: record.language,
      turns: record.turns,
      done: record.done,
      outcome: record.outcome,
      appointment_id: record.appointment_id,
      transfer_to: record.transfer_to,
      voicemail: record.voicemail,
      expires_at: new Date(records.expiresAt(record)).toISOString(),
    };
  }

  /** The reply spoken, when a synthesiser is configured; its failure costs the audio, not the turn. */
  async function speak(
    reply: string,
    sessionId: string,
  ): Promise<Pick<TurnResponse, 'audio' | 'audio_error'>> {
    if (!reply) return { audio: null, audio_error: null };
    try {
      const clip = await deps.tts.synthesize(reply);
      return { audio: clip ? encodeAudio(clip) : null, audio_error: null };
    } catch (error) {
      const kind = error instanceof SpeechError ? error.kind : 'transient';
      deps.log?.warn({ session_id: sessionId, kind }, 'speech synthesis failed; reply sent as text only');
      return { audio: null, audio_error: kind };
    }
  }

  function applyResult(record: SessionRecord, result: TurnResult, nowMs: number): SessionRecord {
    return {
      ...record,
      last_active_at: nowMs,
      language: result.language,
      done: result.end,
      outcome: result.outcome ?? record.outcome,
      appointment_id: result.appointmentId ?? record.appointment_id,
      transfer_to: result.transferTo ?? null,
      voicemail: result.voicemail ?? false,
    };
  }

  async function start(business: Business, body: StartBody): Promise<StartResponse> {
    const sessionId = newSessionId();
    const nowMs = clock.now().getTime();
    const callerPhone = body.caller_phone ? normalizePhone(body.caller_phone) : null;
    const fresh: SessionRecord = {
      business_id: business.id,
      caller_phone: callerPhone,
      created_at: nowMs,
      last_active_at: nowMs,
      ended_at: null,
      turns: 0,
      language: business.language_code === 'es' ? 'es' : 'en',
      done: false,
      outcome: null,
      appointment_id: null,
      transfer_to: null,
      voicemail: false,
    };
    const result = await assistant.start(contextOf(business, sessionId, fresh));
    const record = applyResult(fresh, result, nowMs);
    await records.save(sessionId, record, nowMs);
    const speech = await speak(result.reply, sessionId);
    return {
      session_id: sessionId,
      reply_text: result.reply,
      session_state: stateOf(sessionId, record),
      ...speech,
    };
  }

  /**
   * The session `sessionId` as `caller` may see it: another tenant's is unknown (404). Without a
   * caller (telephony, authorised by the id itself) the session's tenant must still take automation
   * (lockdown 423, suspension 403), which the credential hook checks for credentialed callers.
   */
  async function open(caller: Business | null, sessionId: string) {
    const record = await records.get(sessionId);
    if (!record || (caller && caller.id !== record.business_id)) throw sessionNotFound();
    const business = caller ?? (await deps.tenants.findById(record.business_id));
    if (!business) throw sessionNotFound();
    if (!caller) assertAutomationAllowed(business);
    return { record, business };
  }

  const isExpired = (record: SessionRecord) => clock.now().getTime() >= records.expiresAt(record);

  async function input(caller: Business | null, sessionId: string, body: InputBody): Promise<TurnResponse> {
    const { record, business } = await open(caller, sessionId);
    if (record.ended_at !== null) throw sessionEnded();
    if (isExpired(record)) throw sessionExpired();
    const text = await heard(body);
    // Taken before the turn: this record then never outlives the assistant's session (saved after).
    const nowMs = clock.now().getTime();
    const result = await assistant.turn(contextOf(business, sessionId, record), {
      text,
      // Each input is its own turn, even "yes" twice in a row; concurrent duplicates share one.
      deliveryId: `input-${record.turns}`,
    });
    const next = { ...applyResult(record, result, nowMs), turns: record.turns + 1 };
    await records.save(sessionId, next, nowMs);
    const speech = await speak(result.reply, sessionId);
    return { reply_text: result.reply, session_state: stateOf(sessionId, next), ...speech };
  }

  /** Text wins; audio is transcribed only without it; neither is silence. */
  async function heard(body: InputBody): Promise<string | null> {
    if (body.text?.trim()) return body.text;
    if (body.audio === undefined || body.audio === null) return null;
    const clip = decodeAudio(body.audio);
    try {
      const words = await deps.stt.transcribe(clip);
      // Nothing recognised is silence, for the assistant to ask again; never words we made up.
      return words || null;
    } catch (error) {
      throw transcriptionProblem(error);
    }
  }

  /** Ends the session once (later calls answer the same); the assistant settles it like a call's end. */
  async function end(caller: Business | null, sessionId: string): Promise<EndResponse> {
    const { record, business } = await open(caller, sessionId);
    const answer = (settled: SessionRecord): EndResponse => ({
      status: `ended:${sessionId}`,
      session_id: sessionId,
      session_state: stateOf(sessionId, settled),
    });
    if (record.ended_at !== null) return answer(record);
    if (isExpired(record)) throw sessionExpired();
    await assistant.end(contextOf(business, sessionId, record), 'completed');
    const nowMs = clock.now().getTime();
    const ended = { ...record, ended_at: nowMs, last_active_at: nowMs };
    await records.save(sessionId, ended, nowMs);
    return answer(ended);
  }

  return { start, input, end };
}
