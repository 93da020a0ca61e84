/**
 * Chart: vulnerable workers covered per region, coloured by who pays their contributions (a
 * regional budget, a company's CSR, several payers, or not stated): the latest figure of the
 * whole vulnerable segment (`rentan`) per government and kind (actual, target, plan).
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

export const vulnerableRegions = defineChart({
  id: 'vulnerable-regions',
  unit: 'workers',
  text: (t) => t.vulnerableRegions,
  match: (f) => f.indicator === INDICATOR && f.segment === TOTAL_SEGMENT,
  // Latest per region and kind, so a stated target never hides the latest actual count.
  pick: (selection) => latestBy(selection.rows, (r) => `${r.region.code}|${r.figure.kind}`),
  missing: (data, lang) => {
    const indicator = data.indicators.find((i) => i.id === INDICATOR);
    return indicator ? (lang === 'id' ? indicator.label_id : indicator.label_en).toLowerCase() : INDICATOR;
  },
  draw(rows, { lang, selection }) {
    const t = CHART_STRINGS[lang];
    const region = (r: ChartRow) => regionLabel(r.region, lang);
    const groups = groupBars(rows, (r) => r.region.code, (r) => [{ text: region(r), bold: true }], (r) => ({ color: payerColor(r), label: valueSpans(r, lang), title: markTitle(r, region(r), lang) }));
    const actual = rows.filter((r) => r.figure.kind === 'actual');
    const largest = (actual.length > 0 ? actual : rows).reduce((a, b) => (b.figure.value > a.figure.value ? b : a));
    return {
      takeaway: t.vulnerableRegions.takeaway(rowPhrase(largest, region(largest), lang), largest.figure.payer),
      notes: [...payerNote(rows, region, lang), ...datesNote(rows, lang), ...latestNote(selection.rows, rows, lang)],
      alt: describeRows(rows, lang, region),
      legend: [...payerLegend(rows, lang), ...markerLegend({ planned: rows.some((r) => r.figure.kind !== 'actual') }, lang)],
      draw: () => barScene(groups),
    };
  },
});
