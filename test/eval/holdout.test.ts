import { describe, expect, it } from 'vitest';
import { HOLDOUT, HOLDOUT_BATCH } from './holdout/index.js';

// Only checks that the held-out batch is well formed; it is played by `npm run eval -- --holdout`.

const isEmergency = (p: (typeof HOLDOUT)[number]) => p.expect.some((c) => c.kind === 'owner_alert');

describe(`held-out personas (${HOLDOUT_BATCH})`, () => {
  it('has at least 60 callers with unique holdout- ids', () => {
    expect(HOLDOUT.length).toBeGreaterThanOrEqual(60);
    const ids = HOLDOUT.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^holdout-/);
  });

  it('is at least a quarter Spanish and a fifth emergencies', () => {
    const spanish = HOLDOUT.filter((p) => p.caller.language === 'es').length;
    const emergencies = HOLDOUT.filter(isEmergency).length;
    expect(spanish / HOLDOUT.length).toBeGreaterThanOrEqual(0.25);
    expect(emergencies / HOLDOUT.length).toBeGreaterThanOrEqual(0.2);
    expect(HOLDOUT.filter((p) => p.kind === 'emergency').length).toBe(emergencies);
  });

  it('gives every persona a valid clock and something to say', () => {
    for (const p of HOLDOUT) {
      expect(p.now, p.id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      expect(p.expect.length, p.id).toBeGreaterThan(0);
      expect(p.script !== undefined || p.caller.opening !== undefined, p.id).toBe(true);
    }
  });
});
