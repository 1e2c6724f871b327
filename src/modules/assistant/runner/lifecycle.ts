import type { CallbackReason } from '../../crm/callbacks.model.js';
import { callbackAlert, missedCallAlert, voicemailAlert } from '../../notifications/texts/owner-texts.js';
import type { EndReason, TurnContext } from '../assistant.port.js';
import { hasUsefulFacts, knownName, type Outcome, summarize } from '../engine/index.js';
import { unbookedKey } from './actions.js';
import { factsOf } from './facts.js';
import { type StoredSession, sessionKey } from './session-store.js';
import type { Runtime } from './turns.js';

// What happens when the transport says a session is over (a call's final status) or a voicemail
// arrives: a session that booked, moved, cancelled or handed off leaves no MISSED_CALL/PARTIAL_INTAKE;
// anything else becomes a callback for the owner, alerted once per call.

const RESOLVED: ReadonlySet<Outcome> = new Set([
  'booked',
  'rescheduled',
  'cancelled',
  'handoff',
  'emergency',
]);

const VOICEMAIL_REPLACES: readonly CallbackReason[] = ['MISSED_CALL', 'PARTIAL_INTAKE', 'HANDOFF'];

const callSidOf = (ctx: TurnContext) => (ctx.channel === 'phone' ? ctx.sessionId : null);

async function alert(rt: Runtime, ctx: TurnContext, send: () => Promise<unknown>): Promise<void> {
  await send().catch(() =>
    rt.log.warn({ business_id: ctx.business.id, session_id: ctx.sessionId }, 'assistant owner alert failed'),
  );
}

async function recordUnbooked(
  rt: Runtime,
  ctx: TurnContext,
  session: StoredSession | null,
  reason: CallbackReason,
  summary: string,
): Promise<void> {
  const { business, sessionId, callerPhone } = ctx;
  const engine = session?.engine ?? null;
  const phone = engine?.facts.phone ?? callerPhone;
  const { callback, created } = await rt.deps.callbacks.record(business.id, {
    reason,
    phone,
    name: engine ? knownName(engine) : null,
    summary: summary || null,
    call_sid: callSidOf(ctx),
    conversation_id: session?.meta.conversationId ?? null,
    dedupeKey: reason === 'EMERGENCY' ? `assistant:${sessionId}:emergency` : unbookedKey(sessionId),
  });
  // Nothing new (a retry, or the call was already settled by a booking or a voicemail): no alert.
  if (!callback || !created) return;
  const text =
    reason === 'MISSED_CALL'
      ? missedCallAlert(business, { callSid: sessionId, callerPhone: phone, at: ctx.now.toISOString() })
      : callbackAlert(business, sessionId, phone, summary);
  await alert(rt, ctx, () => rt.deps.notifier.alertOwner(business, text));
}

/** Returns what was left behind: 'resolved', a callback reason, 'answered' or 'nothing'. */
async function settle(rt: Runtime, ctx: TurnContext, session: StoredSession | null, summary: string) {
  const engine = session?.engine ?? null;
  const callSid = callSidOf(ctx);
  if (engine && session?.meta.transferUnanswered) {
    // The owner never picked up and the caller left no voicemail: the owner must call back.
    const reason = engine.emergency.active ? 'EMERGENCY' : 'HANDOFF';
    await recordUnbooked(rt, ctx, session, reason, summary);
    return reason;
  }
  if (engine?.outcome && RESOLVED.has(engine.outcome)) {
    if (callSid) await rt.deps.callbacks.removeForCall(ctx.business.id, callSid);
    return 'resolved';
  }
  if (engine && hasUsefulFacts(engine)) {
    const reason = engine.emergency.active ? 'EMERGENCY' : 'PARTIAL_INTAKE';
    await recordUnbooked(rt, ctx, session, reason, summary);
    return reason;
  }
  if (engine?.outcome === 'faq') return 'answered';
  // An anonymous chat that never said anything leaves nobody to call back.
  if (!ctx.callerPhone) return 'nothing';
  await recordUnbooked(rt, ctx, session, 'MISSED_CALL', summary);
  return 'MISSED_CALL';
}

async function end(rt: Runtime, ctx: TurnContext, reason: EndReason): Promise<void> {
  const key = sessionKey(ctx.business.id, ctx.sessionId);
  await rt.store.withSession(key, async (session, keep) => {
    if (session?.meta.ended) return;
    const summary = session ? summarize(session.engine, factsOf(ctx), ctx.now) : '';
    const left = await settle(rt, ctx, session, summary);
    if (session) {
      session.meta.ended = true;
      await rt.transcript.close(ctx, session, summary || null);
      keep(session);
    }
    rt.log.info(
      { business_id: ctx.business.id, session_id: ctx.sessionId, reason, left },
      'assistant session ended',
    );
  });
}

type Recording = { url: string; durationSeconds?: number; transcription?: string };

async function voicemail(rt: Runtime, ctx: TurnContext, recording: Recording): Promise<void> {
  const key = sessionKey(ctx.business.id, ctx.sessionId);
  try {
    await rt.store.withSession(key, (session, keep) => recordVoicemail(rt, ctx, recording, session, keep));
  } catch (error) {
    // What the caller said must reach the owner even when the session store is down: record it
    // without the call's summary. The callback's dedupe key makes a second attempt harmless.
    const code = (error as { code?: unknown }).code ?? (error as Error).name;
    rt.log.warn(
      { business_id: ctx.business.id, session_id: ctx.sessionId, code },
      'voicemail without session',
    );
    await recordVoicemail(rt, ctx, recording, null, () => undefined);
  }
}

async function recordVoicemail(
  rt: Runtime,
  ctx: TurnContext,
  recording: Recording,
  session: StoredSession | null,
  keep: (session: StoredSession) => void,
): Promise<void> {
  const { business, sessionId, callerPhone } = ctx;
  const engine = session?.engine ?? null;
  const summary = engine ? summarize(engine, factsOf(ctx), ctx.now) : '';
  const phone = engine?.facts.phone ?? callerPhone;
  const callSid = callSidOf(ctx);
  const { callback, created } = await rt.deps.callbacks.record(business.id, {
    reason: 'VOICEMAIL',
    phone,
    name: engine ? knownName(engine) : null,
    summary: summary || null,
    voicemail_url: recording.url,
    transcription: recording.transcription ?? null,
    call_sid: callSid,
    conversation_id: session?.meta.conversationId ?? null,
    dedupeKey: `assistant:${sessionId}:voicemail`,
  });
  if (callback && created) {
    const transcription = recording.transcription ?? null;
    const text = voicemailAlert(business, {
      callSid: sessionId,
      callerPhone: phone,
      transcription,
      recordingUrl: recording.url,
    });
    await alert(rt, ctx, () => rt.deps.notifier.alertOwner(business, text));
  }
  // The voicemail (with the summary) is this call's callback: no other unbooked callback besides.
  if (callSid) await rt.deps.callbacks.removeForCall(business.id, callSid, VOICEMAIL_REPLACES);
  if (session?.meta.transferUnanswered) {
    session.meta.transferUnanswered = false;
    keep(session);
  }
  rt.log.info({ business_id: business.id, session_id: sessionId, created }, 'assistant voicemail recorded');
}

async function transferUnanswered(rt: Runtime, ctx: TurnContext): Promise<void> {
  const key = sessionKey(ctx.business.id, ctx.sessionId);
  await rt.store.withSession(key, async (session, keep) => {
    if (!session || session.meta.ended) return;
    session.meta.transferUnanswered = true;
    keep(session);
  });
}

export function createLifecycle(rt: Runtime) {
  return {
    end: (ctx: TurnContext, reason: EndReason) => end(rt, ctx, reason),
    transferUnanswered: (ctx: TurnContext) => transferUnanswered(rt, ctx),
    voicemail: (ctx: TurnContext, recording: Recording) => voicemail(rt, ctx, recording),
  };
}
