/**
 * Chart: the groups of vulnerable workers a government covers, where the data breaks the total
 * down (e.g. non-civil-servant staff, PKH recipients, farmers, fishers, adat officials): the
 * latest figure per region and group. Groups may overlap, so nothing is summed.
 */
import type { Dataset } from '../data/schema/tables.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { labelledBars } from './bars.ts';
import { barLabel, describeRows, regionLabel, segmentLabel } from './describe.ts';
import { SERIES } from './ink.ts';
import { datesNote, hollowNote, latestNote, supersededNote } from './notes.ts';
import { latestBy, selectRows } from './select.ts';
import { thinSpec } from './spec.ts';
import type { ChartContext, ChartDefinition, ChartRow, ChartSpec } from './types.ts';
import { INDICATOR, TOTAL_SEGMENT } from './vulnerable-regions.ts';

const ID = 'vulnerable-groups';
/**
 * Government staff outside the civil service whom their government registers and pays for:
 * sources report them as covered workers (their employer registers them), not as vulnerable
 * workers, so they come from `covered_workers` and a note says so.
 */
export const GOVERNMENT_STAFF = ['non_asn', 'perangkat_desa'];

export const vulnerableGroups: ChartDefinition = {
  id: ID,
  build(data: Dataset, { lang, width, theme }: ChartContext): ChartSpec {
    const t = CHART_STRINGS[lang];
    const selection = selectRows(
      data,
      (f) =>
        (f.indicator === INDICATOR && f.segment !== TOTAL_SEGMENT && f.segment !== 'all') ||
        (f.indicator === 'covered_workers' && GOVERNMENT_STAFF.includes(f.segment)),
    );
    const rows = latestBy(selection.rows, (r) => `${r.region.code}|${r.segment.id}|${r.indicator.id}|${r.figure.kind}`);
    const base = { id: ID, ...t.vulnerableGroups, unit: 'workers' as const, notes: supersededNote(selection, lang) };
    if (rows.length === 0) return thinSpec(base, t.thinNone(lang === 'id' ? 'yang memerinci kelompok pekerja rentan' : 'breakdown of vulnerable workers by group'));

    const group = (r: ChartRow) => `${regionLabel(r.region, lang)} · ${segmentLabel(r.segment, lang)}`;
    const label = (r: ChartRow) => barLabel(r, group(r), lang);
    return {
      ...base,
      rows,
      notes: [
        t.vulnerableGroupsNote,
        ...(rows.some((r) => r.indicator.id === 'covered_workers') ? [t.governmentStaffNote] : []),
        ...datesNote(rows, lang), ...hollowNote(rows, lang), ...latestNote(selection.rows, rows, lang),
        ...base.notes,
      ],
      alt: describeRows(rows, lang, group),
      legend: [],
      plot: labelledBars(rows, { lang, width, theme, unit: 'workers', label, color: SERIES.green }),
    };
  },
};
