import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { CalendarConfig } from '../../platform/config/config.js';
import type { Database } from '../../platform/db/database.js';
import type { KeyValueStore } from '../../platform/kv/key-value-store.js';
import type { Metrics } from '../../platform/metrics/metrics.js';
import type { Notifier } from '../notifications/notifier.js';
import type { TenantService } from '../tenants/tenants.service.js';
import * as repo from './calendar.repository.js';
import type { CalendarAppointments } from './calendar-appointments.port.js';
import { createCalendarBusy } from './calendar-busy.service.js';
import {
  type CalendarProviderFactory,
  createCalendarConnections,
  type WarnLogger,
} from './calendar-connections.service.js';
import { createCalendarRelay } from './calendar-relay.service.js';
import { createCalendarSync } from './calendar-sync.service.js';
import { createCalendarWatch } from './calendar-watch.service.js';
import { createCalendarWrites } from './calendar-writes.service.js';
import { createMemoryCalendar, type MemoryCalendar } from './memory-calendar.provider.js';

// The calendar module's services, wired once (app.ts and the calendar tests use it).

export interface CalendarServicesDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: CalendarConfig;
  publicBaseUrl: string | undefined;
  tenants: Pick<TenantService, 'findById'>;
  notifier: Notifier;
  /** Push deduplication and the per-tenant sync lock (shared across instances with Redis). */
  kv: KeyValueStore;
  /** Implemented by scheduling (only it writes appointments). */
  appointments: CalendarAppointments;
  log: WarnLogger;
  metrics?: Pick<Metrics, 'calendarSync' | 'calendarWrite' | 'calendarBusy'>;
  /** Whole-provider swap (the in-memory calendar in tests and development); default Google. */
  factory?: CalendarProviderFactory;
}

export type CalendarServices = ReturnType<typeof createCalendarServices>;

export function createCalendarServices(deps: CalendarServicesDeps) {
  const { db, clock, log, metrics } = deps;
  const connections = createCalendarConnections({
    db,
    clock,
    config: deps.config,
    publicBaseUrl: deps.publicBaseUrl,
    tenants: deps.tenants,
    notifier: deps.notifier,
    log,
    ...(deps.factory || deps.config.provider === 'memory'
      ? { factory: deps.factory ?? memoryFactory() }
      : {}),
  });
  const busy = createCalendarBusy({
    clock,
    connections,
    cacheSeconds: deps.config.busyCacheSeconds,
    log,
    ...(metrics ? { metrics } : {}),
  });
  const onCalendarChanged = (businessId: string) => busy.invalidate(businessId);
  const writes = createCalendarWrites({
    db,
    clock,
    connections,
    tenants: deps.tenants,
    appointments: deps.appointments,
    log,
    ...(metrics ? { metrics } : {}),
  });
  const sync = createCalendarSync({
    db,
    clock,
    kv: deps.kv,
    connections,
    appointments: deps.appointments,
    tenants: deps.tenants,
    log,
    onCalendarChanged,
    ...(metrics ? { metrics } : {}),
  });
  const watch = createCalendarWatch({
    db,
    clock,
    connections,
    sync,
    tenants: deps.tenants,
    publicBaseUrl: deps.publicBaseUrl,
    log,
  });
  const relay = createCalendarRelay({
    appointments: deps.appointments,
    tenants: deps.tenants,
    onCalendarChanged,
    supersede: (businessId, appointmentId) =>
      repo.supersedeWrite(db, businessId, appointmentId, clock.now().toISOString()),
  });

  /** One background sweep: due write retries, then channel renewals. */
  async function sweep(signal?: AbortSignal): Promise<void> {
    await writes.retryDue(signal ? { signal } : {});
    await watch.renewDue(signal ? { signal } : {});
  }

  return { connections, busy, writes, sync, watch, relay, sweep };
}

/** CALENDAR_PROVIDER=memory: one in-process calendar per tenant, lost on restart (development). */
function memoryFactory(): CalendarProviderFactory {
  const calendars = new Map<string, MemoryCalendar>();
  return (business) => {
    let calendar = calendars.get(business.id);
    if (!calendar) {
      calendar = createMemoryCalendar();
      calendars.set(business.id, calendar);
    }
    return calendar;
  };
}
