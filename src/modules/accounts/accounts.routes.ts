import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors/app-error.js';
import { requireBusiness } from '../tenants/tenants.auth.js';
import { AccountLockedError } from './accounts.errors.js';
import {
  acceptedSchema,
  loginBodySchema,
  okSchema,
  passwordResetBodySchema,
  passwordResetConfirmSchema,
  refreshBodySchema,
  registerBodySchema,
  tokenPairSchema,
  userSchema,
} from './accounts.schemas.js';
import type { AccountService } from './accounts.service.js';
import type { PasswordResetService } from './password-reset.service.js';

const tags = ['accounts'];

// A locked account answers 423 with Retry-After (whole seconds until it opens again).
async function withLockoutHeader<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AccountLockedError) reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}

export const accountRoutes: FastifyPluginAsyncZod<{
  accounts: AccountService;
  resets: PasswordResetService;
}> = async (app, { accounts, resets }) => {
  app.post(
    '/v1/auth/register',
    {
      config: { auth: 'owner', ownerOnly: true },
      schema: {
        tags,
        summary: "Add a user to the caller's business (owners only)",
        description:
          "Owner credentials (X-API-Key, or an owner's Bearer token). The email must be unused (409). Roles: owner, staff (writes CRM and scheduling data, not settings, lockdown or users), viewer (reads only).",
        body: registerBodySchema,
        response: { 201: userSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await accounts.register(requireBusiness(request).id, request.body)),
  );

  app.post(
    '/v1/auth/login',
    {
      schema: {
        tags,
        summary: 'Sign in with email and password',
        description:
          'Answers a short-lived access token (send it as `Authorization: Bearer …`) and a refresh token. Five failed attempts within 15 minutes lock the email for 15 minutes (423 with Retry-After), whether or not an account has it.',
        body: loginBodySchema,
        response: { 200: tokenPairSchema },
      },
    },
    (request, reply) => withLockoutHeader(reply, () => accounts.login(request.body)),
  );

  app.post(
    '/v1/auth/refresh',
    {
      schema: {
        tags,
        summary: 'Swap a refresh token for a new pair (each refresh token works once)',
        description:
          'Presenting a refresh token that was already used revokes every token of that sign-in (401).',
        body: refreshBodySchema,
        response: { 200: tokenPairSchema },
      },
    },
    (request) => accounts.refresh(request.body.refresh_token),
  );

  app.post(
    '/v1/auth/logout',
    {
      schema: {
        tags,
        summary: 'End the sign-in the refresh token belongs to',
        description: 'Its access tokens stop working at once. Unknown tokens are accepted (idempotent).',
        body: refreshBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await accounts.logout(request.body.refresh_token);
      return { ok: true as const };
    },
  );

  app.get(
    '/v1/auth/me',
    {
      config: { auth: 'owner' },
      schema: {
        tags,
        summary: 'The signed-in user and their role in the business',
        description:
          'Needs a Bearer access token: an API key authenticates the business, not a person, and answers 401.',
        response: { 200: userSchema },
      },
    },
    (request) => {
      if (!request.user) {
        throw new AppError(
          'UNAUTHENTICATED',
          'This route describes a signed-in user: send Authorization: Bearer',
        );
      }
      return accounts.me(request.user);
    },
  );

  app.post(
    '/v1/auth/password-reset',
    {
      schema: {
        tags,
        summary: 'Email a single-use password reset code',
        description:
          'Always 202, whether or not the email has an account. The code expires after 60 minutes.',
        body: passwordResetBodySchema,
        response: { 202: acceptedSchema },
      },
    },
    async (request, reply) => {
      resets.request(request.body.email);
      return reply.code(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/v1/auth/password-reset/confirm',
    {
      schema: {
        tags,
        summary: 'Set a new password with a reset code',
        description:
          'Ends every sign-in of the user and lifts a lockout. An unknown, used or expired code answers 400.',
        body: passwordResetConfirmSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await resets.confirm(request.body.token, request.body.password);
      return { ok: true as const };
    },
  );
};
