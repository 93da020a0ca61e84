/**
 * Chart: coverage rate (all workers) over time, one panel per region with at least two actual
 * figures, the province first. Point shape shows the method; lines join only same-method
 * figures; stated targets (`target_rate`, or a coverage rate of kind target) are drawn as ×.
 */
import type { Dataset, Figure } from '../data/schema/tables.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { describeRows, regionLabel } from './describe.ts';
import { ink, SERIES } from './ink.ts';
import { methodLegend } from './legend.ts';
import { supersededNote, timelineNotes } from './notes.ts';
import { groupBy, selectRows } from './select.ts';
import { thinSpec } from './spec.ts';
import { timeline } from './timeline.ts';
import type { ChartContext, ChartDefinition, ChartRow, ChartSpec } from './types.ts';

const ID = 'coverage-trends';
const MIN_POINTS = 2;

const isActualRate = (f: Figure) => f.indicator === 'coverage_rate' && f.kind === 'actual';
const isTargetFigure = (f: Figure) => f.indicator === 'target_rate' || (f.indicator === 'coverage_rate' && f.kind === 'target');

export const coverageTrends: ChartDefinition = {
  id: ID,
  build(data: Dataset, { lang, width, theme }: ChartContext): ChartSpec {
    const t = CHART_STRINGS[lang];
    const selection = selectRows(data, (f) => f.segment === 'all' && (isActualRate(f) || isTargetFigure(f)));
    const actualByRegion = groupBy(selection.rows.filter((r) => isActualRate(r.figure)), (r) => r.region.code);
    const drawn = new Set([...actualByRegion].filter(([, rows]) => rows.length >= MIN_POINTS).map(([code]) => code));
    const rows = selection.rows.filter((r) => drawn.has(r.region.code));
    const leftOut = data.regions.filter((r) => !drawn.has(r.code)).map((r) => regionLabel(r, lang));
    const base = {
      id: ID,
      ...t.coverageTrends,
      unit: 'percent' as const,
      notes: [...(leftOut.length > 0 ? [t.coverageTrends.regionsLeftOut(leftOut)] : []), ...supersededNote(selection, lang)],
    };
    if (rows.length === 0) return thinSpec(base, t.thinNone(lang === 'id' ? 'tingkat cakupan dengan sedikitnya dua tanggal untuk satu wilayah' : 'coverage rate with at least two dates for any region'));

    const fg = ink(theme);
    const isTarget = (r: ChartRow) => isTargetFigure(r.figure);
    const panel = (r: ChartRow) => regionLabel(r.region, lang);
    const panels = [...new Set(rows.map(panel))];
    const color = (r: ChartRow) => (isTarget(r) ? SERIES.vermillion : fg);
    const hasTargets = rows.some(isTarget);
    return {
      ...base,
      rows,
      notes: [...timelineNotes(rows, panel, lang, isTarget), ...(hasTargets ? [t.coverageTrends.targetNote] : []), ...base.notes],
      alt: describeRows(rows.filter((r) => !isTarget(r)), lang, () => '', panel),
      legend: methodLegend(rows, lang, 'currentColor', isTarget).map((item) => (item.hollow ? { ...item, color: SERIES.vermillion } : item)),
      plot: timeline(rows, { lang, width, theme, unit: 'percent', series: panel, color, facet: { of: panel, domain: panels }, yDomain: [0, 100], isTarget }),
    };
  },
};
