import type { TimeConstraint } from '../../../platform/time/time-constraint.js';
import { summaryLabels } from '../replies/index.js';
import type { Draft } from './draft.js';
import { createSpeaker, type Speaker } from './speak.js';
import { knownAddress, knownName, type SessionState } from './state.js';
import type { BusinessFacts } from './types.js';

// What the owner reads in a callback or alert: everything the caller told us, in the tenant's language.

function describeTime(c: TimeConstraint, f: Speaker, labels: ReturnType<typeof summaryLabels>): string {
  if (c.asap) return labels.asap;
  const parts: string[] = [];
  if (c.fromDate)
    parts.push(
      c.toDate && c.toDate !== c.fromDate ? `${f.day(c.fromDate)}–${f.day(c.toDate)}` : f.day(c.fromDate),
    );
  if (c.partOfDay) parts.push(labels.partOfDay[c.partOfDay]);
  if (c.at) parts.push(`${labels.around} ${f.clock(c.at)}`);
  if (c.after && !c.at) parts.push(`≥ ${f.clock(c.after)}`);
  if (c.before && !c.at) parts.push(`≤ ${f.clock(c.before)}`);
  return parts.join(' ');
}

/** Owner-facing summary of a session: what the caller asked for and every fact they gave. */
export function summarize(s: SessionState, facts: BusinessFacts, now: Date): string {
  const lang = facts.language;
  const labels = summaryLabels(lang);
  const f = createSpeaker(lang, facts.timeZone, now);
  const lines: string[] = [];
  if (s.emergency.active) lines.push(`${labels.emergency}${s.emergency.gas ? ' (gas)' : ''}`);
  if (s.intent) lines.push(labels.request[s.intent]);
  const name = knownName(s);
  if (name) lines.push(`${labels.name}: ${name}`);
  const phone = s.facts.phone;
  if (phone && phone !== facts.callerPhone) lines.push(`${labels.phone}: ${phone}`);
  const address = knownAddress(s);
  if (address) lines.push(`${labels.address}: ${address}`);
  if (s.facts.problem) lines.push(`${labels.problem}: ${s.facts.problem}`);
  if (s.facts.time) {
    const wanted = describeTime(s.facts.time, f, labels);
    if (wanted) lines.push(`${labels.wants}: ${wanted}`);
  }
  if (s.appointment) lines.push(`${labels.appointment}: ${f.when(s.appointment)}`);
  return lines.join('. ');
}

export function summaryOf(d: Draft): string {
  return summarize(d.s, d.facts, d.now);
}
