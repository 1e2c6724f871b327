import type { EmergencySignal } from '../understanding/index.js';
import { nextBookingStep } from './booking.js';
import { act, type Draft, finish, ownerOf, say, setOutcome } from './draft.js';
import { summaryOf } from './summary.js';

// Sparks, smoke, a hot panel, bare wires, water at the wiring: don't touch it, 911 if there is fire.
const ELECTRICAL_REASONS: ReadonlySet<string> = new Set([
  'electrical_hazard',
  'water_in_electrical',
  'hot_electrical',
  'exposed_wires',
  'electrical_buzz',
]);
// Water that will not stop: shut the main valve if it can be reached.
const WATER_REASONS: ReadonlySet<string> = new Set(['burst_pipe', 'uncontrolled_water', 'water_heater_leak']);

/**
 * Safety first (gas: leave the building; electrical: don't touch it, 911 if there is fire), then
 * the owner is alerted once per session, then the fastest help: a transfer to the owner's phone at
 * any hour, else the earliest slot, flagged.
 */
export function startEmergency(d: Draft, signal: EmergencySignal, problem: string | undefined): void {
  const s = d.s;
  const wasActive = s.emergency.active;
  s.emergency = {
    active: true,
    gas: s.emergency.gas || signal.gas,
    alerted: s.emergency.alerted,
    reasons: [...new Set([...s.emergency.reasons, ...signal.reasons])],
  };
  // Carbon monoxide has no smell: its own words, not "if you smell gas".
  const carbonMonoxide = signal.reasons.includes('carbon_monoxide');
  // Gas comes first and alone: "leave now, without using switches" already covers the wiring.
  const electrical = !signal.gas && signal.reasons.some((r) => ELECTRICAL_REASONS.has(r));
  if (signal.gas && !wasActive) say(d, 'gas_safety', { carbonMonoxide });
  else if (electrical && !wasActive) say(d, 'electrical_safety', {});
  else if (!wasActive && signal.reasons.some((r) => WATER_REASONS.has(r))) say(d, 'water_safety', {});
  if (problem && !s.facts.problem) s.facts.problem = problem;
  s.facts.problem ??= signal.reasons.join(', ');
  if (!s.emergency.alerted) {
    act(d, { type: 'alert_owner', event: 'emergency', summary: summaryOf(d) });
    s.emergency.alerted = true;
  }
  const { ownerPhone, channel } = d.facts;
  if (channel === 'phone' && ownerPhone) {
    say(d, 'emergency_transfer', { owner: ownerOf(d) });
    setOutcome(d, 'emergency');
    finish(d, { type: 'transfer', to: ownerPhone });
    return;
  }
  if (!wasActive) say(d, 'emergency_book', { owner: ownerOf(d) });
  s.intent = 'book';
  s.facts.time = { asap: true };
  s.offers = [];
  s.chosen = null;
  s.searchLevel = 0;
  nextBookingStep(d, { progress: true });
}
