import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../platform/errors/app-error.js';
import { cspWithFrameAncestors } from '../../../platform/http/security-headers.js';
import type { TenantService } from '../../tenants/tenants.service.js';
import { widgetOriginOf } from '../../tenants/widget-origins.js';

// The hosted chat page, /widget/chat?token=<widget token>: the widget's own code mounted full page,
// for sites that can only link to a chat or frame one. It is the one page other sites may frame:
// its frame-ancestors lists the tenant's widget_allowed_origins (exact origins) besides our own, so a
// site the tenant did not list cannot frame it (clickjacking); every other page keeps 'self'. The
// chat talks to the widget API from this service's own origin (widget.cors.ts allows that). The
// page itself holds no secret: the widget reads the token from the address, and no referrer leaves.

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chat</title>
</head>
<body style="margin:0;font-family:system-ui,sans-serif">
<p id="widget-loading" style="padding:1rem">Loading the chat…</p>
<noscript><p style="padding:1rem">The chat needs JavaScript.</p></noscript>
<script src="/widget/embed.js" data-mode="page" async></script>
</body>
</html>
`;

const querySchema = z.object({ token: z.string().max(200).optional() });

export interface WidgetPageDeps {
  tenants: Pick<TenantService, 'findByCredential'>;
}

export const widgetPageRoutes: FastifyPluginAsyncZod<WidgetPageDeps> = async (app, { tenants }) => {
  app.get('/widget/chat', { schema: { hide: true, querystring: querySchema } }, async (request, reply) => {
    const token = request.query.token?.trim();
    const business = token ? await tenants.findByCredential('widget_token', token) : null;
    if (!business) throw new AppError('NOT_FOUND', 'No chat for this address: check the widget token');
    const listed = business.widget_allowed_origins
      .map(widgetOriginOf)
      .filter((origin): origin is string => origin !== null);
    const ancestors = ["'self'", ...new Set(listed)];
    // Helmet's X-Frame-Options (SAMEORIGIN) would refuse the listed sites in older browsers;
    // frame-ancestors says who may frame this page.
    reply.raw.removeHeader('x-frame-options');
    return reply
      .header('content-security-policy', cspWithFrameAncestors(ancestors))
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(PAGE);
  });
};
