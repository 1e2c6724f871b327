import { z } from 'zod';

const timestamp = z.string().describe('ISO 8601 UTC');

export const messageListQuerySchema = z.object({
  direction: z.enum(['outbound', 'inbound']).optional(),
  kind: z
    .string()
    .regex(/^[a-z_]{1,40}$/, 'must be a message kind such as confirmation, reminder, owner_alert or reply')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
});

export const messageSchema = z.object({
  id: z.string(),
  direction: z.enum(['outbound', 'inbound']),
  kind: z
    .string()
    .describe(
      'confirmation, reminder, owner_alert, reply, cancellation, reschedule, opt_out, opt_in, help, inbound',
    ),
  status: z
    .string()
    .describe(
      'queued, sent, delivered, undelivered, failed, blocked (opted out), skipped (no sender), received',
    ),
  to: z.string(),
  from: z.string().nullable(),
  body: z.string(),
  customer_id: z.string().nullable(),
  appointment_id: z.string().nullable(),
  provider_sid: z.string().nullable(),
  error_code: z.string().nullable(),
  error_message: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});

export const messageListSchema = z.object({
  items: z.array(messageSchema),
  next_cursor: z.string().nullable(),
});
