import { setTimeout as sleep } from 'node:timers/promises';
import type {
  Assistant,
  EndReason,
  TurnContext,
  TurnInput,
  TurnResult,
} from '../../../src/modules/assistant/assistant.port.js';

// A fake Assistant for channel tests: answers from a script and records every call it gets.

export interface ScriptedAssistant extends Assistant {
  starts: TurnContext[];
  turns: Array<{ ctx: TurnContext; input: TurnInput }>;
  ends: Array<{ ctx: TurnContext; reason: EndReason }>;
  unansweredTransfers: TurnContext[];
  voicemails: Array<{
    ctx: TurnContext;
    recording: { url: string; durationSeconds?: number; transcription?: string };
  }>;
  /** Total calls of every method. */
  callCount(): number;
  /** Replies for the next turns, in order; afterwards every turn gets DEFAULT_REPLY. */
  script: TurnResult[];
  /** Makes the next call of any method reject. */
  failNext(): void;
}

export const GREETING: TurnResult = {
  reply: "Hi, you've reached Acme Plumbing's automated assistant. How can I help?",
  language: 'en',
  end: false,
  hints: ['leak', 'water heater'],
};

export const DEFAULT_REPLY: TurnResult = { reply: 'Could you tell me more?', language: 'en', end: false };

export function scriptedAssistant(
  options: { greeting?: TurnResult; delayMs?: number } = {},
): ScriptedAssistant {
  let failing = false;
  const pause = async () => {
    if (options.delayMs) await sleep(options.delayMs);
    if (failing) {
      failing = false;
      throw new Error('scripted assistant failure');
    }
  };
  const fake: ScriptedAssistant = {
    starts: [],
    turns: [],
    ends: [],
    unansweredTransfers: [],
    voicemails: [],
    script: [],
    callCount: () =>
      fake.starts.length +
      fake.turns.length +
      fake.ends.length +
      fake.unansweredTransfers.length +
      fake.voicemails.length,
    failNext: () => {
      failing = true;
    },
    async start(ctx) {
      fake.starts.push(ctx);
      await pause();
      return options.greeting ?? GREETING;
    },
    async turn(ctx, input) {
      fake.turns.push({ ctx, input });
      await pause();
      return fake.script.shift() ?? DEFAULT_REPLY;
    },
    async end(ctx, reason) {
      fake.ends.push({ ctx, reason });
      await pause();
    },
    async transferUnanswered(ctx) {
      fake.unansweredTransfers.push(ctx);
      await pause();
    },
    async voicemail(ctx, recording) {
      fake.voicemails.push({ ctx, recording });
      await pause();
    },
  };
  return fake;
}
