import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { CalendarConfig } from '../../platform/config/config.js';
import type { Database } from '../../platform/db/database.js';
import type { Notifier } from '../notifications/notifier.js';
import type { Business } from '../tenants/tenants.model.js';
import type { TenantService } from '../tenants/tenants.service.js';
import { errorFacts, invalidOAuthState, oauthExchangeFailed, oauthNotConfigured } from './calendar.errors.js';
import type { CalendarProvider } from './calendar.port.js';
import * as repo from './calendar.repository.js';
import type { CalendarConnectionRow } from './calendar.table.js';
import {
  authorizationUrl,
  exchangeCode,
  type OAuthClientSettings,
  type StoredTokens,
  serviceAccountClient,
  tenantOAuthClient,
} from './google/google-auth.js';
import { createGoogleCalendarProvider } from './google/google-calendar.provider.js';
import { createTokenCipher, signState, type TokenCipher, verifyState } from './token-cipher.js';

// Which calendar a tenant has and with what credentials: the owner's OAuth grant (tokens sealed at
// rest, refreshes persisted), else the platform's service account on the tenant's `calendar_id`.
// A revoked grant disconnects the tenant once and tells the owner by text.

export interface WarnLogger {
  warn(details: object, message: string): void;
}

export interface CalendarStatus {
  connected: boolean;
  method: 'oauth' | 'service_account' | null;
  calendar_id: string | null;
  /** Set when Google revoked our access; the owner must connect again. */
  disconnected_at: string | null;
  last_sync_at: string | null;
  /** A push channel is open, so changes made in Google arrive within seconds. */
  watching: boolean;
}

/** A tenant's calendar, ready to call. */
export interface TenantCalendar {
  readonly provider: CalendarProvider;
  readonly calendarId: string;
  readonly connection: CalendarConnectionRow | undefined;
}

/**
 * Builds a provider from credentials. The Google factory is the real one; tests and development pass
 * `(business) => memoryCalendar` through the app's overrides.
 */
export type CalendarProviderFactory = (
  business: Business,
  credentials:
    | { kind: 'oauth'; tokens: StoredTokens; persist: (tokens: StoredTokens) => void }
    | { kind: 'service_account' },
  calendarId: string,
) => CalendarProvider | null;

export interface CalendarConnectionsDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: CalendarConfig;
  publicBaseUrl: string | undefined;
  tenants: Pick<TenantService, 'findById'>;
  notifier: Notifier;
  log: WarnLogger;
  factory?: CalendarProviderFactory;
}

export type CalendarConnections = ReturnType<typeof createCalendarConnections>;

export const CALLBACK_PATH = '/v1/calendar/google/callback';

export function createCalendarConnections(deps: CalendarConnectionsDeps) {
  const { db, clock, config, log } = deps;
  const cipher: TokenCipher | null = config.encryptionKey ? createTokenCipher(config.encryptionKey) : null;
  const factory = deps.factory ?? googleFactory(config);
  const now = () => clock.now().toISOString();

  function oauthSettings(origin?: string): OAuthClientSettings {
    if (!config.oauth || !cipher) throw oauthNotConfigured();
    const base = deps.publicBaseUrl ?? origin;
    const redirectUrl = config.oauth.redirectUrl ?? (base ? `${base}${CALLBACK_PATH}` : undefined);
    return {
      clientId: config.oauth.clientId,
      clientSecret: config.oauth.clientSecret,
      ...(redirectUrl ? { redirectUrl } : {}),
      tokenUrl: config.tokenUrl,
      timeoutMs: config.timeoutMs,
    };
  }

  /** The consent screen's URL, with a signed `state` naming the tenant that expires in 10 minutes. */
  function connectUrl(business: Business, origin: string): { authorization_url: string } {
    const settings = oauthSettings(origin);
    if (!cipher) throw oauthNotConfigured();
    return { authorization_url: authorizationUrl(settings, signState(cipher, business.id, clock.now())) };
  }

  /** Google sent the owner back: exchange the code and keep the tokens, sealed. */
  async function completeOAuth(code: string, state: string, origin: string) {
    // The state first: a request that did not come from our consent link learns nothing more.
    const businessId = cipher ? verifyState(cipher, state, clock.now()) : null;
    const business = businessId ? await deps.tenants.findById(businessId) : null;
    if (!business || !cipher) throw invalidOAuthState();
    const settings = oauthSettings(origin);
    let tokens: StoredTokens;
    try {
      tokens = await exchangeCode(settings, code);
    } catch (error) {
      throw oauthExchangeFailed(error);
    }
    const at = now();
    await repo.saveConnection(db, {
      business_id: business.id,
      auth_kind: 'oauth',
      status: 'connected',
      calendar_id: business.calendar_id ?? 'primary',
      encrypted_tokens: cipher.seal(JSON.stringify(tokens)),
      disconnected_at: null,
      created_at: at,
      updated_at: at,
    });
    // Writes that stopped when access was revoked go out again now that it is back.
    await db
      .updateTable('calendar_event_writes')
      .set({ status: 'pending', attempts: 0, next_attempt_at: at, claimed_at: null, updated_at: at })
      .where('business_id', '=', business.id)
      .where('status', '=', 'blocked')
      .where('last_error', '=', 'auth_revoked')
      .execute();
    return { business_id: business.id, connected: true as const };
  }

  /** The tenant's calendar, or null when it has none (or access was revoked). */
  async function calendarFor(business: Business): Promise<TenantCalendar | null> {
    const connection = await repo.findConnection(db, business.id);
    if (connection?.status === 'disconnected') return null;
    const calendarId = connection?.calendar_id ?? business.calendar_id ?? 'primary';
    if (connection?.auth_kind === 'oauth') {
      const tokens = openTokens(connection);
      if (!tokens) return null;
      const persist = (fresh: StoredTokens) => void persistTokens(business.id, fresh);
      const provider = factory(business, { kind: 'oauth', tokens, persist }, calendarId);
      return provider ? { provider, calendarId, connection } : null;
    }
    // The service account reaches only calendars shared with it, so the tenant must name one.
    if (!business.calendar_id && !connection) return null;
    const provider = factory(business, { kind: 'service_account' }, calendarId);
    return provider ? { provider, calendarId, connection } : null;
  }

  function openTokens(connection: CalendarConnectionRow): StoredTokens | null {
    if (!connection.encrypted_tokens || !cipher) return null;
    const plain = cipher.open(connection.encrypted_tokens);
    if (plain === null) {
      log.warn(
        { business_id: connection.business_id },
        'calendar tokens cannot be opened with the configured key',
      );
      return null;
    }
    return JSON.parse(plain) as StoredTokens;
  }

  async function persistTokens(businessId: string, tokens: StoredTokens): Promise<void> {
    if (!cipher) return;
    try {
      await repo.updateConnection(db, businessId, {
        encrypted_tokens: cipher.seal(JSON.stringify(tokens)),
        updated_at: now(),
      });
    } catch (error) {
      log.warn(
        { ...errorFacts(error), business_id: businessId },
        'refreshed calendar tokens could not be stored',
      );
    }
  }

  /** Google no longer accepts our access: stop using it and tell the owner (once per disconnection). */
  async function markRevoked(business: Business): Promise<void> {
    const at = now();
    const existing = await repo.findConnection(db, business.id);
    if (existing?.status === 'disconnected') return;
    await repo.saveConnection(db, {
      business_id: business.id,
      auth_kind: existing?.auth_kind ?? 'service_account',
      status: 'disconnected',
      disconnected_at: at,
      created_at: at,
      updated_at: at,
    });
    log.warn({ business_id: business.id }, 'calendar access revoked; tenant disconnected');
    try {
      await deps.notifier.alertOwner(business, {
        // The owner must act (reconnect), as with a callback request.
        event: 'callback',
        dedupeKey: `calendar_disconnected:${business.id}:${at}`,
        body: 'Your Google Calendar stopped accepting updates from your assistant. New bookings are kept here; reconnect the calendar to sync them.',
      });
    } catch (error) {
      log.warn({ ...errorFacts(error), business_id: business.id }, 'calendar disconnection alert failed');
    }
  }

  /**
   * What the owner sees in settings: whether bookings reach a calendar, through which grant, and
   * when it last synced. Never the tokens.
   */
  async function statusOf(business: Business): Promise<CalendarStatus> {
    const connection = await repo.findConnection(db, business.id);
    if (connection?.status === 'disconnected') {
      return {
        connected: false,
        method: connection.auth_kind as CalendarStatus['method'],
        calendar_id: connection.calendar_id,
        disconnected_at: connection.disconnected_at,
        last_sync_at: connection.last_sync_at,
        watching: false,
      };
    }
    const oauth = connection?.auth_kind === 'oauth';
    const serviceAccount = !oauth && Boolean(business.calendar_id || connection);
    return {
      connected: oauth || serviceAccount,
      method: oauth ? 'oauth' : serviceAccount ? 'service_account' : null,
      calendar_id: connection?.calendar_id ?? business.calendar_id ?? null,
      disconnected_at: null,
      last_sync_at: connection?.last_sync_at ?? null,
      watching: Boolean(
        connection?.channel_id && connection.channel_expires_at && connection.channel_expires_at > now(),
      ),
    };
  }

  return { connectUrl, completeOAuth, calendarFor, markRevoked, persistTokens, statusOf };
}

/** Google providers from the configured OAuth client and service account. */
export function googleFactory(config: CalendarConfig): CalendarProviderFactory {
  // One service-account client for every tenant: it caches its access token between calls.
  let serviceAuth: ReturnType<typeof serviceAccountClient> | null = null;
  return (_business, credentials, calendarId) => {
    const common = { calendarId, rootUrl: config.apiBaseUrl, timeoutMs: config.timeoutMs };
    if (credentials.kind === 'oauth') {
      if (!config.oauth) return null;
      const settings = {
        clientId: config.oauth.clientId,
        clientSecret: config.oauth.clientSecret,
        tokenUrl: config.tokenUrl,
        timeoutMs: config.timeoutMs,
      };
      const auth = tenantOAuthClient(settings, credentials.tokens, credentials.persist);
      return createGoogleCalendarProvider({ auth, ...common });
    }
    if (!config.serviceAccount) return null;
    serviceAuth ??= serviceAccountClient(config.serviceAccount, config.tokenUrl, config.timeoutMs);
    return createGoogleCalendarProvider({ auth: serviceAuth, ...common });
  };
}
