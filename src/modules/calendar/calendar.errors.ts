import { AppError } from '../../platform/errors/app-error.js';

/**
 * How a provider failure is treated, and nothing more: retry and backoff act on `transient`; a
 * revoked grant disconnects the tenant and tells the owner; `gone` means the sync token expired (a
 * full sync follows); `not_found` and `rejected` are final for that one request.
 */
export type CalendarErrorKind = 'transient' | 'auth_revoked' | 'not_found' | 'gone' | 'rejected';

export class CalendarError extends Error {
  constructor(
    readonly kind: CalendarErrorKind,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CalendarError';
  }
}

export function isCalendarError(error: unknown, kind?: CalendarErrorKind): error is CalendarError {
  return error instanceof CalendarError && (kind === undefined || error.kind === kind);
}

// 409, not 5xx: nothing failed; this deployment has no OAuth client (a service account may still serve).
export const oauthNotConfigured = () =>
  new AppError('CONFLICT', 'Google sign-in is not configured on this server (GOOGLE_CLIENT_ID)', {
    subcode: 'GOOGLE_OAUTH_NOT_CONFIGURED',
  });

export const invalidOAuthState = () =>
  new AppError('BAD_REQUEST', 'The sign-in link is invalid or has expired; start again', {
    subcode: 'INVALID_OAUTH_STATE',
  });

/** Google refused the code (400: used, expired or forged) or could not be reached (503). */
export const oauthExchangeFailed = (cause: unknown) => {
  const status = (cause as { response?: { status?: number } })?.response?.status;
  const refused = status !== undefined && status >= 400 && status < 500;
  return new AppError(
    refused ? 'BAD_REQUEST' : 'DEPENDENCY_UNAVAILABLE',
    refused
      ? 'Google did not accept the sign-in code; start again'
      : 'Google could not be reached; try again',
    { subcode: 'GOOGLE_OAUTH_FAILED' },
    { cause },
  );
};

export const webhookUnauthenticated = () =>
  new AppError('UNAUTHENTICATED', 'Missing or invalid X-Calendar-Webhook-Secret or owner credentials');

/**
 * What a log line may say about a failure. Never the error itself: a Google client error carries
 * its request (with the Authorization header) and Google's answer (which may quote calendar data).
 */
export function errorFacts(error: unknown): { error: string; kind?: string; status?: number } {
  if (error instanceof CalendarError) {
    return { error: error.name, kind: error.kind, ...(error.status ? { status: error.status } : {}) };
  }
  const name = (error as { name?: unknown })?.name;
  const code = (error as { code?: unknown })?.code;
  return { error: typeof code === 'string' ? code : typeof name === 'string' ? name : 'unknown' };
}
