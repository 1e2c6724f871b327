import { sql } from 'kysely';
import { expect, it } from 'vitest';
import * as migration from '../../src/migrations/2026_12_08_000500_create_calendar_sync.js';
import * as repo from '../../src/modules/calendar/calendar.repository.js';
import { describeEachDialect } from '../helpers/dialects.js';

// The calendar migration on each dialect: its tables take what the repository writes (upserts on the
// primary keys, version bumps), and down() undoes up() cleanly.

describeEachDialect('calendar migration', (ctx) => {
  const at = '2026-03-02T15:00:00.000Z';

  async function business(id: string): Promise<void> {
    await ctx
      .sql()
      .db.insertInto('businesses')
      .values({
        id,
        name: 'Migration test',
        status: 'active',
        lockdown_mode: 0,
        twilio_phone_number: null,
        api_key_hash: null,
        widget_token_hash: null,
        api_key_rotated_at: null,
        widget_token_rotated_at: null,
        settings: '{}',
        created_at: at,
        updated_at: at,
      })
      .execute();
  }

  it('stores connections and outbox rows; a second change of one appointment bumps its version', async () => {
    const db = ctx.sql().db;
    await business('mig-1');
    await repo.saveConnection(db, {
      business_id: 'mig-1',
      auth_kind: 'oauth',
      status: 'connected',
      created_at: at,
      updated_at: at,
    });
    await repo.saveConnection(db, {
      business_id: 'mig-1',
      auth_kind: 'oauth',
      status: 'connected',
      sync_token: 's1',
      created_at: at,
      updated_at: at,
    });
    expect((await repo.findConnection(db, 'mig-1'))?.sync_token).toBe('s1');
    const wanted = {
      business_id: 'mig-1',
      appointment_id: 'apt_1',
      event_id: 'abc123',
      operation: 'upsert' as const,
      payload: '{}',
    };
    expect(await repo.recordWrite(db, wanted, at)).toBe(1);
    expect(await repo.recordWrite(db, { ...wanted, operation: 'delete' }, at)).toBe(2);
    expect(await repo.findWrite(db, 'mig-1', 'apt_1')).toMatchObject({
      version: 2,
      operation: 'delete',
      status: 'pending',
    });
  });

  it('down() removes what up() made, and up() again restores it', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: migrations work on an untyped schema by design.
    const db = ctx.sql().db as any;
    await migration.down(db);
    await expect(sql`select count(*) from calendar_connections`.execute(db)).rejects.toThrow();
    await migration.up(db);
    const rows = await sql`select count(*) as n from calendar_event_writes`.execute(db);
    expect(rows.rows).toHaveLength(1);
  });
});
