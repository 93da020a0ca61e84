/**
 * Charts: formal (PU) against informal (BPU) workers by region: the latest figure per region and
 * segment, on one axis. Two variants: covered-worker counts for the regencies, and coverage rates
 * for the province and the regencies. Regions without such a figure are not drawn (missing is
 * not zero); the dates differ, and the note and table say so.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset, Unit } from '../data/schema/tables.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { CHART_STRINGS, type ChartStrings } from '../i18n/strings-charts.ts';
import { describeRows, regionLabel, segmentLabel, valueText } from './describe.ts';
import { ink } from './ink.ts';
import { methodLegend, seriesLegend } from './legend.ts';
import { datesNote, latestNote, supersededNote } from './notes.ts';
import { SEGMENT_COLORS } from './pu-bpu-province.ts';
import { methodSymbolScale, tickFormat, valueTicks } from './scales.ts';
import { latestBy, PROVINCE, selectRows } from './select.ts';
import { thinSpec } from './spec.ts';
import type { ChartContext, ChartDefinition, ChartRow, ChartSpec } from './types.ts';

const ROW = 36;

interface Variant {
  id: string;
  indicator: string;
  unit: Unit;
  includeProvince: boolean;
  text: (t: ChartStrings) => { title: string; subtitle: string };
  /** Fixed value domain (rates run 0–100), or the data's maximum. */
  domain?: [number, number];
}

function puBpuDots(v: Variant): ChartDefinition {
  return {
    id: v.id,
    build(data: Dataset, { lang, width, theme }: ChartContext): ChartSpec {
      const t = CHART_STRINGS[lang];
      const selection = selectRows(
        data,
        (f) =>
          (v.includeProvince || f.region !== PROVINCE) &&
          f.indicator === v.indicator &&
          f.kind === 'actual' &&
          (f.segment === 'pu' || f.segment === 'bpu'),
      );
      const rows = latestBy(selection.rows, (r) => `${r.region.code}|${r.segment.id}`);
      const base = { id: v.id, ...v.text(t), unit: v.unit, notes: supersededNote(selection, lang) };
      const segments = data.segments.filter((s) => s.id === 'pu' || s.id === 'bpu');
      if (rows.length === 0) return thinSpec(base, t.thinNone(segments.map((s) => segmentLabel(s, lang)).join(' / ')));

      const fg = ink(theme);
      const regions = [...new Set(rows.map((r) => regionLabel(r.region, lang)))];
      const y = (r: ChartRow) => regionLabel(r.region, lang);
      const color = (r: ChartRow) => SEGMENT_COLORS[r.segment.id]!;
      const present = segments.filter((s) => rows.some((r) => r.segment.id === s.id));
      return {
        ...base,
        rows,
        notes: [...datesNote(rows, lang), ...latestNote(selection.rows, rows, lang), ...base.notes],
        alt: describeRows(rows, lang, (r) => regionLabel(r.region, lang), (r) => segmentLabel(r.segment, lang)),
        legend: [
          ...seriesLegend(present.map((s) => ({ label: segmentLabel(s, lang), color: SEGMENT_COLORS[s.id]! }))),
          ...methodLegend(rows, lang, 'currentColor'),
        ],
        plot: {
          width,
          height: regions.length * ROW + 40,
          marginLeft: Math.max(...regions.map((r) => r.length)) * 8 + 14, // ~8 px per character at 12 px, plus the tick gap
          marginRight: 24,
          marginBottom: 30,
          y: { domain: regions, label: null, tickSize: 0 },
          x: {
            domain: v.domain ?? [0, Math.max(...rows.map((r) => r.figure.value))],
            nice: true,
            ticks: valueTicks(width),
            tickFormat: tickFormat(v.unit, lang),
            grid: true,
            label: null,
          },
          symbol: methodSymbolScale,
          color: { type: 'identity' },
          marks: [
            Plot.ruleX([0], { stroke: fg }),
            Plot.dot(rows, {
              x: (r: ChartRow) => r.figure.value,
              y,
              r: 6,
              symbol: (r: ChartRow) => r.figure.method,
              fill: color,
              stroke: color,
              title: (r: ChartRow) =>
                `${regionLabel(r.region, lang)}, ${segmentLabel(r.segment, lang)}: ${valueText(r, lang)} (${formatPartialDate(r.figure.as_of, lang)})`,
            }),
          ],
        },
      };
    },
  };
}

export const puBpuRegions = puBpuDots({
  id: 'pu-bpu-regions',
  indicator: 'covered_workers',
  unit: 'workers',
  includeProvince: false,
  text: (t) => t.puBpuRegions,
});

export const puBpuRates = puBpuDots({
  id: 'pu-bpu-rates',
  indicator: 'coverage_rate',
  unit: 'percent',
  includeProvince: true,
  text: (t) => t.puBpuRates,
  domain: [0, 100],
});
