import { NOT_A_NAME } from './lexicon.js';
import { isNegatedAt } from './negation.js';
import { rx } from './re.js';
import type { Intent } from './types.js';

type DetectedIntent = Exclude<Intent, 'emergency' | 'book'>;

// "the furnace one", "my friday appointment", "the water heater job": a booked visit named by a word or
// two. Not after "change": "change the old one" asks for a replacement.
const WHICH_JOB = String.raw`(?:my|the|our|that)(?: \p{L}+){0,2} (?:appointment|visit|one|job)`;

const PATTERNS: ReadonlyArray<readonly [DetectedIntent, RegExp]> = [
  [
    'cancel',
    rx(
      String.raw`\bcancel(?:l?ing|l?ed|lation)?\b|\bcancel(?:ar|arla|arlo|e|en)\b|\banular\b|\bcall (?:it|the appointment) off\b|\bdon't need (?:the|my|that) appointment\b|\bya no (?:necesito|voy a necesitar) la cita\b`,
      'g',
    ),
  ],
  [
    'reschedule',
    rx(
      String.raw`\bre-?schedul\w*|\bmove (?:my|the|our|that)? ?(?:appointment|visit|it)\b|\bmove ${WHICH_JOB}\b|\bchange (?:my|the|our) (?:appointment|time|day|date)\b|\bchange (?:my|the|our|that)(?: \p{L}+){0,2} (?:appointment|visit)\b|\bpush (?:it|that|this|${WHICH_JOB}) (?:back|out|up|to)\b|\bbump (?:it|that|this|${WHICH_JOB}) (?:back|up|to)\b|\bmove it to\b|\b(?:push|move|bump|switch) (?:my |our |the |tomorrow's |today's |\p{L}+day's )?(?:[\p{L}-]+ ){0,2}(?:appointment|visit|tune[ -]?up|service call|inspection|cleaning|job|install(?:ation)?) (?:to|till|until)\b|\b(?:se puede|puede|pueden|podemos|podr[ií]a|podr[ií]an) (?:pasar|mover|cambiar)(?:la|lo)? (?:para|a|al)\b|\b(?:need|want|have|got|gotta) to (?:push|move|bump|shift) (?:it|that|this|the appointment|my appointment|the visit)\b|\b(?:a )?different (?:time|day)\b|\bcambiar (?:mi|la) (?:cita|hora|fecha)\b|\bmover (?:mi|la) cita\b|\breprogramar\b|\bcambiar(?:la)? para\b|\bpasar (?:mi|la) cita\b|\b(?:la|lo) (?:puedo|podemos|podr[ií]a|podr[ií]amos|pueden|puede|quiero|quisiera) (?:pasar|mover|cambiar)\b|\b(?:pasarla|moverla|cambiarla) (?:para|a|al)\b`,
      'g',
    ),
  ],
  [
    'human',
    rx(
      String.raw`\b(?:talk|speak|speaking|talking) (?:to|with) (?:a |an |the |your |some )?(?:real |live |actual )?(?:person|human|someone|somebody|representative|rep|agent|operator|owner|manager|boss|supervisor|people|receptionist)\b|\btransfer me\b|\bput me through\b|\b(?:real|live|actual) (?:person|human)\b|\b(?:representative|operator)\b|\bget (?:me )?a (?:person|human)\b|\bhablar con (?:una persona|alguien|el due[nñ]o|la due[nñ]a|un humano|un representante|el encargado|el gerente|una persona real)\b|\bpersona real\b|\bcomun[ií]que(?:me|nme) con\b|\bp[aá]se(?:me|nme) con\b`,
      'g',
    ),
  ],
  [
    'faq_hours',
    rx(
      String.raw`\b(?:your|business|office|opening|store) hours\b|\bwhat (?:are )?(?:your|the) hours\b|\bwhat time do you (?:guys )?(?:open|close)\b|\bare you (?:guys )?open\b|\bwhen (?:do|are) you (?:guys )?(?:open|close)\b|\bhow late are you\b|\b(?:do|are) you (?:guys |all |y'all )?(?:work|working|open|come out)(?: on)? (?:the )?(?:weekends?|saturdays?|sundays?|evenings?|nights?|holidays?|late)\b|\btrabajan (?:los )?(?:s[aá]bados?|domingos?|fines de semana|en la noche)\b|\b(?:trabajan|abren|est[aá]n abiertos) (?:el |los |en |para )?(?:d[ií]as? (?:de )?)?(?:navidad|nochebuena|a[nñ]o nuevo|feriados?|festivos?)\b|\b(?:open|working|work) (?:on )?(?:christmas|new year'?s|thanksgiving|the (?:4th|fourth) of july|july (?:4th|fourth)|holidays?)\b|\bopen (?:on|today|tomorrow|this|until|till|late|weekends|saturdays?|sundays?)\b|\bhorarios?\b|\ba qu[eé] hora (?:abren|cierran)\b|\b(?:est[aá]n|estan) abiertos\b|\babren (?:el|los|hoy|ma[nñ]ana)\b`,
      'g',
    ),
  ],
  [
    'faq_area',
    rx(
      String.raw`\bdo you (?:guys )?(?:serve|cover|come (?:out )?to|go (?:out )?to|work in|travel to)\b|\b(?:you|you guys) (?:go|come|make it) out to\b|\bdo you (?:guys )?(?:go|come)(?: out)? as far as\b|\bservice area\b|\bwhat areas?\b|\bare you (?:guys )?in my area\b|\bdo you come (?:out )?(?:that far|here)\b|\bdo you\b[^|]{0,40}?\b(?:up|out|down|over) (?:around|near) (?!(?:the|my|our|your|a|noon|lunch|\d)\b)|\b(?:something|anything|stuff|work) (?:that )?you (?:guys )?(?:do|cover|offer|service) (?:in|out in|out to|over in|up in|down in)\b|\b(?:do|can) you (?:guys )?(?:do|offer|cover) (?:that|this|it|those|these|them) (?:in|out in|out to|over in|up in|down in)\b|\b(?:dan servicio|trabajan|llegan|van) (?:(?:por )?all[aá] )?(?:en|a|hasta|por)\b|\b[aá]rea de servicio\b|\bqu[eé] (?:zonas|[aá]reas)\b`,
      'g',
    ),
  ],
  [
    'faq_services',
    rx(
      String.raw`\bdo you (?:guys |folks |all )?(?:do|handle|fix|install|repair|work on|offer|replace|clean|deal with|take care of|also do|pump|inspect)\b|\bwhat (?:kind of )?(?:services|work) do you\b|\bwhat do you (?:guys )?do\b|\bwhat services\b|\b(?:hacen|ofrecen|arreglan|instalan|reparan)\b|\bqu[eé] servicios\b`,
      'g',
    ),
  ],
  [
    // Asked as questions only: "i'd like a free estimate" in a job description is a request for a visit.
    'faq_price',
    rx(
      String.raw`\bhow much (?:do|does|did|would|will|is|are|was|you|for|to|they)\b|\bhow much (?:it|that|this|i|we)(?:'s|'ll| is| would| will| might)?(?: be)? (?:cost|costs|run|runs|be|gonna|going|owe)\b|\bwhat (?:do|does|would|will) (?:you|y'all|it|that|this)(?: guys)? (?:charge|cost|run)\b|\b(?:do|does|would|will) (?:you|y'all|it|that)(?: guys)? (?:charge|cost)\b|\bhow (?:do you (?:guys )?charge|expensive)\b|\bis there (?:a|any) (?:charge|fee|cost)\b|\b(?:prices?|pricing|fees?|rates|ballpark)\b|\b(?:the|your) cost\b|\bcosts? (?:to|for)\b|\bdo you (?:guys )?(?:do|give|offer) (?:free )?(?:estimates?|quotes?)\b|\b(?:are|is) (?:the |your )?(?:estimates?|quotes?) free\b|\bcharge (?:for|to come)\b|\b(?:give|get|send) (?:me |us )?(?:a |an )?(?:rough |ballpark |quick )?(?:estimate|quote|price) (?:over|on) the phone\b|\bcan (?:you|i) (?:give me|get) (?:a |an )?(?:rough |ballpark |quick )?(?:estimate|quote)\b|\bcu[aá]nto (?:cobran|cobra|cuesta|cuestan|costar[ií]a|sale|saldr[ií]a|ser[ií]a|es|vale|me (?:cobran|cobrar[ií]an|sale|saldr[ií]a))\b|\bprecios?\b|\bcostos?\b|\btarifas?\b|\bcobran (?:por|la|el)\b|\b(?:dan|hacen) (?:presupuestos?|cotizaciones?|cotizaci[oó]n)\b`,
      'g',
    ),
  ],
  [
    'goodbye',
    rx(
      String.raw`\b(?:good ?bye|bye(?: bye)?|(?:i'll|i will) (?:call|ring) (?:you |y'all )?(?:back|again|later)|(?:i'll|i will) (?:be in touch|let you know|keep (?:you|that|it) in mind|reach out)|good to know|that's (?:all|what) i (?:needed|wanted)(?: to know)?|le (?:vuelvo a llamar|llamo (?:despu[eé]s|luego|m[aá]s tarde))|luego (?:le|les) (?:llamo|hablo)|that's all|that is all|that's everything|nothing else|that'll be all|have a (?:good|nice|great) (?:day|one|night|evening|weekend)|talk to you later|take care|adi[oó]s|hasta luego|eso es todo|(?<!\b(?:es|era|solo|sólo) )nada m[aá]s(?! (?:una?|que|para|por|quer[ií]a|quiero|pregunt\w*)\b)|que tenga buen d[ií]a|chao|chau)\b`,
      'g',
    ),
  ],
  // A thank-you and nothing else ("ok cool thanks"): the caller is done.
  [
    'goodbye',
    rx(
      String.raw`^(?:(?:ok|okay|okey|cool|great|alright|all right|perfect|awesome|oh|ah|well|got it|gotcha|sounds good|that's it|that's all|nope|no|no worries|no problem|all good|bueno|ok(?:ay)? then|entendido|perfecto|muy bien|ah bueno|est[aá] bien|vale|sale|ya|pues|entiendo|no pues)\s+)*(?:thanks|thank you|thank you so much|thanks so much|thanks a lot|many thanks|cheers|gracias|muchas gracias|mil gracias)(?:\s+(?:so much|a lot|anyway|for (?:the|your) (?:help|info|information)|por (?:la|su) (?:informaci[oó]n|ayuda)))?$`,
      'g',
    ),
  ],
  ['confirm_appointment', rx(String.raw`\bconfirm(?:ed|ing)?\b|\bconfirm(?:o|ar|ada|ado)\b`, 'g')],
];

const BOOK = rx(
  String.raw`\bbook(?:ing)?\b|\bschedul(?:e|ing)\b|\b(?:make|set up|need|get|want) (?:an |a )?appointment\b|\bneed (?:a|an|someone|somebody) (?:plumber|electrician|technician|tech|to come)\b|\bsend (?:someone|somebody|a tech|a plumber|an electrician)\b|\b(?:come|swing) (?:out|over|by)\b|\bget (?:someone|somebody) (?:out|over)\b|\bagendar\b|\bhacer (?:una )?cita\b|\bprogramar (?:una )?(?:cita|visita)\b|\bnecesito (?:un|una) (?:plomero|electricista|t[eé]cnico|cita)\b|\bque (?:venga|vengan|mande|manden) (?:a )?alguien\b|\bpueden venir\b`,
);
// The whole utterance, not a part of it: "hi i need a plumber" is a request, not a greeting.
const GREETING = rx(
  String.raw`^(?:(?:hi|hello|hey|hola|bueno|al[oó]|good (?:morning|afternoon|evening)|buen(?:os|as) (?:d[ií]as|tardes|noches)|buenas|there|can you hear me|are you there|is anyone there|anybody there|me (?:escucha|oye)|est[aá] ah[ií]|hay alguien)\s*)+$`,
);
const DO_YOU_SERVICE = rx(String.raw`\bdo you (?:guys )?service (?:the |my )?(\p{L}+|\d{5}\b)`);

/** "do you service furnaces" asks about services; "do you service springfield" about the area. */
function serviceOrArea(text: string): DetectedIntent | undefined {
  const m = DO_YOU_SERVICE.exec(text);
  if (!m) return undefined;
  const word = m[1] ?? '';
  if (word === 'area' || word === 'in' || /^\d{5}$/.test(word)) return 'faq_area';
  const forms = [word, word.replace(/s$/, ''), word.replace(/es$/, '')];
  return forms.some((f) => NOT_A_NAME.has(f)) ? 'faq_services' : 'faq_area';
}

// "i don't want to cancel" is not a cancel, "i don't care how much it costs" not a price question;
// "no thanks that's all" is still a goodbye.
const NEGATABLE: ReadonlySet<Intent> = new Set([
  'cancel',
  'reschedule',
  'human',
  'confirm_appointment',
  'faq_price',
]);
// Said alongside a request, these do not replace it: "how much to come out and look at my water heater"
// still asks for a visit; so does a problem told beside an hours or area question ("do you work
// saturdays, my furnace is squealing": the answer comes first), but not "do you come out to naperville".
const BESIDE_REQUEST: ReadonlySet<Intent> = new Set(['goodbye', 'faq_price']);
const BESIDE_PROBLEM: ReadonlySet<Intent> = new Set(['faq_hours', 'faq_area']);
// "do you do free estimates" asks about price, not about the kind of work.
const ESTIMATE_OFFER = rx(
  String.raw`\bdo you (?:guys )?(?:do|give|offer) (?:free )?(?:estimates?|quotes?)\b`,
);

function matches(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

// "is there a real person i could talk to no never mind": the request taken back in the same breath.
const TAKEN_BACK = rx(
  String.raw`\b(?:never ?mind|forget (?:it|that|about it)|actually no|(?:that's|that is|it's) (?:ok|okay|fine))\b`,
);
// Only a request for a person is taken back this way; "move it, that's fine" still moves it.
const RETRACTABLE: ReadonlySet<Intent> = new Set(['human']);

function firstStanding(text: string, re: RegExp, retractable: boolean): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const takenBack = retractable && TAKEN_BACK.test(text.slice(m.index + m[0].length));
    if (!isNegatedAt(text, m.index) && !takenBack) return true;
  }
  return false;
}

/** Whether the utterance expresses `intent`, minus negated (or taken back) mentions where that counts. */
function says(text: string, intent: DetectedIntent, re: RegExp): boolean {
  if (intent === 'faq_services' && ESTIMATE_OFFER.test(text)) return false;
  return NEGATABLE.has(intent) ? firstStanding(text, re, RETRACTABLE.has(intent)) : matches(text, re);
}

// "cancel the monday appointment and book one for wednesday instead": one visit moved, not two
// requests (a cancel and a new booking) of which the second is easily lost.
const REBOOK = rx(
  String.raw`\b(?:and|then|to)\s+(?:re-?book|book|schedule|set up|make|get)\s+(?:one|another(?: one)?|a new one|a new appointment|it|that)\b|\binstead\b|\by (?:mejor )?(?:agendar|hacer|programar|poner|sacar|apartar|pasar|cambiar|mover)(?:la|me)? (?:mejor )?(?:otra|una nueva|para)\b|\ben (?:vez|lugar) de\b|\by (?:mejor )?que (?:vengan|venga|pasen|me (?:la )?pongan)\b`,
);

function rebooks(text: string, intents: DetectedIntent[]): DetectedIntent[] {
  if (!intents.includes('cancel') || !REBOOK.test(text)) return intents;
  return [...new Set(intents.map((intent) => (intent === 'cancel' ? 'reschedule' : intent)))];
}

/**
 * Explicit intents (everything except 'emergency', which comes from scoring). 'book' is added for
 * booking words, or when a problem is described and nothing else (cancel, a question…) is going on;
 * a price question does not count as something else.
 */
export function detectIntents(heard: string, opts: { hasProblem: boolean }): Intent[] {
  // "do y'all close on saturday": one word for the patterns below.
  const text = heard.includes('all') ? heard.replace(/\b(?:y'?all|you all)\b/g, 'you') : heard;
  const said = PATTERNS.filter(([intent, re]) => says(text, intent, re)).map(([intent]) => intent);
  const intents: Intent[] = rebooks(text, [...new Set(said)]);
  const serviceQuestion = serviceOrArea(text);
  if (serviceQuestion && !intents.includes(serviceQuestion)) intents.push(serviceQuestion);
  if (intents.length === 0 && GREETING.test(text)) intents.push('greeting');
  const busy = intents.some((i) => !BESIDE_REQUEST.has(i) && !(opts.hasProblem && BESIDE_PROBLEM.has(i)));
  if (!busy && (BOOK.test(text) || opts.hasProblem)) intents.unshift('book');
  return intents;
}
