import { z } from 'zod';
import { isLocalDate } from '../../../platform/time/tenant-time.js';
import { LlmError } from '../../assistant/llm/index.js';
import { dayPeriod, periodAround } from './periods.js';
import { QUESTION_KINDS, type Question, type QuestionKind } from './questions.js';

// The one tool a model may call to say what an unrecognised question asks: one of the kinds the
// rules answer, and the period. The rules then read the facts; the model never sees records here.

export const CLASSIFY_TOOL = 'classify_owner_question';

const ANSWERABLE = QUESTION_KINDS.filter((kind) => kind !== 'help');

export const modelQuestionSchema = z.object({
  kind: z
    .enum([...ANSWERABLE, 'unknown'])
    .describe(
      'schedule: appointments of a day or range; summary: counts for a day; next_appointment; callbacks: people waiting for a call back; emergencies; bookings: how many jobs were booked in a period; calls: who phoned; unknown: none of these.',
    ),
  date: z.string().describe('The one local day asked about, YYYY-MM-DD.').optional(),
  unit: z.enum(['day', 'week', 'month']).describe('The period asked about, when not one date.').optional(),
  offset: z
    .number()
    .int()
    .min(-24)
    .max(24)
    .describe('Periods from the current one: 0 this, -1 last, 1 next.')
    .optional(),
});
export type ModelQuestion = z.infer<typeof modelQuestionSchema>;

export function classifyToolParameters(): Record<string, unknown> {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(modelQuestionSchema) as Record<string, unknown>;
  return schema;
}

// Models often spell "not said" as null; that means absent, not malformed.
function withoutNulls(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== null));
}

export function parseModelQuestion(argumentsJson: string): ModelQuestion {
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
  const parsed = modelQuestionSchema.safeParse(withoutNulls(raw));
  if (!parsed.success) throw new LlmError('invalid_output', "The model's arguments do not fit the schema");
  return parsed.data;
}

const PERIODLESS: readonly QuestionKind[] = ['next_appointment', 'callbacks'];
const DEFAULT_UNIT = {
  schedule: 'day',
  summary: 'day',
  calls: 'day',
  emergencies: 'week',
  bookings: 'month',
} as const;

/** The question the model named, or null for `unknown`. A date that is not a real one is ignored. */
export function questionFromModel(answer: ModelQuestion, today: string): Question | null {
  if (answer.kind === 'unknown') return null;
  const kind = answer.kind;
  if (PERIODLESS.includes(kind)) return { kind, period: null, recognised: true };
  const unit = answer.unit ?? DEFAULT_UNIT[kind as keyof typeof DEFAULT_UNIT];
  const period =
    answer.date && isLocalDate(answer.date)
      ? dayPeriod(answer.date)
      : periodAround(unit, today, answer.offset ?? 0);
  return { kind, period, recognised: true };
}
