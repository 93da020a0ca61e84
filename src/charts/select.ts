/**
 * Picking the figure rows a chart shows. Charts filter by indicator, segment, region and kind;
 * superseded figures are left out (as in every headline view) and reported so a note can name
 * them. Nothing here computes a new number.
 */
import { supersededIds } from '../data/derive.ts';
import type { Dataset, Figure } from '../data/schema/tables.ts';
import type { ChartRow } from './types.ts';

export const PROVINCE = '51';

export interface Selection {
  rows: ChartRow[];
  /** Matching figures that another figure supersedes, so not drawn. */
  superseded: ChartRow[];
}

/**
 * The matching figures joined with their region, segment, indicator and source, in a stable
 * order: regions as regions.csv lists them (the province first), then by date, then by file order.
 */
export function selectRows(data: Dataset, match: (figure: Figure) => boolean): Selection {
  const skip = supersededIds(data.figures);
  const regions = new Map(data.regions.map((r, i) => [r.code, { region: r, order: r.code === PROVINCE ? -1 : i }]));
  const segments = new Map(data.segments.map((s) => [s.id, s]));
  const indicators = new Map(data.indicators.map((s) => [s.id, s]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const matching = data.figures.map((figure, index) => ({ figure, index })).filter(({ figure }) => match(figure));
  const shown = matching.filter(({ figure }) => !skip.has(figure.id));
  shown.sort(
    (a, b) =>
      regions.get(a.figure.region)!.order - regions.get(b.figure.region)!.order ||
      compare(a.figure.as_of.iso, b.figure.as_of.iso) ||
      a.index - b.index,
  );
  const join = (figure: Figure): ChartRow => ({
    figure,
    region: regions.get(figure.region)!.region,
    segment: segments.get(figure.segment)!,
    indicator: indicators.get(figure.indicator)!,
    source: sources.get(figure.source)!,
  });
  return {
    rows: shown.map(({ figure }) => join(figure)),
    superseded: matching.filter(({ figure }) => skip.has(figure.id)).map(({ figure }) => join(figure)),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The latest row per key (ties keep the later row in display order, so the choice is stable). */
export function latestBy(rows: readonly ChartRow[], key: (row: ChartRow) => string): ChartRow[] {
  const latest = new Map<string, ChartRow>();
  for (const row of rows) {
    const current = latest.get(key(row));
    if (!current || row.figure.as_of.iso >= current.figure.as_of.iso) latest.set(key(row), row);
  }
  const kept = new Set(latest.values());
  return rows.filter((row) => kept.has(row));
}

/** Rows grouped by a key, in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}
