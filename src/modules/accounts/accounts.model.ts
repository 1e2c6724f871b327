// Roles, in decreasing power. What each may do is enforced for every owner/CRM route by the
// credential hook (tenants.auth.ts): viewers only read; staff read and write CRM and scheduling
// data but not settings, lockdown or users (routes marked `ownerOnly`); owners do everything.
export const ROLES = ['owner', 'staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  email: string;
  name: string | null;
  business_id: string;
  role: Role;
}

export interface TokenPair {
  access_token: string;
  refresh_token: string;
  token_type: 'bearer';
  /** Seconds until the access token expires. */
  expires_in: number;
  user: User;
}

export const asRole = (value: string): Role =>
  (ROLES as readonly string[]).includes(value) ? (value as Role) : 'viewer';
