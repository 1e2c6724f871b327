import type { FastifyInstance } from 'fastify';

// One log line per request, written when the answer has gone out (method, path without the query,
// route pattern, status, time, request id and, once known, the tenant). Fastify's default writes a
// second line on arrival; at our request rates that doubled the cost of logging for nothing a
// reader needs (a request that never completes is visible from the server's timeout log).
export function registerRequestLog(app: FastifyInstance): void {
  // Callback style, like the other per-request hooks: an async hook costs a promise per request.
  app.addHook('onResponse', (request, reply, done) => {
    const query = request.url.indexOf('?');
    reply.log.info(
      {
        method: request.method,
        // Path only: query strings carry phone numbers (Twilio's From/To) or tokens.
        path: query === -1 ? request.url : request.url.slice(0, query),
        route: request.routeOptions.url,
        status_code: reply.statusCode,
        response_time_ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request completed',
    );
    done();
  });
}
