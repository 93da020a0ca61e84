/**
 * Labelled horizontal bars, one per figure row: the label sits above its bar and the value at
 * its end, so nothing needs a wide left margin and the chart reads at 320 px. A target or plan
 * is drawn hollow (outline only); an actual value is filled.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { Unit } from '../data/schema/tables.ts';
import type { Lang } from '../i18n/lang.ts';
import { compactValue, shortDate, valueText } from './describe.ts';
import { ink } from './ink.ts';
import { tickFormat, valueTicks } from './scales.ts';
import type { ChartRow, Theme } from './types.ts';

const STEP = 44; // px per bar: label line above, bar below
const BAR = 16;

export interface BarOptions {
  lang: Lang;
  width: number;
  theme?: Theme;
  unit: Unit;
  /** Text above the bar (who, which group); long labels are cut with an ellipsis. */
  label: (row: ChartRow) => string;
  color: string;
}

const CHAR = 7; // rough width of a character at 12 px, for reserving room (Plot cannot measure server-side)

/** Value at the bar's end with its date: "1.000 · Mei 2021". */
export function valueLabel(row: ChartRow, lang: Lang): string {
  return `${compactValue(row, lang)} · ${shortDate(row.figure.as_of, lang)}`;
}

/**
 * The smallest right margin that keeps every value label inside the SVG: a bar of fraction f of
 * the axis ends at left + f·(W − left − right), and its label needs L px after it.
 */
function rightMargin(data: readonly ChartRow[], max: number, o: BarOptions, left: number): number {
  const inner = o.width - left;
  let margin = 12;
  for (const r of data) {
    const need = valueLabel(r, o.lang).length * CHAR + 8;
    const f = r.figure.value / max;
    margin = Math.max(margin, f > 0 ? inner - (inner - need) / f : need - inner);
  }
  return Math.ceil(Math.min(margin, inner - 40));
}

export function labelledBars(rows: readonly ChartRow[], o: BarOptions): PlotOptions {
  const fg = ink(o.theme);
  const data = [...rows];
  const key = (r: ChartRow) => r.figure.id;
  // Band centre is STEP/2 below the band top: the label goes in the upper part, the bar in the lower.
  const labelDy = -STEP / 2 + 10;
  const barTop = STEP - BAR - 6;
  const max = Math.max(...data.map((r) => r.figure.value));
  return {
    width: o.width,
    height: data.length * STEP + 34,
    marginTop: 4,
    marginLeft: 8,
    marginRight: rightMargin(data, max, o, 8),
    marginBottom: 30,
    y: { domain: data.map(key), axis: null, padding: 0 },
    x: {
      domain: [0, max],
      nice: true,
      ticks: valueTicks(o.width, o.unit),
      tickFormat: tickFormat(o.unit, o.lang),
      grid: true,
      label: null,
    },
    marks: [
      Plot.barX(data, {
        x: (r: ChartRow) => r.figure.value,
        y: key,
        fill: (r: ChartRow) => (r.figure.kind === 'actual' ? o.color : 'none'),
        stroke: o.color,
        strokeWidth: 2,
        insetTop: barTop,
        insetBottom: STEP - barTop - BAR,
        title: (r: ChartRow) => `${o.label(r)}: ${valueText(r, o.lang)}`,
      }),
      Plot.text(data, {
        y: key,
        frameAnchor: 'left',
        textAnchor: 'start',
        dy: labelDy,
        text: o.label,
        fill: fg,
        fontWeight: 600,
        lineWidth: (o.width - 16) / 12 / 0.62, // in ems; Plot's own width estimate then truncates
        textOverflow: 'ellipsis',
      }),
      Plot.text(data, {
        x: (r: ChartRow) => r.figure.value,
        y: key,
        dy: barTop + BAR / 2 - STEP / 2,
        dx: 5,
        textAnchor: 'start',
        text: (r: ChartRow) => valueLabel(r, o.lang),
        fill: fg,
      }),
    ],
    color: { type: 'identity' },
  };
}
