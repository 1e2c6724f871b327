import { type Ask, DEFAULT_LINES, hear, INSTEAD, ORDINALS, questionOf } from './hearing.js';
import { type SpokenSlot, slotInWindow, spokenSlots } from './spoken-slots.js';
import type { Caller, Correction, Fact, Lines, LocalWindow } from './types.js';

export interface CallState {
  /** Caller turns taken so far. */
  turn: number;
  /** Facts the caller has given (the opening's and every answer's). */
  given: Set<Fact>;
  /** Facts the assistant asked for after the caller had already given them. */
  reasked: Fact[];
  /** Corrections still to make. */
  corrections: Correction[];
  /** The fact the caller gave in their last turn, if any. */
  lastFact?: Fact;
}

/** The next thing the caller says ('' is silence), or null to hang up. */
export type CallerFn = (lastReply: string, state: CallState) => string | null;

export function newCallState(caller?: Caller): CallState {
  return { turn: 0, given: new Set(), reasked: [], corrections: [...(caller?.corrections ?? [])] };
}

export function scriptedCaller(script: string[]): CallerFn {
  return (_reply, state) => script[state.turn] ?? null;
}

export interface Hearing {
  now: Date;
  timeZone: string;
  /** The caller's existing appointment: a question about it gets a yes (cancel, reschedule). */
  knows?: LocalWindow;
}

// The assistant asking for another time because the one asked for is taken is not a re-ask.
const UNAVAILABLE =
  /(no (openings?|availability|slots?)|fully booked|is full|not available|don't have|closed|no tenemos|no hay|cerrado)/i;

const FACT_ORDER: Fact[] = ['problem', 'name', 'address', 'time'];

/**
 * A caller who answers whatever the assistant asks, in their own words: the fact asked for, yes to
 * a slot inside what they want (or to their own appointment), no otherwise, and the corrections
 * they planned.
 */
export function responsiveCaller(caller: Caller, hearing: Hearing): CallerFn {
  const person = new ResponsiveCaller(caller, hearing);
  return (reply, state) => person.next(reply, state);
}

class ResponsiveCaller {
  private lines: Required<Pick<Lines, 'yes' | 'no' | 'bye' | 'safety'>> & Lines;
  private readonly opening: string;

  constructor(
    private readonly caller: Caller,
    private readonly hearing: Hearing,
  ) {
    if (caller.opening === undefined) throw new Error('a responsive caller needs an opening');
    this.opening = caller.opening;
    this.lines = { ...DEFAULT_LINES[caller.language], ...caller.lines };
  }

  next(reply: string, state: CallState): string {
    const silences = this.caller.silences ?? 0;
    if (state.turn < silences) return '';
    if (state.turn === silences) {
      for (const fact of this.caller.gives ?? []) state.given.add(fact);
      return this.opening;
    }
    const pending = state.lastFact ? this.takeCorrection(state, state.lastFact) : null;
    state.lastFact = undefined;
    if (pending) return pending;
    const slots = spokenSlots(reply, this.hearing.now, this.hearing.timeZone);
    return this.answer(hear(reply, slots.length), reply, slots, state);
  }

  private answer(ask: Ask, reply: string, slots: SpokenSlot[], state: CallState): string {
    const { lines, caller } = this;
    switch (ask) {
      case 'name':
      case 'address':
      case 'problem':
      case 'time':
        return this.answerFact(ask, reply, state);
      case 'phone':
        return lines.phone ?? spokenPhone(caller.phone, caller.language);
      case 'offer':
      case 'options':
        return this.answerSlots(slots, state, ask === 'options');
      case 'safety':
        return lines.safety;
      case 'transfer':
        return caller.wantsTransfer ? lines.yes : lines.no;
      case 'callback':
        return caller.wantsCallback ? lines.yes : lines.no;
      case 'book_visit':
        return caller.accepts ? lines.yes : (lines.otherwise ?? lines.no);
      case 'anything_else':
        return lines.bye;
      case 'yes_no':
        return lines.yes;
      case 'area':
        return lines.inArea ?? lines.yes;
      case 'unclear': {
        const missing = FACT_ORDER.find((fact) => !state.given.has(fact) && lines[fact] !== undefined);
        return missing ? this.give(missing, state)! : (lines.otherwise ?? lines.bye);
      }
    }
  }

  private answerFact(fact: Fact, reply: string, state: CallState): string {
    if (state.given.has(fact)) {
      if ((fact === 'name' || fact === 'address') && readsBack(questionOf(reply), this.lines[fact]))
        return this.lines.yes;
      if (!(fact === 'time' && UNAVAILABLE.test(reply))) state.reasked.push(fact);
    }
    return this.give(fact, state) ?? this.lines.otherwise ?? this.lines.no;
  }

  private answerSlots(slots: SpokenSlot[], state: CallState, options: boolean): string {
    const correction = this.takeCorrection(state, 'offer');
    if (correction) return correction;
    const { lines, caller } = this;
    const wanted = caller.accepts;
    const known = this.hearing.knows;
    const fits = wanted ? slots.findIndex((s) => slotInWindow(s, wanted)) : -1;
    if (fits >= 0) return options ? (ORDINALS[caller.language][fits] ?? lines.yes) : lines.yes;
    if (known && slots.every((s) => slotInWindow(s, known))) return lines.yes;
    if (!wanted && !known) return lines.yes;
    return lines.time ? `${lines.no} ${INSTEAD[caller.language]} ${lines.time}` : lines.no;
  }

  private give(fact: Fact, state: CallState): string | null {
    // Someone calling about something other than a job says why they call when asked what's up.
    const line = this.lines[fact] ?? (fact === 'problem' ? this.lines.reason : undefined);
    if (line === undefined) return null;
    state.given.add(fact);
    state.lastFact = fact;
    return line;
  }

  private takeCorrection(state: CallState, after: Correction['after']): string | null {
    const index = state.corrections.findIndex((c) => c.after === after);
    if (index < 0) return null;
    const [correction] = state.corrections.splice(index, 1);
    if (correction!.afterwards) this.lines = { ...this.lines, ...correction!.afterwards };
    return correction!.say;
  }
}

/** "Is that 2716 North Mozart Street?" reads a name or address back rather than asking again. */
function readsBack(question: string, line: string | undefined): boolean {
  if (!line) return false;
  const number = /\d{2,}/.exec(line)?.[0];
  if (number) return question.includes(number);
  const words = (line.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !COMMON.has(w));
  return words.some((word) => question.toLowerCase().includes(word));
}

const COMMON = new Set(['this', 'that', 'name', 'yeah', 'llamo', 'nombre', 'about', 'there', 'here']);

/** A US number as a caller says it: "three one two five five five oh one two three" / "312 555 0123". */
function spokenPhone(phone: string, language: Caller['language']): string {
  const digits = phone.replace(/^\+1/, '').replace(/\D/g, '');
  if (language === 'es') return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  const words = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  return [...digits].map((d) => words[Number(d)]).join(' ');
}
