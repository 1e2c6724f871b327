import { act, ask, askAgain, type Draft, finish, ownerOf, phoneOf, say, setOutcome } from './draft.js';
import { isOpenAt } from './hours.js';
import { restartedState } from './state.js';
import { summaryOf } from './summary.js';
import type { BusinessFacts } from './types.js';

// Ways a conversation leaves the assistant: a person, a callback, voicemail or a goodbye.

/** "can i talk to denise": asking for the owner by first name is asking for a person. */
export function asksForOwner(text: string, facts: BusinessFacts): boolean {
  const first = facts.ownerName
    ?.trim()
    .split(/\s+/)[0]
    ?.toLowerCase()
    .replace(/[^\p{L}'-]/gu, '');
  if (!first || first.length < 2) return false;
  const ask = `\\b(?:talk|speak|speaking|talking|put me through)\\s+(?:to|with)\\s+${first}\\b`;
  const present = `\\bis\\s+${first}\\s+(?:there|around|available|in)\\b|\\bhablar con\\s+${first}\\b`;
  // "con don arturo por favor", "can i get arturo", "i'm looking for arturo", "busco a don arturo".
  const polite = `\\b(?:con|para)\\s+(?:(?:el\\s+)?se[nñ]or|(?:la\\s+)?se[nñ]ora|don|do[nñ]a)?\\s*${first}\\b|\\b(?:can|could|may)\\s+i\\s+(?:get|have)\\s+${first}\\b|\\blooking for\\s+${first}\\b|\\b(?:busco|buscando)\\s+(?:a\\s+)?(?:don\\s+|do[nñ]a\\s+)?${first}\\b`;
  return new RegExp(`${ask}|${present}|${polite}`, 'iu').test(text);
}

/** Transfer when the owner can take it (phone, owner number, open or after-hours transfer on). */
export function requestHuman(d: Draft): void {
  const { facts } = d;
  const open = isOpenAt(facts, d.now) || facts.afterHoursTransfer;
  if (facts.channel === 'phone' && facts.ownerPhone && open) {
    say(d, 'transfer_now', { owner: ownerOf(d) });
    setOutcome(d, 'handoff');
    finish(d, { type: 'transfer', to: facts.ownerPhone });
    return;
  }
  if (!phoneOf(d)) {
    // A web chat has no caller id: the callback needs a number first.
    d.s.intent = 'human';
    ask(d, 'phone');
    return;
  }
  d.s.intent = 'human';
  act(d, { type: 'record_callback', reason: 'HANDOFF', summary: summaryOf(d) });
  act(d, { type: 'alert_owner', event: 'handoff', summary: summaryOf(d) });
  d.s.intent = null;
  say(d, 'handoff_callback', { owner: ownerOf(d), phone: facts.callerPhone !== null });
  setOutcome(d, 'handoff');
  d.s.pending = 'anything_else';
  d.s.attempts = 0;
}

/** Records a callback with what we know, tells the caller, and ends: the way out of every dead end. */
function callbackAndEnd(d: Draft): void {
  const summary = summaryOf(d);
  const reason = d.s.emergency.active ? 'EMERGENCY' : 'PARTIAL_INTAKE';
  act(d, { type: 'record_callback', reason, summary });
  act(d, { type: 'alert_owner', event: 'callback', summary });
  setOutcome(d, 'callback');
  finish(d);
}

/** Two failed answers to one question: offer a callback instead of asking a third time. */
export function giveUp(d: Draft): void {
  say(d, 'give_up', { owner: ownerOf(d), phone: d.facts.callerPhone !== null });
  callbackAndEnd(d);
}

export function systemTrouble(d: Draft): void {
  say(d, 'system_trouble', { owner: ownerOf(d) });
  callbackAndEnd(d);
}

export function noAvailability(d: Draft): void {
  say(d, 'no_availability', { owner: ownerOf(d) });
  callbackAndEnd(d);
}

/** An answer that moved nothing forward: reprompt once, then hand over to a callback. */
export function failedTry(d: Draft): void {
  d.s.attempts += 1;
  if (d.s.attempts >= 2) {
    giveUp(d);
    return;
  }
  say(d, 'didnt_catch', {});
  askAgain(d, true);
}

export function sayGoodbye(d: Draft): void {
  say(d, 'goodbye', { business: d.facts.name, voice: d.facts.channel === 'phone' });
  finish(d);
}

/** First silence: ask again; second in a row: voicemail on a call, a polite close in text. */
export function onSilence(d: Draft): void {
  if (d.s.done) d.s = restartedState(d.s);
  d.s.silences += 1;
  if (d.s.silences < 2) {
    say(d, 'still_there', {});
    askAgain(d);
    return;
  }
  if (d.facts.channel === 'phone') {
    say(d, 'voicemail_prompt', {});
    setOutcome(d, 'voicemail');
    finish(d, { type: 'record_voicemail' });
    return;
  }
  say(d, 'silence_close', { business: d.facts.name });
  setOutcome(d, 'abandoned');
  finish(d);
}
