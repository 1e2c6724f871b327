import type { Language } from './types.js';

type Kind = 'unit' | 'teen' | 'tens' | 'hundred' | 'hundreds' | 'thousand' | 'zero';
interface NumberWord {
  value: number;
  kind: Kind;
}

const EN_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen'];
const EN_TEENS_2 = ['seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ES_UNITS = ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const ES_TEENS = ['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete'];
const ES_TEENS_2 = ['dieciocho', 'diecinueve'];
const ES_TENS = ['veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const ES_TWENTIES = ['veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis'];
const ES_TWENTIES_2 = ['veintisiete', 'veintiocho', 'veintinueve'];
const ES_HUNDREDS = ['ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos'];
const ES_HUNDREDS_2 = ['setecientos', 'ochocientos', 'novecientos'];

function table(lang: Language): Map<string, NumberWord> {
  const map = new Map<string, NumberWord>();
  const put = (words: string[], kind: Kind, value: (i: number) => number) => {
    for (const [i, w] of words.entries()) map.set(w, { value: value(i), kind });
  };
  if (lang === 'en') {
    put(EN_UNITS, 'unit', (i) => i + 1);
    put([...EN_TEENS, ...EN_TEENS_2], 'teen', (i) => i + 10);
    put(EN_TENS, 'tens', (i) => (i + 2) * 10);
    put(['zero'], 'zero', () => 0);
    put(['hundred'], 'hundred', () => 100);
    put(['thousand'], 'thousand', () => 1000);
    return map;
  }
  put(ES_UNITS, 'unit', (i) => i + 1);
  put([...ES_TEENS, ...ES_TEENS_2, 'dieciseis'], 'teen', (i) => (i === 10 ? 16 : i + 10));
  put(ES_TENS, 'tens', (i) => (i + 2) * 10);
  put([...ES_TWENTIES, ...ES_TWENTIES_2], 'teen', (i) => i + 21);
  put(['cero'], 'zero', () => 0);
  put(['cien', ...ES_HUNDREDS, ...ES_HUNDREDS_2], 'hundreds', (i) => Math.max(1, i) * 100);
  put(['mil'], 'thousand', () => 1000);
  return map;
}

const TABLES: Record<Language, Map<string, NumberWord>> = { en: table('en'), es: table('es') };

// Maps, not object literals: caller words such as "constructor" must not find Object's members.
const ORDINALS = new Map<string, number>(
  Object.entries({
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    eleventh: 11,
    twelfth: 12,
    thirteenth: 13,
    fourteenth: 14,
    fifteenth: 15,
    sixteenth: 16,
    seventeenth: 17,
    eighteenth: 18,
    nineteenth: 19,
    twentieth: 20,
    thirtieth: 30,
  }),
);
const SMALL_ORDINALS = new Map<string, number>([
  ['first', 1],
  ['second', 2],
  ['third', 3],
]);

// "one" and "oh" are ordinary words far more often than numbers ("the second one", "oh no"),
// so they only count as digits next to other numbers or after a clock cue ("at one").
const ONE_CUES = new Set([
  'at',
  'around',
  'about',
  'by',
  'after',
  'before',
  'between',
  'until',
  'till',
  'from',
]);
const ONE_NEXT = new Set(['am', 'pm', "o'clock", 'oclock', 'thirty', 'fifteen', 'forty', 'hundred']);

export function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function isNumeric(token: string | undefined, lang: Language): boolean {
  if (token === undefined) return false;
  return /^\d+$/.test(token) || TABLES[lang].has(token);
}

/** "treinta", "30": a tens word that "y uno" completes. */
function isTens(token: string | undefined, lang: Language): boolean {
  if (token === undefined) return false;
  return /^\d*[2-9]0$/.test(token) || TABLES[lang].get(token)?.kind === 'tens';
}

function lookup(tokens: string[], i: number, lang: Language): NumberWord | undefined {
  const token = tokens[i] ?? '';
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (token === 'one' || token === 'uno') {
    // "thirty and one", "treinta y uno" (Spanish joins tens and units with "y").
    const joined =
      ((prev === 'and' || prev === 'to' || prev === 'or') && isNumeric(tokens[i - 2], lang)) ||
      (lang === 'es' && prev === 'y' && isTens(tokens[i - 2], lang));
    // "four oh one": after a spoken zero that follows a number.
    const afterZero = prev === 'oh' && isNumeric(tokens[i - 2], lang);
    const context =
      isNumeric(prev, lang) || isNumeric(next, lang) || ONE_NEXT.has(next ?? '') || joined || afterZero;
    return context || ONE_CUES.has(prev ?? '') ? { value: 1, kind: 'unit' } : undefined;
  }
  if (lang === 'es' && token === 'una') {
    const joined = prev === 'y' && isTens(tokens[i - 2], lang);
    return prev === 'la' || joined || isNumeric(next, lang) ? { value: 1, kind: 'unit' } : undefined;
  }
  if (token === 'oh' && lang === 'en') {
    return isNumeric(prev, lang) && isNumeric(next, lang) ? { value: 0, kind: 'zero' } : undefined;
  }
  return TABLES[lang].get(token);
}

class Accumulator {
  big = 0;
  small = 0;
  has = false;

  accepts(word: NumberWord): boolean {
    if (!this.has) return true;
    const afterThousand = this.small === 0 && this.big > 0;
    const roundHundred = this.small % 100 === 0 && this.small >= 100;
    const bareTens = this.small % 10 === 0 && this.small % 100 >= 20;
    switch (word.kind) {
      case 'unit':
        return afterThousand || roundHundred || bareTens;
      case 'teen':
      case 'tens':
        return afterThousand || roundHundred;
      case 'hundred':
        return this.small > 0 && this.small < 100;
      case 'hundreds':
        return afterThousand;
      case 'thousand':
        return this.big === 0 && this.small > 0 && this.small < 1000;
      default:
        return false;
    }
  }

  add(word: NumberWord): void {
    this.has = true;
    if (word.kind === 'hundred') this.small = Math.max(1, this.small) * 100;
    else if (word.kind === 'thousand') {
      // Nothing before it ("mil setecientos", "a thousand twenty") is one thousand, not zero.
      this.big = Math.max(1, this.small) * 1000;
      this.small = 0;
    } else this.small += word.value;
  }

  flush(out: string[]): void {
    if (this.has) out.push(String(this.big + this.small));
    this.big = 0;
    this.small = 0;
    this.has = false;
  }

  takeOrdinal(value: number): string | undefined {
    const bareTens = this.has && this.small % 10 === 0 && this.small % 100 >= 20;
    if (!bareTens || value > 9) return undefined;
    const n = this.big + this.small + value;
    this.has = false;
    this.big = 0;
    this.small = 0;
    return `${n}${ordinalSuffix(n)}`;
  }
}

/** Rewrites spoken numbers as digits: "fourteen twenty" → "14 20", "twenty first" → "21st". */
export function wordsToDigits(tokens: readonly string[], lang: Language): string[] {
  const out: string[] = [];
  const acc = new Accumulator();
  const list = [...tokens];
  for (let i = 0; i < list.length; i++) {
    const token = list[i] ?? '';
    const ordinal = ORDINALS.get(token) ?? (lang === 'en' ? SMALL_ORDINALS.get(token) : undefined);
    if (ordinal !== undefined) {
      const combined = acc.takeOrdinal(ordinal);
      acc.flush(out);
      out.push(combined ?? (ordinal > 3 ? `${ordinal}${ordinalSuffix(ordinal)}` : token));
      continue;
    }
    if (lang === 'es' && token === 'y' && acc.has && acc.small % 10 === 0 && acc.small >= 30) {
      const next = lookup(list, i + 1, lang);
      if (next?.kind === 'unit') continue;
    }
    const word = lookup(list, i, lang);
    if (word === undefined) {
      acc.flush(out);
      out.push(token);
      continue;
    }
    if (!acc.accepts(word) || word.kind === 'zero') acc.flush(out);
    acc.add(word);
    if (word.kind === 'zero') acc.flush(out);
  }
  acc.flush(out);
  return out;
}
