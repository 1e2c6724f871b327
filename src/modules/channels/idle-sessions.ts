import type { Assistant, AssistantChannel } from '../assistant/assistant.port.js';
import type { Conversation } from '../crm/conversations.model.js';
import type { ConversationService } from '../crm/conversations.service.js';
import type { Business } from '../tenants/tenants.model.js';

// A call ends when Twilio says so; a web chat or a voice session ends when its visitor walks away,
// and nobody says so. What they told the assistant must still reach the owner ("nothing the user
// entered is ever lost"): every sweep settles the open ones idle longer than a session lives, as the
// end of a call is settled (a callback and an owner alert for what was left unbooked, the transcript
// closed). Settling is idempotent (callbacks carry dedupe keys), so instances may sweep side by side.

/** The channels without an end signal of their own (the CRM names the voice-session API's `api`). */
const ENDLESS: readonly Conversation['channel'][] = ['web', 'api'];
const BATCH = 50;

export interface IdleSessionDeps {
  conversations: Pick<ConversationService, 'idle' | 'close'>;
  tenants: { findById(id: string): Promise<Business | null> };
  assistant: Pick<Assistant, 'end'>;
  /** How long a session lives without a message (SESSION_TTL_SECONDS). */
  idleMs: number;
  log: { warn(fields: object, message: string): void };
}

export function createIdleSessionSweep(deps: IdleSessionDeps) {
  async function settle(conversation: Conversation, now: Date): Promise<void> {
    const business = await deps.tenants.findById(conversation.business_id);
    if (business && conversation.external_id) {
      await deps.assistant.end(
        {
          business,
          channel: conversation.channel as AssistantChannel,
          sessionId: conversation.external_id,
          callerPhone: conversation.caller_phone,
          // A number typed into a web chat is nobody's word; a telephony integration's caller id is.
          callerVerified: conversation.channel !== 'web',
          now,
        },
        'hangup',
      );
    }
    // The assistant closes the transcript it holds a session for; one without (a store that
    // restarted) is closed here, so the sweep never comes back to it.
    await deps.conversations.close(conversation.business_id, conversation.id);
  }

  /** Settles what went idle before `now - idleMs`; returns how many. Stops between items on abort. */
  async function sweep(now: Date, signal?: AbortSignal): Promise<number> {
    const idle = await deps.conversations.idle(ENDLESS, new Date(now.getTime() - deps.idleMs), BATCH);
    let settled = 0;
    for (const conversation of idle) {
      if (signal?.aborted) break;
      try {
        await settle(conversation, now);
        settled += 1;
      } catch (error) {
        const code = (error as { code?: unknown }).code ?? (error as Error).name;
        deps.log.warn(
          { business_id: conversation.business_id, conversation_id: conversation.id, code },
          'idle session not settled',
        );
      }
    }
    return settled;
  }

  return { sweep };
}

export type IdleSessionSweep = ReturnType<typeof createIdleSessionSweep>;
