import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireBusiness } from '../../tenants/tenants.auth.js';
import type { BookingService } from '../booking/booking.service.js';
import {
  appointmentCreateSchema,
  appointmentIdParamsSchema,
  appointmentListQuerySchema,
  appointmentListSchema,
  appointmentPatchSchema,
  appointmentSchema,
  cancelQuerySchema,
  idempotencyHeadersSchema,
} from './appointments.schemas.js';

const tags = ['crm'];
const config = { auth: 'owner' as const };

export const appointmentRoutes: FastifyPluginAsyncZod<{ bookings: BookingService }> = async (
  app,
  { bookings },
) => {
  app.get(
    '/v1/crm/appointments',
    {
      config,
      schema: {
        tags,
        summary: 'List appointments by start time; start_time_from is inclusive, start_time_to exclusive',
        querystring: appointmentListQuerySchema,
        response: { 200: appointmentListSchema },
      },
    },
    (request) => bookings.list(requireBusiness(request), request.query),
  );

  app.post(
    '/v1/crm/appointments',
    {
      config,
      schema: {
        tags,
        summary: 'Book an appointment; a time overlapping another non-cancelled appointment answers 409',
        description:
          'Business hours, travel buffer and daily cap are not enforced here (the owner may override them); ' +
          'only overlap is. Send Idempotency-Key to make retries safe.',
        headers: idempotencyHeadersSchema,
        body: appointmentCreateSchema,
        response: { 201: appointmentSchema },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const options = key ? { idempotencyKey: key, source: 'api' as const } : { source: 'api' as const };
      const { appointment, replayed } = await bookings.book(requireBusiness(request), request.body, options);
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(201).send(appointment);
    },
  );

  app.get(
    '/v1/crm/appointments/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Get an appointment',
        params: appointmentIdParamsSchema,
        response: { 200: appointmentSchema },
      },
    },
    (request) => bookings.get(requireBusiness(request), request.params.id),
  );

  app.patch(
    '/v1/crm/appointments/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Change an appointment; a new start/end is a reschedule (409 when occupied or completed)',
        description:
          'A new start without an end keeps the length. A moved appointment returns to SCHEDULED unless ' +
          'status is sent too.',
        params: appointmentIdParamsSchema,
        body: appointmentPatchSchema,
        response: { 200: appointmentSchema },
      },
    },
    (request) => bookings.update(requireBusiness(request), request.params.id, request.body),
  );

  app.delete(
    '/v1/crm/appointments/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Cancel an appointment and return it; cancelling again returns it unchanged',
        params: appointmentIdParamsSchema,
        querystring: cancelQuerySchema,
        response: { 200: appointmentSchema },
      },
    },
    (request) =>
      bookings.cancel(requireBusiness(request), request.params.id, {
        notifyCustomer: request.query.notify_customer,
      }),
  );
};
