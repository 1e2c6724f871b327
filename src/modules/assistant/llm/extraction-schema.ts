import { z } from 'zod';
import { LlmError, type LlmExtraction } from './llm-client.js';

export const TOOL_NAME = 'record_caller_facts';

/** The actions the assistant can take, offered to the model as the intents it may report. */
export const LLM_INTENTS = [
  'book',
  'reschedule',
  'cancel',
  'emergency',
  'human',
  'faq_hours',
  'faq_services',
  'faq_area',
  'faq_price',
  'goodbye',
  'confirm_appointment',
] as const;

const text = (description: string) => z.string().describe(description).optional();
const localDate = (description: string) => text(`${description} Local date, YYYY-MM-DD.`);
const clock = (description: string) => text(`${description} Local 24-hour time, HH:MM.`);

// Dates and clock times stay plain strings here: a bad one is dropped by the merge, not the turn.
const timeSchema = z
  .object({
    date: localDate('The one day the caller asked for.'),
    fromDate: localDate('Earliest acceptable day of a range ("next week", "after Tuesday").'),
    toDate: localDate('Latest acceptable day of a range.'),
    partOfDay: z.enum(['morning', 'afternoon', 'evening']).optional(),
    after: clock('Start no earlier than this.'),
    before: clock('Be finished by this.'),
    at: clock('A specific start time the caller asked for.'),
    asap: z.boolean().describe('The caller wants the earliest possible time.').optional(),
  })
  .describe('When the caller wants the visit. Omit entirely if they said nothing about time.');

export const extractionSchema = z.object({
  intents: z
    .array(z.enum(LLM_INTENTS))
    .describe('What the caller wants to do in this turn; empty if only answering a question.')
    .optional(),
  name: text("The caller's own name, only if they said it."),
  address: text('The service address, as spoken (street, city).'),
  phone: text('A callback phone number the caller said, digits only.'),
  problem: text('What is wrong, in a few words, e.g. "water heater leaking".'),
  service: text("One of the business's services, spelled exactly as listed, if one clearly fits."),
  time: timeSchema.optional(),
  yesNo: z.enum(['yes', 'no']).describe('A yes or no answer to the question just asked.').optional(),
  correction: z.boolean().describe('The caller is correcting something they said earlier.').optional(),
  emergency: z
    .boolean()
    .describe('Danger to people or property now: gas smell, flooding, burst pipe, sewage, sparks.')
    .optional(),
  language: z.enum(['en', 'es']).describe('The language the caller is speaking.').optional(),
});

/** JSON-schema parameters of the one tool, generated from the same schema that checks the answer. */
export function toolParameters(): Record<string, unknown> {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(extractionSchema) as Record<string, unknown>;
  return schema;
}

// Models often spell "not said" as null; that means absent, not malformed.
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== null);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, inner]) => inner !== null);
  return Object.fromEntries(entries.map(([key, inner]) => [key, withoutNulls(inner)]));
}

/** Parses the tool-call arguments; anything that is not the schema is an `invalid_output`. */
export function parseExtraction(argumentsJson: string): LlmExtraction {
  let raw: unknown;
  try {
    raw = JSON.parse(argumentsJson);
  } catch (error) {
    throw new LlmError(
      'invalid_output',
      'The model returned arguments that are not JSON',
      {},
      { cause: error },
    );
  }
  const parsed = extractionSchema.safeParse(withoutNulls(raw));
  if (!parsed.success) {
    const paths = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)');
    throw new LlmError(
      'invalid_output',
      `The model's arguments do not fit the schema at ${paths.join(', ')}`,
    );
  }
  return parsed.data;
}
