import type { FastifyInstance } from 'fastify';

// What the owner sees through the API after a call: the CRM's appointments, the callbacks list
// and the outbound message log.

export interface Appointment {
  id: string;
  customer_phone: string | null;
  customer_name: string | null;
  start_time: string;
  address: string | null;
  is_emergency: boolean;
  status: 'SCHEDULED' | 'CONFIRMED' | 'CANCELLED' | 'COMPLETED';
}

export interface Callback {
  phone: string | null;
  reason: string;
  call_sid: string | null;
  voicemail_url: string | null;
}

export interface Message {
  to: string;
  kind: string;
  body: string;
}

export interface World {
  appointments: Appointment[];
  callbacks: Callback[];
  messages: Message[];
}

export interface OwnerApi {
  app: FastifyInstance;
  apiKey: string;
}

export async function ownerGet<T>(api: OwnerApi, url: string): Promise<T> {
  const response = await api.app.inject({ method: 'GET', url, headers: { 'x-api-key': api.apiKey } });
  if (response.statusCode !== 200)
    throw new Error(`GET ${url} answered ${response.statusCode}: ${response.body}`);
  return response.json() as T;
}

export async function ownerPost<T>(api: OwnerApi, url: string, payload: object): Promise<T> {
  const response = await api.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { 'x-api-key': api.apiKey },
  });
  if (response.statusCode !== 201)
    throw new Error(`POST ${url} answered ${response.statusCode}: ${response.body}`);
  return response.json() as T;
}

/** Active appointments of the caller other than the ones seeded before the call. */
export function callerBookings(
  appointments: Appointment[],
  phone: string,
  seeded: Set<string>,
): Appointment[] {
  return appointments.filter(
    (a) => a.customer_phone === phone && !seeded.has(a.id) && a.status !== 'CANCELLED',
  );
}

const items = async <T>(api: OwnerApi, url: string) => (await ownerGet<{ items: T[] }>(api, url)).items;

export async function observe(api: OwnerApi): Promise<World> {
  const [appointments, callbacks, messages] = await Promise.all([
    items<Appointment>(api, '/v1/crm/appointments?limit=200'),
    items<Callback>(api, '/v1/owner/callbacks?limit=200'),
    items<Message>(api, '/v1/owner/messages?direction=outbound&limit=200'),
  ]);
  return { appointments, callbacks, messages };
}
