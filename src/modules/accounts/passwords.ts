import argon2 from 'argon2';

// argon2id with the library's defaults (64 MiB, t=3): slow on purpose. A login for an unknown email
// still verifies against this fixed hash so that both answers take the same time.
const DUMMY_HASH =
  '$argon2id$v=19$m=65536,p=4,t=3$XvQofB3x3iysoUd56H35aw$aoS8N7UCa848gPrtxSINwSzEcGVB0VAQ9WG2id/p2u0';

export const MIN_PASSWORD_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await argon2.verify(hash ?? DUMMY_HASH, password);
    return hash !== null && ok;
  } catch {
    // A malformed stored hash is a failed login, never a 500.
    return false;
  }
}
