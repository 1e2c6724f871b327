import { createHash } from 'node:crypto';

/**
 * The Google event id of an appointment, derived from our own record so a retried write can never
 * create a second event. Google allows base32hex characters (a–v, 0–9), 5 to 1024 long; a hex
 * SHA-256 (64 characters of 0–9a–f) is a subset of that alphabet.
 */
export function eventIdFor(businessId: string, appointmentId: string): string {
  return createHash('sha256').update(`${businessId}:${appointmentId}`).digest('hex');
}
