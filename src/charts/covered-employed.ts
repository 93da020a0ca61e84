/**
 * Chart: the province's covered workers (BPJS participants) against its employed persons (BPS
 * Sakernas). Two counts with different definitions and sources; the chart puts them on one axis
 * for scale but computes no ratio from them, and its notes quote both definitions. Cumulative
 * registrations are their own indicators and never appear here.
 */
import type { Indicator, Method } from '../data/schema/tables.ts';
import type { Lang } from '../i18n/lang.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { defineChart } from './define.ts';
import { describeRows, rowPhrase, segmentLabel } from './describe.ts';
import { SERIES } from './ink.ts';
import { markerLegend } from './legend.ts';
import { timelineNotes } from './notes.ts';
import { groupBy, latestBy, PROVINCE } from './select.ts';
import { timelineScene } from './timeline.ts';
import { timelinePoints } from './timeline-points.ts';
import type { ChartRow } from './types.ts';

export const SERIES_COLORS: Record<string, string> = { covered_workers: SERIES.blue, employed_persons: SERIES.vermillion };
const INDICATORS = Object.keys(SERIES_COLORS);
/** Each count's own institution is its reference: BPJS's administrative count, BPS's survey. */
const REFERENCE: Record<string, Method> = { covered_workers: 'bpjs_admin', employed_persons: 'bps_sakernas' };

/** All workers, and wage earners, for whom BPS also reports employed persons. */
const SEGMENTS = ['all', 'pu'];

const label = (i: Indicator, lang: Lang) => (lang === 'id' ? i.label_id : i.label_en);
const definition = (i: Indicator | undefined, lang: Lang) => (i ? (lang === 'id' ? i.definition_id : i.definition_en) : '—');

export const coveredEmployed = defineChart({
  id: 'covered-employed',
  unit: 'workers',
  text: (t) => t.coveredEmployed,
  match: (f) => f.region === PROVINCE && SEGMENTS.includes(f.segment) && INDICATORS.includes(f.indicator),
  missing: (data, lang) =>
    INDICATORS.flatMap((id) => {
      const i = data.indicators.find((x) => x.id === id);
      return i ? [label(i, lang).toLowerCase()] : [];
    }).join(' / '),
  frameNotes: ({ data, lang }) => {
    const t = CHART_STRINGS[lang].coveredEmployed;
    const [covered, employed] = INDICATORS.map((id) => data.indicators.find((i) => i.id === id));
    return [t.definitions(definition(covered, lang), definition(employed, lang)), t.notDerived];
  },
  draw(rows, { lang, data }) {
    const t = CHART_STRINGS[lang];
    // One series may be missing while the other is drawn: say so rather than leave a gap unexplained.
    const missing = INDICATORS.flatMap((id) => {
      const i = data.indicators.find((x) => x.id === id);
      return i && !rows.some((r) => r.indicator.id === id) ? [t.thinNone(label(i, lang).toLowerCase())] : [];
    });
    // A segment other than all workers gets its own panel, so a PU count is never read against an all-worker count.
    const panel = (r: ChartRow) => segmentLabel(r.segment, lang);
    const bySegment = groupBy(
      [...rows].sort((a, b) => SEGMENTS.indexOf(a.segment.id) - SEGMENTS.indexOf(b.segment.id)),
      (r) => r.segment.id,
    );
    const faceted = bySegment.size > 1;
    const series = (r: ChartRow) => (faceted ? `${label(r.indicator, lang)} · ${panel(r)}` : label(r.indicator, lang));
    const pointsOf = (members: ChartRow[]) =>
      timelinePoints(members, {
        lang,
        color: (r) => SERIES_COLORS[r.indicator.id]!,
        reference: (r) => REFERENCE[r.indicator.id]!,
        labelGroup: (r) => `${r.indicator.id}|${r.segment.id}`,
        labelName: (r) => t.coveredEmployed.shortNames[r.indicator.id] ?? label(r.indicator, lang),
        tooltipName: series,
      });
    const panels = [...bySegment.values()].map((members) => ({ ...(faceted ? { title: panel(members[0]!) } : {}), points: pointsOf(members) }));
    const latest = latestBy(rows.filter((r) => r.segment.id === 'all'), (r) => r.indicator.id);
    return {
      takeaway: t.coveredEmployed.takeaway((latest.length > 0 ? latest : latestBy(rows, (r) => r.indicator.id)).map((r) => rowPhrase(r, label(r.indicator, lang).toLowerCase(), lang))),
      notes: [...missing, ...(faceted ? [t.facetBySegment] : []), ...timelineNotes(rows, series, lang)],
      alt: describeRows(rows, lang, () => '', series),
      legend: markerLegend({ otherMethod: panels.some((p) => p.points.some((x) => x.otherMethod)) }, lang, t.coveredEmployed.reference),
      draw: (width) => timelineScene(panels, { unit: 'workers', lang }, width),
    };
  },
});
