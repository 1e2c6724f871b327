import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireBusiness } from '../tenants/tenants.auth.js';
import { messageListQuerySchema, messageListSchema } from './messages.schemas.js';
import type { NotificationService } from './notifications.service.js';

export const messageRoutes: FastifyPluginAsyncZod<{
  notifications: Pick<NotificationService, 'list'>;
}> = async (app, { notifications }) => {
  app.get(
    '/v1/owner/messages',
    {
      config: { auth: 'owner' },
      schema: {
        tags: ['owner'],
        summary:
          "The caller's SMS log, newest first: every outbound text (sent by the provider or returned as TwiML) and inbound ones",
        querystring: messageListQuerySchema,
        response: { 200: messageListSchema },
      },
    },
    (request) => notifications.list(requireBusiness(request).id, request.query),
  );
};
