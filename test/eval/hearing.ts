import type { Lang } from './types.js';

// What a caller takes an assistant's reply to be asking, from plain keywords in English or Spanish,
// the way a person on the phone reacts to the last question they heard.

export type Ask =
  | 'anything_else'
  | 'name'
  | 'address'
  | 'problem'
  | 'phone'
  | 'safety'
  | 'transfer'
  | 'callback'
  | 'book_visit'
  | 'area'
  | 'time'
  | 'options'
  | 'offer'
  | 'yes_no'
  | 'unclear';

const ASKS: Record<Exclude<Ask, 'options' | 'offer' | 'yes_no' | 'unclear' | 'area'>, RegExp> = {
  book_visit:
    /(book a (new )?(visit|appointment)|set up a visit|schedule (a|an) (visit|appointment)|agend(ar|e) una (visita|cita)|hacer una cita)/i,
  anything_else: /\b(anything else|something else|algo más|otra cosa)\b/i,
  name: /(your (full |first and last )?name|name (please|for the)|(what|which) name|who (am i|i'm) speaking|su nombre|cómo se llama|a nombre de quién|con quién (hablo|tengo el gusto))/i,
  address:
    /(address|where (is|are) (you|the (job|house|home|property))|where you're located|dirección|dónde (está|se encuentra|vive|queda))/i,
  problem:
    /(what(?:'s| is) (going on|happening|the (problem|issue|trouble))|what (seems to be|do you need|can (we|i) (help|do))|how can (we|i) help|describe|tell me (a (bit|little) )?(more )?about|qué (problema|está pasando|le pasa|necesita|sucede)|en qué (le )?(podemos|puedo) ayudar|descr[ií]b)/i,
  phone:
    /(phone number|callback number|best number|number (to reach|where)|número de teléfono|número (para|donde))/i,
  safety:
    /(\bsafe\b|everyone (okay|ok|alright|out)|out of the (house|home|building)|están bien|a salvo|seguros?\b|fuera de la casa)/i,
  transfer:
    /(connect you|transfer you|put you through|patch you|connecting you|transferring you|comunicar(le|lo|la)|transferir(le|lo|la)|pasar(le|lo|la) con|conectar(le|lo|la))/i,
  callback:
    /(call you back|callback|call back|have (her|him|them|someone|the owner|\w+) call you|devolver(le)? la llamada|le (llame|llamen|regrese)|que (le|lo|la) llame)/i,
  time: /(when (would|do|can|is|are|works?)|what (day|time|days|times)|a good time|cuándo|qué día|qué hora|qué horario)/i,
};

const OFFER =
  /(does (that|this) work|would (that|this|it) work|work for you|works for you|shall i|should i|want me to|would you like (me to|to book|that)|is that (ok|okay|alright|fine|right|correct)|sound(s)? good|can i (book|put|go ahead|schedule)|go ahead|\bconfirm|le (parece|queda|funciona|sirve|conviene)|está bien|quiere que|desea que|lo (agendo|reservo|confirmo)|la (agendo|reservo|confirmo)|confirm)/i;

const CHOICE = /\b(which|or|cuál|o)\b/i;

/** The sentence that carries the question: the last one with a question mark, else the last one. */
export function questionOf(reply: string): string {
  const sentences = reply
    .split(/(?<=[.!?])\s+|(?=¿)/)
    .map((s) => s.trim())
    .filter(Boolean);
  const questions = sentences.filter((s) => s.includes('?'));
  return questions.at(-1) ?? sentences.at(-1) ?? '';
}

/**
 * What the reply asks. `slotCount` is how many slots the caller heard in the whole reply: a
 * question about named slots is a choice between them or an offer of one, unless it asks openly
 * when ("what day and time works for you?").
 */
// "Is Ballard in Seattle, Shoreline or Burien? Those are the areas we serve."
const AREA = /(areas we serve|zonas donde damos servicio)/i;

export function hear(reply: string, slotCount: number): Ask {
  if (AREA.test(reply)) return 'area';
  const question = questionOf(reply);
  for (const ask of ['anything_else', 'name', 'address', 'problem', 'phone'] as const) {
    if (ASKS[ask].test(question)) return ask;
  }
  const asking = question.includes('?') || OFFER.test(question);
  const moving = /\b(move|moving|reschedul|cambiar|mover)/i.test(reply);
  if (asking && slotCount > 1 && CHOICE.test(question) && !moving) return 'options';
  // "When would you like to move it to?" after naming the old time asks for a new one.
  if (ASKS.time.test(question)) return 'time';
  if (asking && slotCount > 0) return 'offer';
  for (const ask of ['safety', 'transfer', 'callback', 'book_visit'] as const) {
    if (ASKS[ask].test(question)) return ask;
  }
  return asking ? 'yes_no' : 'unclear';
}

export const ORDINALS: Record<Lang, string[]> = {
  en: ['the first one', 'the second one', 'the third one', 'the fourth one'],
  es: ['la primera', 'la segunda', 'la tercera', 'la cuarta'],
};

export const DEFAULT_LINES: Record<Lang, { yes: string; no: string; bye: string; safety: string }> = {
  en: {
    yes: 'yeah that works',
    no: "no that doesn't work for me",
    bye: "no that's it thanks bye",
    safety: "yeah we're okay",
  },
  es: { yes: 'sí está bien', no: 'no me queda', bye: 'no gracias eso es todo', safety: 'sí estamos bien' },
};

/** How a caller turns down a slot and says again when they want it. */
export const INSTEAD: Record<Lang, string> = { en: 'how about', es: 'mejor' };
