import type { ConversationOutcome } from '../../crm/conversations.model.js';
import type { TurnContext } from '../assistant.port.js';
import type { Outcome } from '../engine/index.js';
import type { AssistantDeps, AssistantLog } from './deps.js';
import type { StoredSession } from './session-store.js';

// The CRM transcript of a session: one conversation per session (external id = session id), every
// caller and assistant message appended. Transcript trouble is logged, never fatal to the call.

const CLOSING: Record<Outcome, ConversationOutcome | null> = {
  booked: 'booked',
  rescheduled: 'rescheduled',
  cancelled: 'cancelled',
  emergency: 'emergency',
  handoff: 'handoff',
  callback: 'callback',
  voicemail: 'callback',
  abandoned: 'abandoned',
  faq: null,
};

export type Transcript = ReturnType<typeof createTranscript>;

export function createTranscript(deps: Pick<AssistantDeps, 'conversations'>, log: AssistantLog) {
  const { conversations } = deps;

  function warn(ctx: TurnContext, step: string): void {
    log.warn(
      { business_id: ctx.business.id, session_id: ctx.sessionId, step },
      'assistant transcript failed',
    );
  }

  async function conversationOf(ctx: TurnContext, session: StoredSession): Promise<string | null> {
    if (session.meta.conversationId) return session.meta.conversationId;
    try {
      const id = await conversations.openId(ctx.business.id, {
        channel: ctx.channel,
        external_id: ctx.sessionId,
        caller_phone: ctx.callerPhone,
      });
      session.meta.conversationId = id;
      return id;
    } catch {
      warn(ctx, 'start');
      return null;
    }
  }

  async function append(ctx: TurnContext, session: StoredSession, userText: string | null, reply: string) {
    const id = await conversationOf(ctx, session);
    if (!id) return;
    try {
      // Both lines of the turn in one write: appending them one by one took twice the queries.
      const messages: Array<{ role: 'user' | 'assistant'; text: string }> = [];
      if (userText) messages.push({ role: 'user', text: userText });
      if (reply) messages.push({ role: 'assistant', text: reply });
      if (messages.length > 0) await conversations.appendMessages(ctx.business.id, id, messages);
    } catch {
      warn(ctx, 'append');
    }
  }

  async function close(ctx: TurnContext, session: StoredSession, summary: string | null): Promise<void> {
    const id = session.meta.conversationId;
    if (!id) return;
    const outcome = session.engine.outcome ? CLOSING[session.engine.outcome] : 'abandoned';
    await conversations
      .close(ctx.business.id, id, { ...(outcome ? { outcome } : {}), ...(summary ? { summary } : {}) })
      .catch(() => warn(ctx, 'close'));
  }

  /**
   * The caller cut the last reply off after `heard`: the session remembers it (meta.cutOff) and the
   * transcript keeps only what was heard. The session must be stored afterwards.
   */
  async function cutOff(ctx: TurnContext, session: StoredSession, heard: string): Promise<void> {
    session.meta.cutOff = { heard, at: session.meta.lastAt };
    const id = session.meta.conversationId;
    if (!id) return;
    await conversations.reviseLastReply(ctx.business.id, id, heard).catch(() => warn(ctx, 'cut_off'));
  }

  return { conversationOf, append, close, cutOff };
}
