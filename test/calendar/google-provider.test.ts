import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CalendarError } from '../../src/modules/calendar/calendar.errors.js';
import type { CalendarProvider } from '../../src/modules/calendar/calendar.port.js';
import {
  authorizationUrl,
  exchangeCode,
  type OAuthClientSettings,
  type StoredTokens,
  serviceAccountClient,
  tenantOAuthClient,
} from '../../src/modules/calendar/google/google-auth.js';
import { createGoogleCalendarProvider } from '../../src/modules/calendar/google/google-calendar.provider.js';
import { type FakeGoogle, startFakeGoogle } from './fake-google.js';

// The Google implementation through the real client libraries (@googleapis/calendar,
// google-auth-library) against a local fake of Google's token endpoint and Calendar API.

let google: FakeGoogle;
let settings: OAuthClientSettings;

beforeAll(async () => {
  google = await startFakeGoogle();
  settings = {
    clientId: 'client-123.apps.googleusercontent.com',
    clientSecret: 'client-secret',
    redirectUrl: 'https://app.example.com/v1/calendar/google/callback',
    tokenUrl: google.tokenUrl,
    timeoutMs: 2000,
  };
});
afterAll(() => google.close());

async function oauthProvider(
  timeoutMs = 2000,
  onTokens: (tokens: StoredTokens) => void = () => undefined,
): Promise<{ provider: CalendarProvider; tokens: StoredTokens }> {
  const tokens = await exchangeCode(settings, 'good-code');
  const auth = tenantOAuthClient({ ...settings, timeoutMs }, tokens, onTokens);
  const provider = createGoogleCalendarProvider({
    auth,
    calendarId: 'owner@example.com',
    rootUrl: google.url,
    timeoutMs,
  });
  return { provider, tokens };
}

const details = (startIso: string, minutes = 60) => ({
  summary: 'Drain cleaning – Dana',
  description: 'Customer: Dana',
  location: '12 Elm St',
  start: new Date(startIso),
  end: new Date(new Date(startIso).getTime() + minutes * 60_000),
});

describe('Google OAuth', () => {
  it('builds a consent URL for offline access to the calendar with the state', () => {
    const url = new URL(authorizationUrl(settings, 'signed-state'));
    expect(url.searchParams.get('client_id')).toBe(settings.clientId);
    expect(url.searchParams.get('access_type')).toBe('offline');
    expect(url.searchParams.get('state')).toBe('signed-state');
    expect(url.searchParams.get('scope')).toBe('https://www.googleapis.com/auth/calendar');
    expect(url.searchParams.get('redirect_uri')).toBe(settings.redirectUrl);
  });

  it('exchanges a code at the configured token endpoint', async () => {
    const tokens = await exchangeCode(settings, 'good-code');
    expect(tokens.access_token).toMatch(/^at_/);
    expect(tokens.refresh_token).toMatch(/^rt_/);
    const exchange = google.calls('POST', '/token').at(-1)!;
    expect(exchange.body).toMatchObject({ grant_type: 'authorization_code', code: 'good-code' });
  });

  it('refuses a bad code', async () => {
    await expect(exchangeCode(settings, 'bad-code')).rejects.toThrow();
  });

  it('refreshes an expired access token and hands the new tokens over for storage', async () => {
    const saved: StoredTokens[] = [];
    const tokens = await exchangeCode(settings, 'good-code');
    const auth = tenantOAuthClient(settings, { ...tokens, expiry_date: Date.now() - 1000 }, (t) =>
      saved.push(t),
    );
    const provider = createGoogleCalendarProvider({
      auth,
      calendarId: 'primary',
      rootUrl: google.url,
      timeoutMs: 2000,
    });
    const refreshesBefore = google.requests.filter((r) => r.body?.grant_type === 'refresh_token').length;
    await provider.freeBusy(new Date('2026-03-10T00:00:00Z'), new Date('2026-03-11T00:00:00Z'));
    expect(google.requests.filter((r) => r.body?.grant_type === 'refresh_token').length).toBe(
      refreshesBefore + 1,
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]!.access_token).not.toBe(tokens.access_token);
    expect(saved[0]!.refresh_token).toBe(tokens.refresh_token);
  });

  it('classifies a revoked refresh token as auth_revoked', async () => {
    const tokens = await exchangeCode(settings, 'good-code');
    google.refreshTokens.delete(tokens.refresh_token!);
    const auth = tenantOAuthClient(settings, { ...tokens, expiry_date: Date.now() - 1000 }, () => undefined);
    const provider = createGoogleCalendarProvider({
      auth,
      calendarId: 'primary',
      rootUrl: google.url,
      timeoutMs: 2000,
    });
    const error = await provider.deleteEvent('abc123').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalendarError);
    expect((error as CalendarError).kind).toBe('auth_revoked');
  });
});

describe('Google Calendar provider', () => {
  it('inserts an event with our id and UTC times, and a retry updates it instead of duplicating', async () => {
    const { provider } = await oauthProvider();
    await provider.upsertEvent('evt0001aa', details('2026-03-10T15:00:00Z'));
    await provider.upsertEvent('evt0001aa', details('2026-03-10T16:00:00Z'));
    const event = google.events.get('evt0001aa')!;
    expect(event.start).toEqual({ dateTime: '2026-03-10T16:00:00.000Z', timeZone: 'UTC' });
    expect(event.location).toBe('12 Elm St');
    expect(google.calls('PATCH', '/events/evt0001aa')).toHaveLength(1);
    expect(google.calls('POST', '/calendar/v3/calendars/owner%40example.com/events').length).toBeGreaterThan(
      0,
    );
  });

  it('deletes an event; deleting it again is not an error', async () => {
    const { provider } = await oauthProvider();
    await provider.upsertEvent('evt0002aa', details('2026-03-11T15:00:00Z'));
    await provider.deleteEvent('evt0002aa');
    expect(google.events.get('evt0002aa')!.status).toBe('cancelled');
    await expect(provider.deleteEvent('evt0002aa')).resolves.toBeUndefined();
    await expect(provider.deleteEvent('never-existed')).resolves.toBeUndefined();
  });

  it('reads busy periods from freeBusy', async () => {
    const { provider } = await oauthProvider();
    await provider.upsertEvent('evt0003aa', details('2026-04-01T15:00:00Z', 90));
    const busy = await provider.freeBusy(new Date('2026-04-01T00:00:00Z'), new Date('2026-04-02T00:00:00Z'));
    expect(busy).toEqual([
      { start: new Date('2026-04-01T15:00:00Z'), end: new Date('2026-04-01T16:30:00Z') },
    ]);
    const query = google.calls('POST', '/freeBusy').at(-1)!;
    expect(query.body).toMatchObject({ items: [{ id: 'owner@example.com' }] });
  });

  it('lists all pages, then only what changed since the sync token; an expired token is `gone`', async () => {
    const { provider } = await oauthProvider();
    for (let i = 0; i < 260; i += 1) {
      google.ownerPut({
        id: `bulk${i}`,
        status: 'confirmed',
        start: { dateTime: '2026-05-01T10:00:00Z' },
        end: { dateTime: '2026-05-01T11:00:00Z' },
      });
    }
    const first = await provider.listChanges({});
    expect(first.events).toHaveLength(250);
    expect(first.nextPageToken).not.toBeNull();
    const second = await provider.listChanges({ pageToken: first.nextPageToken! });
    expect(second.nextPageToken).toBeNull();
    expect(second.nextSyncToken).not.toBeNull();
    const listed = google.calls('GET', '/events').at(-1)!;
    expect(listed.query.get('singleEvents')).toBe('true');
    expect(listed.query.get('showDeleted')).toBe('true');

    google.ownerPut({ id: 'bulk7', status: 'cancelled' });
    const changes = await provider.listChanges({ syncToken: second.nextSyncToken! });
    expect(changes.events.map((e) => [e.id, e.status])).toEqual([['bulk7', 'cancelled']]);

    google.expireSyncTokens();
    const error = await provider.listChanges({ syncToken: changes.nextSyncToken! }).catch((e: unknown) => e);
    expect((error as CalendarError).kind).toBe('gone');
  });

  it('opens a watch channel with our id, token and TTL, and stops it', async () => {
    const { provider } = await oauthProvider();
    const watched = await provider.watch({
      channelId: 'chan-1',
      token: 'secret-token',
      address: 'https://app.example.com/v1/calendar/google/push',
      ttlSeconds: 3600,
    });
    expect(watched.resourceId).toMatch(/^res_/);
    expect(watched.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(google.channels.get('chan-1')).toMatchObject({ token: 'secret-token', ttl: '3600' });
    await provider.stopChannel('chan-1', watched.resourceId);
    expect(google.channels.has('chan-1')).toBe(false);
    await expect(provider.stopChannel('chan-1', watched.resourceId)).resolves.toBeUndefined();
  });

  it('classifies 5xx and 429 as transient, 404 as not_found, 400 as rejected', async () => {
    const { provider } = await oauthProvider();
    const kindOf = async (status: number) => {
      google.failNext({ kind: 'status', status });
      const error = await provider
        .upsertEvent('evtfail', details('2026-03-12T15:00:00Z'))
        .catch((e: unknown) => e);
      return (error as CalendarError).kind;
    };
    expect(await kindOf(503)).toBe('transient');
    expect(await kindOf(429)).toBe('transient');
    expect(await kindOf(404)).toBe('not_found');
    expect(await kindOf(400)).toBe('rejected');
  });

  it('gives up on a hanging request after the timeout, as a transient failure', async () => {
    const { provider } = await oauthProvider(300);
    google.failNext({ kind: 'hang' });
    const error = await provider
      .freeBusy(new Date('2026-03-10T00:00:00Z'), new Date('2026-03-11T00:00:00Z'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalendarError);
    expect((error as CalendarError).kind).toBe('transient');
  });
});

describe('Google service account', () => {
  it('gets its token from the configured token endpoint with a signed JWT grant', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const key = {
      clientEmail: 'sa@project.iam.gserviceaccount.com',
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    };
    const auth = serviceAccountClient(key, google.tokenUrl, 2000);
    const provider = createGoogleCalendarProvider({
      auth,
      calendarId: 'shop@example.com',
      rootUrl: google.url,
      timeoutMs: 2000,
    });
    await provider.upsertEvent('evtsa01', details('2026-03-13T15:00:00Z'));
    expect(google.events.has('evtsa01')).toBe(true);
    const grant = google.requests.find(
      (r) => r.body?.grant_type === 'urn:ietf:params:oauth:grant-type:jwt-bearer',
    );
    expect(grant?.body?.assertion).toEqual(expect.any(String));
  });
});
