/**
 * Notes (the `note_id` / `note_en` columns) may state numbers only through the rows that hold
 * them: `{{figure:ID}}` is rendered as that figure's value in the reader's language, with its
 * qualifier; `{{regulation:ID}}` as the regulation's name and number. Years and dates may be
 * typed. Any other digit is a number no row holds, and the check refuses it, so a note cannot
 * smuggle an unsourced figure onto a page or print "10.717" on an English page.
 *
 * This module parses and checks; rendering needs formatting and lives in src/i18n/note-text.ts.
 */

export const NOTE_REF_KINDS = ['figure', 'regulation'] as const;
export type NoteRefKind = (typeof NOTE_REF_KINDS)[number];

export type NotePart = { text: string } | { kind: NoteRefKind; id: string };

const REF = /\{\{\s*([a-z]+)\s*:\s*([^{}\s]*)\s*\}\}/g;

/** Splits a note into text and references, in order. Unknown kinds stay in the text (and fail the check). */
export function parseNote(note: string): NotePart[] {
  const parts: NotePart[] = [];
  let last = 0;
  for (const match of note.matchAll(REF)) {
    const kind = match[1] as NoteRefKind;
    if (!NOTE_REF_KINDS.includes(kind)) continue;
    if (match.index > last) parts.push({ text: note.slice(last, match.index) });
    parts.push({ kind, id: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < note.length) parts.push({ text: note.slice(last) });
  return parts;
}

const MONTHS = [
  'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember',
  'january|february|march|may|june|july|august|october|december',
  'jan|feb|mar|apr|jun|jul|agu|aug|sep|sept|okt|oct|nov|des|dec',
].join('|');

/** What may be typed: a year, a day before a month name, and digits inside web addresses. */
const ALLOWED = [
  /https?:\/\/\S+/gi,
  /\b[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org|co)\b\S*/gi,
  new RegExp(`\\b\\d{1,2}(?=\\s+(?:${MONTHS})\\b)`, 'gi'),
  /\b(?:19|20)\d{2}\b/g,
];

/** Digit runs left once references, years, dates and addresses are taken out. */
export function untracedNumbers(text: string): string[] {
  let rest = text;
  for (const pattern of ALLOWED) rest = rest.replace(pattern, ' ');
  return [...rest.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]);
}

export interface NoteContext {
  figureIds: ReadonlySet<string>;
  regulationIds: ReadonlySet<string>;
}

/** Problems with one note, as messages (empty when the note is fine). */
export function checkNote(note: string, context: NoteContext): string[] {
  const problems: string[] = [];
  for (const match of note.matchAll(REF)) {
    const kind = match[1]!;
    const id = match[2]!;
    if (!NOTE_REF_KINDS.includes(kind as NoteRefKind)) {
      problems.push(`"${match[0]}" is not a reference a note can hold; use {{figure:ID}} or {{regulation:ID}}`);
    } else if (!(kind === 'figure' ? context.figureIds : context.regulationIds).has(id)) {
      problems.push(`"${match[0]}" names no ${kind} in ${kind === 'figure' ? 'figures.csv' : 'regulations.csv'}`);
    }
  }
  const text = note.replace(REF, ' ');
  if (/\{\{|\}\}/.test(text)) problems.push('has unbalanced {{ }}; a reference reads {{figure:ID}}');
  // A broken reference was reported just above; its id is not also a stray number.
  for (const number of new Set(untracedNumbers(text.replace(/\{\{[^{}]*\}?\}?/g, ' ')))) {
    problems.push(
      `"${number}" is a number that no row holds; write {{figure:ID}} for a figure's value, or say it in words (only years and dates may be typed)`,
    );
  }
  return problems;
}
