import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import type { ConversationMessage, MessageRole } from './conversations.model.js';
import * as repo from './conversations.repository.js';
import { conversationNotFound } from './crm.errors.js';

// Group commit of transcript appends. Concurrent turns each append a line or two; written one by
// one that was two statements and a commit per turn, the largest write cost of a turn. Appends
// queued while the previous batch is being written (or within one event-loop turn) are written
// together: one statement touches every conversation of the batch, one inserts every message, in
// one transaction. Each caller's promise settles when its batch is committed (its reply still
// waits for its own transcript to be durable); a failed batch fails only the appends in it, and an
// unknown conversation fails only its own append.

export interface NewMessage {
  role: MessageRole;
  text: string;
}

interface Pending {
  businessId: string;
  conversationId: string;
  messages: ReadonlyArray<NewMessage>;
  resolve(stored: ConversationMessage[]): void;
  reject(error: unknown): void;
}

const DEFAULT_MAX_BATCH = 64;
const INSERT_CHUNK = 1_000;

export type MessageAppends = ReturnType<typeof createMessageAppends>;

export function createMessageAppends(deps: { db: Kysely<Database>; clock: Clock; maxBatch?: number }) {
  const { db, clock } = deps;
  const maxBatch = deps.maxBatch ?? DEFAULT_MAX_BATCH;
  let queue: Pending[] = [];
  let writing = false;
  let scheduled = false;

  /** Appends in order (timestamps never go backwards within a conversation); resolves once durable. */
  function append(
    businessId: string,
    conversationId: string,
    messages: ReadonlyArray<NewMessage>,
  ): Promise<ConversationMessage[]> {
    return new Promise((resolve, reject) => {
      queue.push({ businessId, conversationId, messages, resolve, reject });
      if (!scheduled && !writing) {
        scheduled = true;
        setImmediate(drain);
      }
    });
  }

  async function drain(): Promise<void> {
    scheduled = false;
    writing = true;
    try {
      while (queue.length > 0) {
        const batch = queue.slice(0, maxBatch);
        queue = queue.slice(batch.length);
        await write(batch);
      }
    } finally {
      writing = false;
    }
  }

  async function write(batch: Pending[]): Promise<void> {
    try {
      const outcomes =
        batch.length === 1
          ? [await writeOne(db, batch[0] as Pending)]
          : await db.transaction().execute((trx) => writeMany(trx, batch));
      batch.forEach((pending, i) => {
        const outcome = outcomes[i];
        if (outcome instanceof Error) pending.reject(outcome);
        else pending.resolve(outcome ?? []);
      });
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    }
  }

  // A lone append needs no transaction: the touch is its existence check, then one insert.
  async function writeOne(db: Kysely<Database>, pending: Pending): Promise<ConversationMessage[] | Error> {
    const { businessId, conversationId } = pending;
    const touched = await repo.touchConversation(db, businessId, conversationId, clock.now().toISOString());
    if (!touched) return conversationNotFound(conversationId);
    const stored = stamp(pending.messages, latestMs(touched.latestMessageAt));
    await repo.insertMessages(
      db,
      stored.map((message) => rowOf(pending, message)),
    );
    return stored;
  }

  async function writeMany(trx: Kysely<Database>, batch: Pending[]) {
    const at = clock.now().toISOString();
    const latest = await repo.touchConversations(trx, batch, at);
    // Two appends of one conversation in a batch: the second starts after the first.
    const lastStamped = new Map<string, number>();
    const rows: Parameters<typeof repo.insertMessages>[1] = [];
    const outcomes = batch.map((pending): ConversationMessage[] | Error => {
      const key = repo.conversationKey(pending.businessId, pending.conversationId);
      if (!latest.has(key)) return conversationNotFound(pending.conversationId);
      const after = Math.max(lastStamped.get(key) ?? Number.NEGATIVE_INFINITY, latestMs(latest.get(key)));
      const stored = stamp(pending.messages, after);
      const last = stored.at(-1);
      if (last) lastStamped.set(key, Date.parse(last.created_at));
      for (const message of stored) rows.push(rowOf(pending, message));
      return stored;
    });
    // Bounded statements (SQLite allows 32,766 parameters; a message row has six).
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await repo.insertMessages(trx, rows.slice(i, i + INSERT_CHUNK));
    }
    return outcomes;
  }

  // New timestamps start after the latest stored one, so messages appended in one millisecond keep
  // their order.
  function stamp(messages: ReadonlyArray<NewMessage>, afterMs: number): ConversationMessage[] {
    let previous = afterMs;
    return messages.map((message) => {
      const current = clock.now().getTime();
      const at = previous >= current ? previous + 1 : current;
      previous = at;
      return { role: message.role, text: message.text, created_at: new Date(at).toISOString() };
    });
  }

  return { append };
}

function latestMs(at: string | null | undefined): number {
  return at ? Date.parse(at) : Number.NEGATIVE_INFINITY;
}

function rowOf(pending: Pending, message: ConversationMessage) {
  return {
    id: newId('msg'),
    business_id: pending.businessId,
    conversation_id: pending.conversationId,
    ...message,
  };
}
