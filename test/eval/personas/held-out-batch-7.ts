import { HOLDOUT_BATCH_7 } from '../holdout/batch-7.js';
import type { Persona } from '../types.js';
import { keptFromHeldOut } from './held-out.js';

// The callers of held-out batch-7 the assistant failed on their first run (47/64 at d47ee33), kept
// in the main evaluation once fixed so that they stay fixed. Not kept: the hallway light switch that
// "gets hot" with flickering lights, which the batch expects booked as routine; the assistant treats
// a hot switch as an electrical hazard (safety words, owner alerted), and that is deliberate.
const FAILED_FIRST_RUN = [
  'holdout-b7-bx-cancelar-martes-poner-jueves',
  'holdout-b7-bx-landlord-unit-4b-pluma',
  'holdout-b7-bx-navidad-solo-pregunta',
  'holdout-b7-bx-pregunta-con-pregunta',
  'holdout-b7-la-front-loaded-house-number-fix',
  'holdout-b7-la-water-up-through-carpet',
  'holdout-b7-mia-pila-gotea-dramatica',
  'holdout-b7-mpls-open-sunday-then-monday',
  'holdout-b7-mpls-reschedule-not-this-week-next',
  'holdout-b7-phx-pool-pump-not-offered',
  'holdout-b7-septic-middlebury-out-of-area',
  'holdout-b7-septic-monday-after-dst-change',
  'holdout-b7-septic-rural-route-not-wednesday',
  'holdout-b7-tx-es-spanglish-ev-charger',
  'holdout-b7-tx-solar-panels-not-offered',
  'holdout-b7-tx-too-early-after-lunch',
];

export const heldOutBatch7: Persona[] = keptFromHeldOut(HOLDOUT_BATCH_7, FAILED_FIRST_RUN);
