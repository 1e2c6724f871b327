import { z } from 'zod';

export const chatRequestSchema = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(2000)
    .describe('The owner\'s question, in English or Spanish ("What\'s on tomorrow?", "¿Quién llamó hoy?")'),
  conversation_id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be a conversation id this API returned')
    .optional()
    .describe(
      'Continue this conversation (follow-ups such as "and the day after?"). An unknown or expired id starts a new conversation, whose id the answer returns.',
    ),
});

export const chatResponseSchema = z.object({
  reply_text: z.string(),
  conversation_id: z.string().describe('Send it back with the next message to ask follow-ups'),
});

export const sseBodySchema = z
  .string()
  .describe(
    'event: meta / data: {"conversation_id": "…"}, then data: <about 120 characters of the answer> events, then event: done / data: end',
  );
