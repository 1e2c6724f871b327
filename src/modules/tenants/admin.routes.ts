import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  adminBusinessCreateSchema,
  adminBusinessPatchSchema,
  businessIdParamsSchema,
  businessListSchema,
  businessResponseSchema,
  businessWithSecretsSchema,
  listQuerySchema,
  rotateWidgetTokenBodySchema,
} from './tenants.schemas.js';
import type { TenantService } from './tenants.service.js';

const tags = ['admin'];
const config = { auth: 'admin' as const };

export const adminRoutes: FastifyPluginAsyncZod<{ tenants: TenantService }> = async (app, { tenants }) => {
  app.get(
    '/v1/admin/businesses',
    {
      config,
      schema: {
        tags,
        summary: 'List businesses',
        querystring: listQuerySchema,
        response: { 200: businessListSchema },
      },
    },
    (request) => tenants.list(request.query),
  );

  app.post(
    '/v1/admin/businesses',
    {
      config,
      schema: {
        tags,
        summary: 'Create a business; the answer carries its API key and widget token, shown only now',
        body: adminBusinessCreateSchema,
        response: { 201: businessWithSecretsSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await tenants.create(request.body)),
  );

  app.get(
    '/v1/admin/businesses/:business_id',
    {
      config,
      schema: {
        tags,
        summary: 'Get a business',
        params: businessIdParamsSchema,
        response: { 200: businessResponseSchema },
      },
    },
    (request) => tenants.get(request.params.business_id),
  );

  app.patch(
    '/v1/admin/businesses/:business_id',
    {
      config,
      schema: {
        tags,
        summary: 'Change any field of a business, including status and lockdown_mode',
        params: businessIdParamsSchema,
        body: adminBusinessPatchSchema,
        response: { 200: businessResponseSchema },
      },
    },
    (request) => tenants.update(request.params.business_id, request.body),
  );

  app.post(
    '/v1/admin/businesses/:business_id/rotate-key',
    {
      config,
      schema: {
        tags,
        summary: 'Issue a new API key; the old one stops working at once',
        params: businessIdParamsSchema,
        response: { 200: businessWithSecretsSchema },
      },
    },
    (request) => tenants.rotate(request.params.business_id, 'api_key'),
  );

  app.post(
    '/v1/admin/businesses/:business_id/rotate-widget-token',
    {
      config,
      schema: {
        tags,
        summary: 'Issue a new widget token; the old one stops working at once',
        params: businessIdParamsSchema,
        body: rotateWidgetTokenBodySchema.nullish(),
        response: { 200: businessWithSecretsSchema },
      },
    },
    (request) =>
      tenants.rotate(request.params.business_id, 'widget_token', undefined, request.body?.expires_in_days),
  );
};
