import type { Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock.js';
import type { Database } from '../../../platform/db/database.js';
import { localDateOf, localDayBoundsUtc } from '../../../platform/time/tenant-time.js';
import type { Business } from '../../tenants/tenants.model.js';
import {
  type Appointment,
  type CustomerDirectory,
  presentAppointments,
} from '../appointments/appointments.model.js';
import * as repo from '../appointments/appointments.repository.js';

// The owner's day, in the tenant's zone: an appointment belongs to the local date it starts on.

export interface DaySchedule {
  date: string;
  time_zone: string;
  appointments: Appointment[];
}

export interface TodaySummary {
  date: string;
  time_zone: string;
  /** Non-cancelled appointments starting today (local). */
  appointments_total: number;
  emergency_appointments: number;
  standard_appointments: number;
  completed: number;
  /** SCHEDULED or CONFIRMED and not started yet. */
  remaining: number;
  cancelled: number;
  /** The next SCHEDULED or CONFIRMED appointment from now on, today or later. */
  next_appointment: Appointment | null;
}

export type OwnerScheduleService = ReturnType<typeof createOwnerScheduleService>;

export function createOwnerScheduleService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  customers: CustomerDirectory;
}) {
  const { db, clock, customers } = deps;

  async function startingOn(business: Business, date: string) {
    const bounds = localDayBoundsUtc(date, business.time_zone);
    return repo.listStartingBetween(db, business.id, { from: bounds.start, to: bounds.end });
  }

  /** Non-cancelled appointments starting on a local date (default: today), in start order. */
  async function schedule(business: Business, date?: string): Promise<DaySchedule> {
    const day = date ?? localDateOf(clock.now(), business.time_zone);
    const rows = (await startingOn(business, day)).filter((row) => row.status !== 'CANCELLED');
    return {
      date: day,
      time_zone: business.time_zone,
      appointments: await presentAppointments(customers, business.id, rows),
    };
  }

  async function today(business: Business): Promise<TodaySummary> {
    const now = clock.now();
    const day = localDateOf(now, business.time_zone);
    const [rows, next] = await Promise.all([
      startingOn(business, day),
      repo.findNextUpcoming(db, business.id, now),
    ]);
    const active = rows.filter((row) => row.status !== 'CANCELLED');
    const emergencies = active.filter((row) => row.is_emergency === 1).length;
    const nowIso = now.toISOString();
    const [nextAppointment] = next ? await presentAppointments(customers, business.id, [next]) : [];
    return {
      date: day,
      time_zone: business.time_zone,
      appointments_total: active.length,
      emergency_appointments: emergencies,
      standard_appointments: active.length - emergencies,
      completed: active.filter((row) => row.status === 'COMPLETED').length,
      remaining: active.filter((row) => row.status !== 'COMPLETED' && row.start_time >= nowIso).length,
      cancelled: rows.length - active.length,
      next_appointment: nextAppointment ?? null,
    };
  }

  return { schedule, today };
}
