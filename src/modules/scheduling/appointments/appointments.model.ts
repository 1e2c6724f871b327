import type { AppointmentRow } from './appointments.table.js';

export const APPOINTMENT_STATUSES = ['SCHEDULED', 'CONFIRMED', 'CANCELLED', 'COMPLETED'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const APPOINTMENT_SOURCES = ['phone', 'sms', 'web', 'api', 'calendar'] as const;
export type AppointmentSource = (typeof APPOINTMENT_SOURCES)[number];

/** Statuses that occupy time: everything but CANCELLED (a COMPLETED job did take its slot). */
export const ACTIVE_STATUSES: readonly AppointmentStatus[] = ['SCHEDULED', 'CONFIRMED', 'COMPLETED'];

/** The CRM appointment as the API and the other modules see it; timestamps are ISO 8601 UTC. */
export interface Appointment {
  id: string;
  customer_id: string;
  customer_name: string | null;
  customer_phone: string | null;
  start_time: string;
  end_time: string;
  service_type: string | null;
  description: string | null;
  address: string | null;
  is_emergency: boolean;
  status: AppointmentStatus;
  source: AppointmentSource;
  calendar_event_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface CustomerContact {
  name: string | null;
  phone: string | null;
}

export function appointmentFromRow(row: AppointmentRow, customer: CustomerContact | undefined): Appointment {
  return {
    id: row.id,
    customer_id: row.customer_id,
    customer_name: customer?.name ?? null,
    customer_phone: customer?.phone ?? null,
    start_time: row.start_time,
    end_time: row.end_time,
    service_type: row.service_type,
    description: row.description,
    address: row.address,
    is_emergency: Boolean(row.is_emergency),
    status: asStatus(row.status),
    source: asSource(row.source),
    calendar_event_id: row.calendar_event_id,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** Where appointments get their customer's name and phone (the CRM's CustomerService). */
export interface CustomerDirectory {
  getMany(businessId: string, ids: string[]): Promise<Map<string, CustomerContact>>;
}

/** Rows to API appointments, with one customer lookup for the whole batch. */
export async function presentAppointments(
  customers: CustomerDirectory,
  businessId: string,
  rows: AppointmentRow[],
): Promise<Appointment[]> {
  if (rows.length === 0) return [];
  const found = await customers.getMany(
    businessId,
    rows.map((row) => row.customer_id),
  );
  return rows.map((row) => appointmentFromRow(row, found.get(row.customer_id)));
}

function asStatus(value: string): AppointmentStatus {
  return (APPOINTMENT_STATUSES as readonly string[]).includes(value)
    ? (value as AppointmentStatus)
    : 'SCHEDULED';
}

function asSource(value: string): AppointmentSource {
  return (APPOINTMENT_SOURCES as readonly string[]).includes(value) ? (value as AppointmentSource) : 'api';
}
