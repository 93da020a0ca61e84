/** Legend entries derived from the rows a chart draws, so a legend never lists what is absent. */
import { METHODS } from '../data/schema/tables.ts';
import type { Lang } from '../i18n/lang.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { STRINGS } from '../i18n/strings.ts';
import { METHOD_SYMBOL } from './scales.ts';
import { notActual, TARGET_SYMBOL } from './timeline.ts';
import type { ChartRow, LegendItem } from './types.ts';

/** One entry per method present among actual rows, then one for targets/plans if any. */
export function methodLegend(rows: readonly ChartRow[], lang: Lang, color: string, isTarget = notActual): LegendItem[] {
  const present = new Set(rows.filter((r) => !isTarget(r)).map((r) => r.figure.method));
  const items: LegendItem[] = METHODS.filter((m) => present.has(m)).map((m) => ({ label: STRINGS[lang].methods[m], color, symbol: METHOD_SYMBOL[m] }));
  if (rows.some(isTarget)) items.push({ label: CHART_STRINGS[lang].target, color, symbol: TARGET_SYMBOL, hollow: true });
  return items;
}

/** Colour swatches for named series, in order. */
export function seriesLegend(series: readonly { label: string; color: string }[]): LegendItem[] {
  return series.map(({ label, color }) => ({ label, color, line: 'solid' }));
}
