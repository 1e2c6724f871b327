import { rx } from './re.js';

// Phrases that say "no" even though they contain a "yes"-like word ("that doesn't work"). Only ever
// tested, never used for its span: a space before "won't work" need not start a match (the words
// match on their own right after it), and leaving that case out puts the first boundary before a
// letter, where it compiles to its cheap half (see boundaries.ts).
const NO_PHRASES = rx(
  String.raw`\b(?:(?:that|it|this|which|tomorrow|today|that time|that day)\s?)?(?:doesn't|does not|won't|will not|wouldn't|isn't|is not|not gonna|not going to) (?:work|be good|do|be possible)\b|\bnot really\b|\bno thanks\b|\bno thank you\b|\bi can't\b|\bcan't (?:make it|do (?:that|it))\b|\bnot (?:good|great|ideal|okay|ok)\b|\bno (?:puedo|me (?:queda|sirve|funciona|conviene)|gracias)\b|\bpara nada\b|\btampoco\b|\bnegative\b|\bnot at all\b|\bi don't think so\b|\bno way\b`,
);
// "no heat", "no hot water", "no tengo agua" describe a problem; "no problem" agrees.
const NOT_AN_ANSWER = String.raw`(?! (?:heat|hot|water|power|gas|electricity|air|ac|ones?|problem|problems|idea|luck|longer|more|matter|earlier|later|sooner|worries|rush|pressure|signal|doubt|s[eé]|hay|tengo|tenemos|funciona|sirve|prende|sale|est[aá]|es|calefacci[oó]n|agua|luz|hace)\b)`;
const LEADING_NO = rx(
  String.raw`^(?:(?:well|oh|uh|hmm|ah|actually|pues|este|ay)\s+)?(?:no|nope|nah|nop|naw|nel)\b${NOT_AN_ANSWER}`,
);
const LEADING_YES = rx(
  String.raw`^(?:(?:oh|well|ah|uh|mm|bueno|pues)\s+)?(?:yes|yeah|yep|yup|ya|yea|sure|absolutely|definitely|correct|exactly|affirmative|of course|s[ií]|claro|correcto|exacto|por supuesto|simon|simón|sip|sipi|órale|orale|ándale|andale|dale|va)\b`,
);
// Softer agreement: only a "yes" when it answers a confirmation or is most of what was said.
const SOFT_YES = rx(
  String.raw`\b(?:ok+|okay|okey|okei|okie|oki|okis|alright|all right|sounds (?:good|great|perfect|fine)|that works|works for me|that's fine|that's good|that's great|that's perfect|that's correct|that's right|perfect|great|fine|good|right|go ahead|please do|do it|book it|let's do (?:it|that)|that'll work|that would work|that's it|est[aá] bien|me parece (?:bien|perfecto)|de acuerdo|perfecto|muy bien|vale|bien|me sirve|me queda bien|no problem|no worries|awesome|excellent|wonderful|lovely|brilliant|sweet|cool|nice|super|you bet|lock it in|let's go|yes please|excelente|est[aá] perfecto|sale|[oó]rale pues)\b`,
);
// A texted "k" ("kk" is already "ok"): a lone letter, so not when it starts a spelled run ("k a r e n").
const TEXTED_K = rx(String.raw`^k+\b(?! \p{L}\b)`);
// "is 2 o'clock ok?" proposes something; it does not agree to anything.
const QUESTION = rx(String.raw`^(?:is|can|could|would|what|how|do|does|are|will|should)\b`);
const SHORT = 5;
const MEDIUM = 8;

/**
 * Reads a yes or a no. Leading "yes"/"no" words decide; phrases like "that doesn't work" are a no
 * anywhere; softer "ok"/"that works"/"perfect" count as yes when confirming or when the utterance
 * is short. A caller saying "no" but giving a new value is correcting, which understand() handles.
 */
export function detectYesNo(text: string, expectingConfirm: boolean): 'yes' | 'no' | undefined {
  const words = text.split(' ').length;
  if (NO_PHRASES.test(text)) return 'no';
  if (LEADING_NO.test(text)) return 'no';
  // In a long opening ("yeah hi this is dave…") a leading "yeah" is only a way of starting to talk.
  if (LEADING_YES.test(text) && (expectingConfirm || words <= MEDIUM)) return 'yes';
  const soft = SOFT_YES.test(text) || TEXTED_K.test(text);
  if ((expectingConfirm || words <= SHORT) && soft && !QUESTION.test(text)) return 'yes';
  if (expectingConfirm && /^(?:no|nope|nah)$/.test(text.split(' ').at(-1) ?? '')) return 'no';
  return undefined;
}
