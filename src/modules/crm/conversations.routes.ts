import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireBusiness } from '../tenants/tenants.auth.js';
import {
  conversationDetailSchema,
  conversationIdParamsSchema,
  conversationListQuerySchema,
  conversationListSchema,
} from './conversations.schemas.js';
import type { ConversationService } from './conversations.service.js';

const tags = ['crm'];
const config = { auth: 'owner' as const };

export const conversationRoutes: FastifyPluginAsyncZod<{ conversations: ConversationService }> = async (
  app,
  { conversations },
) => {
  app.get(
    '/v1/crm/conversations',
    {
      config,
      schema: {
        tags,
        summary: 'Conversations on every channel, newest first',
        querystring: conversationListQuerySchema,
        response: { 200: conversationListSchema },
      },
    },
    (request) => conversations.list(requireBusiness(request).id, request.query),
  );

  app.get(
    '/v1/crm/conversations/:id',
    {
      config,
      schema: {
        tags,
        summary: 'One conversation with its messages in order',
        params: conversationIdParamsSchema,
        response: { 200: conversationDetailSchema },
      },
    },
    (request) => conversations.get(requireBusiness(request).id, request.params.id),
  );
};
