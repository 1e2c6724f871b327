import { rx } from './re.js';

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  primera: 1,
  primero: 1,
  segunda: 2,
  segundo: 2,
  tercera: 3,
  tercero: 3,
  cuarta: 4,
  cuarto: 4,
  quinta: 5,
  quinto: 5,
  earlier: 1,
  earliest: 1,
  'la primera': 1,
  last: -1,
  later: -1,
  latest: -1,
  última: -1,
  ultima: -1,
  último: -1,
  ultimo: -1,
};
const ORDINAL = `(first|1st|second|2nd|third|3rd|4th|5th|last|earlier|later|primer[oa]|segund[oa]|tercer[oa]|cuart[oa]|quint[oa]|[uú]ltim[oa])`;

// Without a question about options, an ordinal must point at one ("the second one", "option 2");
// "first thing in the morning" or "wait a second" are not choices.
const POINTED = rx(
  String.raw`\b(?:the\s+)?${ORDINAL}\s+(?:one|option|slot|time|choice|appointment)\b|\b(?:option|opción|opcion)\s+(?:number\s+)?(\d)\b|\b(?:la|el)\s+${ORDINAL}\b(?!\s+(?:de|semana|vez))`,
);
const BARE = rx(
  String.raw`^(?:(?:the|yeah|yes|ok|okay|let's do|let's go with|i'll take|i want|give me|la|el)\s+)*(?:${ORDINAL}|number (\d))(?:\s+(?:one|please|works|is good|por favor))*$`,
);

/** Which of the offered options the caller picked: 1-based, or -1 for "the last one". */
export function detectChoice(text: string, expectingChoice: boolean): number | undefined {
  const m = POINTED.exec(text) ?? (expectingChoice ? BARE.exec(text) : null);
  if (!m) return undefined;
  const digit = m[2];
  if (digit) return Number(digit);
  return ORDINALS[(m[1] ?? m[3] ?? '').toLowerCase()];
}
