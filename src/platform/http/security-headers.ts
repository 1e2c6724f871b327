import type { FastifyInstance } from 'fastify';
import helmet, { contentSecurityPolicy } from 'helmet';

const OVERRIDES = { 'upgrade-insecure-requests': null, 'frame-ancestors': ["'self'"] };

/**
 * The same Content-Security-Policy as every other response, with `frame-ancestors` replaced: for
 * the one page other sites may frame (the hosted chat page). Sources must be serialised origins
 * (no spaces or semicolons), which the caller guarantees.
 */
export function cspWithFrameAncestors(ancestors: readonly string[]): string {
  const directives: Record<string, Iterable<string> | null> = {
    ...contentSecurityPolicy.getDefaultDirectives(),
    ...OVERRIDES,
    'frame-ancestors': ancestors.length > 0 ? ancestors : ["'self'"],
  };
  return Object.entries(directives)
    .filter((entry): entry is [string, Iterable<string>] => entry[1] !== null)
    .map(([name, values]) => [name, ...values].join(' '))
    .join(';');
}

// Security headers on every response (helmet). Nothing we serve today is meant to be framed by
// another site, so frames are limited to our own origin; the hosted chat page (/widget/chat), which
// customers' websites may frame, gets a frame-ancestors policy from its tenant's allowed origins
// instead (cspWithFrameAncestors, channels/widget/widget-page.routes.ts).
// `upgrade-insecure-requests` is left out: TLS ends at the proxy, and over plain HTTP in
// development it would send the docs page's own scripts to an https:// origin that does not exist.
// The middleware is built once; the Fastify plugin builds it again for every request, which cost
// 6 % of a cheap request's CPU.
export function registerSecurityHeaders(app: FastifyInstance): void {
  const apply = helmet({
    contentSecurityPolicy: { useDefaults: true, directives: OVERRIDES },
    // The API is read by scripts and other origins' dashboards; CORP same-origin would block them.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    apply(request.raw, reply.raw, () => done());
  });
}
