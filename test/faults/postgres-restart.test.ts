import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../src/app.js';
import { createSqlStore, type SqlStore } from '../../src/platform/db/create-database.js';
import { createTestSql, DIALECTS, TEST_DATABASE_URL, type TestSqlStore } from '../helpers/dialects.js';
import { buildTestApp, createBusiness } from '../helpers/test-app.js';

// PostgreSQL "restarts" under load: a TCP proxy between the service and the database drops every
// connection and refuses new ones for a while, as a restart does. Requests in flight fail cleanly
// (503 problem documents, never a 500), nothing is half-written, and the pool recovers by itself.

/** A TCP proxy to PostgreSQL that can be cut (every connection dropped, new ones refused) and restored. */
async function startProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let down = false;
  const server: Server = createServer((client) => {
    if (down) return client.destroy();
    const db = connect(target.port, target.host);
    for (const socket of [client, db]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(db).pipe(client);
    client.on('close', () => db.destroy());
    db.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    cut() {
      down = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      down = false;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe.runIf(DIALECTS.includes('postgres'))('PostgreSQL restarts under load', () => {
  let base: TestSqlStore;
  let proxied: SqlStore;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let built: BuiltApp;

  beforeAll(async () => {
    base = await createTestSql('postgres');
    const url = new URL(TEST_DATABASE_URL);
    proxy = await startProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.host = `127.0.0.1:${proxy.port}`;
    const schema = (
      await base.db.selectNoFrom((eb) => eb.fn<string>('current_schema').as('s')).executeTakeFirstOrThrow()
    ).s;
    proxied = createSqlStore(url.toString(), { pgSchema: schema, pgPoolSize: 10 });
    built = await buildTestApp({ overrides: { sql: proxied } });
  });
  afterAll(async () => {
    await built.app.close();
    await proxied.close();
    await proxy.close();
    await base.drop();
  });

  it('answers 201 or 503 while it is down, writes nothing half, and recovers', async () => {
    const { app } = built;
    const business = await createBusiness(app);
    const headers = { 'x-api-key': business.apiKey };
    const customer = (
      await app.inject({
        method: 'POST',
        url: '/v1/crm/customers',
        headers,
        payload: { phone: '+15125550400' },
      })
    ).json();
    // Each booking carries an Idempotency-Key, as a careful client sends: a 503 may hide a commit
    // whose answer was lost with the connection, and a retry with the same key must not book twice.
    const book = (hour: number) =>
      app.inject({
        method: 'POST',
        url: '/v1/crm/appointments',
        headers: { ...headers, 'idempotency-key': `booking-${hour}` },
        payload: {
          customer_id: customer.id,
          start_time: new Date(Date.UTC(2031, 5, 1) + hour * 3_600_000).toISOString(),
          end_time: new Date(Date.UTC(2031, 5, 1) + (hour + 1) * 3_600_000).toISOString(),
        },
      });

    const results: Array<{ hour: number; statusCode: number; body: string }> = [];
    let next = 0;
    const worker = async () => {
      while (next < 80) {
        const hour = next++;
        const { statusCode, body } = await book(hour);
        results.push({ hour, statusCode, body });
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, worker));
    await new Promise((resolve) => setTimeout(resolve, 60));
    proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    proxy.restore();
    await load;

    const statuses = new Set(results.map((r) => r.statusCode));
    expect(
      [...statuses].every((s) => s === 201 || s === 503),
      [...statuses].join(','),
    ).toBe(true);
    expect(results.some((r) => r.statusCode === 503)).toBe(true);
    for (const failed of results.filter((r) => r.statusCode === 503)) {
      expect(JSON.parse(failed.body)).toMatchObject({ status: 503, code: 'DEPENDENCY_UNAVAILABLE' });
    }

    // Every answered booking exists, read past the proxy; nothing else is half there.
    const rowsNow = await base.db
      .selectFrom('appointments')
      .select(['id', 'customer_id', 'start_time', 'end_time'])
      .where('business_id', '=', business.id)
      .execute();
    const ids = new Set(rowsNow.map((r) => r.id));
    for (const ok of results.filter((r) => r.statusCode === 201))
      expect(ids.has(JSON.parse(ok.body).id)).toBe(true);
    for (const row of rowsNow) {
      expect(row.customer_id).toBe(customer.id);
      expect(row.end_time > row.start_time).toBe(true);
    }

    // The client retries what failed with the same key: one appointment per booking, none twice.
    for (const failed of results.filter((r) => r.statusCode === 503)) {
      expect((await book(failed.hour)).statusCode).toBe(201);
    }
    const rows = await base.db
      .selectFrom('appointments')
      .select('start_time')
      .where('business_id', '=', business.id)
      .execute();
    expect(rows).toHaveLength(80);
    expect(new Set(rows.map((r) => r.start_time)).size).toBe(80);

    // The pool recovers: the next requests succeed without a restart of the service.
    const after = [];
    for (let hour = 100; hour < 103; hour += 1) after.push((await book(hour)).statusCode);
    expect(after).toEqual([201, 201, 201]);
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
  }, 30_000);
});
