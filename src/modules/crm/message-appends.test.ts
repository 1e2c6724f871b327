import type { Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { createTenantService } from '../tenants/tenants.service.js';
import { type ConversationService, createConversationService } from './conversations.service.js';
import { createMessageAppends } from './message-appends.js';

// A clock that stands still: the batch must still order each conversation's messages.
const frozen: Clock = { now: () => new Date('2026-03-02T15:00:00.000Z') };

/** The same database, recording the kind of every query it builds and the transactions it opens. */
function recorded(db: Kysely<Database>) {
  const queries: string[] = [];
  let transactions = 0;
  const watched = db.withPlugin({
    transformQuery: (args) => {
      queries.push(args.node.kind);
      return args.node;
    },
    transformResult: async (args) => args.result,
  });
  const transaction = watched.transaction.bind(watched);
  watched.transaction = () => {
    transactions += 1;
    return transaction();
  };
  return { db: watched, queries, transactions: () => transactions };
}

describeEachDialect('transcript group commit', (ctx) => {
  let conversations: ConversationService;
  let businessId: string;
  let otherId: string;

  beforeAll(async () => {
    const db = ctx.sql().db;
    const tenants = createTenantService({ db, clock: frozen });
    businessId = (await tenants.create({ name: 'Batch Co' })).id;
    otherId = (await tenants.create({ name: 'Other Batch Co' })).id;
    conversations = createConversationService({ db, clock: frozen });
  });

  const open = (tenant: string, externalId: string) =>
    conversations.openId(tenant, { channel: 'phone', external_id: externalId, caller_phone: null });

  it('writes concurrent appends of many conversations together, each resolved with its own lines', async () => {
    const ids = await Promise.all(Array.from({ length: 8 }, (_, i) => open(businessId, `CA-batch-${i}`)));
    const results = await Promise.all(
      ids.map((id, i) =>
        conversations.appendMessages(businessId, id, [
          { role: 'user', text: `caller ${i}` },
          { role: 'assistant', text: `reply ${i}` },
        ]),
      ),
    );
    results.forEach((stored, i) => {
      expect(stored.map((m) => m.text)).toEqual([`caller ${i}`, `reply ${i}`]);
      expect(stored[0]!.created_at < stored[1]!.created_at).toBe(true);
    });
    for (const [i, id] of ids.entries()) {
      const thread = await conversations.get(businessId, id);
      expect(thread.messages.map((m) => m.text)).toEqual([`caller ${i}`, `reply ${i}`]);
    }
  });

  it('writes a batch in one transaction of two statements (touch every conversation, insert every line)', async () => {
    const watched = recorded(ctx.sql().db);
    const appends = createMessageAppends({ db: watched.db, clock: frozen });
    const ids = await Promise.all(Array.from({ length: 5 }, (_, i) => open(businessId, `CA-count-${i}`)));
    await Promise.all(ids.map((id) => appends.append(businessId, id, [{ role: 'user', text: 'hello' }])));
    expect(watched.transactions()).toBe(1);
    expect(watched.queries).toEqual(['UpdateQueryNode', 'InsertQueryNode']);
    for (const id of ids) {
      expect((await conversations.get(businessId, id)).messages.map((m) => m.text)).toEqual(['hello']);
    }
  });

  it('orders two appends of one conversation in the same batch', async () => {
    const id = await open(businessId, 'CA-same-batch');
    const [first, second] = await Promise.all([
      conversations.appendMessages(businessId, id, [{ role: 'user', text: 'one' }]),
      conversations.appendMessages(businessId, id, [{ role: 'assistant', text: 'two' }]),
    ]);
    expect(first![0]!.created_at < second![0]!.created_at).toBe(true);
    const thread = await conversations.get(businessId, id);
    expect(thread.messages.map((m) => m.text)).toEqual(['one', 'two']);
  });

  it('fails only the append whose conversation is unknown or another tenant’s', async () => {
    const mine = await open(businessId, 'CA-mixed-mine');
    const theirs = await open(otherId, 'CA-mixed-theirs');
    const before = (await conversations.get(otherId, theirs)).updated_at;
    const outcomes = await Promise.allSettled([
      conversations.appendMessages(businessId, mine, [{ role: 'user', text: 'kept' }]),
      conversations.appendMessages(businessId, 'conv_missing', [{ role: 'user', text: 'lost' }]),
      conversations.appendMessages(businessId, theirs, [{ role: 'user', text: 'not theirs' }]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'NOT_FOUND' });
    expect((await conversations.get(businessId, mine)).messages.map((m) => m.text)).toEqual(['kept']);
    const other = await conversations.get(otherId, theirs);
    expect(other.messages).toEqual([]);
    expect(other.updated_at).toBe(before);
  });

  it('fails every append of a batch whose write fails, and writes the next batch', async () => {
    const ids = await Promise.all(['a', 'b', 'c'].map((x) => open(businessId, `CA-fail-${x}`)));
    const outcomes = await Promise.allSettled(
      ids.map((id, i) =>
        conversations.appendMessages(businessId, id, [
          // A NOT NULL violation in one row rolls the whole batch back.
          { role: 'user', text: (i === 1 ? null : `line ${i}`) as string },
        ]),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const id of ids) expect((await conversations.get(businessId, id)).messages).toEqual([]);
    const [stored] = await Promise.all([
      conversations.appendMessages(businessId, ids[0]!, [{ role: 'user', text: 'after' }]),
      conversations.appendMessages(businessId, ids[2]!, [{ role: 'user', text: 'after too' }]),
    ]);
    expect(stored!.map((m) => m.text)).toEqual(['after']);
  });

  it('sees messages another instance wrote: new lines start after them', async () => {
    const id = await open(businessId, 'CA-two-writers');
    const second = ctx.reopen();
    try {
      const elsewhere = createConversationService({ db: second.db, clock: frozen });
      await elsewhere.appendMessages(businessId, id, [{ role: 'user', text: 'from the other instance' }]);
      const [stored] = await Promise.all([
        conversations.appendMessages(businessId, id, [{ role: 'assistant', text: 'from this one' }]),
        conversations.appendMessages(businessId, await open(businessId, 'CA-two-writers-2'), []),
      ]);
      const thread = await conversations.get(businessId, id);
      expect(thread.messages.map((m) => m.text)).toEqual(['from the other instance', 'from this one']);
      expect(stored![0]!.created_at > thread.messages[0]!.created_at).toBe(true);
    } finally {
      await second.close();
    }
  });
});
