/**
 * Chart: the province's covered workers (BPJS participants) against its employed persons (BPS
 * Sakernas). Two counts with different definitions and sources; the chart puts them on one axis
 * for scale but computes no ratio from them, and its notes quote both definitions.
 */
import type { Dataset, Indicator } from '../data/schema/tables.ts';
import type { Lang } from '../i18n/lang.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { describeRows, segmentLabel } from './describe.ts';
import { SERIES } from './ink.ts';
import { methodLegend, seriesLegend } from './legend.ts';
import { supersededNote, timelineNotes } from './notes.ts';
import { PROVINCE, selectRows } from './select.ts';
import { thinSpec } from './spec.ts';
import { timeline } from './timeline.ts';
import type { ChartContext, ChartDefinition, ChartRow, ChartSpec } from './types.ts';

const ID = 'covered-employed';
export const SERIES_COLORS: Record<string, string> = { covered_workers: SERIES.blue, employed_persons: SERIES.vermillion };
const INDICATORS = Object.keys(SERIES_COLORS);

/** All workers, and wage earners, for whom BPS also reports employed persons. */
const SEGMENTS = ['all', 'pu'];

const label = (i: Indicator, lang: Lang) => (lang === 'id' ? i.label_id : i.label_en);
const definition = (i: Indicator | undefined, lang: Lang) => (i ? (lang === 'id' ? i.definition_id : i.definition_en) : '—');

export const coveredEmployed: ChartDefinition = {
  id: ID,
  build(data: Dataset, { lang, width, theme }: ChartContext): ChartSpec {
    const t = CHART_STRINGS[lang];
    const selection = selectRows(data, (f) => f.region === PROVINCE && SEGMENTS.includes(f.segment) && INDICATORS.includes(f.indicator));
    const { rows } = selection;
    const indicators = INDICATORS.map((id) => data.indicators.find((i) => i.id === id));
    const missing = indicators.filter((i): i is Indicator => !!i && !rows.some((r) => r.indicator.id === i.id));
    const base = {
      id: ID,
      ...t.coveredEmployed,
      unit: 'workers' as const,
      notes: [
        t.coveredEmployed.definitions(definition(indicators[0], lang), definition(indicators[1], lang)),
        t.coveredEmployed.notDerived,
        ...supersededNote(selection, lang),
      ],
    };
    if (rows.length === 0) return thinSpec(base, t.thinNone(indicators.flatMap((i) => (i ? [label(i, lang).toLowerCase()] : [])).join(' / ')));

    // A segment other than all workers gets its own panel, so a PU count is never read against an all-worker count.
    const panels = SEGMENTS.flatMap((id) => {
      const row = rows.find((r) => r.segment.id === id);
      return row ? [segmentLabel(row.segment, lang)] : [];
    });
    const panel = (r: ChartRow) => segmentLabel(r.segment, lang);
    const series = (r: ChartRow) => (panels.length > 1 ? `${label(r.indicator, lang)} · ${panel(r)}` : label(r.indicator, lang));
    const color = (r: ChartRow) => SERIES_COLORS[r.indicator.id]!;
    return {
      ...base,
      rows,
      notes: [
        ...base.notes,
        // One series may be missing while the other is drawn: say so rather than leave a gap unexplained.
        ...missing.map((i) => t.thinNone(label(i, lang).toLowerCase())),
        ...(panels.length > 1 ? [t.facetBySegment] : []),
        ...timelineNotes(rows, series, lang),
      ],
      alt: describeRows(rows, lang, () => '', series),
      legend: [
        ...seriesLegend(indicators.flatMap((i) => (i && !missing.includes(i) ? [{ label: label(i, lang), color: SERIES_COLORS[i.id]! }] : []))),
        ...methodLegend(rows, lang, 'currentColor'),
      ],
      plot: timeline(rows, { lang, width, theme, unit: 'workers', series, color, ...(panels.length > 1 ? { facet: { of: panel, domain: panels } } : {}) }),
    };
  },
};
