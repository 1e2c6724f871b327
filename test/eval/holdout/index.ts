import type { Persona } from '../types.js';
import { HOLDOUT_BATCH_1 } from './batch-1.js';
import { HOLDOUT_BATCH_2 } from './batch-2.js';
import { HOLDOUT_BATCH_3 } from './batch-3.js';
import { HOLDOUT_BATCH_4 } from './batch-4.js';

// The held-out callers: played only by `npm run eval -- --holdout` (the latest batch), never by the
// test suite. Each batch is written fresh by someone who has not read the engine.

export { HOLDOUT_BATCH_1, HOLDOUT_BATCH_2, HOLDOUT_BATCH_3 };
export const HOLDOUT_BATCH = 'batch-4';
export const HOLDOUT: Persona[] = HOLDOUT_BATCH_4;

/**
 * The first run of the latest batch, against the service as it was before anything was changed for
 * it: the honest measure of how the assistant serves callers it has never heard. Later runs of the
 * same batch measure fixes, not generalisation. (batch-1 first ran 49/73 at 646504a, batch-2 56/70 at
 * c974e03, batch-3 48/70 at b8e577d.)
 */
export const HOLDOUT_FIRST_RUN = { batch: 'batch-4', passed: 58, total: 70, commit: '600e5de' } as const;
