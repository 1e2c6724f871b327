import type { Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock.js';
import type { Database } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { addLocalDays, localDateOf } from '../../../platform/time/tenant-time.js';
import type { TimeConstraint } from '../../../platform/time/time-constraint.js';
import type { Business } from '../../tenants/tenants.model.js';
import * as repo from '../appointments/appointments.repository.js';
import { calendarUnavailable, invalidField } from '../scheduling.errors.js';
import {
  DEFAULT_SEARCH_POLICY,
  type SearchPolicy,
  schedulingSettingsOf,
  serviceDurationMinutes,
} from '../scheduling-settings.js';
import type { BusyInterval, SchedulingSettings, Slot } from '../scheduling-types.js';
import {
  findSlots,
  type LookupBusy,
  lookupWindow,
  SchedulingInputError,
  slotsForDay,
} from './availability.js';
import type { BusyCalendar } from './busy-calendar.js';

export interface SlotQuery {
  readonly constraint: TimeConstraint;
  /** Picks the duration from the tenant's services (case-insensitive); unknown names use the default. */
  readonly serviceType?: string | null;
  /** Overrides the service duration. */
  readonly durationMinutes?: number;
  /** At most this many slots (default 5). */
  readonly limit?: number;
  /** An appointment being moved: it does not block its own new time (or its buffer). */
  readonly excludeAppointmentId?: string;
}

export interface SlotSearchResult {
  readonly durationMinutes: number;
  readonly slots: Slot[];
}

export interface AvailabilityDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** The owner's outside calendar; `noBusyCalendar` for tenants without one (chosen in app.ts). */
  calendar: BusyCalendar;
  policy?: SearchPolicy;
}

export type AvailabilityService = ReturnType<typeof createAvailabilityService>;

const MINUTE_MS = 60_000;
// Today and tomorrow answer most searches; later days are read a week at a time.
const FIRST_CHUNK_DAYS = 2;

export function createAvailabilityService(deps: AvailabilityDeps) {
  const { db, clock, calendar } = deps;
  const policy = deps.policy ?? DEFAULT_SEARCH_POLICY;
  const settingsOf = (business: Business): SchedulingSettings => schedulingSettingsOf(business, policy);

  /** Calendar blocks as 'busy' intervals; a failing calendar is a classified error, never "free". */
  async function calendarBusy(business: Business, from: Date, to: Date): Promise<BusyInterval[]> {
    let blocks: Awaited<ReturnType<BusyCalendar['busyBetween']>>;
    try {
      blocks = await calendar.busyBetween(business, from, to);
    } catch (error) {
      throw error instanceof AppError ? error : calendarUnavailable(error);
    }
    return blocks
      .filter((block) => block.end.getTime() > block.start.getTime())
      .map((block) => ({ start: block.start, end: block.end, kind: 'busy' as const }));
  }

  async function jobsBetween(
    source: Kysely<Database>,
    businessId: string,
    range: repo.TimeRange,
    excludeId?: string,
  ): Promise<BusyInterval[]> {
    const rows = await repo.listBusyBetween(source, businessId, range);
    return rows
      .filter((row) => row.id !== excludeId)
      .map((row) => ({ start: new Date(row.start_time), end: new Date(row.end_time), kind: 'job' as const }));
  }

  function lookupBusyFor(business: Business, excludeId?: string): LookupBusy {
    return async (from, to) => {
      const [jobs, blocks] = await Promise.all([
        jobsBetween(db, business.id, { from, to }, excludeId),
        calendarBusy(business, from, to),
      ]);
      return [...jobs, ...blocks];
    };
  }

  /** Free slots for the constraint, earliest day first (see findSlots for the ordering rules). */
  async function search(business: Business, query: SlotQuery): Promise<SlotSearchResult> {
    const durationMinutes = query.durationMinutes ?? serviceDurationMinutes(business, query.serviceType);
    try {
      const slots = await findSlots({
        settings: settingsOf(business),
        durationMinutes,
        constraint: query.constraint,
        now: clock.now(),
        limit: query.limit ?? 5,
        lookupBusy: lookupBusyFor(business, query.excludeAppointmentId),
        firstChunkDays: FIRST_CHUNK_DAYS,
      });
      return { durationMinutes, slots };
    } catch (error) {
      if (error instanceof SchedulingInputError) throw invalidField('constraint', error.message);
      throw error;
    }
  }

  /** Calendar blocks around the local day of `start`; read before a booking transaction, never inside. */
  function calendarBusyForDay(business: Business, start: Date): Promise<BusyInterval[]> {
    const settings = settingsOf(business);
    const day = localDateOf(start, settings.timeZone);
    const window = lookupWindow(settings, day, day);
    return calendarBusy(business, window.from, window.to);
  }

  /**
   * Whether [from, to) is a slot the search would offer right now: on the slot grid, inside business
   * hours and the horizon, after the lead time, clear of jobs by the travel buffer, under the daily cap
   * and clear of `calendarBusy`. Reads jobs through `trx` so it can run inside the booking lock;
   * `excludeId` (an appointment being moved) does not count against itself.
   */
  async function isOffered(
    trx: Kysely<Database>,
    business: Business,
    slot: repo.TimeRange,
    calendarBlocks: readonly BusyInterval[],
    excludeId?: string,
  ): Promise<boolean> {
    const settings = settingsOf(business);
    const now = clock.now();
    const durationMs = slot.to.getTime() - slot.from.getTime();
    if (durationMs <= 0 || durationMs % MINUTE_MS !== 0) return false;
    const localDate = localDateOf(slot.from, settings.timeZone);
    const today = localDateOf(now, settings.timeZone);
    if (localDate < today || localDate > addLocalDays(today, settings.horizonDays - 1)) return false;
    const jobs = await jobsBetween(trx, business.id, lookupWindow(settings, localDate, localDate), excludeId);
    const slots = slotsForDay({
      settings,
      localDate,
      durationMinutes: durationMs / MINUTE_MS,
      constraint: {},
      now,
      busy: [...jobs, ...calendarBlocks],
    });
    return slots.some((candidate) => candidate.start.getTime() === slot.from.getTime());
  }

  return { settingsOf, search, calendarBusyForDay, isOffered };
}
