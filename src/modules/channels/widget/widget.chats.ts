import { z } from 'zod';
import { getJson, type KeyValueStore, setJson } from '../../../platform/kv/key-value-store.js';

// A chat's own record in the shared store (the sessions store: Redis with several instances), next to
// the assistant's session: which assistant session a conversation id continues, and whether the chat
// is still open. Its lapse is the chat's expiry; the conversation row in the CRM outlives it, which
// is how an expired chat (409) is told from an unknown one (404).

const chatSchema = z.object({
  /** The assistant's session id, also the conversation's external id. */
  sessionId: z.string(),
  callerPhone: z.string().nullable(),
  ended: z.boolean(),
  /** Started by the owner's "Try the assistant" (dashboard); only those routes continue it. */
  test: z.boolean().optional(),
});

export type WidgetChat = z.infer<typeof chatSchema>;

const keyOf = (businessId: string, conversationId: string) => `widget:${businessId}:${conversationId}`;

export type WidgetChats = ReturnType<typeof createWidgetChats>;

export function createWidgetChats(store: KeyValueStore, ttlMs: number) {
  async function find(businessId: string, conversationId: string): Promise<WidgetChat | null> {
    try {
      const parsed = chatSchema.safeParse(await getJson(store, keyOf(businessId, conversationId)));
      return parsed.success ? parsed.data : null;
    } catch (error) {
      // Unparseable JSON is a corrupt record: the chat is over. A store outage must surface.
      if (error instanceof SyntaxError) return null;
      throw error;
    }
  }

  /**
   * Stores the record with a fresh lifetime. Called before each assistant turn, so the record always
   * lapses before the assistant's session (saved after the turn with the same TTL): a live record
   * never leads to a session that is gone.
   */
  async function keep(businessId: string, conversationId: string, chat: WidgetChat): Promise<void> {
    await setJson(store, keyOf(businessId, conversationId), chat, ttlMs);
  }

  async function forget(businessId: string, conversationId: string): Promise<void> {
    await store.delete(keyOf(businessId, conversationId));
  }

  return { find, keep, forget };
}
