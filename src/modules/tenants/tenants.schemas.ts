import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { isPlannableDate, localDateField } from '../../platform/time/date-fields.js';
import { isValidTimeZone } from '../../platform/time/tenant-time.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayKey = (typeof DAYS)[number];

const clockTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a local time HH:MM between 00:00 and 24:00');

const hoursRange = z
  .tuple([clockTime, clockTime])
  .refine(([open, close]) => open < close, 'must close after it opens');

const dayHours = z
  .array(hoursRange)
  .max(6)
  .refine(
    (ranges) =>
      [...ranges]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .every((r, i, all) => i === 0 || all[i - 1]![1] <= r[0]),
    'ranges must not overlap',
  );

export const businessHoursSchema = z
  .strictObject(
    Object.fromEntries(DAYS.map((day) => [day, dayHours.default([])])) as Record<
      DayKey,
      z.ZodDefault<typeof dayHours>
    >,
  )
  .describe('Opening hours per weekday in local time; "24:00" closes at midnight; [] means closed');

export type BusinessHours = Record<DayKey, Array<[string, string]>>;

export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  mon: [['08:00', '17:00']],
  tue: [['08:00', '17:00']],
  wed: [['08:00', '17:00']],
  thu: [['08:00', '17:00']],
  fri: [['08:00', '17:00']],
  sat: [],
  sun: [],
};

const timeZone = z
  .string()
  .refine(isValidTimeZone, 'must be an IANA time zone (e.g. America/Chicago) or a fixed offset like -06:00');

export const e164 = z.string().regex(/^\+[1-9]\d{7,14}$/, 'must be an E.164 phone number like +15125550100');

// Accepts what people type ("(512) 555-0100") and stores E.164; US is assumed without a country code.
export const phoneNumber = z.string().transform((value, ctx) => {
  const parsed = parsePhoneNumberFromString(value, 'US');
  if (!parsed?.isPossible()) {
    ctx.addIssue({ code: 'custom', message: 'must be a phone number' });
    return z.NEVER;
  }
  return parsed.number;
});

const shortText = (max: number) => z.string().trim().min(1).max(max);

const service = z.strictObject({
  name: shortText(100),
  duration_minutes: z.number().int().min(5).max(1440),
});

// One schema per setting, without defaults: patches leave absent keys alone and null clears.
const settingsFields = {
  time_zone: timeZone,
  language_code: z.enum(['en', 'es']),
  owner_name: shortText(200).nullable(),
  owner_phone: phoneNumber.nullable(),
  owner_email: z.email('must be an email address').nullable(),
  business_hours: businessHoursSchema,
  closed_dates: z.array(localDateField).max(366),
  services: z.array(service).max(100),
  default_duration_minutes: z.number().int().min(5).max(1440),
  travel_buffer_minutes: z.number().int().min(0).max(240),
  max_jobs_per_day: z.number().int().min(1).max(1000).nullable(),
  min_lead_minutes: z.number().int().min(0).max(10_080),
  default_reminder_hours: z.number().int().min(1).max(168),
  emergency_keywords: z.array(shortText(100)).max(100),
  greeting: shortText(500).nullable(),
  service_area: z.array(shortText(100)).max(500),
  calendar_id: shortText(300).nullable(),
  voice_mode: z.enum(['gather', 'relay']),
  after_hours_transfer: z.boolean(),
  widget_allowed_origins: z.array(z.url({ protocol: /^https?$/ })).max(50),
};

const settingsObject = z.object(settingsFields);
export type BusinessSettings = z.output<typeof settingsObject>;

export const DEFAULT_SETTINGS: BusinessSettings = {
  time_zone: 'UTC',
  language_code: 'en',
  owner_name: null,
  owner_phone: null,
  owner_email: null,
  business_hours: DEFAULT_BUSINESS_HOURS,
  closed_dates: [],
  services: [],
  default_duration_minutes: 60,
  travel_buffer_minutes: 30,
  max_jobs_per_day: null,
  min_lead_minutes: 60,
  default_reminder_hours: 24,
  emergency_keywords: [],
  greeting: null,
  service_area: [],
  calendar_id: null,
  voice_mode: 'gather',
  after_hours_transfer: false,
  widget_allowed_origins: [],
};

/**
 * Reads the stored document: unknown keys are dropped and missing ones take their defaults. Closed
 * dates saved before requests were checked for real dates (2026-02-30) are dropped: no day can match
 * them, and one would otherwise fail the whole document or every availability search.
 */
export const storedSettingsSchema = settingsObject
  .extend({ closed_dates: z.array(z.string()).transform((dates) => dates.filter(isPlannableDate)) })
  .partial();
export const SETTINGS_KEYS = Object.keys(settingsFields) as Array<keyof BusinessSettings>;

const businessId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]{1,62}$/,
    'must be 2–63 lower-case letters, digits, _ or -, starting with a letter or digit',
  );

export const ownerBusinessPatchSchema = z
  .strictObject({
    name: shortText(200),
    lockdown_mode: z.boolean(),
    twilio_phone_number: e164.nullable(),
    ...settingsFields,
  })
  .partial();

export const adminBusinessPatchSchema = ownerBusinessPatchSchema.extend({
  status: z.enum(['active', 'suspended']).optional(),
});

export const adminBusinessCreateSchema = adminBusinessPatchSchema.extend({
  id: businessId.optional(),
  name: shortText(200),
});

export type OwnerBusinessPatch = z.output<typeof ownerBusinessPatchSchema>;
export type AdminBusinessPatch = z.output<typeof adminBusinessPatchSchema>;
export type AdminBusinessCreate = z.output<typeof adminBusinessCreateSchema>;

const timestamp = z.string().describe('ISO 8601 UTC');

export const businessResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['active', 'suspended']),
  lockdown_mode: z.boolean(),
  twilio_phone_number: z.string().nullable(),
  ...settingsFields,
  owner_phone: z.string().nullable(),
  api_key_rotated_at: timestamp.nullable(),
  widget_token_rotated_at: timestamp.nullable(),
  widget_token_expires_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});

export const businessWithSecretsSchema = businessResponseSchema.extend({
  api_key: z.string().optional().describe('Shown only when created or rotated; store it now'),
  widget_token: z.string().optional().describe('Shown only when created or rotated; store it now'),
});

export const businessListSchema = z.object({
  items: z.array(businessResponseSchema),
  next_cursor: z.string().nullable(),
});

export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const businessIdParamsSchema = z.object({ business_id: z.string().min(1).max(100) });

export const lockdownBodySchema = z.strictObject({ enabled: z.boolean() });
export const lockdownResponseSchema = z.object({ lockdown_mode: z.boolean() });

export const widgetBusinessSchema = z.object({
  id: z.string(),
  name: z.string(),
  language_code: z.enum(['en', 'es']),
});

/** Optional body of a widget-token rotation: an end date for the new token, in days. */
export const rotateWidgetTokenBodySchema = z.strictObject({
  expires_in_days: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .optional()
    .describe(
      'The new token answers 401 "Widget token expired" after this many days; omitted: until rotated',
    ),
});
