import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import type { KeyValueStore } from '../../platform/kv/key-value-store.js';
import { secretsEqual } from '../../platform/secrets.js';
import type { Business } from '../tenants/tenants.model.js';
import { CalendarError, errorFacts } from './calendar.errors.js';
import type { CalendarEvent } from './calendar.port.js';
import * as repo from './calendar.repository.js';
import type { CalendarAppointments } from './calendar-appointments.port.js';
import type { CalendarConnections, TenantCalendar, WarnLogger } from './calendar-connections.service.js';
import { appointmentFor, decide, type InboundChange, type LinkedAppointment } from './inbound-changes.js';
import { createSyncQueue } from './sync-queue.js';

// Google → appointments. A push names a channel; the tenant behind it pulls every change since its
// stored sync token (all pages) and applies those that touch its appointments. A 410 (token expired)
// clears the token and runs a full sync. Syncs of one tenant never overlap (sync-queue.ts).

export interface SyncResult {
  processed: boolean;
  synced: boolean;
  /** Appointments changed by this sync. */
  applied: number;
  reason: string | null;
}

export interface PushHeaders {
  channelId?: string | undefined;
  channelToken?: string | undefined;
  resourceState?: string | undefined;
  messageNumber?: string | undefined;
}

export interface CalendarSyncDeps {
  db: Kysely<Database>;
  clock: Clock;
  kv: KeyValueStore;
  connections: Pick<CalendarConnections, 'calendarFor' | 'markRevoked'>;
  appointments: CalendarAppointments;
  tenants: { findById(id: string): Promise<Business | null> };
  log: WarnLogger;
  /** Forget cached busy times after the calendar changed. */
  onCalendarChanged?: (businessId: string) => void;
  metrics?: { calendarSync(outcome: 'ok' | 'error'): void };
}

const MESSAGE_MEMORY_MS = 24 * 60 * 60_000;
const MAX_PAGES = 1000;

const outcome = (reason: string, processed = false): SyncResult => ({
  processed,
  synced: false,
  applied: 0,
  reason,
});

export type CalendarSync = ReturnType<typeof createCalendarSync>;

export function createCalendarSync(deps: CalendarSyncDeps) {
  const { db, clock, kv, connections, log } = deps;
  const queue = createSyncQueue(kv);

  /** One push from Google. Always answered 200: Google must not retry what we refuse. */
  async function handlePush(headers: PushHeaders): Promise<SyncResult> {
    if (!headers.channelId || !headers.channelToken) return outcome('missing_channel_headers');
    const row = await repo.findConnectionByChannel(db, headers.channelId);
    if (!row?.channel_token) return outcome('unknown_channel');
    if (!secretsEqual(headers.channelToken, row.channel_token)) return outcome('invalid_token');
    if (row.status !== 'connected') return outcome('disconnected');
    if (headers.messageNumber) {
      const key = `calendar:push:${headers.channelId}:${headers.messageNumber}`;
      if (!(await kv.setIfAbsent(key, '1', MESSAGE_MEMORY_MS))) return outcome('duplicate_message');
    }
    const business = await deps.tenants.findById(row.business_id);
    if (!business) return outcome('unknown_channel');
    // 'sync' opens a channel (initial sync); 'not_exists' means the resource vanished: start over.
    const full = headers.resourceState === 'sync' || headers.resourceState === 'not_exists';
    return requestSync(business, full);
  }

  /** Runs (or queues behind the running one) a sync of the tenant. */
  async function requestSync(business: Business, full: boolean): Promise<SyncResult> {
    const result = await queue.run(business.id, full, (wantFull) => runSync(business, wantFull));
    return result ?? outcome('queued', true);
  }

  async function runSync(business: Business, full: boolean): Promise<SyncResult> {
    const calendar = await connections.calendarFor(business);
    if (!calendar) return outcome('not_connected');
    const stored = full ? null : ((await repo.findConnection(db, business.id))?.sync_token ?? null);
    try {
      const applied = await pullAll(business, calendar, stored);
      deps.metrics?.calendarSync('ok');
      return { processed: true, synced: true, applied, reason: null };
    } catch (error) {
      deps.metrics?.calendarSync('error');
      const kind = error instanceof CalendarError ? error.kind : 'transient';
      if (kind === 'auth_revoked') await connections.markRevoked(business);
      log.warn({ ...errorFacts(error), business_id: business.id }, 'calendar sync failed');
      return outcome(kind === 'auth_revoked' ? 'auth_revoked' : 'provider_error', true);
    }
  }

  /** Every page since `syncToken` (or the whole calendar); a 410 clears the token and starts over. */
  async function pullAll(
    business: Business,
    calendar: TenantCalendar,
    syncToken: string | null,
  ): Promise<number> {
    try {
      return await pullPages(business, calendar, syncToken);
    } catch (error) {
      if (!(syncToken && error instanceof CalendarError && error.kind === 'gone')) throw error;
      log.warn({ business_id: business.id }, 'calendar sync token expired; running a full sync');
      await repo.updateConnection(db, business.id, {
        sync_token: null,
        updated_at: clock.now().toISOString(),
      });
      return pullPages(business, calendar, null);
    }
  }

  async function pullPages(
    business: Business,
    calendar: TenantCalendar,
    syncToken: string | null,
  ): Promise<number> {
    let applied = 0;
    let pageToken: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const changes = await calendar.provider.listChanges({
        ...(syncToken ? { syncToken } : {}),
        ...(pageToken ? { pageToken } : {}),
      });
      applied += await applyEvents(business, changes.events);
      if (changes.nextPageToken) {
        pageToken = changes.nextPageToken;
        continue;
      }
      await saveSyncToken(business.id, changes.nextSyncToken);
      if (changes.events.length > 0 || page > 0) deps.onCalendarChanged?.(business.id);
      return applied;
    }
    throw new CalendarError('transient', 'calendar change listing did not end');
  }

  async function saveSyncToken(businessId: string, token: string | null): Promise<void> {
    const at = clock.now().toISOString();
    // A tenant synced without a stored connection (service account, never watched) gets one now.
    await repo.saveConnection(db, {
      business_id: businessId,
      auth_kind: (await repo.findConnection(db, businessId))?.auth_kind ?? 'service_account',
      status: 'connected',
      sync_token: token,
      last_sync_at: at,
      created_at: at,
      updated_at: at,
    });
  }

  /** Applies one page: one query finds the linked appointments, then each change is applied. */
  async function applyEvents(business: Business, events: readonly CalendarEvent[]): Promise<number> {
    if (events.length === 0) return 0;
    const ids = new Set<string>();
    for (const event of events) {
      ids.add(event.id);
      if (event.recurringEventId) ids.add(event.recurringEventId);
    }
    const linked = new Map<string, LinkedAppointment>();
    for (const appointment of await deps.appointments.findLinked(business.id, [...ids])) {
      linked.set(appointment.calendar_event_id, appointment);
    }
    if (linked.size === 0) return 0;
    const changes: Array<{ appointmentId: string; change: InboundChange }> = [];
    for (const event of events) {
      const target = appointmentFor(event, linked, business.time_zone);
      if (target === null || !('id' in target)) continue;
      const decision = decide(target, event, business.time_zone);
      if (decision.kind === 'cancelled' || decision.kind === 'moved') {
        changes.push({ appointmentId: target.id, change: decision });
      }
    }
    const changed = await deps.appointments.applyAll(business, changes);
    await repo.supersedeWrites(db, business.id, changed, clock.now().toISOString());
    return changed.length;
  }

  return { handlePush, requestSync, runSync };
}

/** A new channel's id and token: the token is 32 random bytes, compared in constant time on push. */
export function newChannel(): { channelId: string; token: string } {
  return { channelId: randomUUID(), token: randomBytes(32).toString('hex') };
}
