/**
 * Words for chart rows: labels in the page's language, and the generated text alternative,
 * which names the extremes so a screen-reader user gets the chart's point without the table.
 */
import type { PartialDate } from '../data/schema/dates.ts';
import type { Region, Segment } from '../data/schema/tables.ts';
import { formatPartialDate, formatQualified, formatShortDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import type { ChartRow } from './types.ts';

/** The province by its full name, regencies by their short name (as on the map). */
export function regionLabel(region: Region, lang: Lang): string {
  if (region.type === 'provinsi') return lang === 'id' ? region.name : region.name_en;
  return region.short_name;
}

export function segmentLabel(segment: Segment, lang: Lang): string {
  return lang === 'id' ? segment.label_id : segment.label_en;
}

/** The value with its qualifier, as a sentence or a table cell reads it: "sekitar 26 %". */
export function valueText(row: ChartRow, lang: Lang): string {
  return formatQualified(row.figure.value, row.indicator.unit, row.figure.qualifier, lang);
}

/** The value with its qualifier in the compact form for labels on a chart: "≈26 %", "> 1.000". */
export function compactValue(row: ChartRow, lang: Lang): string {
  return formatQualified(row.figure.value, row.indicator.unit, row.figure.qualifier, lang, 'compact');
}

/** "Gianyar 65,6 % (September 2025)"; targets and plans say so. */
export function rowPhrase(row: ChartRow, label: string, lang: Lang): string {
  const kind = row.figure.kind === 'actual' ? '' : `, ${CHART_STRINGS[lang].kinds[row.figure.kind]}`;
  return `${label ? `${label} ` : ''}${valueText(row, lang)} (${formatPartialDate(row.figure.as_of, lang)}${kind})`;
}

/** Label above a bar: "Gianyar", plus the kind when it is a target or plan (the date goes at the bar's end). */
export function barLabel(row: ChartRow, label: string, lang: Lang): string {
  return row.figure.kind === 'actual' ? label : `${label} (${CHART_STRINGS[lang].kinds[row.figure.kind]})`;
}

/** A compact date for chart labels, at the data's precision: "2025", "Sep 2025", "14 Okt 2025". */
export function shortDate(date: PartialDate, lang: Lang): string {
  return formatShortDate(date, lang);
}

/**
 * Text alternative: the number of figures, then per group the highest and lowest value (or the
 * single value). Ties go to the first row in display order. Groups keep their given order.
 */
export function describeRows(
  rows: readonly ChartRow[],
  lang: Lang,
  labelOf: (row: ChartRow) => string,
  groupOf?: (row: ChartRow) => string,
): string {
  const t = CHART_STRINGS[lang];
  const groups = new Map<string, ChartRow[]>();
  for (const row of rows) {
    const key = groupOf ? groupOf(row) : '';
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const parts = [t.altCount(rows.length)];
  for (const [group, members] of groups) {
    const prefix = group ? `${group}: ` : '';
    if (members.length === 1) {
      parts.push(prefix + t.altOne(rowPhrase(members[0]!, labelOf(members[0]!), lang)));
      continue;
    }
    const highest = members.reduce((a, b) => (b.figure.value > a.figure.value ? b : a));
    const lowest = members.reduce((a, b) => (b.figure.value < a.figure.value ? b : a));
    parts.push(prefix + t.altHighest(rowPhrase(highest, labelOf(highest), lang)).replace(/\.$/, ';') + ' ' + t.altLowest(rowPhrase(lowest, labelOf(lowest), lang)).replace(/^./, (c) => c.toLowerCase()));
  }
  return parts.join(' ');
}
