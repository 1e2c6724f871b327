import { z } from 'zod';

// ConversationRelay's WebSocket messages (Twilio's "Getting and sending WebSocket messages"). Twilio
// sends setup, prompt, dtmf, interrupt and error; we send text tokens and, to hand the call back to
// TwiML, end. Inbound schemas are loose: Twilio adds fields over time and unknown ones are ignored.

const setupSchema = z.looseObject({
  type: z.literal('setup'),
  callSid: z.string().trim().min(1).max(64),
  sessionId: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});

const promptSchema = z.looseObject({
  type: z.literal('prompt'),
  voicePrompt: z.string().max(10_000),
  lang: z.string().optional(),
  /** Partial prompts (partialPrompts="true") carry false; only the final transcript is a turn. */
  last: z.boolean().default(true),
});

const dtmfSchema = z.looseObject({ type: z.literal('dtmf'), digit: z.string().trim().min(1).max(32) });

const interruptSchema = z.looseObject({
  type: z.literal('interrupt'),
  /** The part of our last reply the caller heard before speaking over it. */
  utteranceUntilInterrupt: z.string().max(10_000).default(''),
  durationUntilInterruptMs: z.number().optional(),
});

const errorSchema = z.looseObject({ type: z.literal('error'), description: z.string().optional() });

const inboundSchema = z.discriminatedUnion('type', [
  setupSchema,
  promptSchema,
  dtmfSchema,
  interruptSchema,
  errorSchema,
]);

export type RelayInbound = z.infer<typeof inboundSchema>;
export type RelaySetup = z.infer<typeof setupSchema>;

/** A frame Twilio sent, or null when it is not JSON or not a message we know (the caller logs it). */
export function parseInbound(raw: string): RelayInbound | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = inboundSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * The reply as text-token frames: one per word (with its trailing space, so Twilio's TTS joins them
 * as written), the final one marked `last: true`. An empty reply is a single empty final token.
 */
export function textFrames(reply: string): string[] {
  const words = reply.trim().match(/\S+\s*/g) ?? [''];
  return words.map((token, index) =>
    JSON.stringify({ type: 'text', token, last: index === words.length - 1 }),
  );
}

/** Why we ended the session; Twilio posts it back to the `<Connect action>` as HandoffData. */
export type HandoffReason = 'transfer' | 'voicemail' | 'end' | 'error';

export interface Handoff {
  reason: HandoffReason;
  language: 'en' | 'es';
}

const handoffSchema = z.object({
  reason: z.enum(['transfer', 'voicemail', 'end', 'error']),
  language: z.enum(['en', 'es']),
});

/** Ends the ConversationRelay session; Twilio then requests the `<Connect action>` URL. */
export function endFrame(handoff: Handoff): string {
  return JSON.stringify({ type: 'end', handoffData: JSON.stringify(handoff) });
}

/** The HandoffData Twilio posted back, or null when absent or not ours. */
export function parseHandoff(raw: string | undefined): Handoff | null {
  if (!raw) return null;
  try {
    const parsed = handoffSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
