import type { TurnContext, TurnInput, TurnResult } from '../assistant.port.js';
import {
  type EngineAction,
  type EngineEvent,
  expectingOf,
  hintsFor,
  initialState,
  type KnownCustomer,
  RESULT_ACTIONS,
  type SessionState,
  step,
} from '../engine/index.js';
import { titleCase, type UnderstandingContext, understand } from '../understanding/index.js';
import { runAction } from './actions.js';
import type { AssistantDeps, AssistantLog } from './deps.js';
import { factsOf } from './facts.js';
import {
  emptyMeta,
  type KeepSession,
  type SessionMeta,
  type SessionStore,
  type StoredSession,
} from './session-store.js';
import type { Transcript } from './transcript.js';

// One turn of a session: understand the input, run `step`, carry out its actions (feeding results
// back, bounded), keep the transcript, and store the session together with the answer.

/** Steps per turn: utterance → search → (widened search) → offer, with room to spare. */
const MAX_STEPS = 6;

export interface Runtime {
  deps: AssistantDeps;
  log: AssistantLog;
  store: SessionStore;
  transcript: Transcript;
  retryWindowMs: number;
}

interface Run {
  reply: string;
  actions: EngineAction[];
}

export interface TurnRequest {
  /** What identifies the input for retries ('' for silence). */
  raw: string;
  /** The caller's words for the transcript, or null. */
  userText: string | null;
  /** The transport's id of this turn, when it has one. */
  deliveryId?: string;
  event: EngineEvent;
  /** Filled with the milliseconds the engine and its actions took (the rest of a turn is storage). */
  timing?: { engineMs: number };
}

export function inputText(input: TurnInput): string {
  return (input.text ?? '').trim() || (input.digits ?? '').trim();
}

async function customerOf(rt: Runtime, ctx: TurnContext): Promise<KnownCustomer | null> {
  if (!ctx.callerPhone || ctx.callerVerified === false) return null;
  const customer = await rt.deps.customers.findByPhone(ctx.business.id, ctx.callerPhone).catch(() => null);
  return customer
    ? { name: customer.name, address: customer.address, smsOptOut: customer.sms_opt_out }
    : null;
}

/** A new session: the caller recognised by caller id, waiting for "how can I help". */
export async function freshSession(rt: Runtime, ctx: TurnContext): Promise<StoredSession> {
  const engine = initialState(ctx.business.language_code);
  engine.customer = await customerOf(rt, ctx);
  const given = ctx.callerName?.trim().replace(/\s+/g, ' ');
  if (given) engine.facts.name = titleCase(given.toLowerCase());
  engine.pending = 'open';
  return { engine, meta: emptyMeta() };
}

/**
 * A transport retry of the last turn: the same delivery id when the transport names its turns,
 * else the same input again this soon after it was answered.
 */
export function isRetry(rt: Runtime, meta: SessionMeta, input: string, deliveryId?: string): boolean {
  if (!meta.lastResult) return false;
  if (deliveryId !== undefined) return meta.lastDelivery === deliveryId;
  if (meta.lastInput !== input || meta.lastAt === null) return false;
  return rt.deps.clock.now().getTime() - meta.lastAt <= rt.retryWindowMs;
}

export async function eventFor(
  rt: Runtime,
  ctx: TurnContext,
  state: SessionState,
  text: string,
): Promise<EngineEvent> {
  if (!text) return { type: 'silence' };
  const context: UnderstandingContext = {
    now: ctx.now,
    timeZone: ctx.business.time_zone,
    language: state.language,
    expecting: expectingOf(state),
    emergencyKeywords: ctx.business.emergency_keywords,
    serviceNames: ctx.business.services.map((service) => service.name),
  };
  const rules = understand(text, context);
  const refine = rt.deps.refineUnderstanding;
  const understanding = refine
    ? await refine(text, { ...context, businessName: ctx.business.name }, rules).catch(() => rules)
    : rules;
  return { type: 'utterance', text, understanding };
}

async function drive(
  rt: Runtime,
  ctx: TurnContext,
  session: StoredSession,
  first: EngineEvent,
): Promise<Run> {
  const facts = factsOf(ctx);
  const replies: string[] = [];
  const done: EngineAction[] = [];
  let event: EngineEvent | null = first;
  for (let i = 0; event && i < MAX_STEPS; i += 1) {
    const result = step(session.engine, event, facts, ctx.now);
    session.engine = result.state;
    if (result.reply) replies.push(result.reply);
    event = null;
    for (const action of result.actions) {
      done.push(action);
      const answer = await runAction({ ctx, session, deps: rt.deps, log: rt.log }, action);
      if (answer && RESULT_ACTIONS.has(action.type)) event = answer;
    }
  }
  return { reply: replies.join(' '), actions: done };
}

function resultOf(ctx: TurnContext, run: Run, state: SessionState, before: SessionState): TurnResult {
  const result: TurnResult = { reply: run.reply, language: state.language, end: state.done };
  const transfer = run.actions.find((action) => action.type === 'transfer');
  if (transfer) result.transferTo = transfer.to;
  if (run.actions.some((action) => action.type === 'record_voicemail')) result.voicemail = true;
  const hints = state.done ? [] : hintsFor(state, factsOf(ctx));
  if (hints.length > 0) result.hints = hints;
  if (state.outcome && (state.outcome !== before.outcome || state.done)) result.outcome = state.outcome;
  if (state.appointmentId && state.appointmentId !== before.appointmentId)
    result.appointmentId = state.appointmentId;
  return result;
}

export async function runTurn(
  rt: Runtime,
  ctx: TurnContext,
  session: StoredSession,
  request: TurnRequest,
  keep: KeepSession,
): Promise<TurnResult> {
  const before = session.engine;
  const startedAt = performance.now();
  const run = await drive(rt, ctx, session, request.event);
  if (request.timing) request.timing.engineMs = performance.now() - startedAt;
  await rt.transcript.append(ctx, session, request.userText, run.reply);
  const result = resultOf(ctx, run, session.engine, before);
  if (session.engine.done) await rt.transcript.close(ctx, session, null);
  const lastAt = rt.deps.clock.now().getTime();
  const { lastDelivery: _previous, ...meta } = session.meta;
  session.meta = {
    ...meta,
    lastInput: request.raw,
    lastResult: result,
    lastAt,
    ...(request.deliveryId !== undefined ? { lastDelivery: request.deliveryId } : {}),
  };
  keep(session);
  rt.log.info(
    {
      business_id: ctx.business.id,
      session_id: ctx.sessionId,
      channel: ctx.channel,
      actions: run.actions.map((action) => action.type),
      outcome: result.outcome ?? null,
      end: result.end,
    },
    'assistant turn',
  );
  return result;
}
