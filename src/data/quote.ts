/**
 * Quote honesty: does a row's verbatim quote actually state the number the row reports?
 *
 * The sources are Indonesian news articles, so numbers arrive in Indonesian notation
 * ("130.300" is 130300, "65,60" is 65.6), with rupiah prefixes ("Rp1 miliar"), scale words
 * ("2,70 juta", "10 ribu") and the occasional English-style or mistyped number ("41.61%",
 * "Rp 494,048.052"). This module reads every number in a quote the way an Indonesian reader
 * would, so the validator can refuse a row whose value appears nowhere in its quote.
 *
 * Pure functions only; no I/O. Numbers are built from decimal strings and parsed once by
 * `Number`, so 65,60 and the CSV's 65.60 become the very same double and can be compared
 * exactly (no tolerance that could let 65.6 pass for 65.61).
 */

/** Scale words that multiply the number before them, as powers of ten. */
const SCALE_WORDS: Record<string, number> = {
  ribu: 3,
  rb: 3,
  juta: 6,
  jt: 6,
  miliar: 9,
  milyar: 9, // common non-standard spelling
  triliun: 12,
};

/**
 * Number words that appear in quotes instead of digits ("seribu", "dua ribu"). Only the simple
 * forms reporters use for round numbers are understood; anything longer is written in digits.
 */
const NUMBER_WORDS: Record<string, number> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  seratus: 100,
  seribu: 1000,
  sejuta: 1_000_000,
};

const SCALE = Object.keys(SCALE_WORDS).join('|');
const WORDS = Object.keys(NUMBER_WORDS).join('|');

/**
 * A digit run with its separators, optionally followed by a scale word. `\b` is not used in
 * front of the digits on purpose: "Rp1" and "Rp16.800" glue the currency to the number.
 */
const NUMERAL = new RegExp(`(\\d+(?:[.,]\\d+)*)(?:\\s*(${SCALE})\\b)?`, 'gi');
const WORD_NUMERAL = new RegExp(`\\b(${WORDS})\\b(?:\\s+(${SCALE})\\b)?`, 'gi');

/** A number as sign-free decimal digits plus a power of ten: 65,60 → { digits: '65.60', exp: 0 }. */
interface Reading {
  digits: string;
  exp: number;
}

function toNumber({ digits, exp }: Reading): number {
  // "321.5e3" is parsed by the engine with correct rounding, exactly as "321500" would be.
  return Number(`${digits}e${exp}`);
}

const GROUP_OF_THREE = /^\d{3}$/;

/**
 * All plausible readings of one digit run such as "130.300", "65,60", "41.61" or "494,048.052".
 * Most runs have one reading; the choices below follow how Indonesian outlets write.
 */
export function readDigits(run: string): string[] {
  const groups = run.split(/[.,]/);
  const separators = run.replace(/\d/g, '');
  if (separators === '') return [run];

  const head = groups[0]!;
  const tail = groups.slice(1);
  const tailIsGrouped = head.length <= 3 && tail.every((g) => GROUP_OF_THREE.test(g));
  const hasDot = separators.includes('.');
  const hasComma = separators.includes(',');

  if (hasDot && hasComma) {
    const last = separators[separators.length - 1];
    const before = separators.slice(0, -1);
    // Every separator followed by exactly three digits and the two marks mixed, as in
    // "Rp 494,048.052": no decimal has two separators, so this is a whole number whose
    // writer slipped between the Indonesian dot and the English comma.
    if (tailIsGrouped) return [groups.join('')];
    const beforeIsGrouped = head.length <= 3 && groups.slice(1, -1).every((g) => GROUP_OF_THREE.test(g));
    // Indonesian "1.234,56": dots group thousands, the final comma is the decimal mark.
    if (last === ',' && !before.includes(',') && beforeIsGrouped) {
      return [`${groups.slice(0, -1).join('')}.${groups[groups.length - 1]!}`];
    }
    // English "1,234.56": commas group thousands, the final dot is the decimal mark.
    if (last === '.' && !before.includes('.') && beforeIsGrouped) {
      return [`${groups.slice(0, -1).join('')}.${groups[groups.length - 1]!}`];
    }
    return groups; // Not a number format we know; keep the pieces rather than guess.
  }

  if (hasDot) {
    // Indonesian thousands: "130.300", "2.617.816", "Rp495.129.600".
    if (tailIsGrouped) return [groups.join('')];
    // One dot not followed by three digits can only be a decimal point: "41.61%", "83.73%".
    if (groups.length === 2) return [`${head}.${tail[0]!}`];
    return groups; // e.g. a date "28.7.2025": separate small numbers, not one value.
  }

  // Only commas.
  // One comma is the Indonesian decimal mark: "65,60", "2,70 juta", "1,027 juta".
  if (groups.length === 2) return [`${head}.${tail[0]!}`];
  // Several commas all followed by three digits: English thousands, "1,214,028".
  if (tailIsGrouped) return [groups.join('')];
  return groups;
}

/**
 * Every number a reader would find in the quote, in order of appearance, after Indonesian
 * normalisation: "130.300" → 130300, "65,60 persen" → 65.6, "Rp1 miliar" → 1000000000,
 * "2,70 juta" → 2700000, "10 ribu" → 10000, "seribu" → 1000. Duplicates are kept once.
 */
export function numbersInQuote(quote: string): number[] {
  const found: number[] = [];
  const add = (n: number) => {
    if (Number.isFinite(n) && !found.includes(n)) found.push(n);
  };
  // Non-breaking and thin spaces between a number and "juta" are common in pasted text.
  const text = quote.replace(/[\u00a0\u2009\u202f]/g, ' ');

  for (const match of text.matchAll(NUMERAL)) {
    const run = match[1]!;
    const scale = match[2] ? SCALE_WORDS[match[2].toLowerCase()]! : 0;
    const readings = readDigits(run);
    if (scale === 0) {
      for (const digits of readings) add(toNumber({ digits, exp: 0 }));
      continue;
    }
    // A scale word applies to the whole run ("2,70 juta"), or, when the run fell apart into
    // pieces, to the last piece only (the one the word follows).
    if (readings.length === 1) add(toNumber({ digits: readings[0]!, exp: scale }));
    else {
      for (const digits of readings.slice(0, -1)) add(toNumber({ digits, exp: 0 }));
      add(toNumber({ digits: readings[readings.length - 1]!, exp: scale }));
    }
    // A single dot before three digits is a thousands mark in Indonesian ("1.027" = 1027),
    // but in front of a scale word a writer may have meant a decimal ("1.027 juta").
    if (/^\d{1,3}\.\d{3}$/.test(run)) add(toNumber({ digits: run, exp: scale }));
  }

  for (const match of text.matchAll(WORD_NUMERAL)) {
    const base = NUMBER_WORDS[match[1]!.toLowerCase()]!;
    const scale = match[2] ? SCALE_WORDS[match[2].toLowerCase()]! : 0;
    add(toNumber({ digits: String(base), exp: scale }));
  }
  return found;
}

/**
 * True when some number in the quote equals the value exactly, after normalisation. The
 * source's own precision is respected because trailing zeros do not change a number: the row
 * value 65.6 matches "65,60", and 2700000 matches "2,70 juta"; 65.6 never matches "65,61".
 */
export function quoteSupportsValue(quote: string, value: number): boolean {
  return numbersInQuote(quote).some((n) => n === value);
}

/**
 * Words next to a number that make it approximate or a bound. Indonesian first (the quotes'
 * language); each maps to the qualifier a row should carry.
 */
const CUES_BEFORE: [RegExp, QualifierCue][] = [
  [/(?:sekitar|kurang lebih|kira-kira|lebih kurang|±)$/i, 'about'],
  [/(?:hampir|mendekati|nyaris)$/i, 'almost'],
  [/(?:lebih dari|lebih|di atas|melebihi)$/i, 'over'],
  [/(?:sedikitnya|setidaknya|minimal|paling sedikit)$/i, 'at_least'],
  [/(?:kurang dari|di bawah)$/i, 'under'],
  [/(?:maksimal|paling banyak|sebanyak-banyaknya)$/i, 'at_most'],
];
/** "64 ribu lebih", "65 persen lebih". */
const CUE_AFTER = /^\s*(?:persen|%|orang|pekerja|peserta)?\s*lebih\b/i;

export type QualifierCue = 'about' | 'almost' | 'over' | 'at_least' | 'under' | 'at_most';

/**
 * The qualifier a quote puts on the value, when a cue word stands right next to a number
 * that equals it ("sekitar 26 persen" → about, "lebih seribu" → over); undefined otherwise.
 */
export function qualifierCue(quote: string, value: number): QualifierCue | undefined {
  const text = quote.replace(/[\u00a0\u2009\u202f]/g, ' ');
  const spans = [...text.matchAll(NUMERAL), ...text.matchAll(WORD_NUMERAL)];
  for (const match of spans) {
    if (!numbersInQuote(match[0]).includes(value)) continue;
    const before = text.slice(0, match.index).replace(/\s*(?:rp\.?)?\s*$/i, '');
    for (const [pattern, cue] of CUES_BEFORE) if (pattern.test(before)) return cue;
    if (CUE_AFTER.test(text.slice(match.index + match[0].length))) return 'over';
  }
  return undefined;
}
