import { HOLDOUT_BATCH_5 } from '../holdout/batch-5.js';
import type { Persona } from '../types.js';

// The callers of held-out batch-5 the assistant failed on their first run (57/60 at 66c1302), kept
// in the main evaluation once fixed so that they stay fixed.
const FAILED_FIRST_RUN = new Set([
  'holdout-b5-front-sump-oakpark',
  'holdout-b5-mind-change-no-booking',
  'holdout-b5-q-sunday-then-book',
]);

export const heldOutBatch5: Persona[] = HOLDOUT_BATCH_5.filter((p) => FAILED_FIRST_RUN.has(p.id)).map(
  (p) => ({ ...p, id: p.id.replace(/^holdout-/, 'was-held-out-') }),
);
