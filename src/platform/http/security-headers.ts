import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

// Security headers on every response (helmet). Nothing we serve today is meant to be framed by
// another site, so frames are limited to our own origin; the embeddable chat widget, when it is
// served, gets a frame-ancestors policy from its tenant's allowed origins instead.
// `upgrade-insecure-requests` is left out: TLS ends at the proxy, and over plain HTTP in
// development it would send the docs page's own scripts to an https:// origin that does not exist.
// The middleware is built once; the Fastify plugin builds it again for every request, which cost
// 6 % of a cheap request's CPU.
export function registerSecurityHeaders(app: FastifyInstance): void {
  const apply = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: { 'upgrade-insecure-requests': null, 'frame-ancestors': ["'self'"] },
    },
    // The API is read by scripts and other origins' dashboards; CORP same-origin would block them.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    apply(request.raw, reply.raw, () => done());
  });
}
