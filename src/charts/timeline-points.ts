/**
 * Turning chart rows into timeline points: which are targets, which were measured another way
 * than the chart's reference method, and which get a direct label (the latest actual figure of
 * each labelled group, and every target).
 */
import { compareDates } from '../data/schema/dates.ts';
import type { Method } from '../data/schema/tables.ts';
import type { Lang } from '../i18n/lang.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { compactValue, markTitle } from './describe.ts';
import type { Span } from './scene.ts';
import type { TimelinePoint } from './timeline.ts';
import type { ChartRow } from './types.ts';

export interface PointOptions {
  lang: Lang;
  color: (row: ChartRow) => string;
  /** The method each row is measured against (the declared reference: UCJ for rates). */
  reference: (row: ChartRow) => Method;
  /** The group a direct label names, e.g. "PU"; rows of one group share a label at their latest figure. */
  labelGroup: (row: ChartRow) => string;
  /** The name written before the value, or '' for the value alone. */
  labelName: (row: ChartRow) => string;
  /** The mark's name in its tooltip. */
  tooltipName: (row: ChartRow) => string;
  isTarget?: (row: ChartRow) => boolean;
}

export const notActual = (row: ChartRow): boolean => row.figure.kind !== 'actual';

/**
 * The figure each label group is named at: its latest actual figure; on a tie, one measured by
 * the reference method (the figure a reader should read first), else the later row.
 */
function labelled(rows: readonly ChartRow[], o: PointOptions, isTarget: (row: ChartRow) => boolean): Set<ChartRow> {
  const chosen = new Map<string, ChartRow>();
  for (const row of rows) {
    if (isTarget(row)) continue;
    const current = chosen.get(o.labelGroup(row));
    const order = current ? compareDates(row.figure.as_of, current.figure.as_of) : 1;
    const reference = (r: ChartRow) => r.figure.method === o.reference(r);
    if (order > 0 || (order === 0 && (reference(row) || !reference(current!)))) chosen.set(o.labelGroup(row), row);
  }
  return new Set(chosen.values());
}

export function timelinePoints(rows: readonly ChartRow[], o: PointOptions): TimelinePoint[] {
  const isTarget = o.isTarget ?? notActual;
  const latest = labelled(rows, o, isTarget);
  const label = (row: ChartRow): Span[] | undefined => {
    const prefix = isTarget(row) ? `${CHART_STRINGS[o.lang].target} ` : '';
    if (!isTarget(row) && !latest.has(row)) return undefined;
    const name = o.labelName(row);
    return [...(name ? [{ text: `${name} `, bold: true }] : []), { text: `${prefix}${compactValue(row, o.lang)}` }];
  };
  return rows.map((row) => {
    const l = label(row);
    return {
      row,
      color: o.color(row),
      otherMethod: !isTarget(row) && row.figure.method !== o.reference(row),
      target: isTarget(row),
      title: markTitle(row, o.tooltipName(row), o.lang),
      ...(l ? { label: l } : {}),
    };
  });
}
