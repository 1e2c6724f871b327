import type { ChatLanguage } from './answer-format.js';
import type { ChatTurn } from './conversation-store.js';
import type { Facts } from './facts.js';
import type { ModelQuestion } from './question-tool.js';

/** What a language model gets to phrase an answer: the facts and the rules' answer, nothing else. */
export interface PhraseInput {
  /** The owner's words. Sent to the model; never logged. */
  question: string;
  language: ChatLanguage;
  businessName: string;
  timeZone: string;
  facts: Facts;
  /** The deterministic answer; correct, complete, and the fallback. */
  draft: string;
  /** The conversation so far, oldest first. */
  history: readonly ChatTurn[];
}

/** A question the rules did not recognise, for the model to map onto one they can answer. */
export interface ClassifyInput {
  question: string;
  /** The tenant's local date today, YYYY-MM-DD. */
  today: string;
  timeZone: string;
  history: readonly ChatTurn[];
}

/**
 * The optional language model of the owner chat. It never reads records: it may map an
 * unrecognised question onto a kind the rules answer, and reword the rules' answer. Both reject
 * (an LlmError) on any failure; the caller then goes on with the rules alone. Implementations
 * never retry: the owner is waiting.
 */
export interface ChatModel {
  classify(input: ClassifyInput, signal?: AbortSignal): Promise<ModelQuestion>;
  phrase(input: PhraseInput, signal?: AbortSignal): Promise<string>;
}
