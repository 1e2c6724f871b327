import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';

// One way to reach an OpenAI-compatible API (OpenAI itself, or a self-hosted server: Ollama, vLLM,
// llama.cpp, speaches…) for every module that does: the language model, speech, the owner chat.
// Each keeps its own error type; this says which kind of failure the SDK reported.

export interface OpenAiSdkOptions {
  /** The API root the SDK appends paths to, e.g. https://api.openai.com/v1. */
  baseUrl: string;
  /** Optional: local servers usually need none. */
  apiKey?: string | undefined;
  /** Hard limit for one request, connection and body included. */
  timeoutMs: number;
}

// The SDK refuses to start without a key; local servers ignore whatever is sent.
const NO_KEY = 'not-needed';

/** An SDK client with nothing read from OPENAI_* variables, no retries (callers are waiting) and no logs. */
export function openAiSdk(options: OpenAiSdkOptions): OpenAI {
  return new OpenAI({
    baseURL: options.baseUrl,
    apiKey: options.apiKey ?? NO_KEY,
    organization: null,
    project: null,
    webhookSecret: null,
    timeout: options.timeoutMs,
    maxRetries: 0,
    logLevel: 'off',
  });
}

export type OpenAiFailureKind = 'timeout' | 'transient' | 'auth' | 'rejected' | 'invalid_output';

export interface OpenAiFailure {
  kind: OpenAiFailureKind;
  /** Ours, naming `what`; the provider's own message may echo the input and is never used. */
  message: string;
  httpStatus?: number;
}

/** What the SDK threw, as a kind: `what` names the service in the message ("The LLM"). */
export function classifyOpenAiFailure(error: unknown, what: string): OpenAiFailure {
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError || isAbort(error)) {
    return { kind: 'timeout', message: `${what} did not answer in time` };
  }
  if (error instanceof APIConnectionError) return { kind: 'transient', message: `${what} is unreachable` };
  if (error instanceof APIError && typeof error.status === 'number') {
    const httpStatus = error.status;
    if (httpStatus === 401 || httpStatus === 403)
      return { kind: 'auth', message: `${what} refused our credentials (HTTP ${httpStatus})`, httpStatus };
    if (httpStatus === 408) return { kind: 'timeout', message: `${what} timed out (HTTP 408)`, httpStatus };
    if (httpStatus === 429 || httpStatus >= 500)
      return { kind: 'transient', message: `${what} is unavailable (HTTP ${httpStatus})`, httpStatus };
    return { kind: 'rejected', message: `${what} rejected the request (HTTP ${httpStatus})`, httpStatus };
  }
  // A 2xx body the SDK could not read.
  return { kind: 'invalid_output', message: `${what} answered with something unreadable` };
}

function isAbort(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}
