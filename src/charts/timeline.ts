/**
 * Values over time: one dot per figure row (shape = method; hollow × = target or plan), lines
 * joining only comparable rows (same region, indicator, segment, method and base), so a change
 * of method or base never looks like a trend. Optional small multiples (one panel per region) stack vertically for phones.
 */
import * as Plot from '@observablehq/plot';
import type { Markish, PlotOptions } from '@observablehq/plot';
import { METHODS, type Unit } from '../data/schema/tables.ts';
import { seriesKey } from '../data/series.ts';
import { formatPartialDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { valueText } from './describe.ts';
import { ink } from './ink.ts';
import { datePosition, METHOD_SYMBOL, tickFormat, yearAxis, yearBoundaries } from './scales.ts';
import type { ChartRow, Theme } from './types.ts';

export const TARGET_SYMBOL = 'times';

export interface TimelineOptions {
  lang: Lang;
  width: number;
  theme?: Theme;
  unit: Unit;
  series: (row: ChartRow) => string;
  color: (row: ChartRow) => string;
  /** Small multiples: the panel of a row and the panels' order. */
  facet?: { of: (row: ChartRow) => string; domain: string[] };
  yDomain?: [number, number];
  /** Rows drawn as a target (×, never joined by a line); by default every non-actual row. */
  isTarget?: (row: ChartRow) => boolean;
}

const PANEL = 150;
const FACET_GAP = 34;

export const notActual = (row: ChartRow): boolean => row.figure.kind !== 'actual';

export function timeline(rows: readonly ChartRow[], o: TimelineOptions): PlotOptions {
  const fg = ink(o.theme);
  const data = [...rows];
  const dates = data.map((r) => r.figure.as_of);
  const x = (r: ChartRow) => datePosition(r.figure.as_of);
  const y = (r: ChartRow) => r.figure.value;
  const fy = o.facet ? o.facet.of : undefined;
  const format = tickFormat(o.unit, o.lang);
  const max = Math.max(...data.map(y));
  const longestTick = format(max * 1.2).length;
  const panels = o.facet ? o.facet.domain.length : 1;
  const isTarget = o.isTarget ?? notActual;
  const actual = data.filter((r) => !isTarget(r));

  const marks: Markish[] = [
    Plot.ruleX(yearBoundaries(dates), { stroke: fg, strokeOpacity: 0.15 }),
    Plot.ruleY([0], { stroke: fg }),
    Plot.lineY(actual, {
      x,
      y,
      fy,
      // One line per comparable series (src/data/series.ts); a figure in no series stands alone.
      z: (r: ChartRow) => seriesKey(r.figure, r.indicator.unit) ?? r.figure.id,
      stroke: o.color,
      strokeWidth: 2,
    }),
    Plot.dot(data, {
      x,
      y,
      fy,
      symbol: (r: ChartRow) => (isTarget(r) ? 'target' : r.figure.method),
      r: 5,
      fill: (r: ChartRow) => (isTarget(r) ? 'none' : o.color(r)),
      stroke: o.color,
      strokeWidth: 2,
      title: (r: ChartRow) => `${o.series(r)}: ${valueText(r, o.lang)} (${formatPartialDate(r.figure.as_of, o.lang)})`,
    }),
  ];
  if (o.facet) {
    marks.push(
      Plot.text(o.facet.domain, {
        fy: (d: string) => d,
        text: (d: string) => d,
        frameAnchor: 'top-left',
        lineAnchor: 'bottom',
        dy: -8,
        fontWeight: 600,
        fontSize: 13,
        fill: fg,
      }),
    );
  }
  return {
    width: o.width,
    height: panels * PANEL + (panels - 1) * FACET_GAP + (o.facet ? 30 : 12) + 30,
    marginTop: o.facet ? 30 : 12,
    marginRight: 14,
    marginBottom: 30,
    marginLeft: Math.max(36, longestTick * 7 + 10),
    x: { ...yearAxis(dates, o.width), inset: 6 },
    y: {
      domain: o.yDomain ?? [0, max],
      nice: true,
      ticks: 4,
      tickFormat: format,
      grid: true,
      label: null,
    },
    ...(o.facet ? { fy: { domain: o.facet.domain, axis: null, paddingInner: FACET_GAP / (PANEL + FACET_GAP), paddingOuter: 0 } } : {}),
    symbol: { domain: [...METHODS, 'target'], range: [...METHODS.map((m) => METHOD_SYMBOL[m]), TARGET_SYMBOL] },
    color: { type: 'identity' },
    marks,
  };
}
