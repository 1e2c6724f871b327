import type { Persona } from '../types.js';
import { HOLDOUT_BATCH_1 } from './batch-1.js';

// The held-out callers: played only by `npm run eval -- --holdout`, never by the test suite.

export const HOLDOUT_BATCH = 'batch-1';

/**
 * The first run of the latest batch, against the service as it was before anything was changed for
 * it (commit 646504a): the honest measure of how the assistant serves callers it has never heard.
 * Later runs of the same batch measure fixes, not generalisation.
 */
export const HOLDOUT_FIRST_RUN = { batch: 'batch-1', passed: 49, total: 73, commit: '646504a' } as const;
export const HOLDOUT: Persona[] = HOLDOUT_BATCH_1;
