import { isNegatedAt } from './negation.js';
import { rx } from './re.js';
import type { EmergencySignal } from './types.js';

/** A score at or above this flags the call as an emergency. */
export const EMERGENCY_THRESHOLD = 0.7;

interface Signal {
  readonly reason: string;
  readonly re: RegExp;
  readonly weight: number;
  readonly gas?: boolean;
  /** A cheap test that must pass before `re` is tried (its look-behinds cost at every position). */
  readonly gate?: RegExp;
}

const s = (reason: string, weight: number, source: string, gas = false, gate?: RegExp): Signal => ({
  reason,
  weight,
  re: rx(source, 'g'),
  gas,
  ...(gate ? { gate } : {}),
});

// Every water-heater signal names the heater (or its valve): most utterances skip them outright.
const WATER_HEATER_GATE = /water heater|hot water|boiler|calentador|valve|v[aá]lvula/;

// "the ceiling", "my kitchen ceiling", "our upstairs bathroom ceiling".
const CEILING = String.raw`(?:the|my|our|a)(?: \p{L}+){0,2} ceiling\b`;
// Not "fixture" alone: to a plumber that is a sink or a toilet.
const ELECTRICAL = String.raw`(?:the|my|our|a|an)(?: \p{L}+)? (?:light fixtures?|lights?|lamps?|light switch(?:es)?|outlets?|sockets?|plugs?|(?:electrical|electric|breaker|fuse) (?:panel|box)|panel|wiring|wires)\b`;
const ELECTRICAL_ES = String.raw`(?:la|el|las|los)(?: \p{L}+)? (?:l[aá]mparas?|focos?|luz|luces|contactos?|enchufes?|tomacorrientes?|apagador(?:es)?|cables?|caja de (?:fusibles|breakers)|panel el[eé]ctrico)\b`;

// "heat's been out", "the furnace just died", "heater's out": the heating is the subject.
const HEATING = '(?:heat|heating|furnace|boiler|heater)';
const HEATING_ES = '(?:la calefacci[oó]n|el calefactor|la caldera|el calent[oó]n)';
// Water still coming: "it's overflowing and it won't stop", "flooding and i can't stop it". Needs the
// overflow word first, and not a gerund after "stop", so a toilet that "won't stop running" (a
// common, harmless fault) is not an emergency.
const GUSHING = '(?:overflow(?:ing|s|ed)?|flood(?:ing|s)?|pouring|gushing|spraying|running over)';
const UNSTOPPABLE = String.raw`\b${GUSHING}\b[^|]{0,40}?\b(?:won't|will not|doesn't|does not|can't|cannot) stop(?: it| ${GUSHING})?\b(?! \p{L}+ing\b)`;
// A cold-weather temperature (°F, at or below 40; "10 below") said alongside a heating failure.
// "20 degrees warmer" compares; it is not a reading.
// Indoors the bar is higher: a house at 60 °F or below with the heating off is cold for a baby or an
// elderly parent ("it's 50 degrees in here", "the thermostat says 48", "hace 12 grados en la casa").
const INSIDE = `(?:in here|inside|in the (?:house|home|apartment|condo|place|bedroom|nursery|kids' room|baby's room|room)|en la casa|adentro|dentro)`;
const COLD_INSIDE = String.raw`\b(?:[0-5]?\d|60) (?:degrees )?${INSIDE}\b|\b(?:house|home|apartment|place|thermostat)(?: is|'s| says| reads| shows| is at| is down to| is reading)(?: like| only| about| at| down to)* (?:[0-5]?\d|60)\b(?! (?:degrees )?(?:warmer|colder|hotter|cooler|higher|lower|more|less|above|up)\b)|\b(?:[0-9]|1[0-5]) grados (?:en la casa|adentro|dentro)\b`;
const COLD_OUTSIDE = String.raw`\b(?:[0-3]?\d|40) degrees\b(?! (?:warmer|colder|hotter|cooler|higher|lower|more|less|above|up|down)\b)|\b\d{1,2} (?:degrees )?below(?: zero)?\b|\bin the (?:single digits|teens)\b`;

// Water rising out of a drain, a toilet or a tub: "water coming up through the floor drain".
const DRAIN = String.raw`(?:(?:the|my|our|a)(?: \p{L}+){0,2} )?(?:drains?|toilets?|tubs?|bathtubs?|showers?)\b`;
const WELLING_UP = String.raw`\bwater(?: is|'s)? (?:coming|bubbling|welling|gushing|backing|pouring) up (?:through|out of|from|in|into) ${DRAIN}|\b(?:sale|est[aá] saliendo|brota|est[aá] brotando|sube|est[aá] subiendo) (?:mucha |el )?agua (?:por|de|del) (?:la |el )?(?:coladeras?|drenajes?|resumideros?|desag[uü]es?|inodoro|tina|regadera)\b`;
// A water heater that hisses or blows its relief valve is over pressure or over temperature. The
// match starts at the hiss, so "the water heater is fine, no hissing" is negated.
const WATER_HEATER = '(?:water heater|hot water (?:heater|tank)|boiler|calentador(?: de agua)?)';
const HISSING = '(?:hiss(?:ing|es)?|chifl(?:a|ando)|silb(?:a|ando)|pitando)';
// A water heater losing a lot of water ("leaking real bad", "pouring water"), not a slow drip. The
// match starts at the leak word, so "it's not leaking real bad, just a drip" is negated.
const HEAVY_LEAK = String.raw`(?:leak(?:ing|s)?|pouring|gushing|spewing|dumping|spraying|coming out)(?: (?:water|out))?(?: (?:real|really|very|super|so|pretty))* (?:bad(?:ly)?|a lot|(?:like )?crazy|(?:like )?a (?:river|faucet|hose)|nonstop|non stop|fast)\b|\b(?:pouring|gushing|spewing|dumping) (?:out )?(?:water|everywhere)\b|\b(?:pouring|gushing|spewing) out\b`;
const HEAVY_LEAK_ES = String.raw`(?:tira|tirando|sale|saliendo|se sale|se est[aá] saliendo|echa|echando|bota|botando) (?:much[ií]sima|mucha) agua\b|\b(?:gotea|est[aá] goteando) (?:much[ií]simo|mucho|un chorro)\b|\bfuga (?:muy )?(?:fuerte|grande)\b`;
// Water going down into the unit below: "leaking into the neighbor's ceiling", "the apartment below".
const BELOW = `(?:the |my |our )?(?:(?:downstairs )?neighbou?r'?s?'?(?: (?:downstairs|below|ceiling|unit|apartment|condo))*|downstairs(?: unit| apartment| condo| neighbou?rs?)?|(?:unit|apartment|condo|floor) (?:below|under(?:neath)?(?: us| me)?))`;
const INTO_BELOW = String.raw`\b(?:leak(?:ing|s)?|dripping|pouring|coming|going|getting|flooding) (?:down )?(?:through |into |onto |in |to )(?:the ceiling (?:of |in |to |into )?)?${BELOW}\b|\bagua (?:al|en el|del) (?:vecino|departamento de abajo|apartamento de abajo)\b|\b(?:le )?(?:gotea|cae|pasa) (?:el )?agua al (?:vecino|de abajo)\b`;

// Electrical things that can burn or shock: outlets, switches, panels and breaker boxes.
const ELECTRIC_PART = `(?:(?:electrical|electric|breaker|fuse) (?:panel|box)|panel|breakers?|outlets?|sockets?|plugs?|(?:light )?switch(?:es)?|wall plate|wiring|wires)`;
const ELECTRIC_PART_ES = `(?:panel(?: el[eé]ctrico)?|caja de (?:fusibles|breakers|breakes|pastillas)|breakers?|pastillas?|contactos?|enchufes?|tomacorrientes?|tomas? de corriente|apagador(?:es)?|cables?|cableado)`;
// "the panel is buzzing and hot", "the outlet is hot to the touch", "el contacto está caliente".
// Not "hot water" or "hot tub".
const HOT = String.raw`(?:hot|warm|burning hot|warm to the touch|too hot to touch|burning up)\b(?! (?:water|tub|air)\b)`;
const HOT_PART = String.raw`\b${ELECTRIC_PART}\b[^|.]{0,60}?\b(?:is|are|'s|gets?|getting|feels?) (?:\p{L}+ )?(?:and )?(?:really |very |super |so )?${HOT}|\b(?:buzzing|humming) and (?:really |very |super |so )?${HOT}|\b(?:hot|warm) ${ELECTRIC_PART}\b(?! (?:water|tub))|\b${ELECTRIC_PART_ES}\b[^|.]{0,30}?\b(?:est[aá]|est[aá]n|se siente|se pone) (?:muy |bien )?calientes?\b`;
// Burning plastic or insulation: the smell of an overheating wire.
const HOT_SMELL = String.raw`\b(?:hot|burn(?:ing|t|ed)|melting|melted) (?:plastic|rubber|wires?|wiring|insulation)(?: smell| odou?r)?\b|\bsmell(?:s|ing|ed)? (?:of |like )?(?:hot|burn(?:ing|t|ed)|melting) (?:plastic|rubber|wires?|wiring|insulation)\b|\bburnt smell\b|\b(?:olor|huele) a (?:pl[aá]stico|cable|cables) quemados?\b|\bhuele a quemado\b|\bolor a quemado\b`;

const SIGNALS: readonly Signal[] = [
  s(
    'gas_leak',
    1,
    String.raw`\bgas (?:leak|leaking|smell|odor)|\bleaking gas\b|\bsmell(?:s|ing|ed|t)? (?:of |like )?(?:natural )?gas\b|\bodor of gas\b|\brotten eggs?\b|\bhuevos? podridos?\b|\bpropane (?:leak|leaking|smell|odou?r)\b|\bsmell(?:s|ing|ed|t)? (?:of |like )?(?:\p{L}+ )?propane\b|\b(?:huele|olor) a (?:gas )?propano\b|\b(?:huele|hiede|apesta|se siente (?:el )?olor)(?: \p{L}+){0,3} a gas\b|\bolor(?: \p{L}+){0,2} a gas\b|\b(?:gas|olor a gas) (?:en|por) (?:toda )?la (?:casa|cocina)\b|\bsmells? (?:really |real |super |so |pretty |kinda )?(?:strong(?:ly)? )?(?:of |like )gas\b|\b(?:fuga|escape) de gas\b`,
    true,
  ),
  s(
    'carbon_monoxide',
    1,
    // The alarm's own display: "it says co on the screen", "la alarma dice co".
    String.raw`\bcarbon monoxide\b|\bco (?:alarm|detector)\b|\bmon[oó]xido de carbono\b|\b(?:says|shows|reads|flashing|flashes|displays|dice|marca) co\b|\bco (?:on|in) the (?:screen|display)\b`,
    true,
  ),
  s(
    'burst_pipe',
    0.9,
    String.raw`\b(?:burst|busted|bursted|exploded|split|broken|cracked) (?:water )?(?:pipe|main|line)s?\b|\bpipes? (?:just )?(?:burst|busted|exploded|broke|split)\b|\bpipe\b[^|.]{0,25}?\bthat (?:just )?(?:burst|busted|split|broke|cracked)\b|\b(?:water heater|tank|heater) (?:just )?(?:burst|exploded|split)\b|\bburst\b|\b(?:pipe|line|fitting|supply (?:line|hose)|hose)s?\b[^|.]{0,30}?\b(?:came|come|coming|popped|blew) (?:apart|off|loose)\b|\bse revent[oó]\b|\bse (?:me |nos )?rompi[oó] (?:un|el|una|la) (?:tubo|tuber[ií]a|ca[nñ]o|manguera)\b|\b(?:tuber[ií]a|tubo) (?:rota|roto|reventad[oa])\b`,
  ),
  s(
    'flooding',
    0.8,
    String.raw`(?<!\b(?:tubs?|bathtubs?|showers?|sinks?) )\bflood(?:ing|ed|s)?\b(?! ?lights?\b)(?! (?:every time|whenever|each time|when(?:ever)? (?:i|we|you|someone)))|\bwater(?: is|'s)? (?:everywhere|all over(?! (?:the |my |our )?(?:roof|yard|lawn|driveway|patio|outside|sidewalk|street|garden|deck)\b)|pouring|gushing|spraying|coming (?:in|through|down))\b|\b(?:it's |is |it is )?spraying (?:water|everywhere|all over)\b|${WELLING_UP}|\b(?:ceiling|roof)(?: is|'s)? (?:leaking|dripping)\b|\b(?:leaking|dripping|pouring|coming) (?:in )?(?:through|from) ${CEILING}|(?<!\b(?:shower|showers|tub|bathtub|sink|basin)\b[^|.]{0,60}?)\bstanding water\b(?! (?:in|at the bottom of) (?:the |my |our )?(?:\p{L}+ )?(?:tubs?|bathtubs?|sinks?|showers?|basins?|toilets?|bowls?|dishwashers?|washers?)\b)|\binches of water\b|\bwater(?: is|'s)? (?:coming|seeping|bubbling|pooling|welling|pushing) up (?:through|from|in|out of|under) (?:the |my |our )?(?:\p{L}+ )?(?:carpets?|floors?|flooring|slab|tiles?|baseboards?|hardwood|foundation)\b|\b(?:carpet|floor)(?: is|'s)? (?:soaked|soaking|flooded)\b[^|.]{0,20}?\bspreading\b|\binund|\bagua por todos lados\b|\bagua por todas partes\b|\b(?:sale|entra|cae|gotea) (?:mucha )?agua (?:del|por el) techo\b|\bel techo (?:gotea|est[aá] goteando)\b`,
  ),
  // Water meeting wiring can electrocute or start a fire, whatever else is going on.
  s(
    'water_in_electrical',
    0.9,
    String.raw`\b(?:leaking|dripping|pouring|pooling|seeping) (?:out of|from|through|into|in|on|onto|around) ${ELECTRICAL}|\b(?:it|water)(?: is|'s)? (?:coming|getting) (?:out of|through|into|in) ${ELECTRICAL}|\bwater(?: is|'s)? (?:in|inside|on|near|around) ${ELECTRICAL}|\b(?:light fixtures?|outlets?|sockets?|lights?|panel)(?: is| are|'s)? (?:full of water|filling (?:up )?with water|leaking|dripping)\b|\b(?:sale|entra|gotea|cae|est[aá] (?:saliendo|entrando|goteando|cayendo)) (?:mucha )?agua (?:por|de|en) ${ELECTRICAL_ES}|\bagua (?:en|dentro de) ${ELECTRICAL_ES}`,
  ),
  // A ceiling that sags or bulges is full of water and can come down.
  s(
    'ceiling_giving_way',
    0.8,
    String.raw`\b(?:ceiling|roof)(?: is|'s)? (?:(?:starting|beginning|about|going) to |gonna )?(?:sag|sagging|bulge|bulging|buckle|buckling|cave in|caving(?: in)?|collapse|collapsing|come down|coming down|fall in|falling in)\b|\b(?:sagging|bulging|collapsing|caving) (?:in )?(?:the |my |our )?ceiling\b|\b(?:el techo|el plaf[oó]n) se (?:est[aá] )?(?:cayendo|hundiendo|cae|hunde|viene abajo)\b|\bse (?:est[aá] )?(?:cayendo|hundiendo|cae|hunde) el techo\b`,
  ),
  s(
    'uncontrolled_water',
    0.8,
    String.raw`\bcan't (?:shut|turn) (?:off )?the water\b|\bwon't (?:shut|turn) off\b|\bcan't stop (?:the )?(?:water|leak)\b|${UNSTOPPABLE}|\bkeeps? (?:on )?(?:overflowing|running over|flooding)\b|\bno (?:puedo|podemos) cerrar el agua\b`,
  ),
  s(
    'electrical_hazard',
    0.9,
    String.raw`${HOT_SMELL}|\barc(?:ing|ed|s)\b|\bspark(?:s|ing|ed)?\b|\belectrical fire\b|\b(?:on|caught) fire\b|\bsmoke\b(?! (?:detectors?|alarms?))|\bsmoking\b|\bburning smell\b|\bsmell(?:s)? (?:like )?burning\b|\bsmells burnt\b|\bmelt(?:ed|ing)\b|\bscorch(?:ed)?\b|\bchispas\b|\bhuele a quemado\b|\bolor a quemado\b|\bhumo\b|\bincendio\b|\bfuego\b`,
  ),
  // A breaker panel or an outlet that is hot: wiring overheating behind it.
  s('hot_electrical', 0.8, HOT_PART),
  // A breaker box or panel that buzzes loudly or crackles: a loose, arcing connection.
  s(
    'electrical_buzz',
    0.7,
    String.raw`\b(?:(?:electrical|electric|breaker|fuse) (?:panel|box)|panel|breakers?)\b[^|.]{0,30}?\b(?:is |are |keeps )?(?:buzzing|crackling|sizzling) (?:really |very |super |so )?(?:loud(?:ly)?|a lot|nonstop)\b|\b(?:loud(?:ly)?|crackling|sizzling) (?:buzz(?:ing)?|noise|sound) (?:from|in|coming from) (?:the |my |our )?(?:(?:electrical|electric|breaker|fuse) (?:panel|box)|panel|breakers?)\b`,
  ),
  // Live wires out in the open: a shock or a fire waiting to happen.
  s(
    'exposed_wires',
    0.8,
    String.raw`\b(?:exposed|bare|live|loose live|dangling live) (?:live |electrical |electric )?wir(?:es?|ing)\b|\bwir(?:es?|ing) (?:are |is )?(?:exposed|hanging out|sticking out|dangling)\b(?! (?:\p{L}+ )?(?:ceiling|fixture|box) (?:for|where))|\bcables? (?:pelados|expuestos|sueltos|con corriente|vivos|de fuera)\b`,
  ),
  // A water heater losing a lot of water, or any leak going down into the unit below.
  s(
    'water_heater_leak',
    0.8,
    String.raw`(?<=\b${WATER_HEATER}\b[^|.]{0,40}?)\b(?:${HEAVY_LEAK}|${HEAVY_LEAK_ES})|\b(?:${HEAVY_LEAK}|${HEAVY_LEAK_ES})(?=[^|.]{0,20}?\b${WATER_HEATER}\b)`,
    false,
    WATER_HEATER_GATE,
  ),
  s('leak_below', 0.8, INTO_BELOW),
  s(
    'water_heater_pressure',
    0.8,
    String.raw`(?<=\b${WATER_HEATER}\b[^|.]{0,40}?)\b${HISSING}\b|\b${HISSING}\b[^|.]{0,30}?\b${WATER_HEATER}\b|\b(?:relief|pressure|t ?& ?p|t and p) valve\b[^|.]{0,40}?\b(?:leaking|spraying|blowing|popping|going off|hissing|discharging|gushing)\b|\bv[aá]lvula de (?:alivio|presi[oó]n|seguridad)\b[^|.]{0,30}?\b(?:tira|tirando|sale|saliendo|chifla|chiflando)\b`,
    false,
    WATER_HEATER_GATE,
  ),
  s(
    'sewage_backup',
    0.8,
    String.raw`\bsewage\b|\bsewer (?:is )?(?:backing up|backed up|backup|overflowing|coming up)\b|\bsewer backup\b|\baguas? negras?\b|\baguas residuales\b|\bdrenaje (?:desbordado|regresando)\b`,
  ),
  s(
    'no_water',
    0.7,
    String.raw`\bno (?:running )?water\b(?! (?:damage|leak|leaking|on|anywhere|coming up))|\bsin agua\b(?! caliente)|\bno (?:hay|tenemos|tengo) agua\b(?! caliente)`,
  ),
  s(
    'no_heat',
    0.5,
    String.raw`\bno heat(?:ing)?\b|\b${HEATING}(?:'s| is| has)?(?: been| just)? (?:out|quit|not working|isn't working|stopped (?:working|heating|running)|went (?:out|off)|died|broke|doesn't work|won't (?:come|turn) on|(?:conked|gave|crapped|konked) out|gave up)\b|\b${HEATING}(?:'s| is| has been|'s been) off\b|\bsin calefacci[oó]n\b|\bno (?:hay|tenemos|tengo|tiene|tienen) calefacci[oó]n\b|\b${HEATING_ES} (?:ya )?no (?:funciona|sirve|prende|enciende|calienta|jala)\b|\bse (?:nos |me |le |les )?(?:fue|apag[oó]|descompuso|muri[oó]|par[oó]) ${HEATING_ES}|\b${HEATING_ES} se (?:nos |me |le |les )?(?:fue|apag[oó]|descompuso|muri[oó]|par[oó])\b|\b${HEATING_ES} dej[oó] de (?:funcionar|servir|prender|calentar)\b`,
  ),
  // No cooling in a heat wave is what no heat is in a freeze: urgent with someone at risk, or with
  // the heat itself (see the boosts), routine otherwise ("the ac isn't cooling great").
  s(
    'no_cooling',
    0.5,
    String.raw`\b(?:ac|a c|a/c|air conditioning|air conditioner|air|cooling|swamp cooler|evaporative cooler)(?:'s| is| has)?(?: been| just)? (?:out|quit|not working|isn't working|stopped (?:working|cooling|running)|died|broke|doesn't work|won't (?:come|turn) on|went out|gave out|(?:is )?blowing (?:hot|warm) air)\b|\bno (?:ac|a c|air conditioning|cooling)\b|\bel aire(?: acondicionado)? (?:ya )?no (?:sirve|funciona|enfr[ií]a|prende|jala)\b|\bsin aire(?: acondicionado)?\b|\bse (?:nos |me |le )?(?:descompuso|muri[oó]|fue|apag[oó]) el aire\b`,
  ),
  s(
    'frozen_pipes',
    0.6,
    String.raw`\b(?:frozen|froze) pipes?\b|\bpipes? (?:are |is )?(?:frozen|froze)\b|\btuber[ií]as? congelad[oa]s?\b`,
  ),
  s(
    'overflowing',
    0.6,
    String.raw`\boverflow(?:ing|ed)?\b|\bbacking up\b|\bbacked up\b|\bse desborda\b|\bdesbordando\b`,
  ),
  // Not "kind of an emergency", nor "my wife says it's an emergency but honestly it just drips".
  s(
    'caller_says_emergency',
    0.8,
    String.raw`(?<!\b(?:kind of|sort of|kinda|sorta|a bit of|not really|not exactly|not|semi)(?: an?)? )(?:\bemergenc(?:y|ies)\b|\bemergencia\b)(?![^|]{0,40}?\b(?:but (?:really|honestly|actually|truthfully|it's just)|pero (?:la verdad|en realidad|realmente|honestamente|nom[aá]s))\b)`,
  ),
  s('urgent', 0.3, String.raw`\burgent(?:e|ly)?\b`),
];

// These only add weight to something already wrong (cold house + newborn is urgent; a baby alone is not).
const BOOSTS: readonly Signal[] = [
  s(
    'vulnerable_occupant',
    0.3,
    String.raw`\b(?:baby|babies|infant|newborn|toddler|elderly|senior|grandma|grandmother|grandpa|grandfather|disabled|pregnant|beb[eé]s?|reci[eé]n nacid[oa]|anciano|anciana|abuel[oa]|persona mayor|embarazada)\b|\bold(?:er)? (?:man|woman|lady|person|people|parents?|mother|father)\b|\b(?:8|9)\d (?:years?|year-old)\b|\b(?:is|she's|he's|turned) (?:8|9)\d\b|\b\d{1,2} (?:months?|weeks?|days?)(?: old|-old)\b|\b(?:a|one) (?:month|week)(?: old|-old)\b|\b(?:ancian[oa]s|viejit[oa]s?|de la tercera edad)\b|\b(?:es|son|est[aá]n?) (?:muy |ya )?(?:mayor(?:es)?|grandes?|viejit[oa]s?)\b|\b(?:8|9)\d años\b|\b(?:enferm[oa] del coraz[oó]n|heart (?:condition|problems?|patient))\b|\b(?:de|tiene) \d{1,2} (?:meses|semanas|d[ií]as)(?: de nacid[oa])?\b`,
  ),
  // Someone at home who depends on a machine that needs power (and heat): as urgent as an infant.
  s(
    'medical_device',
    0.3,
    String.raw`\boxygen\b|\b(?:oxygen )?concentrator\b|\bdialysis\b|\bc ?pap\b|\bbi ?pap\b|\bventilator\b|\brespirator\b|\bmedical (?:equipment|device|machine)s?\b|\bon a (?:breathing )?machine\b|\bbreathing machine\b|\box[ií]geno\b|\bconcentrador\b|\bdi[aá]lisis\b|\b(?:equipo|aparato|m[aá]quina) m[eé]dic[oa]\b|\bm[aá]quina para respirar\b`,
  ),
  s(
    'extreme_heat',
    0.2,
    String.raw`\b1[0-2]\d (?:degrees|out|outside|afuera|grados|in here|inside|adentro)\b|\b(?:it's|its|it is|está|esta|hace|haciendo)(?: like| como| about| casi)? 1[0-2]\d\b|\bhace (?:mucho|much[ií]simo|un) calor\b|\bheat wave\b|\bola de calor\b`,
  ),
  s(
    'freezing',
    0.2,
    String.raw`\bfreezing\b|\bbelow (?:zero|freezing)\b|${COLD_OUTSIDE}|${COLD_INSIDE}|\bhelad[oa]s?\b|\bhelando\b|\b(?:mucho|much[ií]simo|bastante|un) fr[ií]o\b|\bcongelando(?:nos|se)?\b|\bbajo cero\b`,
  ),
];

const BOOSTABLE: ReadonlySet<string> = new Set([
  'no_heat',
  'no_cooling',
  'no_water',
  'frozen_pipes',
  'caller_says_emergency',
  'urgent',
]);

function hits(text: string, signal: Signal): boolean {
  if (signal.gate && !signal.gate.test(text)) return false;
  signal.re.lastIndex = 0;
  for (let m = signal.re.exec(text); m !== null; m = signal.re.exec(text)) {
    if (!isNegatedAt(text, m.index)) return true;
  }
  return false;
}

// A boost is said after the problem, often in the same breath ("no tenemos calefacción hace mucho
// frío"): only a negator right before it ("no hace frío", "not freezing") takes it back, not the
// one that started the problem.
const BOOST_NEGATION_WORDS = 2;

function boostHits(text: string, boost: Signal): boolean {
  boost.re.lastIndex = 0;
  for (let m = boost.re.exec(text); m !== null; m = boost.re.exec(text)) {
    const near = text
      .slice(0, m.index)
      .split(' ')
      .slice(-(BOOST_NEGATION_WORDS + 1))
      .join(' ');
    if (!isNegatedAt(near + text.slice(m.index), near.length)) return true;
  }
  return false;
}

function keywordSignals(keywords: readonly string[]): Signal[] {
  return keywords
    .map((k) => k.trim().toLowerCase())
    .filter((k) => k.length > 0)
    .map((k) => s(`keyword:${k}`, 0.8, String.raw`\b${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`));
}

// "The sink won't stop dripping, all night, this is an emergency!": the word is the caller's
// exasperation, not a hazard. With nothing else wrong and a drip or a running toilet described, the
// visit is booked (the soonest slot), not transferred.
const MINOR = rx(
  String.raw`\b(?:drip(?:s|ping|py)?|gotea(?:ndo)?|goteo|no para de gotear|tic tic|chirp(?:s|ing)?|keeps? running|runs? all night|no para de correr|se queda corriendo)\b`,
);

function onlyMinor(text: string, found: readonly Signal[]): boolean {
  const others = found.filter((f) => f.reason !== 'caller_says_emergency' && f.reason !== 'urgent');
  return others.length === 0 && MINOR.test(text);
}

/**
 * Scores how urgent the utterance sounds: the strongest signal, plus 0.1 for each further one,
 * plus boosts for who is at risk — capped at 1. Negated mentions ("no gas smell") do not count.
 */
export function scoreEmergency(text: string, tenantKeywords: readonly string[] = []): EmergencySignal {
  const found = [...SIGNALS, ...keywordSignals(tenantKeywords)]
    .filter((signal) => hits(text, signal))
    .filter((signal, _i, all) => !(signal.reason === 'caller_says_emergency' && onlyMinor(text, all)));
  if (found.length === 0) return { score: 0, reasons: [], gas: false };
  const strongest = Math.max(...found.map((f) => f.weight));
  // An infant or an elderly parent makes a cold or hot house, or no water, urgent; not a clogged sink.
  const boostable = found.some((f) => BOOSTABLE.has(f.reason));
  const boosts = boostable ? BOOSTS.filter((b) => boostHits(text, b)) : [];
  const raw = strongest + 0.1 * (found.length - 1) + boosts.reduce((sum, b) => sum + b.weight, 0);
  return {
    score: Math.round(Math.min(1, raw) * 100) / 100,
    reasons: [...found, ...boosts].map((f) => f.reason),
    gas: found.some((f) => f.gas),
  };
}

/** The emergency signal when it reaches the threshold, else undefined. */
export function detectEmergency(
  text: string,
  tenantKeywords: readonly string[] = [],
): EmergencySignal | undefined {
  const signal = scoreEmergency(text, tenantKeywords);
  return signal.score >= EMERGENCY_THRESHOLD ? signal : undefined;
}
