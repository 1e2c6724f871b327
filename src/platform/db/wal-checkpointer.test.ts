import { randomBytes } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqlStore } from './create-database.js';
import { startWalCheckpointer } from './wal-checkpointer.js';

const files: string[] = [];
function tempFile(): string {
  const file = join(tmpdir(), `wal-test-${randomBytes(6).toString('hex')}.db`);
  files.push(file);
  return file;
}

afterEach(() => {
  for (const file of files.splice(0)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
});

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(25)) {
    if (check()) return true;
  }
  return check();
}

describe('SQLite WAL checkpoints', () => {
  it('are left to a worker (commits checkpoint only past ~40 MB): it copies the WAL into the file', async () => {
    const file = tempFile();
    const store = createSqlStore(`sqlite:${file}`);
    const db = store.db;
    const setting = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db);
    expect(setting.rows[0]?.wal_autocheckpoint).toBe(10_000);
    await sql`create table notes (id integer primary key, body text not null)`.execute(db);
    const body = 'x'.repeat(1_000);
    for (let i = 0; i < 3_000; i++) await sql`insert into notes (body) values (${body})`.execute(db);
    // 3 MB of rows, under the commits' threshold: only the worker puts them in the database file.
    expect(await waitFor(() => statSync(file).size > 3_000_000, 5_000)).toBe(true);
    await store.close();

    const reopened = createSqlStore(`sqlite:${file}`);
    const count = await sql<{ n: number }>`select count(*) as n from notes`.execute(reopened.db);
    expect(count.rows[0]?.n).toBe(3_000);
    await reopened.close();
  });

  it('go back into the request path when the worker cannot start', async () => {
    const errors: string[] = [];
    let fellBack = false;
    const checkpointer = startWalCheckpointer({
      file: join(tmpdir(), 'no-such-directory', 'x', 'app.db'),
      intervalMs: 10,
      fallback: () => {
        fellBack = true;
      },
      onError: (message) => errors.push(message),
    });
    expect(await waitFor(() => fellBack, 5_000)).toBe(true);
    expect(errors.length).toBeGreaterThan(0);
    await checkpointer.stop();
  });

  it('leave an in-memory database alone and close cleanly', async () => {
    const store = createSqlStore('sqlite::memory:');
    await sql`select 1`.execute(store.db);
    await store.close();
  });
});
