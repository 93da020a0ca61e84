/**
 * Chart: vulnerable workers whose contributions a regional budget pays, per region: the latest
 * figure of the whole vulnerable segment (`rentan`) for each government that reports one.
 */
import type { Dataset } from '../data/schema/tables.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { labelledBars } from './bars.ts';
import { barLabel, describeRows, regionLabel } from './describe.ts';
import { SERIES } from './ink.ts';
import { datesNote, hollowNote, latestNote, supersededNote } from './notes.ts';
import { latestBy, selectRows } from './select.ts';
import { thinSpec } from './spec.ts';
import type { ChartContext, ChartDefinition, ChartRow, ChartSpec } from './types.ts';

const ID = 'vulnerable-regions';
export const INDICATOR = 'vulnerable_covered';
/** The segment that stands for all vulnerable workers; other segments are groups within it. */
export const TOTAL_SEGMENT = 'rentan';

export const vulnerableRegions: ChartDefinition = {
  id: ID,
  build(data: Dataset, { lang, width, theme }: ChartContext): ChartSpec {
    const t = CHART_STRINGS[lang];
    const selection = selectRows(data, (f) => f.indicator === INDICATOR && f.segment === TOTAL_SEGMENT);
    // Latest per region and kind, so a stated target never hides the latest actual count.
    const rows = latestBy(selection.rows, (r) => `${r.region.code}|${r.figure.kind}`);
    const base = { id: ID, ...t.vulnerableRegions, unit: 'workers' as const, notes: supersededNote(selection, lang) };
    const indicator = data.indicators.find((i) => i.id === INDICATOR);
    if (rows.length === 0) return thinSpec(base, t.thinNone(indicator ? (lang === 'id' ? indicator.label_id : indicator.label_en).toLowerCase() : INDICATOR));

    const region = (r: ChartRow) => regionLabel(r.region, lang);
    const label = (r: ChartRow) => barLabel(r, region(r), lang);
    return {
      ...base,
      rows,
      notes: [...datesNote(rows, lang), ...hollowNote(rows, lang), ...latestNote(selection.rows, rows, lang), ...base.notes],
      alt: describeRows(rows, lang, region),
      legend: [],
      plot: labelledBars(rows, { lang, width, theme, unit: 'workers', label, color: SERIES.blue }),
    };
  },
};
