import { rx, squish } from './re.js';

// Words that make a clause a description of the job (objects and symptoms, English and Spanish).
// Bare "heat" too: "our heat's been out" names the job as plainly as "the furnace".
// A slow drain in the caller's words: "it just sits there", "takes forever to go down", "drains slow".
export const SLOW_DRAIN = String.raw`(?:(?:not|isn't|won't|doesn't|don't|aren't|never|barely) (?:really )?drain\w*|drain\w* (?:really |very |super |so |real )?slow(?:ly)?|slow(?:ly)? (?:to )?(?:drain\w*|go(?:es|ing)? down|empty\w*)|slow drains?|(?:just )?sits? there|(?:just )?sitting there|takes? (?:forever|ages|so long|a long time|a while|hours|like an hour) to (?:go down|drain|empty|go away)|(?:won't|doesn't|isn't|not) go(?:ing)? down|backs? up(?: slowly| slow| a little)?|no (?:baja|drena|se va) el agua|el agua no (?:baja|drena|se va)|(?:baja|drena) (?:muy )?lento|tarda (?:mucho|horas|much[ií]simo) en (?:bajar|irse|drenar)|se queda (?:ah[ií] )?el agua|el agua se queda)`;
const PROBLEM_WORDS = rx(
  String.raw`\b(?:${SLOW_DRAIN}|bathtubs?|draining|contactos?|tomacorrientes?|pastillas?|chispas|quemado|apagador\w*|leak\w*|drip\w*|clog\w*|backed up|backing up|overflow\w*|burst|broken|busted|cracked|no hot water|no heat|heat(?:ing)?|no power|no water|noise|noisy|popping|banging|smell\w*|spark\w*|tripp\w*|flicker\w*|stopped working|not working|won't (?:work|turn on|drain|flush|stop|start)|dead|keeps running|flood\w*|inund\w*|frozen|lukewarm|pooling|water heater|heater|toilets?|sinks?|faucets?|showers?|tub|drains?|pipes?|sewer|sewage|sump pump|disposal|dishwasher|washing machine|gas|outlets?|breakers?|panel|wiring|lights?|switch(?:es)?|furnace|boiler|(?:ceiling )?fans?|put (?:up|in)|hang\w*|mount\w*|hook\w* up|fix\w*|ac|air conditioner|air conditioning|thermostat|heat pump|water|install\w*|replac\w*|repair\w*|inspection|estimate|quote|fuga|gotea\w*|tapad[oa]|atascad[oa]|no funciona|no sirve|no deja de correr|calentador|inodoro|ba[nñ]o|lavabo|fregadero|tuber[ií]a|drenaje|llave|regadera|ducha|aire acondicionado|calefacci[oó]n|enchufe|luz|agua|manija|corriendo|stains?|ceiling|drywall|radiador(?:es)?|radiators?|no calientan|tibi[oa]s?|abanicos?|ventilador(?:es)?|burbujea\w*|soft spot|water damage|mold|mildew|calent[oó]n(?:es)?|calentones|aire caliente|no calienta|no prende|no enciende|triturador\w*|trabad[oa]|atorad[oa]|excusado|taza del ba[nñ]o|tina|b[oó]iler|coladera|breakers?|se (?:me )?bota|se (?:me )?bot[oó]|secadora|lavadora|lavaplatos|lavavajillas|tinaco|bomba de agua|fusibles?|cortocircuito|gotera|reventad[oa]|rot[oa]|ruido|huele\w*|termostatos?|instal[aeó]\w*|arregl\w*|repar[aeó]\w*|minisplits?|mini splits?|ductos?|smoke detectors?|detectors?|chirp\w*|beep\w*|detectores?|alarmas?|septic|tanks?|pump\w*|well|pressure|short cycl\w*|cycling|click\w*|surge\w*|protect\w*|chargers?|cargador(?:es)?|whistl\w*|vents?|pila|pileta|plumas?|cisterna|rejillas?|ventilas?)\b`,
);
const GREETING = rx(
  String.raw`^(?:(?:hi there|hello there|hi|hello|hey|yeah|yes|ok|okay|so|well|good (?:morning|afternoon|evening)|buen(?:os|as) (?:d[ií]as|tardes|noches)|hola|bueno|s[ií]|um|uh)\s+)+`,
);
const SEPARATOR = rx(
  String.raw`\s*(?:\||\b(?:but|so|also|then|plus|because|cause|pero|porque|can (?:you|somebody|someone|anybody|anyone|you guys)|could (?:you|somebody|someone)|would (?:you|somebody|someone)|is there (?:anyone|anybody|someone|somebody)|please|if you can|thanks|thank you|gracias|por favor|le hablo|llamo)\b)\s*`,
  'g',
);
const PREAMBLE = rx(
  String.raw`^(?:and |y )?(?:i'm calling (?:because|about|since|cause)|calling (?:about|because)|i (?:need|want|would like|'d like)(?: (?:somebody|someone|you|a plumber|an electrician))?(?: to)?(?: come(?: out)?(?: and)?)?(?: to)? (?:look at|check(?: out)?|take a look at|fix|repair|get)|i (?:need|want) to get|i'd like to get|(?:i )?need help with|le hablo porque|llamo porque)\s+`,
);
const TRAILING = rx(String.raw`(?:\s+(?:please|thanks|asap|sorry|and|y|too|as well|right now|the|a|an))+$`);
const MAX_LENGTH = 200;

function clauses(text: string): string[] {
  return text
    .split(SEPARATOR)
    .map((c) => squish(c))
    .filter((c) => c.length > 0);
}

const LEADING_JOINER = rx(String.raw`^(?:and|y|so|but|pero|also)\s+`);

function tidy(clause: string): string {
  const core = clause
    .replace(GREETING, '')
    .replace(LEADING_JOINER, '')
    .replace(PREAMBLE, '')
    .replace(TRAILING, '');
  return squish(core).slice(0, MAX_LENGTH);
}

/**
 * The caller's own description of the job, from the text left after the name, address, phone and
 * time were taken out: the first clause that talks about a fixture or a symptom, plus any
 * following clauses that do too. With `expectingProblem`, any remaining words count.
 */
export function extractProblem(rest: string, expectingProblem: boolean): string | undefined {
  const parts = clauses(rest.replace(GREETING, ''));
  const first = parts.findIndex((c) => PROBLEM_WORDS.test(c));
  if (first >= 0) {
    let last = first;
    while (last + 1 < parts.length && PROBLEM_WORDS.test(parts[last + 1] ?? '')) last += 1;
    const problem = tidy(parts.slice(first, last + 1).join(' and '));
    return problem.length > 0 ? problem : undefined;
  }
  if (!expectingProblem) return undefined;
  const whole = tidy(parts.join(' '));
  return whole.split(' ').length >= 2 ? whole : undefined;
}
