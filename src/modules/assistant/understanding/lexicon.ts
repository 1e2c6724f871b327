// Shared word lists. Names and city names are open classes, so they are recognised by exclusion:
// a token that is one of these common words cannot start or continue a name or a city.

const FUNCTION_WORDS = `a an the my our your his her their its this that these those it it's i i'm i've i'd me we we're
us you you're they he she him them and or but so because if then than with without from for to of in on at by
about regarding calling call calls called here there where when what who why how which not no yes yeah yep sure
okay ok just really very pretty kind sort also too again still already now please thanks thank hi hello hey bye
is are was were be been being am do does did doing have has had having will would can could should may might
must shall gonna wanna gotta got get getting go going come coming went need needs want wants like trying try
speaking talking here's there's that's what's who's let's up down out over under into onto off back around
some any all every each another other same more most much many few little lot lots one two well oh um uh
next near nearby across behind beside between corner close right left outside inside upstairs downstairs
away alone stuck confused retired renting moving wait actually basically honestly listen hmm hmmm er erm
kinda sorta kind of super real totally definitely probably maybe literally barely never mind nevermind forget`;

const ADJECTIVES = `sorry fine good great bad terrible horrible awful crazy ridiculous insane urgent important serious
emergency emergencies weird strange annoying frustrating new old broken busted cold hot warm wet dry leaking
flooding available free busy home ready done interested worried calling looking wondering hoping glad happy
sad upset afraid scared sure certain right wrong correct perfect nice quick fast slow late early open closed`;

const DOMAIN_WORDS = `water heater heaters toilet toilets sink sinks faucet faucets drain drains pipe pipes leak leaks
sewer sewage gas line lines disposal garbage sump pump pumps furnace boiler ac air conditioner conditioning heat
heating cooling outlet outlets breaker panel wiring light lights switch fan shower tub bathtub bathroom kitchen
basement garage attic ceiling floor wall roof yard house home apartment unit building office appointment
service services repair repairs install installation estimate quote plumber plumbing electrician electrical
technician tech company problem issue job work time day week month morning afternoon evening tonight today
tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday noon weekend asap number phone
address street avenue road lane drive name customer owner manager landlord tenant`;

const SPANISH_WORDS = `el la los las un una unos unas de del y o que en con por para mi mis su sus tu es está esta
este estoy soy son muy no sí si ya aquí allí llamo llamando hablo habla cliente dueño dueña señor señora agua
calentador inodoro baño fuga tubería gracias favor número numero yo ella él nuevo nueva
inquilino inquilina propietario propietaria vecino vecina casa hola buenos buenas días tardes noches problema cita mañana hoy
español espanol inglés ingles english spanish quiero quisiera queria quería necesito ocupo tengo llamaba hablaba`;

function toSet(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.flatMap((list) => list.split(/\s+/)).filter(Boolean));
}

export const NOT_A_NAME: ReadonlySet<string> = toSet(FUNCTION_WORDS, ADJECTIVES, DOMAIN_WORDS, SPANISH_WORDS);

/** Title-cases a name or street: "josé de la o'brien-smith" → "José de la O'Brien-Smith". */
export function titleCase(text: string): string {
  const lowerParticles = new Set([
    'de',
    'del',
    'la',
    'las',
    'los',
    'y',
    'van',
    'von',
    'da',
    'di',
    'der',
    'den',
    'du',
    'dos',
    'das',
  ]);
  return text
    .split(' ')
    .map((word, i) => {
      if (i > 0 && lowerParticles.has(word)) return word;
      if (/^\d/.test(word)) return word;
      return word.replace(
        /(^|-|'(?=\p{L}{2}))(\p{L})/gu,
        (_m, sep: string, ch: string) => sep + ch.toUpperCase(),
      );
    })
    .join(' ')
    .replace(/\bMc(\p{Ll})/gu, (_m, ch: string) => `Mc${ch.toUpperCase()}`);
}
