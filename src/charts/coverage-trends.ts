/**
 * Chart: coverage rate (all workers) over time, one panel per region with at least two actual
 * figures, the province first. Lines join only comparable figures; the UCJ rate is the declared
 * reference and any other method is a hollow dot; stated targets (`target_rate`, or a coverage
 * rate of kind target) are dashes.
 */
import { seriesOf } from '../data/series.ts';
import type { Figure } from '../data/schema/tables.ts';
import { ENUM_LABELS } from '../i18n/enums.ts';
import { formatPartialDate, formatQualified } from '../i18n/format.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { defineChart } from './define.ts';
import { describeRows, regionLabel } from './describe.ts';
import { SERIES } from './ink.ts';
import { markerLegend } from './legend.ts';
import { timelineNotes } from './notes.ts';
import { groupBy } from './select.ts';
import { timelineScene } from './timeline.ts';
import { timelinePoints } from './timeline-points.ts';
import type { ChartRow } from './types.ts';

const MIN_POINTS = 2;
/** DESIGN: the reference is declared, not voted: the UCJ rate. */
const REFERENCE = 'bpjs_ucj' as const;

const isActualRate = (f: Figure) => f.indicator === 'coverage_rate' && f.kind === 'actual';
const isTargetFigure = (f: Figure) => f.indicator === 'target_rate' || (f.indicator === 'coverage_rate' && f.kind === 'target');
const isTarget = (r: ChartRow) => isTargetFigure(r.figure);

/** Regions with at least two actual rates; their rows (targets included), the province first. */
function drawnRows(rows: readonly ChartRow[]): ChartRow[] {
  const actual = groupBy(rows.filter((r) => isActualRate(r.figure)), (r) => r.region.code);
  const drawn = new Set([...actual].filter(([, members]) => members.length >= MIN_POINTS).map(([code]) => code));
  return rows.filter((r) => drawn.has(r.region.code));
}

export const coverageTrends = defineChart({
  id: 'coverage-trends',
  unit: 'percent',
  text: (t) => t.coverageTrends,
  match: (f) => f.segment === 'all' && (isActualRate(f) || isTargetFigure(f)),
  pick: (selection) => drawnRows(selection.rows),
  missing: (_, lang) => (lang === 'id' ? 'tingkat cakupan dengan sedikitnya dua tanggal untuk satu wilayah' : 'coverage rate with at least two dates for any region'),
  frameNotes: ({ data, lang }, rows) => {
    const drawn = new Set(rows.map((r) => r.region.code));
    const leftOut = data.regions.filter((r) => !drawn.has(r.code)).map((r) => regionLabel(r, lang));
    return leftOut.length > 0 ? [CHART_STRINGS[lang].coverageTrends.regionsLeftOut(leftOut)] : [];
  },
  draw(rows, { lang }) {
    const t = CHART_STRINGS[lang].coverageTrends;
    const panel = (r: ChartRow) => regionLabel(r.region, lang);
    const points = timelinePoints(rows, {
      lang,
      color: () => SERIES.blue,
      reference: () => REFERENCE,
      labelGroup: panel,
      labelName: () => '',
      tooltipName: panel,
      isTarget,
    });
    const panels = [...groupBy(points, (p) => panel(p.row)).entries()].map(([title, members]) => ({ title, points: members }));
    // The takeaway reads only comparable pairs: the first and last figure of each series.
    const actual = rows.filter((r) => !isTarget(r));
    const units = new Map(actual.map((r) => [r.figure, r]));
    const changes = [...seriesOf([...units.keys()], () => 'percent').values()]
      .filter((members) => members.length >= 2)
      .map((members) => {
        const [first, last] = [units.get(members[0]!)!, units.get(members.at(-1)!)!];
        const phrase = (r: ChartRow) => `${formatQualified(r.figure.value, 'percent', r.figure.qualifier, lang)} (${formatPartialDate(r.figure.as_of, lang)})`;
        return t.change(panel(first), phrase(first), phrase(last));
      });
    return {
      ...(panels.length === 1 ? { subtitle: t.subtitleOne } : {}),
      takeaway: changes.length > 0 ? t.takeaway(changes) : panels.length === 1 ? t.noComparableOne(panels[0]!.title) : t.noComparable,
      // With no comparable pair the takeaway already says no trend can be read: the note would repeat it.
      notes: timelineNotes(rows, panel, lang, isTarget).filter((note) => changes.length > 0 || note !== CHART_STRINGS[lang].noTrend),
      alt: describeRows(actual, lang, () => '', panel),
      legend: markerLegend({ otherMethod: points.some((p) => p.otherMethod), target: points.some((p) => p.target) }, lang, ENUM_LABELS[lang].methods[REFERENCE]),
      draw: (width) => timelineScene(panels, { unit: 'percent', lang, fixedMax: 100 }, width),
    };
  },
});
