import type { Clock } from '../../../platform/clock.js';
import type { Assistant, EndReason, TurnInput } from '../../assistant/assistant.port.js';
import type { Business } from '../../tenants/tenants.model.js';
import type { CallStates } from './call-state.js';
import { turnContext } from './twilio.context.js';
import type { CallStatusForm, DialStatusForm, VoiceForm, VoicemailForm } from './twilio.schemas.js';
import { type Language, text } from './twilio.texts.js';
import {
  connectRelay,
  emptyTwiml,
  hangupOnly,
  type RelayLinks,
  renderTurn,
  sayAndHangup,
  sayAndRecord,
  type VoiceLinks,
} from './twiml.js';

// Voice use cases: each takes a resolved tenant and Twilio's form, talks to the assistant, and
// returns the TwiML document to answer with.

const END_REASONS: Readonly<Record<string, EndReason>> = {
  completed: 'completed',
  busy: 'busy',
  'no-answer': 'no_answer',
  failed: 'failed',
  canceled: 'canceled',
};

/** The assistant's reason for a final call status, or null while the call is still going. */
export function endReasonOf(callStatus: string | undefined): EndReason | null {
  return END_REASONS[callStatus?.trim().toLowerCase() ?? ''] ?? null;
}

export interface VoiceDeps {
  assistant: Assistant;
  calls: CallStates;
  clock: Clock;
}

export type VoiceService = ReturnType<typeof createVoiceService>;

export function createVoiceService({ assistant, calls, clock }: VoiceDeps) {
  const contextOf = (business: Business, form: { CallSid: string; From?: string | undefined }) =>
    turnContext(business, 'phone', form.CallSid, form.From, clock.now());

  /**
   * One webhook of a call: the first starts the conversation, later ones (posted by our Gather with
   * `turn=N`) are caller turns. A turn position already answered is a retry: its TwiML again.
   * With `relay` (the tenant's voice_mode is relay) the greeting connects the call to
   * ConversationRelay instead, and later turns travel over its socket.
   */
  async function answer(
    business: Business,
    form: VoiceForm,
    turn: number | undefined,
    links: VoiceLinks,
    relay?: RelayLinks,
  ) {
    if (endReasonOf(form.CallStatus)) {
      await end(business, { ...form, CallStatus: form.CallStatus ?? '' });
      return emptyTwiml();
    }
    const position = turn ?? 0;
    const state = await calls.get(form.CallSid);
    if (state && position < state.next_turn) return state.last_twiml;
    const ctx = contextOf(business, form);
    const starting = position === 0 && (state?.next_turn ?? 0) === 0;
    const result = starting
      ? await assistant.start(ctx)
      : await assistant.turn(ctx, { ...inputOf(form), deliveryId: `turn-${position}` });
    // A greeting that already ends the call (transfer, voicemail, goodbye) needs no socket.
    const relayed = relay && starting && !result.transferTo && !result.voicemail && !result.end;
    const twiml = relayed ? connectRelay(result, relay) : renderTurn(result, links, position + 1);
    await calls.save(form.CallSid, {
      business_id: business.id,
      language: result.language,
      next_turn: position + 1,
      last_twiml: twiml,
      ended: false,
    });
    return twiml;
  }

  /** A call status callback: a final status ends the conversation once; others are ignored. */
  async function end(business: Business, form: CallStatusForm): Promise<void> {
    const reason = endReasonOf(form.CallStatus);
    if (!reason) return;
    const state = await calls.get(form.CallSid);
    if (state?.ended) return;
    await assistant.end(contextOf(business, form), reason);
    await calls.save(form.CallSid, {
      business_id: business.id,
      language: state?.language ?? business.language_code,
      next_turn: state?.next_turn ?? 0,
      last_twiml: state?.last_twiml ?? emptyTwiml(),
      ended: true,
    });
  }

  /**
   * The `<Record>` action (RecordingUrl, RecordingDuration) thanks the caller; the later
   * transcription callback (TranscriptionStatus, TranscriptionText) reaches the same route.
   */
  async function voicemail(business: Business, form: VoicemailForm): Promise<string> {
    const ctx = contextOf(business, form);
    if (form.TranscriptionStatus !== undefined) {
      if (form.RecordingUrl && form.TranscriptionStatus === 'completed' && form.TranscriptionText?.trim()) {
        await assistant.voicemail(ctx, {
          url: form.RecordingUrl,
          ...(form.RecordingDuration !== undefined ? { durationSeconds: form.RecordingDuration } : {}),
          transcription: form.TranscriptionText.trim(),
        });
      }
      return emptyTwiml();
    }
    if (form.RecordingUrl) {
      await assistant.voicemail(ctx, {
        url: form.RecordingUrl,
        ...(form.RecordingDuration !== undefined ? { durationSeconds: form.RecordingDuration } : {}),
      });
    }
    const language = await languageOf(business, form.CallSid);
    return sayAndHangup(text(language, 'voicemailThanks'), language);
  }

  /** The `<Dial>` action: an answered transfer is over; otherwise the caller leaves a message. */
  async function dialStatus(business: Business, form: DialStatusForm, links: VoiceLinks): Promise<string> {
    const status = form.DialCallStatus?.trim().toLowerCase();
    if (status === 'completed' || status === 'answered') return hangupOnly();
    await assistant.transferUnanswered(contextOf(business, form));
    const language = await languageOf(business, form.CallSid);
    return sayAndRecord(text(language, 'noAnswer'), language, links);
  }

  async function languageOf(business: Business, callSid: string | undefined): Promise<Language> {
    const state = callSid ? await calls.get(callSid) : null;
    return state?.language ?? business.language_code;
  }

  return { answer, end, voicemail, dialStatus, languageOf };
}

function inputOf(form: VoiceForm): TurnInput {
  const speech = form.SpeechResult?.trim();
  const digits = form.Digits?.trim();
  return {
    text: speech ? speech : null,
    ...(digits ? { digits } : {}),
    ...(form.Confidence !== undefined ? { confidence: form.Confidence } : {}),
  };
}
