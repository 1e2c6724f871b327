import { z } from 'zod';

// The widget's HTTP shapes (CONTRACT.md, Assistant channels → Widget).

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const widgetStartBodySchema = z
  .strictObject({
    customer_name: optionalText(200).describe(
      'Accepted for widget compatibility; the assistant still asks who it is talking to',
    ),
    customer_phone: optionalText(40).describe(
      'Any common format (US without a country code). Texts the booking confirmation and recognises a returning customer; not a phone number → 422',
    ),
    customer_email: optionalText(320).describe('Accepted for compatibility with older widgets; not used'),
    lead_source: optionalText(100).describe('Accepted for compatibility with older widgets; not used'),
  })
  .describe('Everything is optional: a chat may start anonymous');

export type WidgetStartBody = z.infer<typeof widgetStartBodySchema>;

export const widgetStartResponseSchema = z.object({
  conversation_id: z.string().describe('The CRM conversation id; the chat continues under it'),
  reply_text: z.string().describe("The assistant's greeting"),
});

export const widgetConversationParamsSchema = z.object({
  conversation_id: z.string().min(1).max(100),
});

export const widgetMessageBodySchema = z.strictObject({
  text: z.string().trim().min(1).max(2000).describe('What the visitor typed'),
});

export const widgetMessageResponseSchema = z.object({
  conversation_id: z.string(),
  reply_text: z.string(),
  done: z.boolean().describe('The assistant closed the conversation: a further message answers 409'),
});

export type WidgetReply = z.infer<typeof widgetMessageResponseSchema>;
