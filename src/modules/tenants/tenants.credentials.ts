import { randomBytes } from 'node:crypto';

// Tenant API keys and widget tokens are 32 random bytes. They are high-entropy, so a fast hash
// (platform/secrets.ts) is enough at rest; a slow password hash would only add latency to every
// request. Only the hash is stored and the plain value is shown once, on create or rotate.

export type SecretKind = 'api_key' | 'widget_token';
const PREFIX: Record<SecretKind, string> = { api_key: 'tk_', widget_token: 'wt_' };

export function newSecret(kind: SecretKind): string {
  return PREFIX[kind] + randomBytes(32).toString('base64url');
}
