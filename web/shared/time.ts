// Dates as the business sees them. Local dates are "YYYY-MM-DD" strings and do their arithmetic in
// UTC, so the browser's own zone never shifts a day; instants are shown in the tenant's time zone,
// which is an IANA name or a fixed offset like "-06:00" (not every browser's Intl accepts offsets).

const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** Monday of the week holding `date`. */
export function weekStart(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

export function weekDates(date: string): string[] {
  const monday = weekStart(date);
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

export interface LocalParts {
  date: string;
  time: string;
}

// Building an Intl.DateTimeFormat costs far more than using one (a week of 500 appointments took
// ~400 ms to render with one per call), so there is one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local date and HH:MM of an instant in a tenant's zone. */
export function localParts(iso: string, timeZone: string): LocalParts {
  const instant = new Date(iso);
  const offset = OFFSET.exec(timeZone);
  if (offset) {
    const minutes = (Number(offset[2]) * 60 + Number(offset[3])) * (offset[1] === '-' ? -1 : 1);
    const shifted = new Date(instant.getTime() + minutes * 60_000).toISOString();
    return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
  }
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

const DAY_LABEL = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "Mon, Dec 7" for a local date. */
export function dayLabel(date: string): string {
  return DAY_LABEL.format(new Date(`${date}T12:00:00Z`));
}

/** "Dec 7, 14:05" in the tenant's zone, for timestamps in lists. */
export function shortDateTime(iso: string, timeZone: string): string {
  const { date, time } = localParts(iso, timeZone);
  return `${dayLabel(date)}, ${time}`;
}
