/**
 * Labelled horizontal bars, one per figure row: the label sits above its bar and the value at
 * its end, so nothing needs a wide left margin and the chart reads at 320 px. A target or plan
 * is drawn hollow (outline only); an actual value is filled.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { Unit } from '../data/schema/tables.ts';
import type { Lang } from '../i18n/lang.ts';
import { valueText } from './describe.ts';
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
  label: (row: ChartRow) => string;
  color: string;
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
    marginRight: 84, // room for the value label at the end of the longest bar
    marginBottom: 30,
    y: { domain: data.map(key), axis: null, padding: 0 },
    x: {
      domain: [0, max],
      nice: true,
      ticks: valueTicks(o.width),
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
      }),
      Plot.text(data, {
        x: (r: ChartRow) => r.figure.value,
        y: key,
        dy: barTop + BAR / 2 - STEP / 2,
        dx: 5,
        textAnchor: 'start',
        text: (r: ChartRow) => valueText(r, o.lang),
        fill: fg,
      }),
    ],
    color: { type: 'identity' },
  };
}
