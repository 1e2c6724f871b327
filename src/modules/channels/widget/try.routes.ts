import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireBusiness } from '../../tenants/tenants.auth.js';
import { newSecret } from '../../tenants/tenants.credentials.js';
import { rotateWidgetTokenBodySchema } from '../../tenants/tenants.schemas.js';
import type { TenantService } from '../../tenants/tenants.service.js';
import {
  tryConversationParamsSchema,
  tryMessageBodySchema,
  tryMessageResponseSchema,
  tryStartBodySchema,
  tryStartResponseSchema,
  widgetTokenResponseSchema,
} from './try.schemas.js';
import type { WidgetService } from './widget.service.js';

// The owner's side of the widget. "Try the assistant": the dashboard chats with the tenant's own
// assistant as a caller would, through the widget's chat service (the same engine path), the
// conversation marked is_test. Owner credentials, not the widget token, so no website origin is
// involved and it works before any allowed origin is set. Owners and staff (a viewer only reads);
// like every automation route it pauses in lockdown (423).

const tags = ['owner'];
const tryConfig = { auth: 'owner' as const, automation: true };
// A credential, like the settings: owners only, and still possible while suspended.
const tokenConfig = { auth: 'owner' as const, ownerOnly: true, whileSuspended: true };

export interface TryRouteDeps {
  widget: WidgetService;
  tenants: Pick<TenantService, 'rotate'>;
}

export const tryRoutes: FastifyPluginAsyncZod<TryRouteDeps> = async (app, { widget, tenants }) => {
  app.post(
    '/v1/owner/try/start',
    {
      config: tryConfig,
      schema: {
        tags,
        summary: 'Try the assistant: start a test chat (201 with the conversation id and the greeting)',
        description:
          'A web chat like the widget’s, booking for real, its CRM conversation marked `is_test`. ' +
          'Owners and staff; a viewer gets 403; a tenant in lockdown 423.',
        body: tryStartBodySchema.nullish(),
        response: { 201: tryStartResponseSchema },
      },
    },
    async (request, reply) => {
      const { name, phone } = request.body ?? {};
      const started = await widget.start(
        requireBusiness(request),
        { customer_name: name ?? null, customer_phone: phone ?? null },
        { test: true },
      );
      return reply.code(201).send(started);
    },
  );

  app.post(
    '/v1/owner/try/:conversation_id/message',
    {
      config: tryConfig,
      schema: {
        tags,
        summary: "Try the assistant: the owner's message and the assistant's reply",
        description:
          'Continues a test chat of the caller’s tenant (any other conversation answers 404); an ' +
          'expired or ended one answers 409 (`CHAT_EXPIRED`, `CHAT_ENDED`).',
        params: tryConversationParamsSchema,
        body: tryMessageBodySchema,
        response: { 200: tryMessageResponseSchema },
      },
    },
    (request) =>
      widget.message(requireBusiness(request), request.params.conversation_id, request.body.text, {
        test: true,
      }),
  );

  app.post(
    '/v1/owner/widget-token',
    {
      config: tokenConfig,
      schema: {
        tags,
        summary: 'Issue a new widget token (owners only); the old one stops working at once',
        body: rotateWidgetTokenBodySchema.nullish(),
        response: { 200: widgetTokenResponseSchema },
      },
    },
    async (request) => {
      // The same rotation as the admin route's, with the new token chosen here so it is ours to show.
      const widget_token = newSecret('widget_token');
      const days = request.body?.expires_in_days;
      const business = await tenants.rotate(requireBusiness(request).id, 'widget_token', widget_token, days);
      return { widget_token, expires_at: business.widget_token_expires_at };
    },
  );
};
