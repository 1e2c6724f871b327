import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { uniqueViolationColumn } from '../../platform/db/db-errors.js';
import * as repo from './tenants.repository.js';
import type { NewBusinessRow } from './tenants.table.js';

let n = 0;
function row(overrides: Partial<NewBusinessRow> = {}): NewBusinessRow {
  n += 1;
  const at = new Date().toISOString();
  return {
    id: `repo-${n}-${Math.random().toString(36).slice(2, 8)}`,
    name: 'Repo Plumbing',
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
    ...overrides,
  };
}

async function uniqueError(write: () => Promise<unknown>): Promise<string | null> {
  try {
    await write();
  } catch (error) {
    return uniqueViolationColumn(error);
  }
  return null;
}

describeEachDialect('tenants repository', (ctx) => {
  it('inserts and finds a business by id, credential hash and Twilio number', async () => {
    const db = ctx.sql().db;
    const business = row({
      api_key_hash: `a${n}`,
      widget_token_hash: `w${n}`,
      twilio_phone_number: `+1512555${1000 + n}`,
    });
    await repo.insertBusiness(db, business);
    expect(await repo.findBusinessById(db, business.id)).toMatchObject({
      id: business.id,
      name: 'Repo Plumbing',
    });
    expect((await repo.findBusinessByCredentialHash(db, 'api_key_hash', business.api_key_hash!))?.id).toBe(
      business.id,
    );
    expect(
      (await repo.findBusinessByCredentialHash(db, 'widget_token_hash', business.widget_token_hash!))?.id,
    ).toBe(business.id);
    expect((await repo.findBusinessByTwilioNumber(db, business.twilio_phone_number!))?.id).toBe(business.id);
    expect(await repo.findBusinessById(db, 'missing')).toBeUndefined();
  });

  it('reports the clashing column for a duplicate id and a duplicate Twilio number', async () => {
    const db = ctx.sql().db;
    const first = row({ twilio_phone_number: `+1737555${2000 + n}` });
    await repo.insertBusiness(db, first);
    expect(await uniqueError(() => repo.insertBusiness(db, row({ id: first.id })))).toBe('id');
    expect(
      await uniqueError(() =>
        repo.insertBusiness(db, row({ twilio_phone_number: first.twilio_phone_number })),
      ),
    ).toBe('twilio_phone_number');
  });

  it('allows many businesses without a Twilio number', async () => {
    const db = ctx.sql().db;
    await repo.insertBusiness(db, row());
    await repo.insertBusiness(db, row());
  });

  it('updates a business and reports a missing one', async () => {
    const db = ctx.sql().db;
    const business = row();
    await repo.insertBusiness(db, business);
    const updated = await repo.updateBusiness(db, business.id, { name: 'Renamed', lockdown_mode: 1 });
    expect(updated).toMatchObject({ name: 'Renamed' });
    expect(Number(updated?.lockdown_mode)).toBe(1);
    expect(await repo.updateBusiness(db, 'missing', { name: 'x' })).toBeUndefined();
  });

  it('lists by id with a keyset page', async () => {
    const db = ctx.sql().db;
    const prefix = `page-${Math.random().toString(36).slice(2, 8)}`;
    for (const suffix of ['c', 'a', 'b']) await repo.insertBusiness(db, row({ id: `${prefix}-${suffix}` }));
    const all = (await repo.listBusinesses(db, { limit: 500 }))
      .map((r) => r.id)
      .filter((id) => id.startsWith(prefix));
    expect(all).toEqual([`${prefix}-a`, `${prefix}-b`, `${prefix}-c`]);
    const after = await repo.listBusinesses(db, { afterId: `${prefix}-a`, limit: 1 });
    expect(after.map((r) => r.id)).toEqual([`${prefix}-b`]);
  });
});
