import { HOLDOUT_BATCH_2 } from '../holdout/batch-2.js';
import type { Persona } from '../types.js';
import { keptFromHeldOut } from './held-out.js';

// The callers of held-out batch-2 the assistant failed on their first run (56/70 at c974e03), kept
// in the main evaluation once fixed so that they stay fixed. The batch itself stays as written.
const FAILED_FIRST_RUN = [
  'holdout-b2-for-four-homophone',
  'holdout-b2-name-spelled-out',
  'holdout-b2-front-loaded-everything',
  'holdout-b2-booking-plus-question',
  'holdout-b2-address-correction',
  'holdout-b2-end-of-day',
  'holdout-b2-q-service-area-no',
  'holdout-b2-q-service-area-yes',
  'holdout-b2-q-do-you-do-ac',
  'holdout-b2-es-boiler-calenton',
  'holdout-b2-es-breaker-se-boto',
  'holdout-b2-es-changes-mind-twice',
  'holdout-b2-es-excluded-day',
];

export const heldOutBatch2: Persona[] = keptFromHeldOut(HOLDOUT_BATCH_2, FAILED_FIRST_RUN);
