import { z } from 'zod';
import type { KeyValueStore } from '../../../platform/kv/key-value-store.js';
import { readFormatted, storedFormat, withFormat } from '../../../platform/stored-format.js';

// One record per live call, keyed by CallSid, in the Twilio state store (memory or Redis), so any
// instance can serve the next webhook of the call.

const CALL_TTL_MS = 4 * 60 * 60 * 1000;

const callStateSchema = z.object({
  business_id: z.string(),
  language: z.enum(['en', 'es']),
  /** The turn position the next Gather action carries; lower positions are retries. */
  next_turn: z.number().int().min(0),
  /** The TwiML of the latest turn, returned again when Twilio retries a turn. */
  last_twiml: z.string(),
  /** The final call status reached the assistant. */
  ended: z.boolean(),
});
export type CallState = z.infer<typeof callStateSchema>;

// Records this code wrote carry CALL_FORMAT and are used without validating them again (that was a
// zod parse per webhook of a record we had just serialised); any other record is validated in full
// and dropped when it does not fit (platform/stored-format.ts).
const CALL_FORMAT = storedFormat('call', callStateSchema);

export type CallStates = ReturnType<typeof createCallStates>;

/**
 * A caller must be answered even while the store is unreachable: reads then see no record (the
 * call goes on with the assistant's own session) and writes are reported, not thrown.
 */
export function createCallStates(store: KeyValueStore, onError: (error: Error) => void = () => {}) {
  const keyOf = (callSid: string) => `twilio:call:${callSid}`;

  /** The call's record; a missing, expired, unreadable or unreachable one is null. */
  async function get(callSid: string): Promise<CallState | null> {
    try {
      const raw = await store.get(keyOf(callSid));
      if (raw === null) return null;
      return readFormatted(CALL_FORMAT, callStateSchema, JSON.parse(raw));
    } catch (error) {
      if (!(error instanceof SyntaxError)) onError(error as Error);
      return null;
    }
  }

  async function save(callSid: string, state: CallState): Promise<void> {
    await store.set(keyOf(callSid), withFormat(CALL_FORMAT, state), CALL_TTL_MS).catch(onError);
  }

  return { get, save };
}
