import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Metrics } from '../metrics/metrics.js';

// One observation per response, labelled by route pattern (never the raw path: ids and phone
// numbers live in paths and query strings). Twilio webhooks are also counted by kind.

const TWILIO_ROUTE = /^(?:\/v1)?\/twilio\/([a-z-]+)$/;

export function routeLabel(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched';
}

export function registerRequestMetrics(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', (request, reply, done) => {
    const route = routeLabel(request);
    const failed = reply.statusCode >= 500 || request.failure !== null;
    metrics.httpRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    const twilio = route.includes('twilio') ? TWILIO_ROUTE.exec(route) : null;
    if (twilio?.[1]) metrics.twilioRequest(twilio[1], failed);
    done();
  });
}
