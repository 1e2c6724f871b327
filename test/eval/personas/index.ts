import type { Persona } from '../types.js';
import { cooperative } from './cooperative.js';
import { edgeAddresses } from './edge-addresses.js';
import { edgeCallers } from './edge-callers.js';
import { edgeFaqEmergency } from './edge-faq-emergency.js';
import { edgeNames } from './edge-names.js';
import { emergencies } from './emergencies.js';
import { frontLoaded } from './front-loaded.js';
import { heldOutBatch1 } from './held-out-batch-1.js';
import { heldOutBatch2 } from './held-out-batch-2.js';
import { heldOutBatch3 } from './held-out-batch-3.js';
import { heldOutBatch4 } from './held-out-batch-4.js';
import { heldOutBatch5 } from './held-out-batch-5.js';
import { heldOutBatch6 } from './held-out-batch-6.js';
import { heldOutBatch7 } from './held-out-batch-7.js';
import { heldOutBatch8 } from './held-out-batch-8.js';
import { human } from './human.js';
import { qaRound2 } from './qa-round-2.js';
import { qaRound3 } from './qa-round-3.js';
import { qaRound4Addresses } from './qa-round-4-addresses.js';
import { qaRound4Emergencies } from './qa-round-4-emergencies.js';
import { qaRound4Time } from './qa-round-4-time.js';
import { qaRound5NoHeat } from './qa-round-5-no-heat.js';
import { qaRound5Refinements } from './qa-round-5-refinements.js';
import { qa2FixedEngine } from './qa2-fixed-engine.js';
import { qa2FixedUnderstanding } from './qa2-fixed-understanding.js';
import { questions } from './questions.js';
import { returning } from './returning.js';
import { corrections, silence } from './silence-and-corrections.js';
import { spanish } from './spanish.js';
import { timeExpressions } from './time-expressions.js';

export const PERSONAS: Persona[] = [
  ...cooperative,
  ...frontLoaded,
  ...timeExpressions,
  ...emergencies,
  ...human,
  ...returning,
  ...questions,
  ...spanish,
  ...silence,
  ...corrections,
  ...edgeCallers,
  ...edgeNames,
  ...edgeAddresses,
  ...edgeFaqEmergency,
  ...qaRound2,
  ...qa2FixedUnderstanding,
  ...qa2FixedEngine,
  ...qaRound3,
  ...qaRound4Emergencies,
  ...qaRound4Addresses,
  ...qaRound4Time,
  ...qaRound5NoHeat,
  ...qaRound5Refinements,
  ...heldOutBatch1,
  ...heldOutBatch2,
  ...heldOutBatch3,
  ...heldOutBatch4,
  ...heldOutBatch5,
  ...heldOutBatch6,
  ...heldOutBatch7,
  ...heldOutBatch8,
];
