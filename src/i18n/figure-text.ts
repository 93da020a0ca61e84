/**
 * A figure's value and a row's note as a reader sees them, in one language: the value with its
 * qualifier ("sekitar 26 %"), and the note with each `{{figure:ID}}` rendered from the row it
 * names, so a number in a note is formatted for the page and always traces to a row.
 */
import type { DatasetIndex } from '../data/index.ts';
import { parseNote } from '../data/notes.ts';
import type { Figure, Regulation, Source } from '../data/schema/tables.ts';
import { formatQualified } from './format.ts';
import type { Lang } from './lang.ts';
import { STORY_STRINGS } from './strings-stories.ts';

/** "sekitar 26 %" (text) or "≈26 %" (compact, for chart and map labels). */
export function figureValue(figure: Figure, lang: Lang, index: DatasetIndex, style: 'text' | 'compact' = 'text'): string {
  return formatQualified(figure.value, index.unitOf(figure), figure.qualifier, lang, style);
}

/** "Peraturan Bupati Tabanan Nomor 30 Tahun 2025" / "Tabanan Regent Regulation No. 30/2025". */
export function regulationName(regulation: Regulation, lang: Lang, index: DatasetIndex): string {
  const region = index.regions.get(regulation.region)!;
  return STORY_STRINGS[lang].regulation(regulation.kind, region.type, region.short_name, regulation.number, regulation.year);
}

/**
 * A source's title as a reader should take it: a description stands behind "[headline not
 * recorded]" in the reader's language (the description itself is in the article's language).
 */
export function sourceTitle(source: Source, lang: Lang): { marker?: string; title: string } {
  return source.title_is_description ? { marker: STORY_STRINGS[lang].titleIsDescription, title: source.title } : { title: source.title };
}

/** A row that may carry a note in both languages. */
export interface Noted {
  note_id?: string | undefined;
  note_en?: string | undefined;
}

/** The row's note in the reader's language with its references rendered; undefined when it has none. */
export function noteText(row: Noted, lang: Lang, index: DatasetIndex): string | undefined {
  const note = lang === 'id' ? row.note_id : row.note_en;
  if (note === undefined) return undefined;
  return parseNote(note)
    .map((part) => {
      if ('text' in part) return part.text;
      if (part.kind === 'figure') return figureValue(index.figures.get(part.id)!, lang, index);
      return regulationName(index.regulations.get(part.id)!, lang, index);
    })
    .join('');
}
