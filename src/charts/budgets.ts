/**
 * Chart: regional budgets for workers' social security, every reported figure by government and
 * date (planned budgets dashed, realised ones filled). Each bar is one row; nothing is summed.
 */
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { barScene, groupBars, valueSpans } from './bars.ts';
import { defineChart } from './define.ts';
import { describeRows, markTitle, regionLabel, rowPhrase, segmentLabel } from './describe.ts';
import { SERIES } from './ink.ts';
import { markerLegend } from './legend.ts';
import type { ChartRow } from './types.ts';

export const budgets = defineChart({
  id: 'budgets',
  unit: 'idr',
  text: (t) => t.budgets,
  match: (f) => f.indicator === 'budget_idr',
  missing: (_, lang) => (lang === 'id' ? 'anggaran daerah' : 'regional budget'),
  draw(rows, { lang }) {
    const t = CHART_STRINGS[lang];
    // Name the group when a budget is for one group only (e.g. Badung's adat officials).
    const who = (r: ChartRow) => (['all', 'rentan'].includes(r.segment.id) ? regionLabel(r.region, lang) : `${regionLabel(r.region, lang)} · ${segmentLabel(r.segment, lang)}`);
    const groups = groupBars(
      rows,
      (r) => `${r.region.code}|${r.segment.id}`,
      (r) => [{ text: who(r), bold: true }],
      (r) => ({ color: SERIES.vermillion, label: valueSpans(r, lang), title: markTitle(r, who(r), lang) }),
    );
    const planned = rows.some((r) => r.figure.kind !== 'actual');
    const largest = rows.reduce((a, b) => (b.figure.value > a.figure.value ? b : a));
    return {
      takeaway: t.budgets.takeaway(rowPhrase(largest, who(largest), lang)),
      notes: planned ? [t.budgetsNote] : [],
      alt: describeRows(rows, lang, (r) => regionLabel(r.region, lang)),
      legend: markerLegend({ planned }, lang),
      draw: () => barScene(groups),
    };
  },
});
