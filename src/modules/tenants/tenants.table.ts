import type { Insertable, Selectable, Updateable } from 'kysely';

// Identity, credentials and lookup columns are real columns; every other setting lives in the
// `settings` JSON document, validated by tenants.schemas.ts on the way in and out.
export interface BusinessTable {
  id: string;
  name: string;
  status: string;
  lockdown_mode: number;
  twilio_phone_number: string | null;
  api_key_hash: string | null;
  widget_token_hash: string | null;
  api_key_rotated_at: string | null;
  widget_token_rotated_at: string | null;
  /** After this instant the widget token answers 401; null: until rotated. */
  widget_token_expires_at: string | null;
  settings: string;
  created_at: string;
  updated_at: string;
}

export type BusinessRow = Selectable<BusinessTable>;
export type NewBusinessRow = Insertable<BusinessTable>;
export type BusinessRowUpdate = Updateable<BusinessTable>;
