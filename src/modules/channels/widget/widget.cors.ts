import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TenantService } from '../../tenants/tenants.service.js';
import { allowsWidgetOrigin } from '../../tenants/widget-origins.js';
import { originNotAllowed } from './widget.errors.js';

// CORS for the widget: a tenant's website (one of its `widget_allowed_origins`) calls the widget API
// from visitors' browsers. Origins are compared exactly (tenants/widget-origins.ts).
//
// A preflight (OPTIONS) carries no X-Widget-Token, so it cannot name a tenant. It is allowed when
// *some* tenant lists the origin: a site no tenant lists gets no Access-Control-Allow-Origin and the
// browser stops there. The per-tenant decision is made on the real request, which carries the token:
// a browser request whose Origin the token's tenant does not list is refused (403) before anything
// runs, so a site listed by tenant A cannot drive tenant B's widget with B's token (its preflight
// passes, its request does not). Browsers cannot forge Origin; scripts that send none (curl,
// `npm run talk`, servers) are not browsers, for which CORS protects nothing, and the token decides.
// A page served by this service itself (the /docs console) is same-origin and allowed.

const ALLOW_METHODS = 'GET, POST';
const ALLOW_HEADERS = 'Content-Type, X-Widget-Token, X-Request-ID';
const EXPOSE_HEADERS = 'X-Request-ID, Retry-After';
/** Browsers reuse a preflight this long (seconds), so a chat is not two requests per message. */
const PREFLIGHT_MAX_AGE = '600';

function originOf(request: FastifyRequest): string | undefined {
  const value = request.headers.origin;
  return typeof value === 'string' ? value : undefined;
}

// A page this service served itself (the hosted chat page /widget/chat, the /docs console) calls the
// widget API from our own origin: the browser sends an Origin equal to the scheme and Host it
// addressed us by. That is safe to allow: a browser sets both Origin and Host itself and no page can
// forge either, so another site's page always presents its own origin, never ours; a client that
// does forge them is no browser, and for it the widget token decides, as for any script. Behind a
// proxy the scheme and host come from X-Forwarded-Proto/-Host only when TRUST_PROXY trusts the hop
// (Fastify's request.protocol and request.host); otherwise from the socket and the Host header, so
// an untrusted X-Forwarded-* cannot make another origin look like ours.
function sameOrigin(request: FastifyRequest, origin: string): boolean {
  return origin === `${request.protocol}://${request.host}`;
}

function allowOrigin(reply: FastifyReply, origin: string): void {
  reply.header('access-control-allow-origin', origin);
  reply.header('access-control-expose-headers', EXPOSE_HEADERS);
}

/** onRequest, after authentication: a browser page of another site may not use this tenant's widget. */
export async function enforceWidgetOrigin(request: FastifyRequest): Promise<void> {
  const origin = originOf(request);
  if (origin === undefined || !request.business) return;
  if (allowsWidgetOrigin(request.business, origin) || sameOrigin(request, origin)) return;
  throw originNotAllowed();
}

/** onSend: every widget answer varies by Origin; a listed origin may read it (errors too: 409, 423). */
export async function widgetCorsHeaders(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const vary = reply.getHeader('vary');
  reply.header('vary', vary ? `${String(vary)}, Origin` : 'Origin');
  const origin = originOf(request);
  if (origin !== undefined && request.business && allowsWidgetOrigin(request.business, origin)) {
    allowOrigin(reply, origin);
  }
}

/** Answers a CORS preflight on a widget route. */
export function createPreflight(tenants: Pick<TenantService, 'anyAllowsWidgetOrigin'>) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('allow', `${ALLOW_METHODS}, OPTIONS`);
    const origin = originOf(request);
    if (origin === undefined) return reply.code(204).send();
    if (!(await tenants.anyAllowsWidgetOrigin(origin))) throw originNotAllowed();
    allowOrigin(reply, origin);
    reply.header('access-control-allow-methods', ALLOW_METHODS);
    reply.header('access-control-allow-headers', ALLOW_HEADERS);
    reply.header('access-control-max-age', PREFLIGHT_MAX_AGE);
    return reply.code(204).send();
  };
}
