import type { Understanding, UnderstandingContext } from '../understanding/index.js';
import { type LlmClient, LlmError, type LlmErrorKind } from './llm-client.js';
import { mergeUnderstanding } from './merge.js';

/** What the runner knows when it asks: the rules' context plus the tenant's name. */
export interface LlmUnderstandingContext extends UnderstandingContext {
  businessName: string;
}

/** Refines the rules' understanding of one turn; always resolves, at worst with `deterministic`. */
export type LlmUnderstanding = (
  text: string,
  ctx: LlmUnderstandingContext,
  deterministic: Understanding,
) => Promise<Understanding>;

export type LlmOutcome =
  | { outcome: 'merged'; latencyMs: number }
  | { outcome: 'skipped' }
  | { outcome: 'fallback'; reason: LlmErrorKind; latencyMs: number };

/** pino fits. Fields are kinds and latencies only: never the caller's words. */
export interface LlmLog {
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface LlmUnderstandingOptions {
  client: LlmClient;
  /** The whole turn's budget for the model, whatever the client does with its own timeout. */
  timeoutMs: number;
  log?: LlmLog;
  /** Called once per turn, for metrics (e.g. a prom-client counter labelled by outcome and reason). */
  onOutcome?: (outcome: LlmOutcome) => void;
}

/** No model configured: the rules' understanding as it is. */
export const disabledLlm: LlmUnderstanding = async (_text, _ctx, deterministic) => deterministic;

// Nothing for a model to add: silence, or a plain answer to a yes/no or pick-one question.
function settled(text: string, ctx: UnderstandingContext, det: Understanding): boolean {
  if (text.trim() === '') return true;
  if (ctx.expecting === 'confirm' && det.yesNo !== undefined) return true;
  return ctx.expecting === 'choice' && det.choice !== undefined;
}

function withDeadline<T>(work: (signal: AbortSignal) => Promise<T>, timeoutMs: number): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new LlmError('timeout', `No answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  // Started inside a promise so a client that throws synchronously still clears the timer.
  const answer = Promise.resolve().then(() => work(controller.signal));
  return Promise.race([answer, expired]).finally(() => clearTimeout(timer));
}

function kindOf(error: unknown): LlmErrorKind {
  // A client that throws something else is broken in a way the rules do not care about.
  return error instanceof LlmError ? error.kind : 'transient';
}

/**
 * The optional model path: ask the client, merge its extraction under the rules' authority, and on
 * any failure or overrun fall back to the rules' result unchanged, so a call never waits on a model
 * for longer than `timeoutMs` and never depends on one.
 */
export function createLlmUnderstanding(options: LlmUnderstandingOptions): LlmUnderstanding {
  const report = (outcome: LlmOutcome): void => {
    try {
      options.onOutcome?.(outcome);
    } catch {
      // Metrics never cost a caller their turn.
    }
  };
  return async (text, ctx, deterministic) => {
    if (settled(text, ctx, deterministic)) {
      report({ outcome: 'skipped' });
      return deterministic;
    }
    const started = performance.now();
    const input = {
      text,
      language: deterministic.language,
      timeZone: ctx.timeZone,
      now: ctx.now,
      expecting: ctx.expecting ?? null,
      businessName: ctx.businessName,
      services: [...(ctx.serviceNames ?? [])],
    };
    try {
      const extraction = await withDeadline(
        (signal) => options.client.extract(input, signal),
        options.timeoutMs,
      );
      const merged = mergeUnderstanding(deterministic, extraction, { ...ctx, text });
      report({ outcome: 'merged', latencyMs: Math.round(performance.now() - started) });
      return merged;
    } catch (error) {
      const reason = kindOf(error);
      const latencyMs = Math.round(performance.now() - started);
      options.log?.warn({ llm_error: reason, latency_ms: latencyMs }, 'llm understanding fell back to rules');
      report({ outcome: 'fallback', reason, latencyMs });
      return deterministic;
    }
  };
}
