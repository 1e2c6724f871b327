export { expectingOf, hintsFor } from './expecting.js';
export {
  hasUsefulFacts,
  initialState,
  knownAddress,
  knownName,
  type Outcome,
  parseState,
  type SessionState,
  sessionStateSchema,
} from './state.js';
export { type StepResult, step } from './step.js';
export { summarize } from './summary.js';
export type {
  BookFailure,
  BookingDetails,
  BusinessFacts,
  EngineAction,
  EngineEvent,
  KnownAppointment,
  KnownCustomer,
  SlotOffer,
} from './types.js';
export { RESULT_ACTIONS } from './types.js';
