import type { Assistant, TurnContext, TurnInput, TurnResult } from './assistant.port.js';
import type { EngineEvent } from './engine/index.js';
import { type AssistantDeps, silentLog } from './runner/deps.js';
import { createLifecycle } from './runner/lifecycle.js';
import { createSessionStore, START_INPUT, sessionKey } from './runner/session-store.js';
import { createTranscript } from './runner/transcript.js';
import { eventFor, freshSession, inputText, isRetry, type Runtime, runTurn } from './runner/turns.js';

export type { AssistantDeps, AssistantLog } from './runner/deps.js';

const HOUR_MS = 3_600_000;
const DEFAULT_RETRY_WINDOW_MS = 4_000;

/** Runs a session's turn and reports its time by phase; retries answered from the store are not timed. */
async function timed(
  rt: Runtime,
  ctx: TurnContext,
  body: (timing: { engineMs: number }) => Promise<TurnResult>,
): Promise<TurnResult> {
  const timing = { engineMs: -1 };
  const startedAt = performance.now();
  const result = await body(timing);
  if (timing.engineMs >= 0 && rt.deps.metrics) {
    const total = (performance.now() - startedAt) / 1000;
    const engine = timing.engineMs / 1000;
    rt.deps.metrics.turnTime(ctx.channel, { engine, store: Math.max(0, total - engine), total });
  }
  return result;
}

async function start(rt: Runtime, ctx: TurnContext): Promise<TurnResult> {
  const key = sessionKey(ctx.business.id, ctx.sessionId);
  return timed(rt, ctx, (timing) =>
    rt.store.withSession(key, async (loaded, keep) => {
      if (loaded?.meta.lastInput === START_INPUT && loaded.meta.lastResult) return loaded.meta.lastResult;
      const session = await freshSession(rt, ctx);
      const event: EngineEvent = { type: 'start', customer: session.engine.customer };
      return runTurn(rt, ctx, session, { raw: START_INPUT, userText: null, event, timing }, keep);
    }),
  );
}

async function turn(rt: Runtime, ctx: TurnContext, input: TurnInput): Promise<TurnResult> {
  const key = sessionKey(ctx.business.id, ctx.sessionId);
  return timed(rt, ctx, (timing) =>
    rt.store.withSession(key, async (loaded, keep) => {
      const text = inputText(input);
      if (loaded?.meta.lastResult && isRetry(rt, loaded.meta, text, input.deliveryId)) {
        return loaded.meta.lastResult;
      }
      const session = loaded ?? (await freshSession(rt, ctx));
      rt.deps.metrics?.assistantTurn(ctx.channel);
      const event = await eventFor(rt, ctx, session.engine, text);
      const request = { raw: text, userText: text || null, event, timing };
      const delivery = input.deliveryId !== undefined ? { deliveryId: input.deliveryId } : {};
      return runTurn(rt, ctx, session, { ...request, ...delivery }, keep);
    }),
  );
}

/** The caller spoke over the last reply (streaming voice): keep only what they heard. */
async function interrupted(rt: Runtime, ctx: TurnContext, heard: string): Promise<void> {
  const key = sessionKey(ctx.business.id, ctx.sessionId);
  await rt.store.withSession(key, async (session, keep) => {
    if (!session?.meta.lastResult || session.meta.ended) return;
    await rt.transcript.cutOff(ctx, session, heard);
    keep(session);
  });
}

/**
 * The Assistant port on top of the pure engine. Sessions live in the shared store (key
 * `assistant:<business_id>:<sessionId>`, 1 h), one turn at a time per session; a transport retry of
 * the last turn gets the stored answer again without side effects.
 */
export function createAssistantService(deps: AssistantDeps): Assistant {
  const log = deps.log ?? silentLog;
  const store = createSessionStore(deps.sessions, deps.sessionTtlMs ?? HOUR_MS);
  const transcript = createTranscript(deps, log);
  const rt: Runtime = {
    deps,
    log,
    store,
    transcript,
    retryWindowMs: deps.retryWindowMs ?? DEFAULT_RETRY_WINDOW_MS,
  };
  const lifecycle = createLifecycle(rt);
  return {
    start: (ctx) => start(rt, ctx),
    turn: (ctx, input) => turn(rt, ctx, input),
    end: lifecycle.end,
    transferUnanswered: lifecycle.transferUnanswered,
    voicemail: lifecycle.voicemail,
    interrupted: (ctx, heard) => interrupted(rt, ctx, heard),
  };
}
