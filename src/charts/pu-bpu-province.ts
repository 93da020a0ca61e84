/** Chart: covered workers in the province over time, formal (PU) against informal (BPU). */
import type { Dataset } from '../data/schema/tables.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { describeRows, segmentLabel } from './describe.ts';
import { SERIES } from './ink.ts';
import { methodLegend, seriesLegend } from './legend.ts';
import { supersededNote, timelineNotes } from './notes.ts';
import { PROVINCE, selectRows } from './select.ts';
import { thinSpec } from './spec.ts';
import { timeline } from './timeline.ts';
import type { ChartContext, ChartDefinition, ChartRow, ChartSpec } from './types.ts';

export const SEGMENT_COLORS: Record<string, string> = { pu: SERIES.blue, bpu: SERIES.vermillion };

const ID = 'pu-bpu-province';

export const puBpuProvince: ChartDefinition = {
  id: ID,
  build(data: Dataset, { lang, width, theme }: ChartContext): ChartSpec {
    const t = CHART_STRINGS[lang];
    const selection = selectRows(
      data,
      (f) => f.region === PROVINCE && f.indicator === 'covered_workers' && (f.segment === 'pu' || f.segment === 'bpu'),
    );
    const { rows } = selection;
    const base = { id: ID, ...t.puBpuProvince, unit: 'workers' as const, notes: supersededNote(selection, lang) };
    const segments = data.segments.filter((s) => s.id === 'pu' || s.id === 'bpu');
    if (rows.length === 0) return thinSpec(base, t.thinNone(segments.map((s) => segmentLabel(s, lang)).join(' / ')));

    const series = (r: ChartRow) => segmentLabel(r.segment, lang);
    const color = (r: ChartRow) => SEGMENT_COLORS[r.segment.id]!;
    const present = segments.filter((s) => rows.some((r) => r.segment.id === s.id));
    return {
      ...base,
      rows,
      notes: [...timelineNotes(rows, series, lang), ...base.notes],
      alt: describeRows(rows, lang, () => '', series),
      legend: [
        ...seriesLegend(present.map((s) => ({ label: segmentLabel(s, lang), color: SEGMENT_COLORS[s.id]! }))),
        ...methodLegend(rows, lang, 'currentColor'),
      ],
      plot: timeline(rows, { lang, width, theme, unit: 'workers', series, color }),
    };
  },
};
