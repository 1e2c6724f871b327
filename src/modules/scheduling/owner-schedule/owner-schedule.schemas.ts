import { z } from 'zod';
import { localDateField } from '../../../platform/time/date-fields.js';
import { isLocalTime } from '../../../platform/time/tenant-time.js';
import { appointmentSchema } from '../appointments/appointments.schemas.js';

const localTime = z
  .string()
  .refine(isLocalTime, 'must be a local time HH:MM between 00:00 and 24:00')
  .describe("A clock time in the business's time zone");

export const scheduleQuerySchema = z.object({
  date: localDateField.optional().describe("Local date; default today in the business's time zone"),
});

export const scheduleResponseSchema = z.object({
  date: z.string(),
  time_zone: z.string(),
  appointments: z.array(appointmentSchema),
});

export const todaySummarySchema = z.object({
  date: z.string(),
  time_zone: z.string(),
  appointments_total: z.number().int().describe('Non-cancelled appointments starting today'),
  emergency_appointments: z.number().int(),
  standard_appointments: z.number().int(),
  completed: z.number().int(),
  remaining: z.number().int().describe('Scheduled or confirmed, not started yet'),
  cancelled: z.number().int(),
  next_appointment: appointmentSchema
    .nullable()
    .describe('Next scheduled or confirmed appointment from now on, today or later'),
});

export const availabilityQuerySchema = z.object({
  date: localDateField.optional().describe('Only this local date (sets from_date and to_date)'),
  from_date: localDateField.optional(),
  to_date: localDateField.optional(),
  part_of_day: z.enum(['morning', 'afternoon', 'evening']).optional(),
  after: localTime.optional().describe('Start at or after this local time'),
  before: localTime.optional().describe('End by this local time'),
  at: localTime.optional().describe('Prefer slots nearest this local time, per day'),
  asap: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe('Earliest slots from now on; ignores the other preferences'),
  service_type: z.string().trim().min(1).max(100).optional().describe('Sets the duration'),
  duration_minutes: z.coerce.number().int().min(5).max(1440).optional().describe('Overrides the duration'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const availabilityResponseSchema = z.object({
  time_zone: z.string(),
  duration_minutes: z.number().int(),
  items: z.array(
    z.object({
      start_time: z.string().describe('ISO 8601 UTC'),
      end_time: z.string().describe('ISO 8601 UTC'),
      local_date: z.string(),
      local_time: z.string(),
    }),
  ),
  next_cursor: z
    .null()
    .describe('Always null: a search is not paged; narrow it (from_date) to see later slots'),
});
