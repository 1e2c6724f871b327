import { SLOW_DRAIN } from './problem.js';
import { rx } from './re.js';

interface Concept {
  readonly weight: number;
  readonly re: RegExp;
}

const c = (weight: number, words: string): Concept => ({
  weight,
  re: rx(String.raw`\b(?:${words})(?:s|es)?\b`),
});

// Fixtures weigh more than symptoms: "water heater is leaking" is a water-heater job first.
const CONCEPTS: readonly Concept[] = [
  c(3, `water heater|hot water heater|hot water|tankless|calentador(?:es)?|boiler`),
  c(
    3,
    `drain|clog|clogged|slow drain|backed up|backing up|${SLOW_DRAIN}|drenaje|tapad[oa]|atascad[oa]|destapar|coladera`,
  ),
  c(3, `toilet|inodoro|excusado|sanitario|retrete`),
  c(3, `sewer|sewage|septic|main line|aguas negras|alcantarillado`),
  c(3, `gas line|gas leak|gas|l[ií]nea de gas|fuga de gas`),
  c(3, `faucet|tap|spigot|sink|llave|grifo|lavabo|fregadero`),
  c(3, `garbage disposal|disposal|garburator|triturador`),
  c(3, `sump pump|sump|bomba de sumidero`),
  c(
    3,
    `outlet|breaker|panel|wiring|electrical|electric|spark|sparking|arcing|flickering|lights?|switch|socket|enchufe|contacto|tomacorriente|pastilla|chispas|apagador|luz|luces|cableado|el[eé]ctric[oa]`,
  ),
  c(3, `hvac|furnace|heating|no heat|calefacci[oó]n|caldera|thermostat`),
  c(3, `hvac|ac|air conditioner|air conditioning|cooling|aire acondicionado|heat pump`),
  c(3, `ceiling fan|fan|abanico(?:s)? de techo|abanico|ventilador(?:es)? de techo|ventilador`),
  c(3, `radiator|radiador(?:es)?|steam heat|baseboard heat`),
  c(3, `ev charger|car charger|charger|cargador(?:es)?(?: para (?:el )?(?:carro|coche|auto))?`),
  c(2, `shower|tub|bathtub|regadera|ducha|tina`),
  c(2, `pipe|repipe|burst pipe|tuber[ií]a|tubo|water line|water main`),
  c(1, `leak|leaking|leaky|drip|dripping|fuga|gotea|goteando|goteo`),
  c(1, `install|installation|installed|new|replace|replacement|instalar|instalaci[oó]n|nuev[oa]`),
  c(1, `inspection|inspect|camera|maintenance|tune up|revisar|revisi[oó]n`),
];
const STOP = new Set([
  'the',
  'and',
  'my',
  'a',
  'of',
  'in',
  'is',
  'de',
  'el',
  'la',
  'repair',
  'service',
  'services',
]);

function stems(text: string): Set<string> {
  return new Set(
    text
      .split(/\s+/)
      .filter((w) => w.length > 2 && !STOP.has(w))
      .map((w) => w.replace(/(?:ing|es|s)$/, '')),
  );
}

function score(text: string, textStems: Set<string>, service: string): number {
  const name = service.toLowerCase();
  let total = 0;
  for (const concept of CONCEPTS) {
    if (concept.re.test(name) && concept.re.test(text)) total += concept.weight;
  }
  for (const stem of stems(name)) if (textStems.has(stem)) total += 0.5;
  return total;
}

/** The tenant service that best fits what the caller said, or undefined when none fits. */
export function matchService(text: string, serviceNames: readonly string[]): string | undefined {
  const textStems = stems(text);
  let best: { name: string; score: number } | undefined;
  for (const name of serviceNames) {
    const s = score(text, textStems, name);
    if (s >= 1 && (!best || s > best.score)) best = { name, score: s };
  }
  return best?.name;
}
