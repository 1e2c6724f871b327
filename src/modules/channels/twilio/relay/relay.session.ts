import type { Clock } from '../../../../platform/clock.js';
import type { Assistant, TurnInput, TurnResult } from '../../../assistant/assistant.port.js';
import type { Business } from '../../../tenants/tenants.model.js';
import { turnContext } from '../twilio.context.js';
import { endFrame, type Handoff, parseInbound, type RelayInbound, textFrames } from './relay.protocol.js';
import type { RelayCall, RelayCalls } from './relay-state.js';

// One ConversationRelay socket: Twilio's messages in, the assistant's replies out as text tokens.
// The socket is only a transport: the conversation (greeting, turns, bookings, handoffs) is the
// assistant's session under the CallSid, exactly as in gather mode, and the turn count is in the
// shared store, so a socket reconnected to another instance carries on.

/** What the conversation needs of a WebSocket (the ws socket, or a test double). */
export interface RelaySocket {
  send(frame: string): void;
  close(code?: number, reason?: string): void;
}

/** Fields are ids, counts and outcomes only: never what the caller said or the numbers involved. */
export interface RelayLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface RelayDeps {
  assistant: Assistant;
  calls: RelayCalls;
  clock: Clock;
  log: RelayLog;
}

// 1008 (policy violation): a socket that names another tenant's call.
const POLICY_VIOLATION = 1008;

/** How the session ends after this reply, if it does; null while the conversation goes on. */
export function handoffOf(result: TurnResult): Handoff | null {
  const { language } = result;
  if (result.transferTo) return { reason: 'transfer', language };
  if (result.voicemail) return { reason: 'voicemail', language };
  if (result.end) return { reason: 'end', language };
  return null;
}

export function createRelayConversation(deps: RelayDeps, business: Business, socket: RelaySocket) {
  const { assistant, calls, clock, log } = deps;
  const ids = { business_id: business.id };
  let call: { sid: string; from: string | undefined; state: RelayCall } | null = null;
  // Messages are handled one at a time in arrival order: a prompt never overtakes the setup, and a
  // turn's reply is streamed whole before the next message is looked at.
  let queue: Promise<void> = Promise.resolve();

  const contextOf = (current: NonNullable<typeof call>) =>
    turnContext(business, 'phone', current.sid, current.from, clock.now());

  function onMessage(raw: string): void {
    const message = parseInbound(raw);
    if (!message) {
      log.warn({ ...ids, bytes: raw.length }, 'relay message malformed; ignored');
      return;
    }
    queue = queue.then(() => handle(message)).catch(fail);
  }

  async function handle(message: RelayInbound): Promise<void> {
    if (message.type === 'setup') return setup(message.callSid, message.from);
    if (message.type === 'error') {
      // Twilio reports a frame of ours it refused (64107) or a failure on its side. Only the kind is
      // logged: the rest of the description may quote a frame, and frames carry what was said.
      const kind = message.description?.split(':')[0]?.slice(0, 80);
      log.warn({ ...ids, call_sid: call?.sid, kind }, 'relay error from Twilio');
      return;
    }
    if (!call) {
      log.warn({ ...ids, type: message.type }, 'relay message before setup; ignored');
      return;
    }
    if (call.state.handoff) return;
    if (message.type === 'prompt') {
      if (message.last) await takeTurn(call, { text: message.voicePrompt.trim() || null });
    } else if (message.type === 'dtmf') {
      await takeTurn(call, { text: null, digits: message.digit });
    } else {
      // Losing the trim of a transcript line is no reason to end the call.
      const trimmed = await assistant.interrupted?.(contextOf(call), message.utteranceUntilInterrupt).then(
        () => true,
        (error: unknown) => {
          log.warn({ ...ids, call_sid: call?.sid, err: error }, 'relay interruption not recorded');
          return false;
        },
      );
      log.info({ ...ids, call_sid: call.sid, turn: call.state.turns, trimmed }, 'relay reply interrupted');
    }
  }

  async function setup(sid: string, from: string | undefined): Promise<void> {
    if (call) return;
    const stored = await calls.get(sid);
    if (stored && stored.business_id !== business.id) {
      log.warn({ ...ids, call_sid: sid }, 'relay socket names a call of another tenant');
      socket.close(POLICY_VIOLATION, 'call belongs to another tenant');
      return;
    }
    call = { sid, from, state: stored ?? { business_id: business.id, turns: 0, handoff: null } };
    log.info({ ...ids, call_sid: sid, resumed: stored !== null, turns: call.state.turns }, 'relay setup');
    // The socket dropped after we ended the session: say so again so Twilio moves to the action URL.
    if (call.state.handoff) socket.send(endFrame(call.state.handoff));
  }

  async function takeTurn(current: NonNullable<typeof call>, input: TurnInput): Promise<void> {
    const turn = current.state.turns + 1;
    current.state.turns = turn;
    // The turn number is claimed in the store while the assistant works, not before: the first
    // token waits for the slower of the two, not their sum.
    const [result] = await Promise.all([
      assistant.turn(contextOf(current), { ...input, deliveryId: `relay-${turn}` }),
      calls.save(current.sid, current.state),
    ]);
    for (const frame of textFrames(result.reply)) socket.send(frame);
    const handoff = handoffOf(result);
    if (handoff) await end(current, handoff);
  }

  async function end(current: NonNullable<typeof call>, handoff: Handoff): Promise<void> {
    current.state.handoff = handoff;
    await calls.save(current.sid, current.state);
    socket.send(endFrame(handoff));
    log.info({ ...ids, call_sid: current.sid, reason: handoff.reason }, 'relay session ended');
  }

  // The assistant or the store failed mid-turn: end the session so the <Connect action> offers the
  // caller to leave a message, as the gather flow does when a turn fails.
  async function fail(error: unknown): Promise<void> {
    log.error({ ...ids, call_sid: call?.sid, err: error }, 'relay turn failed');
    if (!call || call.state.handoff) return;
    await end(call, { reason: 'error', language: business.language_code }).catch(() => undefined);
  }

  return { onMessage };
}
