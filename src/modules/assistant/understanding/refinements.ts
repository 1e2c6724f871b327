import { rx } from './re.js';

// "something later?", "that's too early", "a bit earlier", "¿algo más tarde?": a time relative to the
// times just offered, with no clock time of its own. Only the engine knows what it is relative to.

const LATER = rx(
  String.raw`\b(?:too early|(?:a (?:bit|little) |bit |little |any ?(?:thing|time) |something |sometime |maybe )?later(?! (?:on )?(?:this|next|in the|that) week)(?! than)|(?:algo |un poco )?m[aá]s tarde|demasiado temprano)\b`,
);
const EARLIER = rx(
  String.raw`\b(?:too late|(?:a (?:bit|little) |bit |little |any ?(?:thing|time) |something |sometime |maybe )?earlier(?! (?:this|next|in the|that) week)(?! than)|(?:algo |un poco )?m[aá]s temprano|demasiado tarde)\b`,
);
// Not about the offers: goodbyes, callbacks, moves by days ("a week later").
const NOT_A_NUDGE = rx(
  String.raw`\b(?:talk to you|call (?:you |me )?(?:back )?|see you|hasta|days?|weeks?|months?|d[ií]as?|semanas?)\s+(?:\S+\s+)?(?:later|earlier|m[aá]s tarde)\b`,
);

/** "later" or "earlier" than what was offered, when the caller said so without a clock time. */
export function detectNudge(text: string): 'later' | 'earlier' | undefined {
  if (NOT_A_NUDGE.test(text)) return undefined;
  const later = LATER.exec(text);
  const earlier = EARLIER.exec(text);
  if (later && earlier) return later.index > earlier.index ? 'later' : 'earlier';
  return later ? 'later' : earlier ? 'earlier' : undefined;
}
