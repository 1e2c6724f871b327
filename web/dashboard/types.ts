// The API shapes the dashboard reads (see /openapi.json for the full documents).

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
  status: 'SCHEDULED' | 'CONFIRMED' | 'CANCELLED' | 'COMPLETED';
  source: string;
}

export interface DaySchedule {
  date: string;
  time_zone: string;
  appointments: Appointment[];
}

export type { Business, DayKey } from '../shared/business-fields.js';

export interface Callback {
  id: string;
  phone: string | null;
  name: string | null;
  reason: string;
  status: 'OPEN' | 'RESOLVED';
  created_at: string;
  summary: string | null;
  voicemail_url: string | null;
}

export interface Customer {
  id: string;
  name: string | null;
  phone: string;
  email: string | null;
  address: string | null;
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export interface Stats {
  days: number;
  from: string;
  to: string;
  calls: number;
  chats: number;
  bookings: number;
  conversion_rate: number;
  emergencies: number;
  bookings_per_day: Array<{ date: string; count: number }>;
}
