import { z } from 'zod';
import { CONVERSATION_CHANNELS, MESSAGE_ROLES } from './conversations.model.js';
import { MAX_MESSAGES } from './conversations.service.js';
import { idParamsSchema, listOf, pageQueryFields, timestamp } from './crm.schemas.js';

const channel = z.enum(CONVERSATION_CHANNELS);

export const conversationResponseSchema = z.object({
  id: z.string(),
  channel,
  external_id: z.string().nullable().describe("The channel's id, e.g. the Twilio CallSid"),
  customer_id: z.string().nullable(),
  caller_phone: z.string().nullable(),
  status: z.enum(['OPEN', 'CLOSED']),
  outcome: z.string().nullable(),
  summary: z.string().nullable(),
  is_test: z.boolean().describe('The owner trying their assistant from the dashboard, not a customer'),
  message_count: z.number().int(),
  created_at: timestamp,
  updated_at: timestamp,
});

export const conversationDetailSchema = conversationResponseSchema.extend({
  messages: z
    .array(z.object({ role: z.enum(MESSAGE_ROLES), text: z.string(), created_at: timestamp }))
    .describe(`Oldest first; the latest ${MAX_MESSAGES} when a conversation has more`),
});

export const conversationListSchema = listOf(conversationResponseSchema);

export const conversationListQuerySchema = z.object({
  channel: channel.optional(),
  customer_id: z.string().min(1).max(100).optional(),
  status: z.enum(['OPEN', 'CLOSED']).optional(),
  ...pageQueryFields,
});

export const conversationIdParamsSchema = idParamsSchema;
