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

/** How an entrant is named in the grid, under its kind's heading: a government by its place ("Badung"), anyone else as the data names them. */
export function gridName(award: Award): string {
  return award.entity.replace(/^Pemerintah\s+(?:Provinsi|Kabupaten|Kota)\s+/, '');
}

/** A badge's face: the rank where there is one, else a letter for the result. */
export function badgeFace(award: Award, lang: Lang): string {
  return award.result === 'winner' && award.rank !== undefined ? String(award.rank) : STORY_STRINGS[lang].awardBadges[award.result];
}

function badge(award: Award, lang: Lang): string {
  const t = STORY_STRINGS[lang];
  const words = `${t.awardLevels[award.level]}: ${resultLabel(award, lang)}`;
  return (
    `<span class="award-badge"${attrs({ 'data-level': award.level, 'data-result': award.result, 'data-award': award.id, title: `${words} (${award.category})` })}>` +
    `<span aria-hidden="true">${escapeHtml(badgeFace(award, lang))}</span><span class="visually-hidden">${escapeHtml(words)}</span></span>`
  );
}

/**
 * The results at a glance: one row per entrant (governments first, in the order of entity
 * types), one column per assessment year with a result, and in each cell a badge per result:
 * the rank, or a letter for a winner without rank, a finalist, a nominee or a candidate. The
 * round shows in the badge's style, explained by the legend above. Short enough for a phone,
 * where the full table (kept in a closed disclosure after it) runs to several screens.
 */
export function awardsGridHtml(awards: readonly Award[], options: Pick<AwardsTableOptions, 'lang' | 'level'>): string {
  const { lang, level } = options;
  const t = STORY_STRINGS[lang];
  const rows = sortAwards(level ? awards.filter((a) => a.level === level) : awards);
  const years = [...new Set(rows.map((a) => a.year))].sort((a, b) => a - b);
  const entrants = [...new Map(rows.map((a) => [a.entity, a])).values()].sort(
    (a, b) => typeOrder(a) - typeOrder(b) || rows.findIndex((r) => r.entity === a.entity) - rows.findIndex((r) => r.entity === b.entity),
  );
  const idText = (text: string) => (lang === 'id' ? escapeHtml(text) : `<span lang="id">${escapeHtml(text)}</span>`);
  const levels = AWARD_LEVELS.filter((l) => rows.some((a) => a.level === l));
  const results = (['winner', 'finalist', 'nominee', 'candidate'] as const).filter((r) => rows.some((a) => a.result === r && (r !== 'winner' || a.rank === undefined)));
  const legend =
    `<div class="awards-legend"><p class="awards-legend-title">${escapeHtml(t.awardsGridLegend)}</p><ul>` +
    levels.map((l) => `<li><span class="award-badge" data-level="${l}" aria-hidden="true"></span>${escapeHtml(t.awardLevels[l])}</li>`).join('') +
    results.map((r) => `<li><span class="award-badge award-badge-key" aria-hidden="true">${escapeHtml(t.awardBadges[r])}</span>${escapeHtml(t.awardResults[r])}</li>`).join('') +
    '</ul></div>';
  let type: Award['entity_type'] | undefined;
  const body = entrants
    .map((entrant) => {
      const group = entrant.entity_type !== type ? `<tr class="awards-group"><th scope="rowgroup" colspan="${years.length + 1}">${escapeHtml(t.entityTypes[entrant.entity_type])}</th></tr>` : '';
      type = entrant.entity_type;
      const cells = years.map((year) => `<td>${rows.filter((a) => a.entity === entrant.entity && a.year === year).map((a) => badge(a, lang)).join('')}</td>`).join('');
      return `${group}<tr><th scope="row">${idText(gridName(entrant))}</th>${cells}</tr>`;
    })
    .join('');
  return (
    legend +
    `<div class="table-wrap awards-grid-wrap"><table class="awards-grid" data-testid="awards-grid"><caption>${escapeHtml(t.awardsGridCaption)}</caption>` +
    // Years written short ("’24") so eight of them and the names fit a 360 px phone; screen readers get the full year.
    `<thead><tr><td></td>${years.map((y) => `<th scope="col"><span aria-hidden="true">’${String(y).slice(2)}</span><span class="visually-hidden">${y}</span></th>`).join('')}</tr></thead>` +
    `<tbody>${body}</tbody></table></div>`
  );
}

/** `{{awards}}` in a story: the grid, then the full table with categories and citations in a closed disclosure. */
export function awardsHtml(awards: readonly Award[], options: AwardsTableOptions): string {
  const t = STORY_STRINGS[options.lang];
  return `${awardsGridHtml(awards, options)}<details class="awards-details"><summary>${escapeHtml(t.awardsTableSummary)}</summary>${awardsTableHtml(awards, options)}</details>`;
}
