import type { Persona } from '../types.js';

/**
 * The callers of a held-out batch kept in the main evaluation once fixed (those it failed on its
 * first run), renamed `was-held-out-…` so that they stay fixed and are told apart from the batch.
 */
export function keptFromHeldOut(batch: readonly Persona[], ids: readonly string[]): Persona[] {
  const kept = new Set(ids);
  return batch
    .filter((p) => kept.has(p.id))
    .map((p) => ({ ...p, id: p.id.replace(/^holdout-/, 'was-held-out-') }));
}
