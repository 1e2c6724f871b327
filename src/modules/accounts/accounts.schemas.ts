import { z } from 'zod';
import { ROLES } from './accounts.model.js';
import { MIN_PASSWORD_LENGTH } from './passwords.js';

const email = z.email('must be an email address').max(254, 'must be at most 254 characters');
// argon2 hashes any length, but a megabyte of "password" is only a way to burn CPU.
const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, 'must be at most 256 characters');
const token = z.string().min(1, 'is required').max(512, 'must be at most 512 characters');

export const registerBodySchema = z.object({
  email,
  password,
  name: z.string().trim().min(1).max(200).nullish(),
  role: z.enum(ROLES, { error: 'must be owner, staff or viewer' }).default('staff'),
});

export const loginBodySchema = z.object({
  email,
  // Any length is checked (and fails) against the hash; the 8-character rule is for new passwords.
  password: z.string().min(1, 'is required').max(256, 'must be at most 256 characters'),
  business_id: z.string().min(1).max(100).optional(),
});

export const refreshBodySchema = z.object({ refresh_token: token });

export const passwordResetBodySchema = z.object({ email });
export const passwordResetConfirmSchema = z.object({ token, password });

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  business_id: z.string(),
  role: z.enum(ROLES),
});

export const tokenPairSchema = z.object({
  access_token: z.string(),
  refresh_token: z.string(),
  token_type: z.literal('bearer'),
  expires_in: z.number().int().describe('Seconds until the access token expires'),
  user: userSchema,
});

export const acceptedSchema = z.object({ accepted: z.literal(true) });
export const okSchema = z.object({ ok: z.literal(true) });

export const signupBodySchema = z.object({
  business_name: z.string().trim().min(1).max(200),
  email,
  password,
  name: z.string().trim().min(1).max(200).optional(),
  time_zone: z.string().min(1).max(64).optional(),
  owner_phone: z.string().min(1).max(32).optional(),
});

export const signupResponseSchema = z.object({
  business_id: z.string(),
  api_key: z.string().describe('Shown only now'),
  widget_token: z.string().describe('Shown only now'),
  user: userSchema,
  access_token: z.string(),
  refresh_token: z.string(),
});

export const feedbackBodySchema = z.object({
  summary: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  details: z.string().max(5000).optional(),
  category: z.string().max(32).optional(),
  email: email.optional(),
  url: z.url('must be a URL').max(1024).optional(),
});

export const feedbackSubmittedSchema = z.object({ submitted: z.literal(true) });

export const feedbackListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const feedbackListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      business_id: z.string().nullable(),
      summary: z.string(),
      details: z.string().nullable(),
      category: z.string().nullable(),
      email: z.string().nullable(),
      url: z.string().nullable(),
      created_at: z.string(),
    }),
  ),
  next_cursor: z.string().nullable(),
});
