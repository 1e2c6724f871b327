// A model may reword an answer, never add to it. Checking meaning is beyond rules, but invented
// data almost always carries a figure (a count, a time, a date, a phone number): every number in
// the model's answer must appear in the facts or in the rules' answer, or the rules' answer is used.

/** Longest answer accepted from a model: several times any rules' answer. */
export const MAX_PHRASED_LENGTH = 2000;

const NUMBER = /\d+/g;

function numbersIn(text: string): Set<string> {
  // "08" and "8" are the same figure (a clock time written two ways).
  return new Set([...text.matchAll(NUMBER)].map((m) => String(Number(m[0]))));
}

/** True when `reply` is usable: not empty, not too long, and every number in it is in `sources`. */
export function isGrounded(reply: string, sources: readonly string[]): boolean {
  const text = reply.trim();
  if (text.length === 0 || text.length > MAX_PHRASED_LENGTH) return false;
  const known = numbersIn(sources.join('\n'));
  for (const figure of numbersIn(text)) if (!known.has(figure)) return false;
  return true;
}
