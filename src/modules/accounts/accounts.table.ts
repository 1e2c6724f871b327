import type { Selectable } from 'kysely';

// Tables of migration 2026_12_08_002000_create_accounts and 002100_create_feedback.

export interface UserTable {
  id: string;
  /** Lower-case; unique across the platform. */
  email: string;
  name: string | null;
  /** argon2id (PHC string). */
  password_hash: string;
  created_at: string;
  updated_at: string;
}

export interface MembershipTable {
  business_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface AuthSessionTable {
  id: string;
  user_id: string;
  business_id: string;
  created_at: string;
  revoked_at: string | null;
}

export interface RefreshTokenTable {
  token_hash: string;
  session_id: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface LoginThrottleTable {
  email_hash: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface PasswordResetTable {
  token_hash: string;
  user_id: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface FeedbackTable {
  id: string;
  business_id: string | null;
  summary: string;
  details: string | null;
  category: string | null;
  email: string | null;
  url: string | null;
  created_at: string;
}

export type UserRow = Selectable<UserTable>;
export type RefreshTokenRow = Selectable<RefreshTokenTable>;
export type LoginThrottleRow = Selectable<LoginThrottleTable>;
export type FeedbackRow = Selectable<FeedbackTable>;
