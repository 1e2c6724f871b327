import { randomUUID } from 'node:crypto';

/** Record ids: a short type prefix keeps logs and support tickets readable (cus_…, apt_…). */
export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}
