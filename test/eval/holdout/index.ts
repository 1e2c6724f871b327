import type { Persona } from '../types.js';
import { HOLDOUT_BATCH_1 } from './batch-1.js';
import { HOLDOUT_BATCH_2 } from './batch-2.js';
import { HOLDOUT_BATCH_3 } from './batch-3.js';
import { HOLDOUT_BATCH_4 } from './batch-4.js';
import { HOLDOUT_BATCH_5 } from './batch-5.js';
import { HOLDOUT_BATCH_6 } from './batch-6.js';
import { HOLDOUT_BATCH_7 } from './batch-7.js';
import { HOLDOUT_BATCH_8 } from './batch-8.js';

// The held-out callers: played only by `npm run eval -- --holdout` (the latest batch), never by the
// test suite. Each batch is written fresh by someone who has not read the engine.

export {
  HOLDOUT_BATCH_1,
  HOLDOUT_BATCH_2,
  HOLDOUT_BATCH_3,
  HOLDOUT_BATCH_4,
  HOLDOUT_BATCH_5,
  HOLDOUT_BATCH_6,
  HOLDOUT_BATCH_7,
};
export const HOLDOUT_BATCH = 'batch-8';
export const HOLDOUT: Persona[] = HOLDOUT_BATCH_8;

/**
 * The first run of the latest batch, against the service as it was before anything was changed for
 * it: the honest measure of how the assistant serves callers it has never heard. Later runs of the
 * same batch measure fixes, not generalisation. (batch-1 first ran 49/73 at 646504a, batch-2 56/70 at
 * c974e03, batch-3 48/70 at b8e577d, batch-4 58/70 at 600e5de, batch-5 57/60 at 66c1302, batch-6 47/65 at 9938f1b, batch-7 47/64 at d47ee33.)
 */
export const HOLDOUT_FIRST_RUN = { batch: 'batch-8', passed: 48, total: 61, commit: '9b32c79' } as const;
