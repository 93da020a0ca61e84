/**
 * The Paritrana Award results as an accessible table, one row group per assessment year.
 * Pure: rows in, HTML string out, every CSV value escaped. Used by `{{awards}}` in stories and
 * by the AwardsTable component; the caller decides how a row cites its source (a footnote
 * number in a story, a link to the sources page elsewhere).
 */
import { AWARD_LEVELS, ENTITY_TYPES, type Award } from '../data/schema/tables.ts';
import { formatPartialDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { STORY_STRINGS } from '../i18n/strings-stories.ts';
import { attrs, escapeHtml } from './html.ts';

export interface AwardsTableOptions {
  lang: Lang;
  /** Only this round; all rounds when absent. */
  level?: Award['level'];
  /** HTML that cites a source (already escaped by the caller). */
  cite: (sourceId: string) => string;
  /** Prefix for the year headers' ids, unique on the page. */
  idPrefix?: string;
}

const levelOrder = (a: Award) => AWARD_LEVELS.indexOf(a.level);
const typeOrder = (a: Award) => ENTITY_TYPES.indexOf(a.entity_type);

/** Year, then round (national first), then kind of entrant, then rank (unranked last), then name. */
export function sortAwards(awards: readonly Award[]): Award[] {
  return [...awards].sort(
    (a, b) =>
      a.year - b.year ||
      levelOrder(a) - levelOrder(b) ||
      typeOrder(a) - typeOrder(b) ||
      (a.rank ?? 99) - (b.rank ?? 99) ||
      a.entity.localeCompare(b.entity, 'id'),
  );
}

export function resultLabel(award: Award, lang: Lang): string {
  const t = STORY_STRINGS[lang];
  return award.result === 'winner' && award.rank !== undefined ? t.rank(award.rank) : t.awardResults[award.result];
}

export function awardsTableHtml(awards: readonly Award[], options: AwardsTableOptions): string {
  const { lang, level, cite } = options;
  const t = STORY_STRINGS[lang];
  const prefix = options.idPrefix ?? 'awards';
  const rows = sortAwards(level ? awards.filter((a) => a.level === level) : awards);
  const years = [...new Set(rows.map((a) => a.year))];
  const caption = level ? t.awardsCaptionLevel(t.awardLevels[level]) : t.awardsCaption;
  // Categories and entity names are written in Indonesian in the data.
  const idText = (text: string) => (lang === 'id' ? escapeHtml(text) : `<span lang="id">${escapeHtml(text)}</span>`);

  const groups = years.map((year) => {
    const headerId = `${prefix}-${year}`;
    const body = rows
      .filter((a) => a.year === year)
      .map((a) => {
        const ceremony = a.ceremony ? `<br><span class="note">${escapeHtml(t.handedOver(formatPartialDate(a.ceremony, lang)))}</span>` : '';
        return (
          `<tr${attrs({ 'data-award': a.id })}>` +
          `<th scope="row"${attrs({ headers: headerId })}>${idText(a.entity)}<br><span class="note">${idText(a.category)}</span></th>` +
          `<td>${escapeHtml(t.awardLevels[a.level])}</td>` +
          `<td>${escapeHtml(resultLabel(a, lang))}${ceremony}</td>` +
          `<td>${cite(a.source)}</td>` +
          `</tr>`
        );
      })
      .join('');
    return `<tbody><tr class="awards-year"><th scope="rowgroup" colspan="4"${attrs({ id: headerId })}>${year}</th></tr>${body}</tbody>`;
  });

  return (
    `<div class="table-wrap"><table class="awards-table" data-testid="awards-table"${attrs({ 'data-level': level })}>` +
    `<caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr><th scope="col">${escapeHtml(t.awardsColEntity)}</th><th scope="col">${escapeHtml(t.awardsColLevel)}</th>` +
    `<th scope="col">${escapeHtml(t.awardsColResult)}</th><th scope="col">${escapeHtml(t.awardsColSource)}</th></tr></thead>` +
    groups.join('') +
    `</table></div>`
  );
}
