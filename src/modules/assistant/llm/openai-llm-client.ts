import type { ChatCompletion } from 'openai/resources/chat/completions';
import { classifyOpenAiFailure, openAiSdk } from '../../../platform/openai/openai-sdk.js';
import { parseExtraction, TOOL_NAME, toolParameters } from './extraction-schema.js';
import { type LlmClient, LlmError, type LlmExtraction } from './llm-client.js';
import { systemPrompt } from './prompt.js';

export interface OpenAiLlmClientOptions {
  /** An OpenAI-compatible API root, e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1. */
  baseUrl: string;
  /** Optional: local servers (Ollama, llama.cpp, vLLM) usually need none. */
  apiKey?: string | undefined;
  model: string;
  /** Hard limit for one extraction, connection and body included. */
  timeoutMs: number;
}

const TOOL = {
  type: 'function',
  function: {
    name: TOOL_NAME,
    description: 'Record the facts the caller stated in this turn. Leave out anything not said.',
    parameters: toolParameters(),
  },
} as const;

/** An LlmClient on any OpenAI-compatible chat-completions endpoint, with one forced tool call. */
export function createOpenAiLlmClient(options: OpenAiLlmClientOptions): LlmClient {
  const openai = openAiSdk(options);

  return {
    async extract(input, signal) {
      const deadline = AbortSignal.timeout(options.timeoutMs);
      let completion: ChatCompletion;
      try {
        completion = await openai.chat.completions.create(
          {
            model: options.model,
            temperature: 0,
            messages: [
              { role: 'system', content: systemPrompt(input) },
              { role: 'user', content: input.text },
            ],
            tools: [TOOL],
            tool_choice: { type: 'function', function: { name: TOOL_NAME } },
          },
          { signal: signal ? AbortSignal.any([signal, deadline]) : deadline },
        );
      } catch (error) {
        throw classifyLlmError(error);
      }
      return extractionOf(completion);
    },
  };
}

function extractionOf(completion: ChatCompletion): LlmExtraction {
  const calls = completion.choices?.[0]?.message?.tool_calls ?? [];
  const call = calls.find((c) => c.type === 'function' && c.function.name === TOOL_NAME);
  if (call?.type !== 'function') {
    throw new LlmError('invalid_output', `The model did not call ${TOOL_NAME}`);
  }
  return parseExtraction(call.function.arguments);
}

/** Maps whatever the SDK threw to our kinds. Provider messages stay in `cause`: they may echo the prompt. */
export function classifyLlmError(error: unknown): LlmError {
  if (error instanceof LlmError) return error;
  const { kind, message, httpStatus } = classifyOpenAiFailure(error, 'The LLM');
  return new LlmError(kind, message, httpStatus === undefined ? {} : { httpStatus }, { cause: error });
}
