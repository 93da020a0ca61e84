/**
 * Honest numbers on the built pages (issue: notes and numbers travel to the page intact):
 * - no page shows a note in the other language (an English note on an Indonesian page, or the
 *   reverse);
 * - every number in a page's text (outside charts' drawings, quotes, titles and code) is a
 *   figure's value, a year, a regulation's number, or a small count (rows, ranks, days, the
 *   interface's own thresholds). A number no row holds, such as an old note's "1.393.042",
 *   fails here.
 * Expectations come from the data the site was built from (CAKUPAN_DATA_DIR), so adding a
 * valid row never turns this red.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { dataDir } from '../../src/config/paths.ts';
import { loadDataset } from '../../src/data/load.ts';
import { parseNote } from '../../src/data/notes.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { builtPages, readPage } from '../helpers/built.ts';

const loaded = await loadDataset(dataDir());
if (!loaded.ok) throw new Error('the data the site was built from should be valid');
const data = loaded.data;

/** Every value a figure holds (a rate, a count, an amount). */
const values = new Set(data.figures.map((f) => f.value));
const regulationNumbers = new Set(data.regulations.flatMap((r) => (r.number ? [Number(r.number)] : [])));
/** Counts of rows, ranks, days of a month, quarters and the interface's thresholds (12 and 24 months, 20-point bins). */
const SMALL = 200;

/** The plain-text stretches of each note in one language: long enough to be told apart. */
function noteFragments(lang: Lang): string[] {
  const rows = [...data.figures, ...data.sources, ...data.awards, ...data.regulations] as { note_id?: string; note_en?: string }[];
  return rows.flatMap((row) => {
    const note = lang === 'id' ? row.note_id : row.note_en;
    if (!note) return [];
    return parseNote(note).flatMap((part) => ('text' in part && part.text.trim().length >= 30 ? [part.text.trim().slice(0, 60)] : []));
  });
}
/** Every note of one language, whole. */
function allNotes(lang: Lang): string {
  const rows = [...data.figures, ...data.sources, ...data.awards, ...data.regulations] as { note_id?: string; note_en?: string }[];
  return rows.map((row) => (lang === 'id' ? row.note_id : row.note_en) ?? '').join('\n');
}

/** A fragment counts only if no note of the other language holds it too (names and quoted words can be shared). */
function only(lang: Lang): string[] {
  const other = allNotes(lang === 'id' ? 'en' : 'id');
  return noteFragments(lang).filter((fragment) => !other.includes(fragment));
}
const NOTES: Record<Lang, string[]> = { id: only('id'), en: only('en') };

const SCALE: Record<string, number> = { rb: 1e3, ribu: 1e3, jt: 1e6, juta: 1e6, miliar: 1e9, triliun: 1e12, k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const NUMBER: Record<Lang, RegExp> = {
  id: /(?<![\p{L}\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s?(rb|ribu|jt|juta|miliar|triliun)\b)?/giu,
  en: /(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(k|thousand|m|million|billion|bn|trillion)\b)?/giu,
};

/** The numbers in a text as the page's language writes them: "1.393.042" (id) is 1393042, "65,6" is 65.6. */
function numbersIn(text: string, lang: Lang): number[] {
  // "Rp495.129.600": the currency sign is glued to the number.
  return [...text.replace(/Rp(?=\d)/g, 'Rp ').matchAll(NUMBER[lang])].map(([, whole, fraction, scale]) => {
    const n = Number(`${whole!.replace(/[.,]/g, '')}${fraction ? `.${fraction}` : ''}`);
    return scale ? Math.round(n * SCALE[scale.toLowerCase()]! * 1e6) / 1e6 : n;
  });
}

const traced = (n: number) => values.has(n) || regulationNumbers.has(n) || (Number.isInteger(n) && (n <= SMALL || (n >= 1900 && n <= 2100)));

/** Text nodes one by one, so that two table cells ("2025", "4") never read as one number. */
function textNodes(node: Node): string[] {
  if (node.nodeType === 3) return [node.textContent ?? ''];
  return [...node.childNodes].flatMap(textNodes);
}

/** The text of a page's main content, without what quotes or names a source (its own words), code, or a chart's drawing. */
function readableText(html: string): string {
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll('script, style, svg, code, pre, textarea, q, cite, blockquote, .quote')) element.remove();
  const main = document.querySelector('main');
  // Web addresses (in notes) carry digits that are not numbers.
  return main ? textNodes(main as unknown as Node).join(' ').replace(/\bhttps?:\/\/\S+/g, ' ') : '';
}

const pages = builtPages().filter((p) => !p.includes('/embed/'));

describe.each(pages)('%s', (pathname) => {
  const lang: Lang = pathname.startsWith('/en/') ? 'en' : 'id';
  const other: Lang = lang === 'id' ? 'en' : 'id';

  it(`shows no note written for ${other === 'en' ? 'English' : 'Indonesian'} readers`, async () => {
    // Quotes and titles stay in their source's language on every page; notes must not.
    const text = readableText(await readPage(pathname));
    expect(NOTES[other].filter((fragment) => text.includes(fragment))).toEqual([]);
  });

  it('shows no number that no row holds', async () => {
    const untraced = numbersIn(readableText(await readPage(pathname)), lang).filter((n) => !traced(n));
    expect(untraced).toEqual([]);
  });
});
