import { z } from 'zod';

// The optional language-model settings, kept beside config.ts (which reads them) to keep it short.

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

export const llmEnvShape = {
  LLM_BASE_URL: optionalString.refine(
    (url) => url === undefined || /^https?:\/\/[^/]+/.test(url),
    'must be an absolute http(s) URL',
  ),
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  LLM_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(100, 'must be between 100 and 20000')
    .max(20_000, 'must be between 100 and 20000')
    .default(2500),
};

type LlmEnv = {
  [K in keyof typeof llmEnvShape]: z.output<(typeof llmEnvShape)[K]>;
};

export interface LlmConfig {
  /** OpenAI-compatible API root, without a trailing slash. */
  readonly baseUrl: string;
  /** Absent for local servers that need none. */
  readonly apiKey: string | undefined;
  readonly model: string;
  /** Budget for one turn's extraction; past it the call goes on with the rules alone. */
  readonly timeoutMs: number;
}

/** Null unless both LLM_BASE_URL and LLM_MODEL are set: without them the rules understand alone. */
export function toLlmConfig(env: LlmEnv): LlmConfig | null {
  if (!env.LLM_BASE_URL || !env.LLM_MODEL) return null;
  return {
    baseUrl: env.LLM_BASE_URL.replace(/\/+$/, ''),
    apiKey: env.LLM_API_KEY,
    model: env.LLM_MODEL,
    timeoutMs: env.LLM_TIMEOUT_MS,
  };
}

// Half a configuration would silently run without the model; say which half is missing instead.
export function llmProblems(env: LlmEnv): string[] {
  const anySet = env.LLM_BASE_URL || env.LLM_MODEL || env.LLM_API_KEY;
  if (!anySet) return [];
  const problems: string[] = [];
  if (!env.LLM_BASE_URL) problems.push('LLM_BASE_URL: is required when LLM_MODEL or LLM_API_KEY is set');
  if (!env.LLM_MODEL) problems.push('LLM_MODEL: is required when LLM_BASE_URL or LLM_API_KEY is set');
  return problems;
}
