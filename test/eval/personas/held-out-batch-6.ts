import { HOLDOUT_BATCH_6 } from '../holdout/batch-6.js';
import type { Persona } from '../types.js';
import { keptFromHeldOut } from './held-out.js';

// The callers of held-out batch-6 the assistant failed on their first run (47/65 at 9938f1b), kept
// in the main evaluation once fixed so that they stay fixed.
const FAILED_FIRST_RUN = [
  'holdout-b6-btv-chirping-not-emergency',
  'holdout-b6-btv-emergency-breaker-buzzing',
  'holdout-b6-btv-house-number-correction',
  'holdout-b6-btv-open-wednesday-then-thursday',
  'holdout-b6-btv-rural-route-spelled',
  'holdout-b6-chi-after-shift-at-3',
  'holdout-b6-chi-garage-door-not-offered',
  'holdout-b6-den-emergency-co-alarm',
  'holdout-b6-hnl-emergency-pipe-spraying',
  'holdout-b6-hou-cancel-and-rebook-es',
  'holdout-b6-hou-emergency-gas-es',
  'holdout-b6-hou-reschedule-friday-afternoon',
  'holdout-b6-hou-spanglish-front-loaded',
  'holdout-b6-mia-drip-not-emergency-es',
  'holdout-b6-mia-house-number-correction-es',
  'holdout-b6-phx-spanish-thermostat',
  'holdout-b6-sea-ballard-neighbourhood',
  'holdout-b6-sea-dont-book-just-asking',
];

export const heldOutBatch6: Persona[] = keptFromHeldOut(HOLDOUT_BATCH_6, FAILED_FIRST_RUN);
