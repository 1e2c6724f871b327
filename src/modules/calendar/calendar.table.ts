import type { Insertable, Selectable, Updateable } from 'kysely';

/** One tenant's Google Calendar link: credentials (encrypted), push channel and sync cursor. */
export interface CalendarConnectionTable {
  business_id: string;
  /** 'oauth' (the owner consented) or 'service_account' (the tenant's calendar_id is shared with ours). */
  auth_kind: string;
  /** 'connected' | 'disconnected' (Google revoked our access; the owner was told). */
  status: string;
  calendar_id: string | null;
  /** AES-256-GCM sealed JSON of the OAuth tokens (token-cipher.ts); never plain text. */
  encrypted_tokens: string | null;
  channel_id: string | null;
  channel_token: string | null;
  channel_resource_id: string | null;
  channel_address: string | null;
  channel_ttl_seconds: number | null;
  channel_expires_at: string | null;
  renew_claimed_at: string | null;
  sync_token: string | null;
  last_sync_at: string | null;
  disconnected_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The outbox of calendar writes: one row per appointment, its latest wanted state. */
export interface CalendarEventWriteTable {
  business_id: string;
  appointment_id: string;
  event_id: string;
  /** 'upsert' | 'delete'. */
  operation: string;
  /** JSON of the EventDetails to write (upsert) — rebuilt from the appointment on every change. */
  payload: string;
  version: number;
  /** 'pending' | 'synced' | 'failed' (retried at next_attempt_at) | 'blocked' (final: rejected or revoked). */
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  claimed_at: string | null;
  /** The error class of the last failure (transient, auth_revoked, rejected …), never a message body. */
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export type CalendarConnectionRow = Selectable<CalendarConnectionTable>;
export type CalendarConnectionUpdate = Updateable<CalendarConnectionTable>;
export type NewCalendarConnectionRow = Insertable<CalendarConnectionTable>;
export type CalendarEventWriteRow = Selectable<CalendarEventWriteTable>;
