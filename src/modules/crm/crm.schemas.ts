import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './crm-cursor.js';

// Shared by the CRM route schemas.

export const timestamp = z.string().describe('ISO 8601 UTC');

export const pageQueryFields = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().max(500).optional().describe('next_cursor of the previous page'),
};

export const idParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable().optional();

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    next_cursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last'),
  });
}
