import { DateTime } from 'luxon';
import { toLuxonZone } from '../../../platform/time/tenant-time.js';
import type { Business } from '../../tenants/tenants.model.js';

// How every text we send reads on a phone: local time in the tenant's zone and language, short.

export type TextTenant = Pick<Business, 'name' | 'time_zone' | 'language_code'>;
export type TextLanguage = TextTenant['language_code'];

/** Longest body we send: two SMS segments' worth, so a message never fans out into many parts. */
export const MAX_SMS_LENGTH = 300;

const LONG_FORMAT = { en: "cccc, LLLL d 'at' h:mm a", es: "cccc d 'de' LLLL 'a las' H:mm" } as const;
const SHORT_FORMAT = { en: "ccc, LLL d 'at' h:mm a", es: "ccc d 'de' LLL, H:mm" } as const;

function local(iso: string, tenant: Pick<TextTenant, 'time_zone' | 'language_code'>): DateTime {
  return DateTime.fromISO(iso, { zone: 'utc' })
    .setZone(toLuxonZone(tenant.time_zone))
    .setLocale(tenant.language_code);
}

/** "Tuesday, March 10 at 9:00 AM" / "martes 10 de marzo a las 9:00", in the tenant's zone. */
export function formatWhen(iso: string, tenant: Pick<TextTenant, 'time_zone' | 'language_code'>): string {
  return local(iso, tenant).toFormat(LONG_FORMAT[tenant.language_code]);
}

/** "Tue, Mar 10 at 9:00 AM": for owner alerts, where space is tight. */
export function formatWhenShort(
  iso: string,
  tenant: Pick<TextTenant, 'time_zone' | 'language_code'>,
): string {
  return local(iso, tenant).toFormat(SHORT_FORMAT[tenant.language_code]);
}

/** Cuts text to `max` characters, ending with an ellipsis when something was dropped. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Replaces each `{name}` in a template; an unknown name stays as written. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
