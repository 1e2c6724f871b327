// A business's settings as the forms show them (plain text per field) and back; the dashboard's
// settings and the admin page's create/edit share it. Pure, so it is unit-tested.

export type DayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface Business {
  id: string;
  name: string;
  status: 'active' | 'suspended';
  lockdown_mode: boolean;
  time_zone: string;
  owner_name: string | null;
  owner_phone: string | null;
  business_hours: Record<DayKey, Array<[string, string]>>;
  services: Array<{ name: string; duration_minutes: number }>;
  default_duration_minutes: number;
  emergency_keywords: string[];
  greeting: string | null;
  voice_mode: 'gather' | 'relay';
  widget_allowed_origins: string[];
  calendar_id: string | null;
  created_at?: string;
}

export const DAYS: Array<[DayKey, string]> = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
];

/** "08:00-12:00, 13:00-17:00"; empty means closed. */
export function hoursText(ranges: Array<[string, string]>): string {
  return ranges.map(([open, close]) => `${open}-${close}`).join(', ');
}

const RANGE = /^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/;
const pad = (time: string) => time.padStart(5, '0');

export function parseHours(text: string): Array<[string, string]> | string {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const ranges: Array<[string, string]> = [];
  for (const part of parts) {
    const match = RANGE.exec(part);
    if (!match) return `"${part}" is not a range like 08:00-17:00`;
    ranges.push([pad(match[1]!), pad(match[2]!)]);
  }
  return ranges;
}

/** One service per line: "Drain cleaning, 90" (minutes; the business default when left out). */
export function servicesText(services: Business['services']): string {
  return services.map((service) => `${service.name}, ${service.duration_minutes}`).join('\n');
}

export function parseServices(
  text: string,
  defaultMinutes: number,
): Array<{ name: string; duration_minutes: number }> | string {
  const services = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const match = /^(.*?)(?:,\s*(\d+))?$/.exec(line);
    const name = match?.[1]?.trim();
    if (!name) return `"${line}" needs a service name`;
    services.push({ name, duration_minutes: match?.[2] ? Number(match[2]) : defaultMinutes });
  }
  return services;
}

export const listText = (items: string[], separator: string) => items.join(separator);

export function parseList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
}

export type SettingsPatch = Record<string, unknown>;

/** The PATCH body from the form, or the per-field errors found before sending anything. */
export function settingsPatch(
  form: FormData,
  defaultMinutes: number,
): { patch: SettingsPatch; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const business_hours: Record<string, Array<[string, string]>> = {};
  for (const [day, label] of DAYS) {
    const parsed = parseHours(text(`hours-${day}`));
    if (typeof parsed === 'string') errors.business_hours = `${label}: ${parsed}`;
    else business_hours[day] = parsed;
  }
  const services = parseServices(String(form.get('services') ?? ''), defaultMinutes);
  if (typeof services === 'string') errors.services = services;
  const patch: SettingsPatch = {
    name: text('name'),
    time_zone: text('time_zone'),
    owner_phone: text('owner_phone') || null,
    greeting: text('greeting') || null,
    voice_mode: text('voice_mode'),
    emergency_keywords: parseList(text('emergency_keywords'), /,/),
    widget_allowed_origins: parseList(String(form.get('widget_allowed_origins') ?? ''), /[\s,]+/),
    business_hours,
    services: typeof services === 'string' ? [] : services,
  };
  return { patch, errors };
}
