/**
 * Charts: formal (PU) against informal (BPU) workers by region: the latest figure per region and
 * segment, as a pair of bars labelled "PU …" and "BPU …". Two variants: covered-worker counts
 * for the regencies, and coverage rates for the province and the regencies. Regions without such
 * a figure are not drawn (missing is not zero); dates and methods differ, and notes say so.
 */
import type { Unit } from '../data/schema/tables.ts';
import { CHART_STRINGS, type ChartStrings } from '../i18n/strings-charts.ts';
import { barScene, groupBars, valueSpans } from './bars.ts';
import { defineChart } from './define.ts';
import { describeRows, markTitle, regionLabel, rowPhrase, segmentLabel, shortSegmentLabel } from './describe.ts';
import { datesNote, latestNote, methodsNote } from './notes.ts';
import { SEGMENT_COLORS } from './pu-bpu-province.ts';
import { groupBy, latestBy, PROVINCE } from './select.ts';
import type { ChartDefinition, ChartRow } from './types.ts';

interface Variant {
  id: string;
  indicator: string;
  unit: Unit;
  includeProvince: boolean;
  text: (t: ChartStrings) => { title: string; subtitle: string };
}

/**
 * Regions where BPU is below PU, among those reporting both on the same date by the same method
 * and base (only such a pair says anything about the gap).
 */
export function bpuBelowPu(rows: readonly ChartRow[]): { lower: number; regions: number } {
  let lower = 0;
  let regions = 0;
  for (const members of groupBy(rows, (r) => r.region.code).values()) {
    const pu = members.find((r) => r.segment.id === 'pu');
    const bpu = members.find((r) => r.segment.id === 'bpu');
    if (!pu || !bpu || pu.figure.as_of.iso !== bpu.figure.as_of.iso || pu.figure.method !== bpu.figure.method || pu.figure.base !== bpu.figure.base) continue;
    regions++;
    if (bpu.figure.value < pu.figure.value) lower++;
  }
  return { lower, regions };
}

function puBpuBars(v: Variant): ChartDefinition {
  return defineChart({
    id: v.id,
    unit: v.unit,
    text: v.text,
    match: (f) => (v.includeProvince || f.region !== PROVINCE) && f.indicator === v.indicator && f.kind === 'actual' && (f.segment === 'pu' || f.segment === 'bpu'),
    pick: (selection) => latestBy(selection.rows, (r) => `${r.region.code}|${r.segment.id}`),
    missing: (data, lang) =>
      data.segments
        .filter((s) => s.id === 'pu' || s.id === 'bpu')
        .map((s) => segmentLabel(s, lang))
        .join(' / '),
    draw(rows, { lang, selection }) {
      const t = CHART_STRINGS[lang];
      const region = (r: ChartRow) => regionLabel(r.region, lang);
      const name = (r: ChartRow) => shortSegmentLabel(r.segment, lang);
      const groups = groupBars(
        rows,
        (r) => r.region.code,
        (r) => [{ text: region(r), bold: true }],
        (r) => ({ color: SEGMENT_COLORS[r.segment.id]!, label: valueSpans(r, lang, name(r)), title: markTitle(r, `${region(r)}, ${segmentLabel(r.segment, lang)}`, lang) }),
      );
      const { lower, regions } = bpuBelowPu(rows);
      return {
        takeaway:
          regions > 0
            ? t.puBpuCompare(lower, regions, v.unit === 'percent' ? 'rate' : 'count')
            : t.puBpuLatest(rows.map((r) => rowPhrase(r, `${region(r)} ${name(r)}`, lang))),
        notes: [...datesNote(rows, lang), ...methodsNote(rows, lang), ...latestNote(selection.rows, rows, lang)],
        alt: describeRows(rows, lang, region, (r) => segmentLabel(r.segment, lang)),
        draw: () => barScene(groups),
      };
    },
  });
}

export const puBpuRegions = puBpuBars({
  id: 'pu-bpu-regions',
  indicator: 'covered_workers',
  unit: 'workers',
  includeProvince: false,
  text: (t) => t.puBpuRegions,
});

export const puBpuRates = puBpuBars({
  id: 'pu-bpu-rates',
  indicator: 'coverage_rate',
  unit: 'percent',
  includeProvince: true,
  text: (t) => t.puBpuRates,
});
