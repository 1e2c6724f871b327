import {
  EMERGENCY_THRESHOLD,
  type EmergencySignal,
  type Intent,
  type Understanding,
} from '../understanding/index.js';
import { extractPhone } from '../understanding/phone.js';
import { matchService } from '../understanding/services.js';
import type { LlmExtraction } from './llm-client.js';
import { timeConstraintOf } from './llm-time.js';

export interface MergeContext {
  now: Date;
  timeZone: string;
  serviceNames?: readonly string[];
  /** The caller's words: a name the model reports must be made of them. */
  text: string;
}

/** Marks an emergency only the model saw, so an operator can tell it from the rules' reasons. */
export const LLM_EMERGENCY_REASON = 'llm';

type Slots = Pick<Understanding, 'name' | 'address' | 'phone' | 'problem' | 'service' | 'time'>;

const LIMITS = { name: 80, address: 200, problem: 200 } as const;

function cleanText(value: string | undefined, max: number): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text && text.length <= max ? text : undefined;
}

function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Models like to fill a name in ("John Doe"); one whose words the caller never said is invented.
function groundedName(value: string | undefined, text: string): string | undefined {
  const name = cleanText(value, LIMITS.name);
  if (!name) return undefined;
  const said = new Set(folded(text).split(/[^\p{L}']+/u));
  const words = folded(name)
    .split(/[^\p{L}']+/u)
    .filter(Boolean);
  return words.length > 0 && words.every((word) => said.has(word)) ? name : undefined;
}

// Same for a callback number: its digits must be in what the caller said.
function groundedPhone(value: string | undefined, text: string): string | undefined {
  const phone = value ? extractPhone(value.replace(/[^\d+]/g, ''))?.value : undefined;
  if (!phone) return undefined;
  return text.replace(/\D/g, '').includes(phone.slice(-10)) ? phone : undefined;
}

function serviceOf(
  llm: LlmExtraction,
  problem: string | undefined,
  names: readonly string[],
): string | undefined {
  const wanted = llm.service?.trim().toLowerCase();
  const exact = names.find((name) => name.toLowerCase() === wanted);
  if (exact) return exact;
  const described = llm.service ?? problem;
  return described ? matchService(described, names) : undefined;
}

/** The slots the rules missed and the model supplied, checked. */
function filledSlots(det: Understanding, llm: LlmExtraction, ctx: MergeContext): Slots {
  const slots: Slots = {};
  if (!det.name) slots.name = groundedName(llm.name, ctx.text);
  if (!det.address) slots.address = cleanText(llm.address, LIMITS.address);
  if (!det.phone) slots.phone = groundedPhone(llm.phone, ctx.text);
  if (!det.problem) slots.problem = cleanText(llm.problem, LIMITS.problem);
  if (!det.service) slots.service = serviceOf(llm, slots.problem, ctx.serviceNames ?? []);
  if (!det.time) slots.time = timeConstraintOf(llm.time, ctx);
  return Object.fromEntries(Object.entries(slots).filter(([, v]) => v !== undefined)) as Slots;
}

function llmEmergency(llm: LlmExtraction): EmergencySignal | undefined {
  const flagged = llm.emergency === true || llm.intents?.includes('emergency') === true;
  return flagged ? { score: EMERGENCY_THRESHOLD, reasons: [LLM_EMERGENCY_REASON], gas: false } : undefined;
}

function mergedIntents(rules: Intent[], llm: Intent[] | undefined, emergency: boolean): Intent[] {
  const rulesSaidSomething = rules.some((intent) => intent !== 'greeting');
  const chosen = rulesSaidSomething || !llm || llm.length === 0 ? rules : [...new Set(llm)];
  return emergency && !chosen.includes('emergency') ? ['emergency', ...chosen] : chosen;
}

/**
 * Combines the rules' understanding with the model's. The rules stay authoritative: their values
 * win every conflict and their emergency (with its gas flag) is never cleared; the model only
 * fills what the rules missed, and may raise an emergency the rules did not see. Language and
 * choice stay the rules' own.
 */
export function mergeUnderstanding(det: Understanding, llm: LlmExtraction, ctx: MergeContext): Understanding {
  const filled = filledSlots(det, llm, ctx);
  const contributed = Object.keys(filled).length > 0;
  const emergency = det.emergency ?? llmEmergency(llm);
  // Like the rules: a new value said with "no" or a correction marker replaces the old one.
  const correction =
    det.correction === true || (contributed && (llm.correction === true || det.yesNo === 'no'));
  const yesNo = correction ? undefined : (det.yesNo ?? llm.yesNo);
  const { yesNo: _yesNo, correction: _correction, emergency: _emergency, ...rest } = det;
  return {
    ...rest,
    ...filled,
    intents: mergedIntents(det.intents, llm.intents, emergency !== undefined),
    ...(yesNo ? { yesNo } : {}),
    ...(correction ? { correction: true } : {}),
    ...(emergency ? { emergency } : {}),
  };
}
