import fc from 'fast-check';
import type { JsonSchema, Operation, Parameter } from './operations.js';

// Valid bodies and query values, generated from the operation's JSON Schema. Where a schema alone
// cannot say what the service accepts (a real customer id, a phone number, a time zone, opening
// hours that close after they open), a field-name rule gives a valid value. The fuzz mutates these
// so its requests get past the first type check into the deeper rules.

export interface RealIds {
  /** The fuzzed tenant. */
  businessId: string;
  /** Another tenant: the target of the admin routes with a {business_id}. */
  adminTargetId: string;
  customerId: string;
  appointmentId: string;
  callbackId: string;
  conversationId: string;
  /** A live widget chat of the tenant (/v1/widget/{conversation_id}/message). */
  widgetConversationId: string;
  /** A live voice session of the tenant (/v1/voice/session/{id}, telephony `session_id`). */
  voiceSessionId: string;
  /** The start of the tenant's other appointment: booking or moving onto it answers 409. */
  busyStart: string;
  /** The admin target's Twilio number: taking it answers 409. */
  takenTwilioNumber: string;
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');
const word = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...ALNUM), minLength: Math.max(1, min), maxLength: Math.max(1, max) });

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const phone = fc.integer({ min: 0, max: 9999 }).map((n) => `+1512555${pad(n, 4)}`);
const DAY_MS = 86_400_000;
const BASE = Date.UTC(2030, 0, 1);
const localDate = fc
  .integer({ min: 0, max: 3650 })
  .map((d) => new Date(BASE + d * DAY_MS).toISOString().slice(0, 10));
const clockTime = fc
  .record({ h: fc.integer({ min: 0, max: 23 }), m: fc.constantFrom(0, 15, 30, 45) })
  .map(({ h, m }) => `${pad(h, 2)}:${pad(m, 2)}`);
/** A future start, on a quarter hour, with Z or read in the tenant's zone. */
const startTime = fc
  .record({
    day: fc.integer({ min: 0, max: 20_000 }),
    quarter: fc.integer({ min: 0, max: 95 }),
    zoned: fc.boolean(),
  })
  .map(({ day, quarter, zoned }) => {
    const iso = new Date(BASE + day * DAY_MS + quarter * 900_000).toISOString().slice(0, 19);
    return zoned ? `${iso}Z` : iso;
  });
const businessHours = fc.constantFrom(
  {
    mon: [['08:00', '17:00']],
    tue: [
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ],
  },
  { sat: [['09:00', '13:00']], sun: [] },
  {},
  { fri: [['00:00', '24:00']] },
);

function byName(name: string, ids: RealIds): fc.Arbitrary<unknown> | null {
  switch (name) {
    case 'phone':
    case 'owner_phone':
      return phone;
    case 'twilio_phone_number':
      return fc.oneof(
        fc.constant(null),
        fc.integer({ min: 0, max: 9_999_999 }).map((n) => `+1737${pad(n, 7)}`),
        fc.constant(ids.takenTwilioNumber),
      );
    case 'time_zone':
      return fc.constantFrom('America/Chicago', 'Europe/Berlin', 'UTC', 'Asia/Kolkata', '-06:00');
    case 'email':
    case 'owner_email':
      return fc.option(word(1, 12).map((w) => `${w}@example.com`));
    case 'customer_id':
      return fc.constant(ids.customerId);
    case 'session_id':
      return fc.constant(ids.voiceSessionId);
    case 'start_time':
      // Now and then onto (or half an hour into) the other appointment: a conflict.
      return fc.oneof(
        { arbitrary: startTime, weight: 4 },
        {
          arbitrary: fc
            .constantFrom(0, 1_800_000)
            .map((shift) => new Date(Date.parse(ids.busyStart) + shift).toISOString()),
          weight: 1,
        },
      );
    case 'start_time_from':
    case 'start_time_to':
      return startTime;
    case 'date':
    case 'from_date':
    case 'to_date':
      return localDate;
    case 'after':
    case 'before':
    case 'at':
      return clockTime;
    case 'closed_dates':
      return fc.array(localDate, { maxLength: 3 });
    case 'widget_allowed_origins':
      return fc.array(fc.constantFrom('https://example.com', 'http://localhost:3000'), { maxLength: 2 });
    case 'business_hours':
      return businessHours;
    case 'id':
      // A new tenant id on the admin create (a taken one answers 409, which is fine too).
      return word(6, 20).map((w) => `fz-${w}`);
    default:
      return null;
  }
}

/** A value the schema (and the service behind it) accepts. */
export function validValue(schema: JsonSchema, name: string, ids: RealIds): fc.Arbitrary<unknown> {
  const named = byName(name, ids);
  if (named) return named;
  if (schema.anyOf) {
    const branches = schema.anyOf.map((branch) => ({
      arbitrary: validValue(branch, name, ids),
      weight: branch.type === 'null' ? 1 : 4,
    }));
    return fc.oneof(...branches);
  }
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number':
      return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1000 });
    case 'string':
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      return word(schema.minLength ?? 1, Math.min(schema.maxLength ?? 24, 24));
    case 'array': {
      if (schema.prefixItems) return fc.tuple(...schema.prefixItems.map((s) => validValue(s, name, ids)));
      const items = schema.items;
      if (!items) return fc.constant([]);
      return fc.array(validValue(items, name, ids), { maxLength: 3 });
    }
    case 'object':
      return validObject(schema, ids);
    default:
      return fc.constant(null);
  }
}

function validObject(schema: JsonSchema, ids: RealIds): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [key, validValue(property, key, ids)]),
  );
  return fc
    .record(model, { requiredKeys: schema.required ?? [] })
    .map((body) => consistent(body as Record<string, unknown>));
}

/** An end time goes with a start time and follows it; only one of them would be refused. */
function consistent(body: Record<string, unknown>): Record<string, unknown> {
  if (!('end_time' in body) || body.end_time === null) return body;
  const { end_time: _end, ...rest } = body;
  if (typeof body.start_time !== 'string') return rest;
  const start = body.start_time;
  const end = new Date(Date.parse(start.endsWith('Z') ? start : `${start}Z`) + 3_600_000);
  return { ...rest, end_time: `${end.toISOString().slice(0, 19)}${start.endsWith('Z') ? 'Z' : ''}` };
}

export function validBody(op: Operation, ids: RealIds): fc.Arbitrary<Record<string, unknown>> | null {
  return op.body ? validObject(op.body, ids) : null;
}

/** A valid value of one query parameter (a cursor is only ever fuzzed: a valid one comes from a page). */
export function validQueryValue(param: Parameter, ids: RealIds): fc.Arbitrary<string> | null {
  if (param.name === 'cursor') return null;
  if (param.name === 'status' && !param.schema.enum)
    return fc.constantFrom('CONFIRMED', 'scheduled', 'CANCELLED', 'Completed');
  return validValue(param.schema, param.name, ids).map((value) => String(value));
}
