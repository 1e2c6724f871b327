import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireBusiness } from '../../tenants/tenants.auth.js';
import { widgetBusinessSchema } from '../../tenants/tenants.schemas.js';
import type { TenantService } from '../../tenants/tenants.service.js';
import { createPreflight, enforceWidgetOrigin, widgetCorsHeaders } from './widget.cors.js';
import {
  widgetConversationParamsSchema,
  widgetMessageBodySchema,
  widgetMessageResponseSchema,
  widgetStartBodySchema,
  widgetStartResponseSchema,
} from './widget.schemas.js';
import type { WidgetService } from './widget.service.js';

const tags = ['widget'];
// Automation: a tenant in lockdown answers 423 (tenants.auth.ts); the rate limit covers /v1/widget/*.
const config = { auth: 'widget' as const, automation: true };

const CORS_NOTE =
  'Browsers may call it from the sites in the tenant’s `widget_allowed_origins` (exact origins); a ' +
  'request whose `Origin` the tenant does not list answers 403 `ORIGIN_NOT_ALLOWED`.';

export interface WidgetRouteDeps {
  widget: WidgetService;
  tenants: Pick<TenantService, 'anyAllowsWidgetOrigin'>;
}

export const widgetRoutes: FastifyPluginAsyncZod<WidgetRouteDeps> = async (app, { widget, tenants }) => {
  // Encapsulated here, so they run after authentication and only on the widget routes.
  app.addHook('onRequest', enforceWidgetOrigin);
  app.addHook('onSend', widgetCorsHeaders);

  app.get(
    '/v1/widget/business',
    {
      config,
      schema: {
        tags,
        summary: 'What the chat widget shows about the business',
        description: CORS_NOTE,
        response: { 200: widgetBusinessSchema },
      },
    },
    (request) => {
      const { id, name, language_code } = requireBusiness(request);
      return { id, name, language_code };
    },
  );

  app.post(
    '/v1/widget/start',
    {
      config,
      schema: {
        tags,
        summary: 'Start a chat with the assistant: 201 with the conversation id and the greeting',
        description:
          'Opens a conversation (channel `web`) in the CRM; its id names the chat from now on. A ' +
          'chat books, reschedules, cancels, flags emergencies and takes callback requests as a ' +
          'call does; a booking has source `web` and texts its confirmation to `customer_phone` ' +
          `when one was given. ${CORS_NOTE}`,
        body: widgetStartBodySchema.nullish(),
        response: { 201: widgetStartResponseSchema },
      },
    },
    async (request, reply) => {
      const started = await widget.start(requireBusiness(request), request.body ?? {});
      return reply.code(201).send(started);
    },
  );

  app.post(
    '/v1/widget/:conversation_id/message',
    {
      config,
      schema: {
        tags,
        summary: "Send the visitor's message; answers the assistant's reply",
        description:
          'Needs the widget token of the conversation’s tenant (another tenant’s conversation, or ' +
          'an unknown one, answers 404). A chat expires SESSION_TTL_SECONDS after its last message, ' +
          'and ends when the assistant closes it (`done: true`); either way a further message ' +
          `answers 409 (\`CHAT_EXPIRED\`, \`CHAT_ENDED\`): start a new chat. ${CORS_NOTE}`,
        params: widgetConversationParamsSchema,
        body: widgetMessageBodySchema,
        response: { 200: widgetMessageResponseSchema },
      },
    },
    (request) => widget.message(requireBusiness(request), request.params.conversation_id, request.body.text),
  );

  // CORS preflights (no credential: browsers send none). See widget.cors.ts for why they are
  // answered per origin rather than per tenant.
  const preflight = createPreflight(tenants);
  for (const url of ['/v1/widget/business', '/v1/widget/start', '/v1/widget/:conversation_id/message']) {
    app.options(
      url,
      {
        schema: {
          tags,
          summary: 'CORS preflight for the chat widget',
          description:
            '204 with `Access-Control-Allow-Origin` when some tenant lists the `Origin` in its ' +
            '`widget_allowed_origins`, else 403 without it. The request itself is then checked ' +
            'against the tenant of its `X-Widget-Token`.',
          response: { 204: z.null().describe('Allowed: the CORS headers, no body') },
        },
      },
      preflight,
    );
  }
};
