import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ChatCompletion } from 'openai/resources/chat/completions';
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

// The SDK refuses to start without a key; local servers ignore whatever is sent.
const NO_KEY = 'not-needed';

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
  // Everything the SDK would otherwise read from OPENAI_* variables is given explicitly.
  const openai = new OpenAI({
    baseURL: options.baseUrl,
    apiKey: options.apiKey ?? NO_KEY,
    organization: null,
    project: null,
    webhookSecret: null,
    timeout: options.timeoutMs,
    maxRetries: 0,
    logLevel: 'off',
  });

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
  const fail = (kind: LlmError['kind'], message: string, httpStatus?: number) =>
    new LlmError(kind, message, httpStatus === undefined ? {} : { httpStatus }, { cause: error });
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError || isAbort(error)) {
    return fail('timeout', 'The LLM did not answer in time');
  }
  if (error instanceof APIConnectionError) return fail('transient', 'The LLM is unreachable');
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    if (status === 401 || status === 403)
      return fail('auth', `The LLM refused our credentials (HTTP ${status})`, status);
    if (status === 408) return fail('timeout', 'The LLM timed out (HTTP 408)', status);
    if (status === 429 || status >= 500)
      return fail('transient', `The LLM is unavailable (HTTP ${status})`, status);
    return fail('rejected', `The LLM rejected the request (HTTP ${status})`, status);
  }
  // A 2xx body the SDK could not read as a completion.
  return fail('invalid_output', 'The LLM answered with something that is not a chat completion');
}

function isAbort(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}
