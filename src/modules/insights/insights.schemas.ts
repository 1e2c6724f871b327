import { z } from 'zod';

const count = z.number().int();
const timestamp = z.string().describe('ISO 8601 UTC');

export const statsQuerySchema = z.object({
  days: z
    .enum(['7', '30'], { error: 'must be 7 or 30' })
    .default('7')
    .transform(Number)
    .describe('The period: the last 7 or 30 local days, today included'),
});

export const statsResponseSchema = z.object({
  days: count,
  from: timestamp.describe("Start of the first local day of the period (the business's time zone)"),
  to: timestamp.describe('End of today (local), exclusive'),
  calls: count.describe('Phone conversations (owner test chats are never counted)'),
  chats: count.describe('Widget chats and SMS threads'),
  bookings: count.describe('Appointments created in the period (calendar imports excluded)'),
  conversion_rate: z.number().min(0).max(1).describe('Share of calls and chats that ended in a booking'),
  emergencies: count.describe(
    'Emergency bookings plus calls and chats that ended as an emergency without one',
  ),
  bookings_per_day: z
    .array(z.object({ date: z.string().describe('Local date YYYY-MM-DD'), count }))
    .describe('One entry per local day of the period, oldest first'),
});

export const usageQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(366).default(30).describe('The last N × 24 hours (UTC)'),
});

export const usageResponseSchema = z.object({
  items: z.array(
    z.object({
      business_id: z.string(),
      name: z.string(),
      calls: count,
      chats: count,
      bookings: count,
      emergencies: count,
      sms_sent: count.describe('Outbound texts recorded, whatever their delivery status'),
    }),
  ),
});
