import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/dialects.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';

describeEachDialect('CRM customers routes', (ctx) => {
  let app: FastifyInstance;
  let mine: TestBusiness;
  beforeAll(async () => {
    ({ app } = await buildTestApp({ overrides: { sql: ctx.sql() } }));
    mine = await createBusiness(app, { name: 'Customers Plumbing' });
  });
  afterAll(() => app.close());

  const as = (business: TestBusiness) => ({ 'x-api-key': business.apiKey });
  const post = (business: TestBusiness, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/v1/crm/customers', headers: as(business), payload });

  it('creates with 201 and a normalised phone, then updates the same customer with 200', async () => {
    const created = await post(mine, {
      phone: '(512) 555-0160',
      name: 'Dana Diaz',
      email: 'dana@example.com',
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toEqual({
      id: expect.stringMatching(/^cus_/),
      name: 'Dana Diaz',
      phone: '+15125550160',
      email: 'dana@example.com',
      address: null,
      notes: null,
      sms_opt_out: false,
      created_at: expect.stringMatching(/Z$/),
      updated_at: expect.stringMatching(/Z$/),
    });
    const updated = await post(mine, { phone: '+1 512-555-0160', address: '12 Oak St' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ id: body.id, name: 'Dana Diaz', address: '12 Oak St' });
  });

  it.each([
    [{ phone: 'not a phone' }, 'body.phone'],
    [{ phone: '12' }, 'body.phone'],
    [{ name: 'No Phone' }, 'body.phone'],
    [{ phone: '512-555-0161', email: 'nope' }, 'body.email'],
    [{ phone: '512-555-0161', colour: 'blue' }, 'body'],
  ])('answers 422 to %o naming %s', async (payload, path) => {
    const response = await post(mine, payload);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('pages through every customer newest first without repeats or gaps', async () => {
    const business = await createBusiness(app, { name: 'Paging Plumbing' });
    const phones = Array.from({ length: 7 }, (_, i) => `+1512555017${i}`);
    for (const phone of phones) expect((await post(business, { phone })).statusCode).toBe(201);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=3&cursor=${cursor}` : '?limit=3';
      const response = await app.inject({ url: `/v1/crm/customers${query}`, headers: as(business) });
      expect(response.statusCode).toBe(200);
      const page = response.json();
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(
        ...page.items.map((c: { phone: string; created_at: string }) => `${c.created_at} ${c.phone}`),
      );
      cursor = page.next_cursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen.map((entry) => entry.split(' ')[1])).size).toBe(7);
    expect(seen.map((entry) => entry.split(' ')[1]).sort()).toEqual(phones);
    // Newest first (customers created in one millisecond fall back to id order).
    expect(seen.map((entry) => entry.split(' ')[0])).toEqual(
      seen
        .map((entry) => entry.split(' ')[0])
        .sort()
        .reverse(),
    );
  });

  it('refuses a limit over 200 and a forged cursor with 422', async () => {
    const tooMany = await app.inject({ url: '/v1/crm/customers?limit=201', headers: as(mine) });
    expect(tooMany.statusCode).toBe(422);
    const forged = await app.inject({ url: '/v1/crm/customers?cursor=%%%', headers: as(mine) });
    expect(forged.statusCode).toBe(422);
    const noSeparator = Buffer.from('garbage').toString('base64url');
    const bad = await app.inject({ url: `/v1/crm/customers?cursor=${noSeparator}`, headers: as(mine) });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('querystring.cursor');
  });

  it('searches by name, email, address and phone digits', async () => {
    const business = await createBusiness(app, { name: 'Search Plumbing' });
    await post(business, { phone: '512-555-0180', name: 'Maria Gonzalez', address: '9 Elm Street' });
    await post(business, { phone: '512-555-0181', name: 'Bob Stone', email: 'bob@stone.example' });
    const search = async (q: string) => {
      const response = await app.inject({
        url: `/v1/crm/customers/search?q=${encodeURIComponent(q)}`,
        headers: as(business),
      });
      expect(response.statusCode).toBe(200);
      return response.json().items.map((c: { name: string }) => c.name);
    };
    expect(await search('gonz')).toEqual(['Maria Gonzalez']);
    expect(await search('STONE.EXAMPLE')).toEqual(['Bob Stone']);
    expect(await search('elm st')).toEqual(['Maria Gonzalez']);
    expect(await search('555-0181')).toEqual(['Bob Stone']);
    expect(await search('(512) 555')).toEqual(['Bob Stone', 'Maria Gonzalez']);
    expect(await search('%')).toEqual([]);
    expect(await search('nobody')).toEqual([]);
  });

  it('requires q of 1 to 100 characters', async () => {
    for (const query of ['', '?q=', `?q=${'a'.repeat(101)}`]) {
      const response = await app.inject({ url: `/v1/crm/customers/search${query}`, headers: as(mine) });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].path).toBe('querystring.q');
    }
  });

  it('reads one customer and patches fields including sms_opt_out', async () => {
    const id = (await post(mine, { phone: '512-555-0190', name: 'Pat', notes: 'Dog in yard' })).json().id;
    const read = await app.inject({ url: `/v1/crm/customers/${id}`, headers: as(mine) });
    expect(read.json()).toMatchObject({ id, name: 'Pat', notes: 'Dog in yard' });
    const patched = await app.inject({
      method: 'PATCH',
      url: `/v1/crm/customers/${id}`,
      headers: as(mine),
      payload: { sms_opt_out: true, notes: null, address: '1 Main St' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      sms_opt_out: true,
      notes: null,
      address: '1 Main St',
      name: 'Pat',
    });
    const back = await app.inject({
      method: 'PATCH',
      url: `/v1/crm/customers/${id}`,
      headers: as(mine),
      payload: { sms_opt_out: false },
    });
    expect(back.json().sms_opt_out).toBe(false);
  });

  it('refuses to change the phone through PATCH', async () => {
    const id = (await post(mine, { phone: '512-555-0191' })).json().id;
    const response = await app.inject({
      method: 'PATCH',
      url: `/v1/crm/customers/${id}`,
      headers: as(mine),
      payload: { phone: '512-555-0192' },
    });
    expect(response.statusCode).toBe(422);
  });

  it('answers 404 for an unknown id and 401 without credentials', async () => {
    const missing = await app.inject({ url: '/v1/crm/customers/cus_missing', headers: as(mine) });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('CUSTOMER_NOT_FOUND');
    expect((await app.inject({ url: '/v1/crm/customers' })).statusCode).toBe(401);
  });
});
