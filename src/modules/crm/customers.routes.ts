import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireBusiness } from '../tenants/tenants.auth.js';
import {
  customerIdParamsSchema,
  customerListQuerySchema,
  customerListSchema,
  customerPatchSchema,
  customerResponseSchema,
  customerSearchQuerySchema,
  customerUpsertSchema,
  timelineQuerySchema,
  timelineSchema,
} from './customers.schemas.js';
import type { CustomerService } from './customers.service.js';
import type { TimelineService } from './timeline.service.js';

const tags = ['crm'];
const config = { auth: 'owner' as const };

export const customerRoutes: FastifyPluginAsyncZod<{
  customers: CustomerService;
  timeline: TimelineService;
}> = async (app, { customers, timeline }) => {
  app.get(
    '/v1/crm/customers',
    {
      config,
      schema: {
        tags,
        summary: 'Customers, newest first',
        querystring: customerListQuerySchema,
        response: { 200: customerListSchema },
      },
    },
    (request) => customers.list(requireBusiness(request).id, request.query),
  );

  app.post(
    '/v1/crm/customers',
    {
      config,
      schema: {
        tags,
        summary: 'Create a customer, or update the one with this phone number',
        description:
          'Upsert keyed by the phone number in E.164. 201 with the new customer when none had this ' +
          'number; 200 with the existing customer, given fields changed, when one had. A phone that is ' +
          'not a phone number answers 422 naming body.phone.',
        body: customerUpsertSchema,
        response: { 200: customerResponseSchema, 201: customerResponseSchema },
      },
    },
    async (request, reply) => {
      const { customer, created } = await customers.upsertByPhone(requireBusiness(request).id, request.body);
      return reply.code(created ? 201 : 200).send(customer);
    },
  );

  app.get(
    '/v1/crm/customers/search',
    {
      config,
      schema: {
        tags,
        summary: 'Find customers by part of a name, email or address, or by phone digits; newest first',
        querystring: customerSearchQuerySchema,
        response: { 200: customerListSchema },
      },
    },
    (request) => customers.search(requireBusiness(request).id, request.query.q, request.query),
  );

  app.get(
    '/v1/crm/customers/:id',
    {
      config,
      schema: {
        tags,
        summary: 'One customer',
        params: customerIdParamsSchema,
        response: { 200: customerResponseSchema },
      },
    },
    (request) => customers.get(requireBusiness(request).id, request.params.id),
  );

  app.patch(
    '/v1/crm/customers/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Change a customer; null clears a field (the phone number is the key and cannot change)',
        params: customerIdParamsSchema,
        body: customerPatchSchema,
        response: { 200: customerResponseSchema },
      },
    },
    (request) => customers.update(requireBusiness(request).id, request.params.id, request.body),
  );

  app.get(
    '/v1/crm/customers/:id/timeline',
    {
      config,
      schema: {
        tags,
        summary: "The customer's appointments, conversations, callbacks and text messages, newest first",
        params: customerIdParamsSchema,
        querystring: timelineQuerySchema,
        response: { 200: timelineSchema },
      },
    },
    (request) => timeline.forCustomer(requireBusiness(request).id, request.params.id, request.query),
  );
};
