import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import type { Business } from '../tenants/tenants.model.js';
import { CalendarError, errorFacts } from './calendar.errors.js';
import * as repo from './calendar.repository.js';
import type { CalendarConnections, WarnLogger } from './calendar-connections.service.js';
import type { CalendarSync, SyncResult } from './calendar-sync.service.js';
import { newChannel } from './calendar-sync.service.js';

// Push channels: Google notifies our public URL of changes to the tenant's calendar until the
// channel expires. Watching creates a new channel (new id and token), stops the previous one, stores
// the channel on the tenant and syncs. The sweep renews channels before they expire (claimed, so one
// instance renews each).

export const PUSH_PATH = '/v1/calendar/google/push';
export const DEFAULT_TTL_SECONDS = 7 * 24 * 3600;
/** Renew when less than this is left (or half the channel's lifetime, when that is shorter). */
const RENEW_AHEAD_MS = 12 * 3600_000;
const CLAIM_STALE_MS = 5 * 60_000;

export interface WatchInput {
  webhook_url?: string | undefined;
  calendar_id?: string | undefined;
  ttl_seconds?: number | undefined;
}

export interface WatchResult {
  created: boolean;
  channel_id: string | null;
  channel_expires_at: string | null;
  calendar_id: string | null;
  reason: string | null;
  initial_sync: SyncResult | null;
}

export interface CalendarWatchDeps {
  db: Kysely<Database>;
  clock: Clock;
  connections: Pick<CalendarConnections, 'calendarFor' | 'markRevoked'>;
  sync: Pick<CalendarSync, 'requestSync'>;
  tenants: { findById(id: string): Promise<Business | null> };
  publicBaseUrl: string | undefined;
  log: WarnLogger;
}

export type CalendarWatch = ReturnType<typeof createCalendarWatch>;

export function createCalendarWatch(deps: CalendarWatchDeps) {
  const { db, clock, connections, log } = deps;
  const refused = (reason: string, calendarId: string | null = null): WatchResult => ({
    created: false,
    channel_id: null,
    channel_expires_at: null,
    calendar_id: calendarId,
    reason,
    initial_sync: null,
  });

  async function watch(
    business: Business,
    input: WatchInput,
    origin: string,
    fullSync = true,
  ): Promise<WatchResult> {
    if (input.calendar_id) await useCalendar(business.id, input.calendar_id);
    const calendar = await connections.calendarFor(business);
    if (!calendar) return refused('not_connected');
    const before = await repo.findConnection(db, business.id);
    const ttlSeconds = input.ttl_seconds ?? before?.channel_ttl_seconds ?? DEFAULT_TTL_SECONDS;
    const address = input.webhook_url ?? `${deps.publicBaseUrl ?? origin}${PUSH_PATH}`;
    const { channelId, token } = newChannel();
    let watched: Awaited<ReturnType<typeof calendar.provider.watch>>;
    try {
      watched = await calendar.provider.watch({ channelId, token, address, ttlSeconds });
    } catch (error) {
      const kind = error instanceof CalendarError ? error.kind : 'transient';
      if (kind === 'auth_revoked') await connections.markRevoked(business);
      log.warn({ business_id: business.id, kind }, 'calendar watch failed');
      return refused(kind === 'auth_revoked' ? 'auth_revoked' : 'watch_failed', calendar.calendarId);
    }
    await storeChannel(business.id, before?.auth_kind, {
      ...watched,
      token,
      address,
      ttlSeconds,
    });
    if (before?.channel_id && before.channel_resource_id) {
      // The old channel would keep notifying with a token we no longer know; stopping it is courtesy.
      await calendar.provider
        .stopChannel(before.channel_id, before.channel_resource_id)
        .catch((error) =>
          log.warn({ ...errorFacts(error), business_id: business.id }, 'old calendar channel not stopped'),
        );
    }
    const initial = await deps.sync.requestSync(business, fullSync);
    return {
      created: true,
      channel_id: channelId,
      channel_expires_at: watched.expiresAt.toISOString(),
      calendar_id: calendar.calendarId,
      reason: null,
      initial_sync: initial,
    };
  }

  async function useCalendar(businessId: string, calendarId: string): Promise<void> {
    const at = clock.now().toISOString();
    const existing = await repo.findConnection(db, businessId);
    await repo.saveConnection(db, {
      business_id: businessId,
      auth_kind: existing?.auth_kind ?? 'service_account',
      status: existing?.status ?? 'connected',
      calendar_id: calendarId,
      created_at: at,
      updated_at: at,
    });
  }

  async function storeChannel(
    businessId: string,
    authKind: string | undefined,
    channel: {
      channelId: string;
      token: string;
      address: string;
      ttlSeconds: number;
      resourceId: string;
      expiresAt: Date;
    },
  ): Promise<void> {
    const at = clock.now().toISOString();
    await repo.saveConnection(db, {
      business_id: businessId,
      auth_kind: authKind ?? 'service_account',
      status: 'connected',
      channel_id: channel.channelId,
      channel_token: channel.token,
      channel_resource_id: channel.resourceId,
      channel_address: channel.address,
      channel_ttl_seconds: channel.ttlSeconds,
      channel_expires_at: channel.expiresAt.toISOString(),
      renew_claimed_at: null,
      created_at: at,
      updated_at: at,
    });
  }

  /** The sweep: renews every channel close to expiry that no other instance is renewing. */
  async function renewDue(options: { signal?: AbortSignal; limit?: number } = {}): Promise<number> {
    const now = clock.now();
    const staleBefore = new Date(now.getTime() - CLAIM_STALE_MS).toISOString();
    const before = new Date(now.getTime() + RENEW_AHEAD_MS).toISOString();
    const rows = await repo.findChannelsToRenew(db, { before, staleBefore, limit: options.limit ?? 50 });
    let renewed = 0;
    for (const row of rows) {
      if (options.signal?.aborted) break;
      const ttlMs = (row.channel_ttl_seconds ?? DEFAULT_TTL_SECONDS) * 1000;
      const due =
        new Date(row.channel_expires_at ?? 0).getTime() - now.getTime() < Math.min(RENEW_AHEAD_MS, ttlMs / 2);
      if (!due || !(await repo.claimRenewal(db, row, now.toISOString(), staleBefore))) continue;
      const business = await deps.tenants.findById(row.business_id);
      if (!business || !row.channel_address) continue;
      const input = { webhook_url: row.channel_address, ttl_seconds: row.channel_ttl_seconds ?? undefined };
      const result = await watch(business, input, '', false).catch((error) => {
        log.warn({ ...errorFacts(error), business_id: row.business_id }, 'calendar channel renewal failed');
        return null;
      });
      if (result?.created) renewed += 1;
      // A failed renewal frees its claim for the next sweep.
      else await repo.updateConnection(db, row.business_id, { renew_claimed_at: null });
    }
    return renewed;
  }

  return { watch, renewDue };
}
