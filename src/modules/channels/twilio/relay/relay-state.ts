import { z } from 'zod';
import type { KeyValueStore } from '../../../../platform/kv/key-value-store.js';

// One record per ConversationRelay call, keyed by CallSid, in the Twilio state store (memory or
// Redis). When Twilio reconnects the socket to another instance, that instance reads it and goes on
// numbering turns where the first left off; the conversation itself lives in the assistant session.

const RELAY_TTL_MS = 4 * 60 * 60 * 1000;

const relayCallSchema = z.object({
  business_id: z.string(),
  /** Caller turns taken so far; turn n reaches the assistant as delivery `relay-n`. */
  turns: z.number().int().min(0),
  /** Set once we ended the session: a reconnect after that only repeats the end frame. */
  handoff: z
    .object({ reason: z.enum(['transfer', 'voicemail', 'end', 'error']), language: z.enum(['en', 'es']) })
    .nullable(),
});
export type RelayCall = z.infer<typeof relayCallSchema>;

export type RelayCalls = ReturnType<typeof createRelayCalls>;

/** Like the gather call state, a store outage never stops the call: reads see nothing, writes warn. */
export function createRelayCalls(store: KeyValueStore, onError: (error: Error) => void = () => {}) {
  const keyOf = (callSid: string) => `twilio:relay:${callSid}`;

  async function get(callSid: string): Promise<RelayCall | null> {
    try {
      const raw = await store.get(keyOf(callSid));
      if (raw === null) return null;
      const parsed = relayCallSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch (error) {
      if (!(error instanceof SyntaxError)) onError(error as Error);
      return null;
    }
  }

  async function save(callSid: string, call: RelayCall): Promise<void> {
    await store.set(keyOf(callSid), JSON.stringify(call), RELAY_TTL_MS).catch(onError);
  }

  return { get, save };
}
