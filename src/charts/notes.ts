/** Notes that several charts share, each added only when it applies to the rows drawn. */
import { seriesKey, seriesOf } from '../data/series.ts';
import { noteText } from '../i18n/figure-text.ts';
import type { Lang } from '../i18n/lang.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { regionLabel, rowPhrase } from './describe.ts';
import type { Selection } from './select.ts';
import type { ChartRow } from './types.ts';

/**
 * Names each superseded figure the way a reader can find it (region, value, date, source), then
 * the figure drawn in its place and, from that figure's note, why.
 */
export function supersededNote(selection: Selection, lang: Lang): string[] {
  const t = CHART_STRINGS[lang];
  const described = selection.superseded.map((r) => {
    const replacing = selection.rows.find((other) => other.figure.supersedes === r.figure.id);
    const replaced = `${rowPhrase(r, regionLabel(r.region, lang), lang)}, ${r.source.outlet}`;
    if (!replacing) return replaced;
    const why = noteText(replacing.figure, lang, selection.index);
    return `${replaced} (${t.replacedBy(`${rowPhrase(replacing, '', lang)}, ${replacing.source.outlet}`)}${why ? `: ${why}` : ''})`;
  });
  return described.length > 0 ? [t.superseded(described)] : [];
}

/** When the rows compared side by side do not share one date. */
export function datesNote(rows: readonly ChartRow[], lang: Lang): string[] {
  return new Set(rows.map((r) => r.figure.as_of.last)).size > 1 ? [CHART_STRINGS[lang].datesDiffer] : [];
}

export function hollowNote(rows: readonly ChartRow[], lang: Lang): string[] {
  return rows.some((r) => r.figure.kind !== 'actual') ? [CHART_STRINGS[lang].hollowMeans] : [];
}

export function yearNote(rows: readonly ChartRow[], lang: Lang): string[] {
  return rows.some((r) => r.figure.as_of.precision === 'year') ? [CHART_STRINGS[lang].yearMidpoint] : [];
}

export function latestNote(all: readonly ChartRow[], shown: readonly ChartRow[], lang: Lang): string[] {
  const earlier = all.length - shown.length;
  return earlier > 0 ? [CHART_STRINGS[lang].latestOnly(earlier)] : [];
}

/** Notes for a chart over time: year placement, lines across methods, or no trend at all. */
export function timelineNotes(rows: readonly ChartRow[], series: (row: ChartRow) => string, lang: Lang, isTarget = (r: ChartRow) => r.figure.kind !== 'actual'): string[] {
  const t = CHART_STRINGS[lang];
  const notes = yearNote(rows, lang);
  const actual = rows.filter((r) => !isTarget(r));
  const bySeries = new Map<string, ChartRow[]>();
  for (const row of actual) bySeries.set(series(row), [...(bySeries.get(series(row)) ?? []), row]);
  const groups = [...bySeries.values()];
  // Some rows of one drawn series are not comparable with each other: say why no line joins them.
  if (groups.some((g) => new Set(g.map((r) => seriesKey(r.figure, r.indicator.unit) ?? r.figure.id)).size > 1)) notes.push(t.methodsJoined);
  const units = new Map(actual.map((r) => [r.figure, r.indicator.unit]));
  const lines = seriesOf([...units.keys()], (f) => units.get(f)!);
  if (![...lines.values()].some((members) => new Set(members.map((f) => f.as_of.last)).size > 1)) notes.push(t.noTrend);
  return notes;
}
