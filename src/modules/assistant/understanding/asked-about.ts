import { rx } from './re.js';

// What a caller's question asks about: the place of an area question ("do you guys come out to
// naperville", "do you service oak lawn", "¿trabajan en cicero?") and the work of a services question
// (below). Only a short phrase at the end of the question; "are you in my area" names none. The
// engine says whether the tenant's area and services hold it.

const ASKED = rx(
  String.raw`\b(?:come (?:out )?to|go (?:out )?to|get (?:out )?to|make it (?:out )?to|serve|cover|service|work in|travel to|come out as far as|(?:up|out|down|over) (?:around|near|in)|something you do in|(?:dan servicio|trabajan|llegan|van|vienen) (?:(?:por )?all[aá] )?(?:en|a|hasta|por))\s+(?<place>[\p{L}\d][\p{L}\d' .-]*?)(?:\s+(?:we|i|i'm|we're|my|our|it|it's|they|because|cause|since)\b.*)?$`,
);
const TRAILING = rx(
  String.raw`(?:\s+(?:area|too|as well|at all|or not|by any chance|tambi[eé]n|o no|please))+$`,
);
const NOT_A_PLACE = rx(
  // Whole words: "mi" is not the start of "middlebury".
  String.raw`^(?:(?:my|our|the|your|this|that|here|there|me|us|it|you|mi|su|nuestra|aqu[ií]|all|any|every|homes?|houses?|apartments?|furnaces?|water heaters?)\b|\d(?!\d{4}\b))`,
);
const MAX_WORDS = 3;

// Where the place name stops when the caller goes on ("…gary indiana i got a leak", "…baytown es que").
const STOP = new Set(
  "i we my our because cause and so but got have need is are es que porque y pero tengo tenemos el la mi thats that that's it's its which up near by or".split(
    ' ',
  ),
);

export function askedPlace(text: string): string | undefined {
  const m = ASKED.exec(text.replace(/[?.!,]+$/, ''));
  const words = (m?.groups?.place ?? '').split(' ');
  const stop = words.findIndex((word) => STOP.has(word));
  const kept = stop === -1 ? words : words.slice(0, stop);
  const raw = kept.join(' ').replace(TRAILING, '').trim();
  if (!raw || NOT_A_PLACE.test(raw) || raw.split(' ').length > MAX_WORDS) return undefined;
  return raw.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

// The kind of work a services question names: "do you do gutters or like roofing stuff", "do you
// guys install tankless", "¿hacen instalaciones de gas?". Only a short phrase at the end, or before
// what the caller says about their own ("do you fix garage door openers, mine won't close").
const ASKED_WORK = rx(
  String.raw`\b(?:do|does) you(?: guys| all)? (?:also )?(?:do|fix|install|repair|work on|handle|offer|replace|clean|service)\s+(?<thing>\p{L}[\p{L}' -]*?)(?:\s+(?:mine|my|ours|our|it|it's|its|they|they're|because|cause|cuz|since|which)\b.*)?$|\b(?:hacen|arreglan|instalan|reparan|trabajan con)\s+(?<cosa>\p{L}[\p{L}' -]*)$`,
);
const WORK_TRAILING = rx(
  String.raw`(?:\s+(?:stuff|things?|work|too|as well|also|or not|by any chance|tambi[eé]n|o no))+$`,
);
// "water heaters or is it just ac": the either-or names what the caller fears is all there is.
const EITHER_OR = rx(
  String.raw`\s+or (?:is it|are you|do you)(?: guys)? (?:just|only)\b.*$|\s+or (?:just|only) (?:the )?\p{L}+.*$|\s+o (?:nom[aá]s|solo|s[oó]lo)\b.*$`,
);
// Words that say when or how, not what: "do you do emergency calls", "do you do free estimates".
const NOT_WORK = rx(
  String.raw`\b(?:emergenc\w*|weekends?|nights?|estimates?|quotes?|free|same day|calls?|visits?|appointments?|service calls?|repairs?|services?|it|that|this|those|them|anything|everything|urgencias|presupuestos?|eso|esto|ello|algo)\b`,
);

export function askedWork(text: string): string | undefined {
  const m = ASKED_WORK.exec(text.replace(/[?.!,]+$/, '').replace(EITHER_OR, ''));
  const raw = (m?.groups?.thing ?? m?.groups?.cosa)
    ?.replace(/^(?:like|any|some|a|an|the)\s+/, '')
    .replace(WORK_TRAILING, '')
    .replace(/\s+(?:or|o)\s+(?:like|maybe)\s+/, ' or ')
    .trim();
  if (!raw || NOT_WORK.test(raw) || raw.split(' ').length > 5) return undefined;
  return raw;
}

// Work that belongs to another trade, named outright: "do y'all install solar panels", "can you
// guys fix a pool pump". Unless one of the tenant's services names it, the caller is told it is not
// something the business does, rather than booked for it ("panel" is not a panel upgrade).
const OTHER_TRADE = rx(
  String.raw`\b(?<work>(?:pool (?:pumps?|heaters?|filters?|lights?|motors?|equipment)\b|(?:solar|spa|hot tub|garage door|roofing|roofer|roof repair|gutters?|sprinklers?|irrigation|fences?|appliances?|septic|paneles solares)\b(?: (?!(?:on|in|at|it|it's|is|and|the|for|to|that|of|or|y|en|de|del|la|el|up|out)\b)\p{L}+)?|(?:bomba|filtro) de (?:la )?(?:piscina|alberca))`,
);

export function otherTradeWork(text: string, serviceNames: readonly string[]): string | undefined {
  const work = OTHER_TRADE.exec(text)?.groups?.work;
  if (!work) return undefined;
  const trade = work.split(' ')[0] ?? '';
  const offered = serviceNames.some((name) => name.toLowerCase().includes(trade));
  return offered ? undefined : work;
}
