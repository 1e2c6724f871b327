import type { TimeConstraint } from '../../../platform/time/time-constraint.js';
import { extractAddress, extractHouseNumberFix } from './addresses.js';
import { askedPlace, askedWork, otherTradeWork } from './asked-about.js';
import { detectChoice } from './choice.js';
import { correctionTails, hasCorrectionMarker } from './corrections.js';
import { detectEmergency } from './emergency.js';
import { detectIntents } from './intents.js';
import { detectLanguage } from './language.js';
import { relativeShift } from './moves.js';
import { type Extracted, extractName } from './names.js';
import { cleanTranscript, normalizeTranscript } from './normalize.js';
import { extractPhone } from './phone.js';
import { extractProblem } from './problem.js';
import { removePhrases, rx } from './re.js';
import { detectNudge } from './refinements.js';
import { matchService } from './services.js';
import { parseTime, type TimeParse } from './time-expressions.js';
import type { Expecting, Intent, Language, Understanding, UnderstandingContext } from './types.js';
import { withdrawsVisit } from './withdrawal.js';
import { detectYesNo } from './yes-no.js';

/** The values read before the time, each taken out of the text before the next is looked for. */
interface Values {
  phone?: Extracted;
  address?: Extracted;
  name?: Extracted;
  /** What is left once the values are taken out. */
  rest: string;
}

interface Slots extends Values {
  time?: TimeParse;
  /** What is left once the time is taken out too: where the problem is looked for. */
  rest: string;
}

// "morning, um, my name is…" greets; it is not a time preference.
const SALUTATION = rx(
  String.raw`^(?:morning|afternoon|evening)(?=\s+(?:um|uh|hi|hello|hey|there|this is|my name|it's|i'm|i am|yes|yeah)\b)`,
);

function readValues(text: string, expecting: Expecting | null): Values {
  // Kept as a greeting word, so that "morning it's ellen okafor" still introduces a name.
  const greeted = expecting === 'time' ? text : text.replace(SALUTATION, 'hi');
  const phone = extractPhone(greeted);
  let rest = phone ? removePhrases(greeted, [phone.span]) : greeted;
  const address = extractAddress(rest, expecting === 'address');
  if (address) rest = removePhrases(rest, [address.span]);
  const name = extractName(rest, expecting === 'name');
  if (name) rest = removePhrases(rest, [name.span]);
  return { phone, address, name, rest };
}

/** `tails` are the correction tails of `text`, found once per turn and shared by every reader. */
function readSlots(text: string, tails: string[], ctx: UnderstandingContext, language: Language): Slots {
  const expecting = ctx.expecting ?? null;
  const values = readValues(text, expecting);
  let rest = values.rest;
  const time = parseTime(
    rest,
    {
      now: ctx.now,
      timeZone: ctx.timeZone,
      language,
      // Offered times are picked by their hour ("9 works") as often as by position.
      bareNumberIsTime: expecting === 'time' || expecting === 'choice',
    },
    // Most turns carry no name, address or phone: the text is unchanged and so are its tails.
    rest === text ? tails : undefined,
  );
  if (time) rest = removePhrases(rest, time.matched);
  return { ...values, time, rest };
}

/**
 * After a correction marker the later value wins ("my name is jon no wait it's john"). Only the
 * values are read again: the time already follows the last correction (see parseTime).
 */
function applyCorrections(slots: Slots, tails: string[], ctx: UnderstandingContext): Slots {
  const out = { ...slots };
  const overridden = new Set<string>();
  for (const tail of tails) {
    const later = readValues(tail, ctx.expecting ?? null);
    for (const key of ['phone', 'address', 'name'] as const) {
      if (later[key] && !overridden.has(key)) {
        out[key] = later[key];
        overridden.add(key);
      }
    }
  }
  return out;
}

function intentsFor(text: string, problem: string | undefined, emergency: boolean): Intent[] {
  const intents = detectIntents(text, { hasProblem: problem !== undefined });
  return emergency ? ['emergency', ...intents] : intents;
}

/** A copy without the undefined fields, keys in the same order (filled directly: cheaper than fromEntries). */
/** "friday doesn't work" rules a day out without naming a time: that is not a time preference. */
function splitRuledOut(parse: TimeParse | undefined): {
  time?: TimeConstraint;
  ruledOut?: string[];
  dayImplied?: true;
} {
  if (!parse) return {};
  if (parse.ruledOutOnly) return { ruledOut: [...(parse.constraint.excludeDates ?? [])] };
  return { time: parse.constraint, dayImplied: parse.dayImplied };
}

function defined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as T;
}

/**
 * Work of another trade that no service names ("a pool pump"), in the caller's own words when they
 * asked about it ("gutters or roofing"), unless those run on to where ("solar panels on the roof").
 */
function otherTradeAsked(norm: string, work: string | undefined, serviceNames: string[]): string | undefined {
  const trade = otherTradeWork(norm, serviceNames);
  if (!trade || serviceNamedOutright(norm, serviceNames)) return undefined;
  return work && !/ (?:on|in|at|for|from) /.test(work) ? work : trade;
}

// Words every service name has, which say nothing about the work itself.
const GENERIC = new Set([
  'installation',
  'install',
  'repair',
  'repairs',
  'service',
  'replacement',
  'cleaning',
]);

/** "heat tape on the gutters" names the tenant's "heat tape installation" in two words of its own. */
function serviceNamedOutright(norm: string, serviceNames: readonly string[]): boolean {
  const said = new Set(norm.split(' '));
  return serviceNames.some(
    (name) =>
      name
        .toLowerCase()
        .split(' ')
        .filter((word) => word.length >= 3 && !GENERIC.has(word) && said.has(word)).length >= 2,
  );
}

/** Work of another trade ("a pool pump"): asked about, so the answer says it is not done here. */
function notOurTrade(language: Language, work: string, slots: Slots): Understanding {
  return defined<Understanding>({
    language,
    intents: ['faq_services'],
    askedWork: work,
    name: slots.name?.value,
    phone: slots.phone?.value,
  });
}

/**
 * Understands one caller turn: language, intents, the facts it carries (name, address, phone,
 * problem, service, time), yes/no, a choice among offered options, corrections and emergencies.
 * Pure and deterministic: everything time-related is resolved from `ctx.now` in `ctx.timeZone`.
 */
export function understand(text: string, ctx: UnderstandingContext): Understanding {
  const cleaned = cleanTranscript(text);
  const language = detectLanguage(cleaned, ctx.language);
  const norm = normalizeTranscript(cleaned, language);
  const expecting = ctx.expecting ?? null;
  const tails = correctionTails(norm);
  const slots = applyCorrections(readSlots(norm, tails, ctx, language), tails, ctx);
  const emergency = detectEmergency(norm, ctx.emergencyKeywords ?? []);
  const newValue = [slots.time, slots.name, slots.address, slots.phone].some((v) => v !== undefined);
  const withdraws = emergency === undefined && withdrawsVisit(norm, newValue);
  // What a withdrawal says about the job ("my son-in-law can fix it himself") is not a new problem.
  const candidateProblem = withdraws ? undefined : extractProblem(slots.rest, expecting === 'problem');
  const intents = intentsFor(norm, candidateProblem, emergency !== undefined).filter(
    (intent) => !withdraws || intent !== 'book',
  );
  // A question about hours, services or area names things that are not the caller's problem; a price
  // question usually comes with the problem itself ("my sink is clogged how much to fix it"), and so
  // does a visit asked for beside an hours or area question ("do you work saturdays my furnace…").
  const question =
    !intents.includes('book') && intents.some((i) => i.startsWith('faq_') && i !== 'faq_price');
  const problem = question ? undefined : candidateProblem;
  const wantsService = problem !== undefined || intents.includes('faq_services') || intents.includes('book');
  // "do you do water heaters or is it just ac": the work asked about, not every trade word said.
  const work = intents.includes('faq_services') ? askedWork(norm) : undefined;
  const otherTrade = emergency ? undefined : otherTradeAsked(norm, work, ctx.serviceNames ?? []);
  if (otherTrade) return notOurTrade(language, otherTrade, slots);
  const service = wantsService ? matchService(problem ?? work ?? norm, ctx.serviceNames ?? []) : undefined;
  const choice = detectChoice(norm, expecting === 'choice');
  // A whole address said again replaces the old one anyway; a lone house number only corrects it.
  const houseNumber = slots.address ? undefined : extractHouseNumberFix(norm);
  const { time, ruledOut, dayImplied } = splitRuledOut(slots.time);
  const hasValue = [time, slots.name, slots.address, slots.phone, choice, houseNumber].some(
    (v) => v !== undefined,
  );
  const yesNo = detectYesNo(norm, expecting === 'confirm');
  const correction = hasValue && (hasCorrectionMarker(norm, tails) || yesNo === 'no');
  return defined<Understanding>({
    language,
    intents,
    name: slots.name?.value,
    address: slots.address?.value,
    // Without a correction a number is too often something else (a time, a count) to touch the address.
    houseNumber: correction ? houseNumber : undefined,
    phone: slots.phone?.value,
    problem,
    service,
    time,
    dayImplied,
    nudge: detectNudge(norm),
    ruledOut,
    moveBy: relativeShift(norm) ?? undefined,
    yesNo: correction ? undefined : yesNo,
    correction: correction || undefined,
    choice,
    askedPlace: intents.includes('faq_area') ? askedPlace(norm) : undefined,
    askedWork: work,
    withdraws: withdraws || undefined,
    emergency,
  });
}
