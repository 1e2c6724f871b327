import { z } from 'zod';
import { idParamsSchema, listOf, optionalText, pageQueryFields, timestamp } from './crm.schemas.js';

export const customerResponseSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  phone: z.string().describe('E.164'),
  email: z.string().nullable(),
  address: z.string().nullable(),
  notes: z.string().nullable(),
  sms_opt_out: z.boolean(),
  created_at: timestamp,
  updated_at: timestamp,
});

export const customerListSchema = listOf(customerResponseSchema);

const editableFields = {
  name: optionalText(200),
  email: z.email('must be an email address').max(320).nullable().optional(),
  address: optionalText(500),
  notes: z.string().max(5000).nullable().optional(),
};

export const customerUpsertSchema = z.strictObject({
  phone: z
    .string()
    .min(1)
    .max(40)
    .describe('Any common format; stored as E.164 (numbers without a country code are read as US)'),
  ...editableFields,
});

export const customerPatchSchema = z.strictObject({
  ...editableFields,
  sms_opt_out: z.boolean().optional(),
});

export const customerListQuerySchema = z.object(pageQueryFields);

export const customerSearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(100).describe('Part of a name, email or address, or phone digits'),
  ...pageQueryFields,
});

export const customerIdParamsSchema = idParamsSchema;

const timelineBase = { id: z.string(), at: timestamp };

export const timelineItemSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('appointment'),
    ...timelineBase,
    status: z.string(),
    start_time: timestamp,
    end_time: timestamp,
    service_type: z.string().nullable(),
    description: z.string().nullable(),
    is_emergency: z.boolean(),
  }),
  z.object({
    type: z.literal('conversation'),
    ...timelineBase,
    channel: z.string(),
    status: z.string(),
    outcome: z.string().nullable(),
    summary: z.string().nullable(),
  }),
  z.object({
    type: z.literal('callback'),
    ...timelineBase,
    reason: z.string(),
    status: z.string(),
    summary: z.string().nullable(),
    voicemail_url: z.string().nullable(),
  }),
  z.object({
    type: z.literal('sms'),
    ...timelineBase,
    direction: z.string(),
    kind: z.string(),
    status: z.string(),
    body: z.string(),
  }),
]);

export const timelineSchema = listOf(timelineItemSchema).describe(
  'Newest first; an appointment is placed at its start_time, everything else at its created_at',
);
export const timelineQuerySchema = z.object(pageQueryFields);

export type TimelineItem = z.output<typeof timelineItemSchema>;
