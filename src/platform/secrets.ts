import { createHash, timingSafeEqual } from 'node:crypto';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of two secrets of any length (both are hashed first). */
export function secretsEqual(presented: string, expected: string): boolean {
  return timingSafeEqual(Buffer.from(hashSecret(presented)), Buffer.from(hashSecret(expected)));
}
