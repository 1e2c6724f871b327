import type { Clock } from '../../../platform/clock.js';
import type { KeyValueStore } from '../../../platform/kv/key-value-store.js';
import { localDateOf } from '../../../platform/time/tenant-time.js';
import { LlmError } from '../../assistant/llm/index.js';
import type { Business } from '../../tenants/tenants.model.js';
import { composeAnswer } from './answers.js';
import type { ChatModel } from './chat-model.js';
import { type ChatConversation, createConversationStore } from './conversation-store.js';
import { createFactReader, type Facts, type OwnerChatData } from './facts.js';
import { isGrounded } from './grounding.js';
import { questionFromModel } from './question-tool.js';
import { type Question, understandQuestion } from './questions.js';

// The owner's questions about their own business: rules decide what was asked and read the facts
// through the CRM and scheduling services, and phrase the answer. A language model, when one is
// configured, may name what a question the rules missed asks for and reword the rules' answer; it
// never reads or adds records, and whenever it fails the rules' result stands.

export interface OwnerChatLog {
  warn(details: object, message: string): void;
}

export interface OwnerChatDeps {
  clock: Clock;
  /** The assistant's session store (SESSION_STORE_BACKEND). */
  sessions: KeyValueStore;
  sessionTtlMs: number;
  data: OwnerChatData;
  /** Null without LLM_* settings: the rules answer alone. */
  model: ChatModel | null;
  log: OwnerChatLog;
}

export interface ChatAnswer {
  reply_text: string;
  conversation_id: string;
}

export type OwnerChatService = ReturnType<typeof createOwnerChatService>;

export function createOwnerChatService(deps: OwnerChatDeps) {
  const { clock, data, model, log } = deps;
  const store = createConversationStore(deps.sessions, deps.sessionTtlMs);
  const facts = createFactReader(data, clock);

  /** The conversation a message belongs to: resumed by id, or new (see ConversationStore.load). */
  const open = (business: Business, conversationId?: string): Promise<ChatConversation> =>
    store.load(business.id, conversationId);

  // Lockdown pauses automation and a suspended tenant is not served by paid providers: their owner
  // still gets answers, from the rules alone.
  const modelFor = (business: Business): ChatModel | null =>
    business.status === 'active' && !business.lockdown_mode ? model : null;

  const failed = (step: string, error: unknown) => {
    const kind = error instanceof LlmError ? error.kind : 'unknown';
    log.warn({ step, kind }, 'owner chat: model failed; going on with the rules');
  };

  /** What was asked: the rules, and for words they miss the model's reading (else the help text). */
  async function understand(
    business: Business,
    conversation: ChatConversation,
    text: string,
    today: string,
    signal?: AbortSignal,
  ): Promise<Question> {
    const byRules = understandQuestion(text, today, conversation.question);
    const chatModel = modelFor(business);
    if (byRules.recognised || !chatModel) return byRules;
    try {
      const answer = await chatModel.classify(
        { question: text, today, timeZone: business.time_zone, history: conversation.turns },
        signal,
      );
      return questionFromModel(answer, today) ?? byRules;
    } catch (error) {
      failed('classify', error);
      return byRules;
    }
  }

  async function phrase(
    business: Business,
    conversation: ChatConversation,
    input: { text: string; facts: Facts; draft: string },
    signal?: AbortSignal,
  ): Promise<string> {
    const chatModel = modelFor(business);
    if (!chatModel || input.facts.kind === 'help') return input.draft;
    try {
      const reply = await chatModel.phrase(
        {
          question: input.text,
          language: business.language_code,
          businessName: business.name,
          timeZone: business.time_zone,
          facts: input.facts,
          draft: input.draft,
          history: conversation.turns,
        },
        signal,
      );
      if (isGrounded(reply, [input.draft, JSON.stringify(input.facts)])) return reply;
      log.warn(
        { step: 'phrase', kind: 'ungrounded' },
        'owner chat: model answer added figures; using the rules',
      );
    } catch (error) {
      failed('phrase', error);
    }
    return input.draft;
  }

  /** Answers one message and keeps the exchange for follow-ups. */
  async function answer(
    business: Business,
    conversation: ChatConversation,
    text: string,
    signal?: AbortSignal,
  ): Promise<string> {
    const now = clock.now();
    const today = localDateOf(now, business.time_zone);
    const question = await understand(business, conversation, text, today, signal);
    const found = await facts.read(business, question);
    const draft = composeAnswer(found, {
      lang: business.language_code,
      timeZone: business.time_zone,
      now,
      understood: question.recognised,
    });
    const reply = await phrase(business, conversation, { text, facts: found, draft }, signal);
    await store.save(business.id, {
      ...conversation,
      // An unrecognised message keeps the last real question, so "and tomorrow?" still works after it.
      question: question.recognised ? question : conversation.question,
      turns: [...conversation.turns, { role: 'owner', text }, { role: 'assistant', text: reply }],
    });
    return reply;
  }

  async function ask(
    business: Business,
    input: { text: string; conversation_id?: string },
  ): Promise<ChatAnswer> {
    const conversation = await open(business, input.conversation_id);
    const reply = await answer(business, conversation, input.text);
    return { reply_text: reply, conversation_id: conversation.id };
  }

  return { open, answer, ask };
}
