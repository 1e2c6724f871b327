import { randomBytes } from 'node:crypto';
import type { AccountService } from './accounts.service.js';

export const DEMO_OWNER_EMAIL = 'owner@demo.local';

export interface DemoOwner {
  email: string;
  password: string;
  created: boolean;
}

// The demo tenant's owner account (development profiles only: the seed never runs in production).
// Only an argon2 hash is stored, so the password cannot be shown again; like the demo tenant's keys,
// a fresh one is issued at every start and printed to the terminal (never logged).
export async function seedDemoOwner(accounts: AccountService, businessId: string): Promise<DemoOwner> {
  const password = randomBytes(12).toString('base64url');
  const existing = await accounts.findUserByEmail(DEMO_OWNER_EMAIL);
  if (existing) {
    await accounts.setPassword(existing.id, password);
    return { email: DEMO_OWNER_EMAIL, password, created: false };
  }
  await accounts.register(businessId, {
    email: DEMO_OWNER_EMAIL,
    password,
    name: 'Demo Owner',
    role: 'owner',
  });
  return { email: DEMO_OWNER_EMAIL, password, created: true };
}
