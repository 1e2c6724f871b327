import * as Sentry from '@sentry/node';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SentryConfig } from '../../platform/config/config.js';
import { routeLabel } from '../../platform/http/request-metrics.js';
import { maskPhones } from '../../platform/logger/logger.js';

// Errors that failed a request on our side go to Sentry, tagged with the request id and, when
// known, the tenant. Nothing personal leaves: no request bodies, query strings, headers, users or
// breadcrumbs, and phone numbers and credentials are masked in every message.

export interface ErrorTags {
  request_id?: string;
  business_id?: string | null;
  route?: string;
}

/** Where failures are reported; `noErrorReporting` when Sentry is not configured. */
export interface ErrorReporter {
  readonly tracing: boolean;
  capture(error: unknown, tags: ErrorTags): void;
  flush(timeoutMs: number): Promise<void>;
}

export const noErrorReporting: ErrorReporter = {
  tracing: false,
  capture: () => undefined,
  flush: async () => undefined,
};

// Our own credential shapes, Bearer tokens and long opaque secrets.
const SECRET_LIKE = /\b(?:tk|wt)_[A-Za-z0-9_-]{8,}|\bBearer\s+[A-Za-z0-9._~+/=-]+|\b[A-Za-z0-9_-]{32,}\b/g;

export function scrubText(text: string): string {
  return maskPhones(text.replace(SECRET_LIKE, '[secret]'));
}

/** Keeps what locates a bug (type, masked message, stack, tags) and drops what may be personal. */
export function scrubEvent<E extends Sentry.ErrorEvent>(event: E): E {
  if (event.request) event.request = { method: event.request.method, url: event.request.url?.split('?')[0] };
  delete event.user;
  delete event.extra;
  event.breadcrumbs = [];
  if (event.message) event.message = scrubText(event.message);
  for (const exception of event.exception?.values ?? []) {
    if (exception.value) exception.value = scrubText(exception.value);
    for (const frame of exception.stacktrace?.frames ?? []) delete frame.vars;
  }
  return event;
}

export function createSentryReporter(config: SentryConfig): ErrorReporter {
  Sentry.init({
    dsn: config.dsn,
    environment: config.environment,
    ...(config.release ? { release: config.release } : {}),
    tracesSampleRate: config.tracesSampleRate,
    sendDefaultPii: false,
    // The HTTP server is traced by the hooks below; automatic instrumentation would need the SDK
    // loaded before every other module, and its request data integration would send headers.
    defaultIntegrations: false,
    integrations: [
      Sentry.onUncaughtExceptionIntegration(),
      Sentry.onUnhandledRejectionIntegration(),
      Sentry.linkedErrorsIntegration(),
      Sentry.dedupeIntegration(),
    ],
    beforeSend: scrubEvent,
    beforeBreadcrumb: () => null,
  });
  return {
    tracing: config.tracesSampleRate > 0,
    capture(error, tags) {
      Sentry.withScope((scope) => {
        for (const [name, value] of Object.entries(tags)) if (value) scope.setTag(name, value);
        Sentry.captureException(error);
      });
    },
    flush: async (timeoutMs) => {
      await Sentry.flush(timeoutMs);
    },
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    traceSpan: ReturnType<typeof Sentry.startInactiveSpan> | null;
  }
}

/** Reports every request that failed on our side; traces a sample of requests when configured. */
export function registerErrorReporting(app: FastifyInstance, reporter: ErrorReporter): void {
  if (reporter.tracing) {
    app.decorateRequest('traceSpan', null);
    app.addHook('onRequest', async (request) => {
      request.traceSpan = Sentry.startInactiveSpan({
        name: `${request.method} ${routeLabel(request)}`,
        op: 'http.server',
        forceTransaction: true,
      });
    });
  }
  app.addHook('onResponse', (request, reply, done) => {
    if (request.failure !== null) reporter.capture(request.failure, tagsOf(request));
    if (request.traceSpan) {
      request.traceSpan.setStatus({ code: reply.statusCode >= 500 ? 2 : 1 });
      request.traceSpan.setAttribute('http.response.status_code', reply.statusCode);
      request.traceSpan.end();
    }
    done();
  });
  app.addHook('onClose', () => reporter.flush(2000));
}

function tagsOf(request: FastifyRequest): ErrorTags {
  return {
    request_id: String(request.id),
    business_id: request.business?.id ?? null,
    route: routeLabel(request),
  };
}
