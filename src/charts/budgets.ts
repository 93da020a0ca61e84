/**
 * Chart: regional budgets for workers' social security, every reported figure by government and
 * date (planned budgets hollow, realised ones filled). Each bar is one row; nothing is summed.
 */
import type { Dataset } from '../data/schema/tables.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { labelledBars } from './bars.ts';
import { barLabel, describeRows, regionLabel, segmentLabel } from './describe.ts';
import { SERIES } from './ink.ts';
import { hollowNote, supersededNote } from './notes.ts';
import { selectRows } from './select.ts';
import { thinSpec } from './spec.ts';
import type { ChartContext, ChartDefinition, ChartRow, ChartSpec } from './types.ts';

const ID = 'budgets';

export const budgets: ChartDefinition = {
  id: ID,
  build(data: Dataset, { lang, width, theme }: ChartContext): ChartSpec {
    const t = CHART_STRINGS[lang];
    const selection = selectRows(data, (f) => f.indicator === 'budget_idr');
    const { rows } = selection;
    const base = { id: ID, ...t.budgets, unit: 'idr' as const, notes: supersededNote(selection, lang) };
    if (rows.length === 0) return thinSpec(base, t.thinNone(lang === 'id' ? 'anggaran daerah' : 'regional budget'));

    // Name the group when a budget is for one group only (e.g. Badung's adat officials).
    const who = (r: ChartRow) => (['all', 'rentan'].includes(r.segment.id) ? regionLabel(r.region, lang) : `${regionLabel(r.region, lang)} · ${segmentLabel(r.segment, lang)}`);
    const label = (r: ChartRow) => barLabel(r, who(r), lang);
    return {
      ...base,
      rows,
      notes: [...hollowNote(rows, lang), ...(rows.some((r) => r.figure.kind === 'plan') ? [t.budgetsNote] : []), ...base.notes],
      alt: describeRows(rows, lang, (r) => regionLabel(r.region, lang)),
      legend: [],
      plot: labelledBars(rows, { lang, width, theme, unit: 'idr', label, color: SERIES.vermillion }),
    };
  },
};
