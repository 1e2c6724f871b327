import { z } from 'zod';
import { CALLBACK_REASONS, CALLBACK_STATUSES } from './callbacks.model.js';
import { idParamsSchema, listOf, pageQueryFields, timestamp } from './crm.schemas.js';

const status = z.enum(CALLBACK_STATUSES);

export const callbackResponseSchema = z.object({
  id: z.string(),
  phone: z.string().nullable().describe('E.164; null when the caller ID was not a number (see summary)'),
  name: z.string().nullable(),
  reason: z.enum(CALLBACK_REASONS),
  status,
  created_at: timestamp,
  voicemail_url: z.string().nullable(),
  summary: z.string().nullable(),
  call_sid: z.string().nullable(),
  transcription: z.string().nullable(),
  customer_id: z.string().nullable(),
  conversation_id: z.string().nullable(),
  resolved_at: timestamp.nullable(),
  updated_at: timestamp,
});

export const callbackListSchema = listOf(callbackResponseSchema);

export const callbackListQuerySchema = z.object({
  status: status.optional().describe('Only callbacks in this status; both when absent'),
  ...pageQueryFields,
});

export const callbackPatchSchema = z.strictObject({ status });
export const callbackIdParamsSchema = idParamsSchema;
