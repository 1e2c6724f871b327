import { z } from 'zod';
import { timestampField } from '../../../platform/time/date-fields.js';
import { APPOINTMENT_SOURCES, APPOINTMENT_STATUSES } from './appointments.model.js';

const text = (max: number) => z.string().trim().max(max);
const timestamp = z.string().describe('ISO 8601 UTC');

export const appointmentSchema = z.object({
  id: z.string(),
  customer_id: z.string(),
  customer_name: z.string().nullable(),
  customer_phone: z.string().nullable(),
  start_time: timestamp,
  end_time: timestamp,
  service_type: z.string().nullable(),
  description: z.string().nullable(),
  address: z.string().nullable(),
  is_emergency: z.boolean(),
  status: z.enum(APPOINTMENT_STATUSES),
  source: z.enum(APPOINTMENT_SOURCES),
  calendar_event_id: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});

export const appointmentListSchema = z.object({
  items: z.array(appointmentSchema),
  next_cursor: z.string().nullable(),
});

// Strict like every JSON body: a field this API does not model (the reference system's lead_source,
// tags, …) or a misspelt one (notify_custmer) is refused with 422 rather than silently dropped.
export const appointmentCreateSchema = z.strictObject({
  customer_id: z.string().trim().min(1).max(100),
  start_time: timestampField,
  end_time: timestampField
    .nullish()
    .describe("Default: start_time + the service's duration, else the business's default_duration_minutes"),
  service_type: text(100).nullish(),
  description: text(2000).nullish(),
  address: text(500).nullish(),
  is_emergency: z.boolean().default(false),
  calendar_event_id: text(300).nullish(),
  notify_customer: z.boolean().default(false).describe('Send the customer a confirmation SMS'),
});

export const appointmentPatchSchema = z.strictObject({
  start_time: timestampField.optional(),
  end_time: timestampField.optional(),
  service_type: text(100).nullable().optional(),
  description: text(2000).nullable().optional(),
  address: text(500).nullable().optional(),
  is_emergency: z.boolean().optional(),
  calendar_event_id: text(300).nullable().optional(),
  status: z
    .enum(['CONFIRMED', 'COMPLETED'])
    .optional()
    .describe('Cancel with DELETE; completed and cancelled appointments cannot change status'),
  notify_customer: z.boolean().default(false).describe('Tell the customer when the time moves'),
});

export const idempotencyHeadersSchema = z.looseObject({
  'idempotency-key': z
    .string()
    .trim()
    .min(1)
    .max(255)
    .optional()
    .describe(
      'Retrying with the same key and body returns the first appointment (201, header Idempotent-Replayed: true) ' +
        'and books nothing; the same key with a different body answers 422 IDEMPOTENCY_KEY_REUSED',
    ),
});

export const appointmentListQuerySchema = z.object({
  start_time_from: timestampField.optional().describe('Appointments starting at or after this time'),
  start_time_to: timestampField.optional().describe('Appointments starting before this time'),
  status: z
    .string()
    .transform((value) => value.toUpperCase())
    .pipe(z.enum(APPOINTMENT_STATUSES))
    .optional()
    .describe('SCHEDULED, CONFIRMED, CANCELLED or COMPLETED (any case)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
});

export const appointmentIdParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const cancelQuerySchema = z.object({
  notify_customer: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('Send the customer a cancellation SMS'),
});
