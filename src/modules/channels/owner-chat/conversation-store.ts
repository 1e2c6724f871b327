import { z } from 'zod';
import { newId } from '../../../platform/ids.js';
import { getJson, type KeyValueStore, setJson } from '../../../platform/kv/key-value-store.js';
import { QUESTION_KINDS, type Question } from './questions.js';

// An owner-chat conversation lives in the shared session store (memory, or Redis with several
// instances) for SESSION_TTL_SECONDS after its last message, like every other assistant session.
// It holds only what a follow-up needs: the last question and the last few lines. It is not a CRM
// conversation: the owner's questions are not customer contact, and every answer can be asked again.

/** Lines kept for a follow-up and for the model's context: the last three exchanges. */
export const MAX_TURNS = 6;

const turnSchema = z.object({ role: z.enum(['owner', 'assistant']), text: z.string() });
export type ChatTurn = z.infer<typeof turnSchema>;

const periodSchema = z.object({ unit: z.enum(['day', 'week', 'month']), from: z.string(), to: z.string() });

const storedSchema = z.object({
  question: z
    .object({ kind: z.enum(QUESTION_KINDS), period: periodSchema.nullable(), recognised: z.boolean() })
    .nullable(),
  turns: z.array(turnSchema).max(MAX_TURNS),
});

export interface ChatConversation {
  id: string;
  /** False when the id was new, unknown or expired: the answer starts a new conversation. */
  resumed: boolean;
  question: Question | null;
  turns: ChatTurn[];
}

const keyOf = (businessId: string, id: string) => `owner-chat:${businessId}:${id}`;

export function createConversationStore(sessions: KeyValueStore, ttlMs: number) {
  /**
   * The conversation with this id, scoped to the tenant: another tenant's id, an expired one or a
   * stored value that no longer parses all start a fresh conversation with a new id.
   */
  async function load(businessId: string, id: string | undefined): Promise<ChatConversation> {
    const stored = id
      ? await getJson(sessions, keyOf(businessId, id), (v) => storedSchema.safeParse(v))
      : null;
    if (id && stored?.success) return { id, resumed: true, ...stored.data };
    return { id: newId('chat'), resumed: false, question: null, turns: [] };
  }

  async function save(businessId: string, conversation: ChatConversation): Promise<void> {
    const { question, turns } = conversation;
    await setJson(
      sessions,
      keyOf(businessId, conversation.id),
      { question, turns: turns.slice(-MAX_TURNS) },
      ttlMs,
    );
  }

  return { load, save };
}

export type ConversationStore = ReturnType<typeof createConversationStore>;
