/**
 * Chart: vulnerable workers covered per region, coloured by who pays their contributions (a
 * regional budget, a company's CSR, several payers, or not stated): the latest figure of the
 * whole vulnerable segment (`rentan`) per government and kind (actual, target, plan). Regions
 * are sorted by their latest actual count, largest first (those with only a target last); a
 * target or plan is a marker at its value on its own row, since none of it has been reached.
 */
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { barScene, groupBars, valueSpans } from './bars.ts';
import { defineChart } from './define.ts';
import { describeRows, markTitle, regionLabel, rowPhrase } from './describe.ts';
import { markerLegend } from './legend.ts';
import { datesNote, latestNote } from './notes.ts';
import { payerColor, payerLegend, payerNote } from './payers.ts';
import { latestBy } from './select.ts';
import type { ChartRow } from './types.ts';

export const INDICATOR = 'vulnerable_covered';
/** The segment that stands for all vulnerable workers; other segments are groups within it. */
export const TOTAL_SEGMENT = 'rentan';

/** Regions in order of their latest actual count, largest first; within a region, actual before target or plan. */
function byLargestActual(rows: ChartRow[]): ChartRow[] {
  const actual = new Map<string, number>();
  for (const r of rows) if (r.figure.kind === 'actual') actual.set(r.region.code, Math.max(actual.get(r.region.code) ?? 0, r.figure.value));
  const order = (r: ChartRow) => actual.get(r.region.code) ?? -1;
  return [...rows].sort((a, b) => order(b) - order(a) || Number(a.figure.kind !== 'actual') - Number(b.figure.kind !== 'actual'));
}

export const vulnerableRegions = defineChart({
  id: 'vulnerable-regions',
  unit: 'workers',
  text: (t) => t.vulnerableRegions,
  match: (f) => f.indicator === INDICATOR && f.segment === TOTAL_SEGMENT,
  // Latest per region and kind, so a stated target never hides the latest actual count.
  pick: (selection) => byLargestActual(latestBy(selection.rows, (r) => `${r.region.code}|${r.figure.kind}`)),
  missing: (data, lang) => {
    const indicator = data.indicators.find((i) => i.id === INDICATOR);
    return indicator ? (lang === 'id' ? indicator.label_id : indicator.label_en).toLowerCase() : INDICATOR;
  },
  draw(rows, { lang, selection }) {
    const t = CHART_STRINGS[lang];
    const region = (r: ChartRow) => regionLabel(r.region, lang);
    const groups = groupBars(rows, (r) => r.region.code, (r) => [{ text: region(r), bold: true }], (r) => ({ color: payerColor(r), label: valueSpans(r, lang), title: markTitle(r, region(r), lang), asMarker: true }));
    const actual = rows.filter((r) => r.figure.kind === 'actual');
    const largest = (actual.length > 0 ? actual : rows).reduce((a, b) => (b.figure.value > a.figure.value ? b : a));
    return {
      takeaway: t.vulnerableRegions.takeaway(rowPhrase(largest, region(largest), lang), largest.figure.payer),
      notes: [...payerNote(rows, region, lang), ...datesNote(rows, lang), ...latestNote(selection.rows, rows, lang)],
      alt: describeRows(rows, lang, region),
      legend: [...payerLegend(rows, lang), ...markerLegend({ targetTick: rows.some((r) => r.figure.kind !== 'actual') }, lang)],
      draw: () => barScene(groups),
    };
  },
});
