/** Notes that several charts share, each added only when it applies to the rows drawn. */
import { compareDates } from '../data/schema/dates.ts';
import { seriesKey, seriesOf } from '../data/series.ts';
import type { Lang } from '../i18n/lang.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { regionLabel, rowPhrase } from './describe.ts';
import { MAX_GAP_MONTHS, tooFarApart } from './scales.ts';
import { groupBy, type Selection } from './select.ts';
import type { ChartRow } from './types.ts';

/**
 * Names each superseded figure the way a reader can find it (region, value, date, source) and
 * the figure drawn in its place. Why one report is preferred is that figure's note, shown with
 * its quote on the region page and in the methodology page's list of contradictions; written
 * out here for every pair it made a chart's caption longer than the chart.
 */
export function supersededNote(selection: Selection, lang: Lang, drawn?: ReadonlySet<string>): string[] {
  const t = CHART_STRINGS[lang];
  const replacingOf = new Map(selection.rows.flatMap((row) => (row.figure.supersedes ? [[row.figure.supersedes, row] as const] : [])));
  const named = drawn ? selection.superseded.filter((r) => drawn.has(replacingOf.get(r.figure.id)?.figure.id ?? '')) : selection.superseded;
  const described = named.map((r) => {
    const replacing = replacingOf.get(r.figure.id);
    const replaced = `${rowPhrase(r, regionLabel(r.region, lang), lang)}, ${r.source.outlet}`;
    if (!replacing) return replaced;
    return `${replaced} (${t.replacedBy(`${rowPhrase(replacing, '', lang)}, ${replacing.source.outlet}`)})`;
  });
  return described.length > 0 ? [t.superseded(described)] : [];
}

/** When the rows compared side by side do not share one date. */
export function datesNote(rows: readonly ChartRow[], lang: Lang): string[] {
  return new Set(rows.map((r) => r.figure.as_of.last)).size > 1 ? [CHART_STRINGS[lang].datesDiffer] : [];
}

/** When the rows compared side by side were not measured the same way. */
export function methodsNote(rows: readonly ChartRow[], lang: Lang): string[] {
  return new Set(rows.map((r) => `${r.figure.method}|${r.figure.base ?? ''}`)).size > 1 ? [CHART_STRINGS[lang].methodsDiffer] : [];
}

export function yearNote(rows: readonly ChartRow[], lang: Lang): string[] {
  return rows.some((r) => r.figure.as_of.precision === 'year') ? [CHART_STRINGS[lang].yearMidpoint] : [];
}

export function latestNote(all: readonly ChartRow[], shown: readonly ChartRow[], lang: Lang): string[] {
  const earlier = all.length - shown.length;
  return earlier > 0 ? [CHART_STRINGS[lang].latestOnly(earlier)] : [];
}

/** Notes for a chart over time: year placement, lines across methods, long gaps, or no trend at all. */
export function timelineNotes(rows: readonly ChartRow[], series: (row: ChartRow) => string, lang: Lang, isTarget = (r: ChartRow) => r.figure.kind !== 'actual'): string[] {
  const t = CHART_STRINGS[lang];
  const notes = yearNote(rows, lang);
  const dates = [...rows].map((r) => r.figure.as_of).sort(compareDates);
  const unitOf = new Map(rows.map((r) => [r.figure, r.indicator.unit]));
  const lines = [...seriesOf(rows.filter((r) => !isTarget(r)).map((r) => r.figure), (f) => unitOf.get(f)!).values()];
  const gap = dates.some((d, i) => i > 0 && tooFarApart(dates[i - 1]!, d)) || lines.some((m) => m.some((f, i) => i > 0 && tooFarApart(m[i - 1]!.as_of, f.as_of)));
  if (gap) notes.push(t.gapBroken(MAX_GAP_MONTHS));
  const actual = rows.filter((r) => !isTarget(r));
  const groups = [...groupBy(actual, series).values()];
  // Some rows of one drawn series are not comparable with each other: say why no line joins them.
  if (groups.some((g) => new Set(g.map((r) => seriesKey(r.figure, r.indicator.unit) ?? r.figure.id)).size > 1)) notes.push(t.methodsJoined);
  if (!lines.some((members) => new Set(members.map((f) => f.as_of.last)).size > 1)) notes.push(t.noTrend);
  return notes;
}
