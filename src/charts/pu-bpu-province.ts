/** Chart: covered workers in the province over time, formal (PU) against informal (BPU). */
import { ENUM_LABELS } from '../i18n/enums.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { defineChart } from './define.ts';
import { describeRows, rowPhrase, segmentLabel, shortSegmentLabel } from './describe.ts';
import { SERIES } from './ink.ts';
import { markerLegend } from './legend.ts';
import { timelineNotes } from './notes.ts';
import { latestBy, PROVINCE } from './select.ts';
import { timelineScene } from './timeline.ts';
import { timelinePoints } from './timeline-points.ts';
import type { ChartRow } from './types.ts';

export const SEGMENT_COLORS: Record<string, string> = { pu: SERIES.blue, bpu: SERIES.vermillion };
/** Counts of covered workers are BPJS's own: its administrative count is the reference. */
const REFERENCE = 'bpjs_admin' as const;

export const puBpuProvince = defineChart({
  id: 'pu-bpu-province',
  unit: 'workers',
  text: (t) => t.puBpuProvince,
  match: (f) => f.region === PROVINCE && f.indicator === 'covered_workers' && (f.segment === 'pu' || f.segment === 'bpu'),
  missing: (data, lang) =>
    data.segments
      .filter((s) => s.id === 'pu' || s.id === 'bpu')
      .map((s) => segmentLabel(s, lang))
      .join(' / '),
  draw(rows, { lang }) {
    const series = (r: ChartRow) => segmentLabel(r.segment, lang);
    const points = timelinePoints(rows, {
      lang,
      color: (r) => SEGMENT_COLORS[r.segment.id]!,
      reference: () => REFERENCE,
      labelGroup: (r) => r.segment.id,
      labelName: (r) => shortSegmentLabel(r.segment, lang),
      tooltipName: series,
    });
    const latest = latestBy(rows, (r) => r.segment.id);
    return {
      takeaway: CHART_STRINGS[lang].puBpuProvince.takeaway(latest.map((r) => rowPhrase(r, shortSegmentLabel(r.segment, lang), lang))),
      notes: timelineNotes(rows, series, lang),
      alt: describeRows(rows, lang, () => '', series),
      legend: markerLegend({ otherMethod: points.some((p) => p.otherMethod) }, lang, ENUM_LABELS[lang].methods[REFERENCE]),
      draw: (width) => timelineScene([{ points }], { unit: 'workers', lang }, width),
    };
  },
});
