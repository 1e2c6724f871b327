import type { Language } from './types.js';

// Words that are (nearly) never English. Shared words ("no", "me", "a", "gas") are left out on purpose.
const SPANISH = new Set(
  `sí si hola buenos buenas días dias tardes noches gracias favor quiero necesito necesita tengo tiene tenemos
  llamo nombre dirección direccion calle avenida vivo mañana manana hoy ayer lunes martes miércoles miercoles
  jueves viernes sábado sabado domingo cita semana próxima proxima próximo proximo fuga agua calentador inodoro
  baño bano lavabo fregadero tubería tuberia drenaje el los las una uno que por para con está esta están estan
  es son pero porque también cuándo cuando cuánto dónde donde usted ustedes ahora hablar persona bien claro
  vale señor señora emergencia ayuda puede pueden venir mi mis su sus del muy hay huele olor luz calefacción
  calefaccion aire se le lo hablo deja dejar correr gotea goteando tapado tapada atascado roto rota mejor antes
  posible tarde noche entre después despues cancelar cambiar alguien dueño favor perfecto correcto acuerdo
  parece hasta luego adiós adios nada todo eso algo mucho poco funciona sirve también tampoco`.split(/\s+/),
);

const ENGLISH = new Set(
  `the is my i i'm you your and to of it it's this that yes yeah hi hello hey please thanks thank water heater
  tomorrow today morning afternoon evening tonight next week name address need want can could would leak
  leaking broken with at in on for we we're our have has be are was what when where how there there's some
  someone somebody come out sounds good works okay sure fine right just get got time appointment monday
  tuesday wednesday thursday friday saturday sunday street avenue road lane drive talk person bye call`.split(
    /\s+/,
  ),
);

const ACCENTED = /[áéíóúñ¿¡]/;

// Places whose names are Spanish words, said by English speakers too: "4410 inglewood boulevard, los
// angeles", "north la brea avenue". They say nothing about the caller's language.
const SPANISH_NAMED_PLACES =
  /\b(?:los (?:angeles|gatos|alamos|altos|banos|lunas)|las (?:vegas|cruces|colinas)|el (?:paso|cajon|monte|segundo|centro|dorado|mirage|reno)|la (?:brea|jolla|mesa|habra|puente|quinta|verne|crescenta|cienega|palma|porte|grange)|del (?:mar|rio|rey|norte)|(?:san|santa) [a-z]+|(?:la|las|los|el|del) [a-z]+ (?:avenue|ave|street|st|boulevard|blvd|road|rd|drive|dr|way|lane|ln|place|pl|court|ct))\b/g;

/**
 * Picks the language of one utterance: more Spanish than English words → 'es'; English needs a
 * margin of two words to win, so a Spanish caller's "okay" or "hello" does not switch the call;
 * otherwise the tenant default stands. Accented letters alone do not switch (callers named José
 * speak English too), but they tip a tie between Spanish words and none.
 */
export function detectLanguage(normalized: string, fallback: Language): Language {
  const tokens = normalized.replace(SPANISH_NAMED_PLACES, ' ').split(/\s+/).filter(Boolean);
  let es = 0;
  let en = 0;
  for (const token of tokens) {
    if (SPANISH.has(token)) es += 1;
    else if (ENGLISH.has(token)) en += 1;
  }
  if (es > en) return 'es';
  if (en >= es + 2) return 'en';
  if (es > 0 && ACCENTED.test(normalized)) return 'es';
  return fallback;
}
