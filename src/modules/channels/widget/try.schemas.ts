import { z } from 'zod';

// The owner's "Try the assistant" (dashboard) and widget token shapes.

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const tryStartBodySchema = z
  .strictObject({
    name: optionalText(200).describe('Who the owner plays; the assistant will not ask for it'),
    phone: optionalText(40).describe(
      'A phone for the pretend caller (a booking texts its confirmation there); not a phone number → 422',
    ),
  })
  .describe('Everything is optional');

export const tryStartResponseSchema = z.object({
  conversation_id: z.string().describe('The CRM conversation id (is_test: true)'),
  reply_text: z.string().describe("The assistant's greeting"),
});

export const tryConversationParamsSchema = z.object({
  conversation_id: z.string().min(1).max(100),
});

export const tryMessageBodySchema = z.strictObject({
  text: z.string().trim().min(1).max(2000).describe('What the owner, as a caller, typed'),
});

export const tryMessageResponseSchema = z.object({
  conversation_id: z.string(),
  reply_text: z.string(),
  done: z.boolean().describe('The assistant closed the conversation: start a new one'),
});

export const widgetTokenResponseSchema = z.object({
  widget_token: z
    .string()
    .describe('Shown once: only its hash is stored. The old token stops working at once'),
  expires_at: z.string().nullable().describe('When the new token stops working; null: until rotated'),
});
