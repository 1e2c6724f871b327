import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

let counter = 0;

/** A unique email per call (the email is unique across the platform). */
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export const PASSWORD = 'correct horse battery';

/** Registers a user in the API key's tenant; answers the created user. */
export async function register(
  app: FastifyInstance,
  apiKey: string,
  fields: { email?: string; password?: string; role?: 'owner' | 'staff' | 'viewer'; name?: string } = {},
) {
  const email = fields.email ?? uniqueEmail(fields.role ?? 'staff');
  const response = await app.inject({
    method: 'POST',
    url: '/v1/auth/register',
    headers: { 'x-api-key': apiKey },
    payload: {
      email,
      password: fields.password ?? PASSWORD,
      role: fields.role ?? 'staff',
      name: fields.name,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; email: string; role: string; business_id: string };
}

export function login(
  app: FastifyInstance,
  email: string,
  password = PASSWORD,
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } });
}

/** Registers a user with the role and signs in; answers the token pair. */
export async function signedIn(app: FastifyInstance, apiKey: string, role: 'owner' | 'staff' | 'viewer') {
  const user = await register(app, apiKey, { role });
  const response = await login(app, user.email);
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json() as { access_token: string; refresh_token: string };
  return { ...body, email: user.email, bearer: { authorization: `Bearer ${body.access_token}` } };
}
