import { decodeKeysetCursor, page } from '../../../platform/http/pagination.js';
import type { Business } from '../../tenants/tenants.model.js';
import { parseInstant } from '../booking/booking-rules.js';
import type { AppointmentStatus } from './appointments.model.js';
import type { AppointmentFilters } from './appointments.repository.js';
import type { AppointmentRow } from './appointments.table.js';

// Appointment lists page by (start_time, id); the cursor carries both of the last row returned.

export interface AppointmentListQuery {
  /** Inclusive; naive timestamps are tenant-local. */
  start_time_from?: string;
  /** Exclusive; naive timestamps are tenant-local. */
  start_time_to?: string;
  status?: AppointmentStatus;
  limit: number;
  cursor?: string;
}

export function decodeListCursor(cursor: string | undefined): { start_time: string; id: string } | undefined {
  const position = decodeKeysetCursor(cursor);
  return position && { start_time: position.key, id: position.id };
}

export function listPage(rows: AppointmentRow[], limit: number) {
  return page(rows, limit, (row) => `${row.start_time}|${row.id}`);
}

export function listFilters(business: Business, query: AppointmentListQuery): AppointmentFilters {
  const tz = business.time_zone;
  const bound = (value: string | undefined, path: string) =>
    value === undefined ? undefined : parseInstant(value, tz, path).toISOString();
  const startFrom = bound(query.start_time_from, 'querystring.start_time_from');
  const startTo = bound(query.start_time_to, 'querystring.start_time_to');
  return {
    ...(startFrom ? { startFrom } : {}),
    ...(startTo ? { startTo } : {}),
    ...(query.status ? { status: query.status } : {}),
  };
}
