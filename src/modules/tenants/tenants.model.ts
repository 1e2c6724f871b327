import type { BusinessSettings } from './tenants.schemas.js';

export interface Business extends BusinessSettings {
  id: string;
  name: string;
  status: 'active' | 'suspended';
  lockdown_mode: boolean;
  twilio_phone_number: string | null;
  api_key_rotated_at: string | null;
  widget_token_rotated_at: string | null;
  widget_token_expires_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface IssuedCredentials {
  api_key?: string;
  widget_token?: string;
}
