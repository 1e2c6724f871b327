import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../src/app.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../../helpers/test-app.js';
import { TEST_TWILIO_TOKEN, uniqueTwilioPhone } from '../../helpers/twilio.js';
import { type ScriptedAssistant, scriptedAssistant } from './scripted-assistant.js';

export interface TwilioTestApp {
  app: FastifyInstance;
  services: Services;
  assistant: ScriptedAssistant;
  business: TestBusiness;
  /** The tenant's Twilio number. */
  number: string;
}

/** An app with signatures on, a scripted assistant and one tenant with a Twilio number. */
export async function twilioTestApp(
  options: {
    env?: Record<string, string | undefined>;
    assistant?: ScriptedAssistant;
    business?: Record<string, unknown>;
  } = {},
): Promise<TwilioTestApp> {
  const assistant = options.assistant ?? scriptedAssistant();
  const { app, services } = await buildTestApp({
    env: { TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN, ...options.env },
    overrides: { assistant },
  });
  const number = uniqueTwilioPhone();
  const business = await createBusiness(app, {
    name: 'Acme Plumbing',
    twilio_phone_number: number,
    ...options.business,
  });
  return { app, services, assistant, business, number };
}

export const newCallSid = () => `CA${randomBytes(16).toString('hex')}`;
export const newMessageSid = () => `SM${randomBytes(16).toString('hex')}`;
export const CALLER = '+15125550143';
