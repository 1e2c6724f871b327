import { type Credentials, gaxios, JWT, OAuth2Client } from 'google-auth-library';
import type { ServiceAccountKey } from '../../../platform/config/calendar-config.js';

// Google credentials for one tenant: the owner's OAuth grant (refreshed by the library, persisted by
// us) or the platform's service account. Both talk to the configured token endpoint, so a proxy or a
// test's fake server can stand in for oauth2.googleapis.com end to end.

export const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar';
// The service-account grant (gtoken) always posts to this URL; the transporter redirects it.
const GOOGLE_DEFAULT_TOKEN_URL = 'https://oauth2.googleapis.com/token';

export interface OAuthClientSettings {
  clientId: string;
  clientSecret: string;
  redirectUrl?: string;
  tokenUrl: string;
  timeoutMs: number;
}

/** The tokens we keep for a tenant (sealed before storage). */
export interface StoredTokens {
  access_token?: string | null;
  refresh_token?: string | null;
  expiry_date?: number | null;
}

/** A transporter that sends token requests to `tokenUrl` and gives every request a time limit. */
export function googleTransporter(tokenUrl: string, timeoutMs: number): InstanceType<typeof gaxios.Gaxios> {
  const transporter = new gaxios.Gaxios({ timeout: timeoutMs, retry: false });
  if (tokenUrl !== GOOGLE_DEFAULT_TOKEN_URL) {
    transporter.interceptors.request.add({
      resolved: async (options) => {
        if (String(options.url) === GOOGLE_DEFAULT_TOKEN_URL) options.url = new URL(tokenUrl);
        return options;
      },
    });
  }
  return transporter;
}

export function oauthClient(settings: OAuthClientSettings): OAuth2Client {
  return new OAuth2Client({
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    ...(settings.redirectUrl ? { redirectUri: settings.redirectUrl } : {}),
    endpoints: { oauth2TokenUrl: settings.tokenUrl },
    transporter: googleTransporter(settings.tokenUrl, settings.timeoutMs),
  });
}

/** The owner's consent screen; `prompt=consent` makes Google issue a refresh token every time. */
export function authorizationUrl(settings: OAuthClientSettings, state: string): string {
  return oauthClient(settings).generateAuthUrl({
    access_type: 'offline',
    prompt: 'consent',
    scope: [CALENDAR_SCOPE],
    include_granted_scopes: true,
    state,
  });
}

export async function exchangeCode(settings: OAuthClientSettings, code: string): Promise<StoredTokens> {
  const { tokens } = await oauthClient(settings).getToken(code);
  return pickTokens(tokens);
}

/**
 * A tenant's OAuth client. The library refreshes an expired access token by itself; `onTokens`
 * receives the new tokens (with the refresh token kept when Google sends none) to persist them.
 */
export function tenantOAuthClient(
  settings: OAuthClientSettings,
  tokens: StoredTokens,
  onTokens: (tokens: StoredTokens) => void,
): OAuth2Client {
  const client = oauthClient(settings);
  client.setCredentials(tokens);
  client.on('tokens', (fresh: Credentials) => {
    onTokens({ ...pickTokens(fresh), refresh_token: fresh.refresh_token ?? tokens.refresh_token ?? null });
  });
  return client;
}

export function serviceAccountClient(key: ServiceAccountKey, tokenUrl: string, timeoutMs: number): JWT {
  return new JWT({
    email: key.clientEmail,
    key: key.privateKey,
    scopes: [CALENDAR_SCOPE],
    transporter: googleTransporter(tokenUrl, timeoutMs),
  });
}

function pickTokens(tokens: Credentials): StoredTokens {
  return {
    access_token: tokens.access_token ?? null,
    refresh_token: tokens.refresh_token ?? null,
    expiry_date: tokens.expiry_date ?? null,
  };
}
