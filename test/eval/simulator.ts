import { DateTime } from 'luxon';
import { buildTestApp, createBusiness } from '../helpers/test-app.js';
import { type CallRecord, playCall } from './call.js';
import { newCallState, responsiveCaller, scriptedCaller } from './caller.js';
import { judge } from './checks.js';
import { DEFAULT_TENANT } from './personas/defaults.js';
import { EVAL_TWILIO_ENV } from './twilio-client.js';
import type { LocalWindow, Persona } from './types.js';
import { type Appointment, callerBookings, type OwnerApi, observe, ownerGet, ownerPost } from './world.js';

// Plays one persona against a fresh app: its own in-memory database, the persona's clock, signed
// Twilio webhooks. Everything the persona needs is set up through the API, as an operator would.

export const BUSINESS_NUMBER = '+13125550199';
const DEFAULT_MAX_TURNS = 12;

export interface EvalResult {
  persona: Persona;
  ok: boolean;
  failures: string[];
  call: CallRecord | null;
}

export async function playPersona(persona: Persona): Promise<EvalResult> {
  const tenant = { ...DEFAULT_TENANT, ...persona.tenant, twilio_phone_number: BUSINESS_NUMBER };
  const timeZone = tenant.time_zone;
  const now = DateTime.fromISO(persona.now, { zone: timeZone });
  if (!now.isValid) throw new Error(`${persona.id}: invalid now ${persona.now}`);
  // The call starts at the persona's "now" and the clock moves on as the call does.
  let current = now.toJSDate();
  const clock = { now: () => current };
  const { app } = await buildTestApp({ env: EVAL_TWILIO_ENV, overrides: { clock } });
  try {
    const business = await createBusiness(app, tenant);
    const api: OwnerApi = { app, apiKey: business.apiKey };
    const seeded = await seed(api, persona);
    const state = newCallState(persona.caller);
    const knows = knownWindow(persona, seeded, timeZone);
    const accepts = persona.caller.accepts ?? wantedWindow(persona);
    const profile = accepts ? { ...persona.caller, accepts } : persona.caller;
    const caller = persona.script
      ? scriptedCaller(persona.script)
      : responsiveCaller(profile, { now: now.toJSDate(), timeZone, ...(knows ? { knows } : {}) });
    const seededIds = new Set(seeded.map((a) => a.id));
    const call = await playCall({
      app,
      from: persona.caller.phone,
      to: BUSINESS_NUMBER,
      caller,
      state,
      maxTurns: persona.maxTurns ?? DEFAULT_MAX_TURNS,
      elapse: (ms) => {
        current = new Date(current.getTime() + ms);
      },
      booked: async () => {
        const { items } = await ownerGet<{ items: Appointment[] }>(api, '/v1/crm/appointments?limit=200');
        return callerBookings(items, persona.caller.phone, seededIds).length > 0;
      },
    });
    const world = await observe(api);
    const failures = [
      ...call.httpErrors,
      ...judge(persona.expect, {
        world,
        call,
        callerPhone: persona.caller.phone,
        ownerPhone: (tenant.owner_phone as string | null | undefined) ?? null,
        timeZone,
        seeded,
      }),
    ];
    return { persona, ok: failures.length === 0, failures, call };
  } catch (error) {
    return { persona, ok: false, failures: [`harness: ${(error as Error).message}`], call: null };
  } finally {
    await app.close();
  }
}

async function seed(api: OwnerApi, persona: Persona): Promise<Appointment[]> {
  if (!persona.seed) return [];
  const { customer, appointments } = persona.seed;
  const created = await ownerPost<{ id: string }>(api, '/v1/crm/customers', {
    phone: persona.caller.phone,
    name: customer.name,
    address: customer.address,
  });
  const booked: Appointment[] = [];
  for (const appointment of appointments) {
    booked.push(
      await ownerPost<Appointment>(api, '/v1/crm/appointments', {
        customer_id: created.id,
        start_time: appointment.start,
        service_type: appointment.service_type,
        description: appointment.description,
        address: customer.address,
      }),
    );
  }
  return booked;
}

/** What the caller wants is what the persona expects to be booked (or moved to). */
function wantedWindow(persona: Persona): LocalWindow | undefined {
  for (const check of persona.expect) {
    if (check.kind === 'booked' || check.kind === 'moved') return check.window;
  }
  return undefined;
}

/** The appointment the caller is calling about: the one a cancel/unchanged/moved check names first. */
function knownWindow(persona: Persona, seeded: Appointment[], timeZone: string): LocalWindow | undefined {
  const about = persona.expect.find((c) => c.kind === 'cancelled' || c.kind === 'moved');
  const appointment = about && 'seed' in about ? seeded[about.seed] : undefined;
  if (!appointment) return undefined;
  const start = DateTime.fromISO(appointment.start_time, { zone: 'utc' }).setZone(timeZone);
  return {
    dates: [start.toISODate()!],
    from: start.toFormat('HH:mm'),
    to: start.plus({ minutes: 1 }).toFormat('HH:mm'),
  };
}
