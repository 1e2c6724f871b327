import type OpenAI from 'openai';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { openAiSdk } from '../../../platform/openai/openai-sdk.js';
import { classifyLlmError, LlmError } from '../../assistant/llm/index.js';
import type { ChatModel, ClassifyInput, PhraseInput } from './chat-model.js';
import { CLASSIFY_TOOL, classifyToolParameters, parseModelQuestion } from './question-tool.js';

export interface OpenAiChatModelOptions {
  /** An OpenAI-compatible API root (LLM_BASE_URL). */
  baseUrl: string;
  apiKey?: string | undefined;
  model: string;
  /** Hard limit for one call (LLM_TIMEOUT_MS). */
  timeoutMs: number;
}

const LANGUAGE_NAMES = { en: 'English', es: 'Spanish' } as const;

type Message = { role: 'system' | 'user' | 'assistant'; content: string };

function phrasePrompt(input: PhraseInput): string {
  return [
    `You are the assistant of ${input.businessName}, a trades business, talking with its owner.`,
    `Answer the owner's last question in ${LANGUAGE_NAMES[input.language]}, briefly and plainly.`,
    'Use only the FACTS and the DRAFT ANSWER below; they come from the business records and are complete.',
    'Never add customers, appointments, times, dates, counts, phone numbers or anything else that is not there.',
    'If the draft answer says there is nothing, say so. Do not offer to do things; you can only answer.',
    `Times are local to ${input.timeZone}. Keep lists as short lines starting with "- ".`,
  ].join('\n');
}

function classifyPrompt(input: ClassifyInput): string {
  return [
    "A trades business owner asked their assistant a question about the business's records.",
    `Today is ${input.today} (time zone ${input.timeZone}); weeks start on Monday.`,
    `Call ${CLASSIFY_TOOL} with the kind of question and the day or period it is about.`,
    'Use kind "unknown" when it is none of the kinds offered.',
  ].join('\n');
}

const history = (turns: PhraseInput['history']): Message[] =>
  turns.map((turn) => ({ role: turn.role === 'owner' ? 'user' : 'assistant', content: turn.text }));

const CLASSIFY = {
  type: 'function',
  function: {
    name: CLASSIFY_TOOL,
    description: "Say what the owner's question asks for.",
    parameters: classifyToolParameters(),
  },
} as const;

/** A ChatModel on any OpenAI-compatible chat-completions endpoint (the assistant's LLM_* settings). */
export function createOpenAiChatModel(options: OpenAiChatModelOptions): ChatModel {
  const openai = openAiSdk(options);

  async function complete(
    body: Omit<OpenAI.ChatCompletionCreateParamsNonStreaming, 'model' | 'temperature'>,
    signal?: AbortSignal,
  ): Promise<ChatCompletion> {
    const deadline = AbortSignal.timeout(options.timeoutMs);
    try {
      return await openai.chat.completions.create(
        { ...body, model: options.model, temperature: 0 },
        { signal: signal ? AbortSignal.any([signal, deadline]) : deadline },
      );
    } catch (error) {
      throw classifyLlmError(error);
    }
  }

  return {
    async classify(input, signal) {
      const completion = await complete(
        {
          messages: [
            { role: 'system', content: classifyPrompt(input) },
            ...history(input.history),
            { role: 'user', content: input.question },
          ],
          tools: [CLASSIFY],
          tool_choice: { type: 'function', function: { name: CLASSIFY_TOOL } },
        },
        signal,
      );
      const call = completion.choices?.[0]?.message?.tool_calls?.find(
        (c) => c.type === 'function' && c.function.name === CLASSIFY_TOOL,
      );
      if (call?.type !== 'function')
        throw new LlmError('invalid_output', `The model did not call ${CLASSIFY_TOOL}`);
      return parseModelQuestion(call.function.arguments);
    },

    async phrase(input, signal) {
      const completion = await complete(
        {
          messages: [
            { role: 'system', content: phrasePrompt(input) },
            ...history(input.history),
            {
              role: 'user',
              content: [
                `QUESTION: ${input.question}`,
                `FACTS (JSON): ${JSON.stringify(input.facts)}`,
                `DRAFT ANSWER:\n${input.draft}`,
              ].join('\n\n'),
            },
          ],
        },
        signal,
      );
      const content = completion.choices?.[0]?.message?.content;
      if (typeof content !== 'string' || content.trim() === '') {
        throw new LlmError('invalid_output', 'The model answered without text');
      }
      return content.trim();
    },
  };
}
