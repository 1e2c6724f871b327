import type { FastifyInstance, FastifyRequest } from 'fastify';

// A request that failed on our side, whatever the caller was answered (a problem document, or a
// TwiML apology with 200 so Twilio never plays its own error): metrics count it as an error and
// error reporting sends it, tagged with the request id and tenant.

declare module 'fastify' {
  interface FastifyRequest {
    /** The error that made this request fail on our side; null when it did not. */
    failure: unknown;
  }
}

export function registerFailureTracking(app: FastifyInstance): void {
  app.decorateRequest('failure', null);
}

export function markFailed(request: FastifyRequest, error: unknown): void {
  request.failure = error ?? new Error('request failed');
}
