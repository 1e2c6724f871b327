import { HOLDOUT_BATCH_8 } from '../holdout/batch-8.js';
import type { Persona } from '../types.js';
import { keptFromHeldOut } from './held-out.js';

// The callers of held-out batch-8 the assistant failed on their first run (48/61 at 9b32c79), kept
// in the main evaluation once fixed so that they stay fixed. Not yet: the caller who spells "Xóchitl"
// with Spanish letter names ("equis o ce hache i te ele").
const FAILED_FIRST_RUN = [
  'holdout-b8-bos-elderly-mother-other-town',
  'holdout-b8-nola-front-loaded-magazine-street',
  'holdout-b8-och-pasar-cita-al-sabado',
  'holdout-b8-orl-pr-agua-por-la-lampara',
  'holdout-b8-orl-pr-cancel-and-rebook-saturday',
  'holdout-b8-pool-just-asking-heaters',
  'holdout-b8-sea-open-sunday-then-monday',
  'holdout-b8-sum-heat-tape-lunch-break',
  'holdout-b8-sum-propane-at-the-tank',
  'holdout-b8-sum-snowed-in-push-tune-up',
  'holdout-b8-val-laredo-out-of-area',
  'holdout-b8-val-spanglish-leakeando-the-14th',
];

export const heldOutBatch8: Persona[] = keptFromHeldOut(HOLDOUT_BATCH_8, FAILED_FIRST_RUN);
