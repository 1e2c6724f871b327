import type { TurnContext, TurnInput, TurnResult } from '../../src/modules/assistant/assistant.port.js';
import type { Business } from '../../src/modules/tenants/tenants.model.js';
import type { SqlStore } from '../../src/platform/db/create-database.js';
import { manualClock } from '../helpers/manual-clock.js';
import { buildTestApp, createBusiness } from '../helpers/test-app.js';

// The real app (SQLite or a given store), a manual clock, and a tenant like the personas' plumber:
// America/Chicago, Mon–Fri 08:00–17:00, Sat 09:00–13:00.

export const PERSONA_HOURS = {
  mon: [['08:00', '17:00']],
  tue: [['08:00', '17:00']],
  wed: [['08:00', '17:00']],
  thu: [['08:00', '17:00']],
  fri: [['08:00', '17:00']],
  sat: [['09:00', '13:00']],
  sun: [],
};

let numbers = Math.floor(Math.random() * 9_000);

/** A fresh E.164 number per call within this process. */
export function phone(): string {
  numbers = (numbers + 1) % 10_000;
  return `+1773555${String(numbers).padStart(4, '0')}`;
}

/** Sunday 2026-03-08, 7 pm in Chicago (CDT): a caller phoning a plumber after hours. */
export const SUNDAY_7PM = '2026-03-09T00:00:00Z';

export async function assistantHarness(options: { now?: string; sql?: SqlStore } = {}) {
  const clock = manualClock(options.now ?? SUNDAY_7PM);
  const { app, services } = await buildTestApp({
    overrides: { clock, ...(options.sql ? { sql: options.sql } : {}) },
  });

  async function tenant(fields: Record<string, unknown> = {}): Promise<Business> {
    const created = await createBusiness(app, {
      name: 'Lakeview Plumbing',
      time_zone: 'America/Chicago',
      business_hours: PERSONA_HOURS,
      owner_name: 'Denise Kaplan',
      owner_phone: phone(),
      twilio_phone_number: phone(),
      services: [{ name: 'Water heater repair', duration_minutes: 120 }],
      ...fields,
    });
    return services.tenants.get(created.id);
  }

  function context(
    business: Business,
    sessionId: string,
    callerPhone: string | null,
    channel: TurnContext['channel'] = 'phone',
  ): TurnContext {
    return { business, channel, sessionId, callerPhone, now: clock.now() };
  }

  /** One caller session: start, then turns, each with the clock's current time. */
  function session(
    business: Business,
    callerPhone: string | null = phone(),
    channel: TurnContext['channel'] = 'phone',
    extra: Partial<TurnContext> = {},
  ) {
    const sessionId = `CA${Math.random().toString(16).slice(2)}${Date.now().toString(16)}`;
    const ctx = () => ({ ...context(business, sessionId, callerPhone, channel), ...extra });
    return {
      sessionId,
      callerPhone,
      ctx,
      start: (): Promise<TurnResult> => services.assistant.start(ctx()),
      say: (text: string | null, extra: Partial<TurnInput> = {}): Promise<TurnResult> =>
        services.assistant.turn(ctx(), { text, ...extra }),
      end: () => services.assistant.end(ctx(), 'completed'),
    };
  }

  /** Callers take a few seconds per turn; retries of one turn come within the retry window. */
  const advance = (ms = 8_000) => clock.set(new Date(clock.now().getTime() + ms).toISOString());

  return { app, services, clock, advance, tenant, session, close: () => app.close() };
}
