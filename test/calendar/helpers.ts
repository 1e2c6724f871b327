import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { FakeGoogle } from './fake-google.js';

export const WEBHOOK_SECRET = 'relay-secret-0123456789abcdef';
export const ENCRYPTION_KEY = 'calendar-test-key-0123456789abcdef-0123456789';

/** App settings that point Google's client libraries at the fake server. */
export function googleEnv(google: FakeGoogle, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GOOGLE_CLIENT_ID: 'client-123.apps.googleusercontent.com',
    GOOGLE_CLIENT_SECRET: 'client-secret',
    CALENDAR_ENCRYPTION_KEY: ENCRYPTION_KEY,
    GOOGLE_API_BASE_URL: google.url,
    GOOGLE_OAUTH_TOKEN_URL: google.tokenUrl,
    GOOGLE_TIMEOUT_MS: '500',
    CALENDAR_WEBHOOK_SECRET: WEBHOOK_SECRET,
    CALENDAR_SYNC_INTERVAL_SECONDS: '0',
    PUBLIC_BASE_URL: 'https://app.example.com',
    ...extra,
  };
}

/** The owner connects the calendar: consent URL, then Google's redirect back with a code. */
export async function connectCalendar(app: FastifyInstance, apiKey: string): Promise<void> {
  const connect = await app.inject({
    method: 'GET',
    url: '/v1/calendar/google/connect',
    headers: { 'x-api-key': apiKey },
  });
  expect(connect.statusCode).toBe(200);
  const state = new URL(connect.json().authorization_url).searchParams.get('state')!;
  const callback = await app.inject({
    method: 'GET',
    url: `/v1/calendar/google/callback?code=good-code&state=${encodeURIComponent(state)}`,
  });
  expect(callback.statusCode).toBe(200);
}
