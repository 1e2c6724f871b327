import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * A tag for JSON this service stores in its shared state: `name` plus a digest of the zod schema it
 * is written under, so a record carrying the tag was written by code with this very shape, and any
 * change to the schema changes the tag. Readers use tagged records as they are and validate
 * everything else in full (records of another release during a deploy, of another writer).
 */
export function storedFormat(name: string, schema: z.ZodType): string {
  const shape = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any' }));
  return `${name}:${createHash('sha256').update(shape).digest('base64url').slice(0, 16)}`;
}

/** Serialises `value` (a plain object) with its format tag. */
export function withFormat(format: string, value: object): string {
  return JSON.stringify({ format, ...value });
}

/**
 * The record a stored JSON value holds: as is when it carries `format` (without the tag), else
 * validated by `schema`; null when it does not fit.
 */
export function readFormatted<T>(format: string, schema: z.ZodType<T>, value: unknown): T | null {
  if (value && typeof value === 'object' && (value as { format?: unknown }).format === format) {
    const { format: _format, ...record } = value as Record<string, unknown>;
    return record as T;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
