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

/** Rows grouped by a key, in first-seen order (one implementation for the site: src/data/index.ts). */
export { groupBy } from '../data/index.ts';

/**
 * The most figures one chart draws. Today's charts draw a dozen or so; as years of reports pile
 * up, a chart (and the page of charts, its table and its exported image) would grow without
 * bound, so past this a chart keeps the newest figures only (see `boundRows`) and says so.
 */
export const MAX_ROWS = 24;

export interface Bounded {
  rows: ChartRow[];
  /** How many rows were left out, and the first year still drawn. */
  leftOut: number;
  since?: number;
}

/**
 * Rows a chart can draw: all of them when they fit in `max`; else the latest of each `key`
 * (a series, a government's budget) in each year, the newest `max` of those. Nothing is averaged
 * or summed: every row drawn is a row of the data, in the chart's order.
 */
export function boundRows(rows: readonly ChartRow[], key: (row: ChartRow) => string, max = MAX_ROWS): Bounded {
  if (rows.length <= max) return { rows: [...rows], leftOut: 0 };
  const yearly = latestBy(rows, (r) => `${key(r)}|${r.figure.as_of.year}`);
  // Newest first; among equal dates the chart's own order decides (sort is stable).
  const kept = new Set([...yearly].sort((a, b) => compareDates(b.figure.as_of, a.figure.as_of)).slice(0, max));
  const drawn = yearly.filter((r) => kept.has(r));
  return { rows: drawn, leftOut: rows.length - drawn.length, since: Math.min(...drawn.map((r) => r.figure.as_of.year)) };
}
