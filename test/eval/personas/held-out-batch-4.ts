import { HOLDOUT_BATCH_4 } from '../holdout/batch-4.js';
import type { Persona } from '../types.js';
import { keptFromHeldOut } from './held-out.js';

// The callers of held-out batch-4 the assistant failed on their first run (58/70 at 600e5de), kept
// in the main evaluation once fixed so that they stay fixed.
const FAILED_FIRST_RUN = [
  'holdout-b4-coop-sea-bad-line-outlet',
  'holdout-b4-coop-phl-running-toilet',
  'holdout-b4-resched-phl-christmas-week',
  'holdout-b4-q-sea-gutters-not-offered',
  'holdout-b4-front-den-ac-after-two',
  'holdout-b4-front-phl-landlord-radiator',
  'holdout-b4-q-atl-zip-out-of-area',
  'holdout-b4-emerg-phx-no-ac-oxygen',
  'holdout-b4-emerg-es-satx-sin-aire-abuelita',
  'holdout-b4-emerg-es-mia-aguas-negras',
  'holdout-b4-es-sat-abanico-de-techo',
  'holdout-b4-es-phl-dominicano-radiadores',
];

export const heldOutBatch4: Persona[] = keptFromHeldOut(HOLDOUT_BATCH_4, FAILED_FIRST_RUN);
