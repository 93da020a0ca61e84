/**
 * Chart: the groups of vulnerable workers a government covers, where the data breaks the total
 * down (e.g. non-civil-servant staff, PKH recipients, farmers, fishers, adat officials): the
 * latest figure per region and group, coloured by who pays. Groups may overlap, so nothing is summed.
 */
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { barScene, groupBars, valueSpans } from './bars.ts';
import { defineChart } from './define.ts';
import { describeRows, markTitle, regionLabel, rowPhrase, segmentLabel } from './describe.ts';
import { markerLegend } from './legend.ts';
import { datesNote, latestNote } from './notes.ts';
import { payerColor, payerLegend, payerNote } from './payers.ts';
import { latestBy } from './select.ts';
import type { ChartRow } from './types.ts';
import { INDICATOR, TOTAL_SEGMENT } from './vulnerable-regions.ts';

/**
 * Government staff outside the civil service whom their government registers and pays for:
 * sources report them as covered workers (their employer registers them), not as vulnerable
 * workers, so they come from `covered_workers` and a note says so.
 */
export const GOVERNMENT_STAFF = ['non_asn', 'perangkat_desa'];

export const vulnerableGroups = defineChart({
  id: 'vulnerable-groups',
  unit: 'workers',
  text: (t) => t.vulnerableGroups,
  match: (f) =>
    (f.indicator === INDICATOR && f.segment !== TOTAL_SEGMENT && f.segment !== 'all') || (f.indicator === 'covered_workers' && GOVERNMENT_STAFF.includes(f.segment)),
  pick: (selection) => latestBy(selection.rows, (r) => `${r.region.code}|${r.segment.id}|${r.indicator.id}|${r.figure.kind}`),
  missing: (_, lang) => (lang === 'id' ? 'yang memerinci kelompok pekerja rentan' : 'breakdown of vulnerable workers by group'),
  draw(rows, { lang, selection }) {
    const t = CHART_STRINGS[lang];
    const group = (r: ChartRow) => `${regionLabel(r.region, lang)} · ${segmentLabel(r.segment, lang)}`;
    const groups = groupBars(
      rows,
      (r) => `${r.region.code}|${r.segment.id}`,
      (r) => [{ text: regionLabel(r.region, lang), bold: true }, { text: ` · ${segmentLabel(r.segment, lang)}` }],
      (r) => ({ color: payerColor(r), label: valueSpans(r, lang), title: markTitle(r, group(r), lang) }),
    );
    const actual = rows.filter((r) => r.figure.kind === 'actual');
    const largest = (actual.length > 0 ? actual : rows).reduce((a, b) => (b.figure.value > a.figure.value ? b : a));
    return {
      takeaway: t.vulnerableGroups.takeaway(rowPhrase(largest, group(largest), lang)),
      notes: [
        t.vulnerableGroupsNote,
        ...(rows.some((r) => r.indicator.id === 'covered_workers') ? [t.governmentStaffNote] : []),
        ...payerNote(rows, group, lang),
        ...datesNote(rows, lang),
        ...latestNote(selection.rows, rows, lang),
      ],
      alt: describeRows(rows, lang, group),
      legend: [...payerLegend(rows, lang), ...markerLegend({ planned: rows.some((r) => r.figure.kind !== 'actual') }, lang)],
      draw: () => barScene(groups),
    };
  },
});
