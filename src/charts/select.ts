/**
 * Picking the figure rows a chart shows. Charts filter by indicator, segment, region and kind;
 * superseded figures are left out (as in every headline view) and reported so a note can name
 * them. Nothing here computes a new number.
 */
import { indexOf, type DatasetIndex } from '../data/index.ts';
import { compareDates } from '../data/schema/dates.ts';
import type { Dataset, Figure } from '../data/schema/tables.ts';
import type { ChartRow } from './types.ts';

export const PROVINCE = '51';

export interface Selection {
  /** The dataset's index, for notes that name other rows. */
  index: DatasetIndex;
  rows: ChartRow[];
  /** Matching figures that another figure supersedes, so not drawn. */
  superseded: ChartRow[];
}

/**
 * The matching figures joined with their region, segment, indicator and source, in a stable
 * order: regions as regions.csv lists them (the province first), then by date, then by file order.
 */
export function selectRows(data: Dataset, match: (figure: Figure) => boolean): Selection {
  const index = indexOf(data);
  const skip = index.superseded;
  const regions = new Map(data.regions.map((r, i) => [r.code, { region: r, order: r.code === PROVINCE ? -1 : i }]));
  const matching = data.figures.map((figure, index) => ({ figure, index })).filter(({ figure }) => match(figure));
  const shown = matching.filter(({ figure }) => !skip.has(figure.id));
  shown.sort(
    (a, b) =>
      regions.get(a.figure.region)!.order - regions.get(b.figure.region)!.order ||
      compareDates(a.figure.as_of, b.figure.as_of) ||
      a.index - b.index,
  );
  const join = (figure: Figure): ChartRow => ({
    figure,
    region: regions.get(figure.region)!.region,
    segment: index.segments.get(figure.segment)!,
    indicator: index.indicators.get(figure.indicator)!,
    source: index.sources.get(figure.source)!,
  });
  return {
    index,
    rows: shown.map(({ figure }) => join(figure)),
    superseded: matching.filter(({ figure }) => skip.has(figure.id)).map(({ figure }) => join(figure)),
  };
}

/** The latest row per key (ties keep the later row in display order, so the choice is stable). */
export function latestBy(rows: readonly ChartRow[], key: (row: ChartRow) => string): ChartRow[] {
  const latest = new Map<string, ChartRow>();
  for (const row of rows) {
    const current = latest.get(key(row));
    if (!current || compareDates(row.figure.as_of, current.figure.as_of) >= 0) latest.set(key(row), row);
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
