export { LLM_INTENTS, TOOL_NAME } from './extraction-schema.js';
export type { LlmClient, LlmErrorKind, LlmExtractInput, LlmExtraction, LlmTime } from './llm-client.js';
export { LlmError } from './llm-client.js';
export type {
  LlmLog,
  LlmOutcome,
  LlmUnderstanding,
  LlmUnderstandingContext,
  LlmUnderstandingOptions,
} from './llm-understanding.js';
export { createLlmUnderstanding, disabledLlm } from './llm-understanding.js';
export type { MergeContext } from './merge.js';
export { LLM_EMERGENCY_REASON, mergeUnderstanding } from './merge.js';
export type { OpenAiLlmClientOptions } from './openai-llm-client.js';
export { classifyLlmError, createOpenAiLlmClient } from './openai-llm-client.js';
