import type { Business } from '../tenants/tenants.model.js';

// The seam between channels (Twilio voice and SMS, widget, voice sessions, telephony) and the
// assistant. Channels own transport concerns (TwiML, signatures, call state, retries); the
// assistant owns the conversation (understanding, policy, booking, callbacks, alerts).

export type AssistantChannel = 'phone' | 'sms' | 'web' | 'api';

export interface TurnContext {
  business: Business;
  channel: AssistantChannel;
  /** Stable per conversation: the CallSid for calls, `sms:<phone>` for texts, the session id otherwise. */
  sessionId: string;
  /** E.164 caller id when known (Twilio `From`); used to recognise returning customers. */
  callerPhone: string | null;
  /**
   * False when nobody vouches for `callerPhone` (a number typed into a web chat): it is kept for the
   * booking and its texts, but it does not recognise a customer, and finds their appointments only
   * with the full name on file said too; else a stranger would hear someone else's name, address
   * and visits. Caller id and an SMS sender are vouched for by the carrier.
   */
  callerVerified?: boolean;
  /** A name the transport already has (a web chat's start form): the assistant does not ask for it. */
  callerName?: string | null;
  now: Date;
}

export interface TurnInput {
  /** What the caller said or typed; null or blank means silence (no speech recognised). */
  text: string | null;
  /** Keypad digits (voice only). */
  digits?: string;
  /** Recogniser confidence 0–1 when the channel has one. */
  confidence?: number;
  /**
   * Names this turn when the transport can (a call's turn position, an SMS MessageSid): a repeat
   * with the same id is a retry and gets the stored answer; a different id is a new turn even with
   * the same words ("yes" twice). Without it, the same input within a few seconds is one turn.
   */
  deliveryId?: string;
}

export type TurnOutcome =
  | 'booked'
  | 'rescheduled'
  | 'cancelled'
  | 'confirmed'
  | 'emergency'
  | 'handoff'
  | 'callback'
  | 'faq'
  | 'voicemail'
  | 'abandoned';

export interface TurnResult {
  /** What to say (voice) or send (text), in `language`. */
  reply: string;
  language: 'en' | 'es';
  /** The conversation is over: say the reply and hang up / stop. */
  end: boolean;
  /** Voice: connect the caller to this E.164 number after the reply (handoff or emergency transfer). */
  transferTo?: string;
  /** Voice: record a voicemail after the reply (the caller stayed silent twice, or asked to leave one). */
  voicemail?: boolean;
  /** Speech-recognition hints for the next turn (names of services, "yes", "no", weekdays…). */
  hints?: string[];
  outcome?: TurnOutcome;
  appointmentId?: string;
}

export type EndReason = 'completed' | 'hangup' | 'no_answer' | 'failed' | 'busy' | 'canceled';

export interface Assistant {
  /** Opens the conversation: greeting (recognising a returning caller by `callerPhone`). */
  start(ctx: TurnContext): Promise<TurnResult>;
  /** One caller turn. Safe to call again for the same session after a transport retry. */
  turn(ctx: TurnContext, input: TurnInput): Promise<TurnResult>;
  /**
   * The transport says the conversation ended (a call's final status). An ended call without a
   * booking becomes a MISSED_CALL or PARTIAL_INTAKE callback plus an owner alert.
   */
  end(ctx: TurnContext, reason: EndReason): Promise<void>;
  /**
   * The transfer this session asked for was not answered (busy, no answer, failed). Unless the
   * caller then leaves a voicemail, the call's end records a HANDOFF (or EMERGENCY) callback.
   */
  transferUnanswered(ctx: TurnContext): Promise<void>;
  /**
   * Streaming voice (ConversationRelay): the caller spoke over the last reply and heard only its
   * first part, `heard` (Twilio's utteranceUntilInterrupt). The unheard rest is dropped from the
   * transcript and the session notes that its last reply was cut off. Optional: transports that
   * play whole replies never call it.
   */
  interrupted?(ctx: TurnContext, heard: string): Promise<void>;
  /** A voicemail recording arrived for this session (voice). */
  voicemail(
    ctx: TurnContext,
    recording: { url: string; durationSeconds?: number; transcription?: string },
  ): Promise<void>;
}
