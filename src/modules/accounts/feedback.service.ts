import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids.js';
import * as repo from './accounts.repository.js';
import type { FeedbackRow } from './accounts.table.js';

export type FeedbackService = ReturnType<typeof createFeedbackService>;

export interface NewFeedback {
  summary: string;
  details?: string | undefined;
  category?: string | undefined;
  email?: string | undefined;
  url?: string | undefined;
}

export function createFeedbackService(deps: { db: Kysely<Database>; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async submit(input: NewFeedback, businessId: string | null): Promise<void> {
      const row: FeedbackRow = {
        id: newId('fbk'),
        business_id: businessId,
        summary: input.summary,
        details: input.details ?? null,
        category: input.category ?? null,
        email: input.email ?? null,
        // A page's query string may carry tokens; keep only where it was.
        url: input.url ? (input.url.split(/[?#]/)[0] ?? null) : null,
        created_at: clock.now().toISOString(),
      };
      await repo.insertFeedback(db, row);
    },
    async list(query: { limit: number; cursor?: string | undefined }) {
      const rows = await repo.listFeedback(db, query.limit, decodeKeysetCursor(query.cursor));
      const items = rows.slice(0, query.limit);
      const last = items.at(-1);
      const next_cursor =
        rows.length > query.limit && last ? encodeKeysetCursor({ key: last.created_at, id: last.id }) : null;
      return { items, next_cursor };
    },
  };
}
