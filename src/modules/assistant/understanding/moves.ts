// Moves said relative to the appointment itself ("push it back a week", "same time next week"):
// read here as a number of days; only the engine knows which appointment is being moved.

const COUNT: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3 };
const AMOUNT = String.raw`(?<count>a|an|one|two|three|\d{1,2}) (?<unit>day|week)s?`;
const LATER = new Set(['back', 'out', 'later', 'after']);

const SHIFTS: readonly RegExp[] = [
  // "push it back a week", "move it up a day", "bump the appointment out two weeks"
  new RegExp(
    String.raw`\b(?:push|move|bump|put)(?: it| that| the appointment| my appointment)? (?<dir>back|out|up) (?:by )?${AMOUNT}\b`,
    'i',
  ),
  // "a week later", "two days earlier"
  new RegExp(String.raw`\b${AMOUNT} (?<dir>later|earlier|after|before)\b`, 'i'),
];
// "same time next week"; "not this week, next, same time" (the day named is the appointment's).
export const SAME_TIME_NEXT_WEEK =
  /\bsame (?:time|day(?: and time)?) (?:next|the (?:next|following)) week\b|\bnot this week,? (?:but )?(?:the )?next(?: week| one)?,? same (?:time|day)\b/i;

/** Days to move the appointment by, or null when the caller did not say a move relative to it. */
export function relativeShift(text: string): number | null {
  if (SAME_TIME_NEXT_WEEK.test(text)) return 7;
  for (const re of SHIFTS) {
    const { dir = '', count = '', unit = '' } = re.exec(text)?.groups ?? {};
    if (!dir) continue;
    const sign = LATER.has(dir.toLowerCase()) ? 1 : -1;
    const n = COUNT[count.toLowerCase()] ?? Number(count);
    return sign * n * (unit.toLowerCase() === 'week' ? 7 : 1);
  }
  return null;
}
