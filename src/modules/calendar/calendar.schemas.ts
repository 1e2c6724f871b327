import { z } from 'zod';
import { localDateField, timestampField } from '../../platform/time/date-fields.js';

const text = (max: number) => z.string().trim().max(max);

export const watchBodySchema = z
  .strictObject({
    webhook_url: z
      .string()
      .max(2000)
      .regex(/^https:\/\/[^/\s]+/, 'must be an absolute https:// URL (Google only calls HTTPS)')
      .optional()
      .describe(
        'Where Google posts notifications; default PUBLIC_BASE_URL (or this host) + /v1/calendar/google/push',
      ),
    calendar_id: text(300).min(1).optional().describe("Default: the business's calendar_id, else primary"),
    ttl_seconds: z
      .number()
      .int()
      .min(60)
      .max(604_800)
      .optional()
      .describe('Requested channel lifetime (Google may shorten it); default 7 days'),
  })
  // The body is optional: a bare POST watches the business's calendar with the defaults.
  .nullish();

const syncResultSchema = z.object({
  processed: z.boolean(),
  synced: z.boolean(),
  applied: z.number().int().describe('Appointments this sync changed'),
  reason: z.string().nullable(),
});

export const watchResponseSchema = z.object({
  created: z.boolean(),
  channel_id: z.string().nullable(),
  channel_expires_at: z.string().nullable(),
  calendar_id: z.string().nullable(),
  reason: z
    .string()
    .nullable()
    .describe('Why no channel was created: not_connected, watch_failed, auth_revoked'),
  initial_sync: syncResultSchema.nullable(),
});

export const pushHeadersSchema = z.object({
  'x-goog-channel-id': z.string().max(300).optional(),
  'x-goog-channel-token': z.string().max(300).optional(),
  'x-goog-resource-state': z.string().max(50).optional(),
  'x-goog-message-number': z.string().max(30).optional(),
});

export const pushResponseSchema = syncResultSchema.describe(
  'reason: null, missing_channel_headers, unknown_channel, invalid_token, disconnected, duplicate_message, queued, not_connected, provider_error, auth_revoked',
);

const eventTimeSchema = z.union([
  timestampField,
  z.strictObject({ dateTime: timestampField, timeZone: text(64).optional() }),
  z.strictObject({ date: localDateField }),
]);

export const relayBodySchema = z.strictObject({
  business_id: text(100).min(1).optional(),
  event_id: text(1024).min(1, 'event_id is required'),
  status: text(50).optional().describe('cancelled, canceled or declined cancels the appointment'),
  start: eventTimeSchema
    .optional()
    .describe("ISO 8601; without an offset it is read in the business's time_zone"),
  end: eventTimeSchema.optional(),
  summary: text(500).optional().describe('Accepted and ignored: the summary is ours'),
});

export const relayHeadersSchema = z.object({
  'x-calendar-webhook-secret': z.string().max(500).optional(),
});

export const relayResponseSchema = z.object({
  processed: z.boolean(),
  reason: z.string().nullable().describe('null, unchanged, unknown_event, all_day, invalid_time'),
});

export const connectResponseSchema = z.object({ authorization_url: z.string() });

export const statusResponseSchema = z.object({
  connected: z.boolean(),
  method: z.enum(['oauth', 'service_account']).nullable(),
  calendar_id: z.string().nullable(),
  disconnected_at: z.string().nullable(),
  last_sync_at: z.string().nullable(),
  watching: z.boolean(),
});

export const callbackQuerySchema = z.object({
  code: z.string().max(2000).optional(),
  state: z.string().min(1).max(2000),
  error: z.string().max(200).optional(),
});

export const callbackResponseSchema = z.object({ business_id: z.string(), connected: z.boolean() });
