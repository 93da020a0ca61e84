/**
 * The validated dataset indexed once: rows by key, figures by region and by source, who
 * supersedes whom. Pages, charts and checks read these maps instead of scanning every row per
 * item, so the build's cost grows with the data, not with its square.
 *
 * `indexOf(data)` is memoised per dataset object: every caller in a build shares one index.
 * Datasets are never mutated after validation; a view that narrows the data (a region page's
 * own chart) makes a new object and gets its own index.
 */
import { compareDates } from './schema/dates.ts';
import type { Award, Dataset, Figure, Indicator, Region, Regulation, Segment, Source, Unit } from './schema/tables.ts';

export interface DatasetIndex {
  readonly data: Dataset;
  readonly regions: ReadonlyMap<string, Region>;
  /** The province (the one region of type provinsi), if regions.csv has it. */
  readonly province: Region | undefined;
  /** Every region but the province, in file order. */
  readonly regencies: readonly Region[];
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly segments: ReadonlyMap<string, Segment>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly figures: ReadonlyMap<string, Figure>;
  readonly regulations: ReadonlyMap<string, Regulation>;
  readonly awards: ReadonlyMap<string, Award>;
  /** Figures per region code / source id, in file order. */
  readonly figuresByRegion: ReadonlyMap<string, readonly Figure[]>;
  readonly figuresBySource: ReadonlyMap<string, readonly Figure[]>;
  readonly awardsByRegion: ReadonlyMap<string, readonly Award[]>;
  readonly awardsBySource: ReadonlyMap<string, readonly Award[]>;
  readonly regulationsByRegion: ReadonlyMap<string, readonly Regulation[]>;
  readonly regulationsBySource: ReadonlyMap<string, readonly Regulation[]>;
  /** A region's figures per indicator id (region code → indicator → figures, in file order). */
  readonly figuresByRegionIndicator: ReadonlyMap<string, ReadonlyMap<string, readonly Figure[]>>;
  /** Sources per year of publication, newest year first; each year's sources newest first, then by outlet and id. */
  readonly sourcesByYear: ReadonlyMap<number, readonly Source[]>;
  /** Ids of figures that another figure supersedes (headline views skip them). */
  readonly superseded: ReadonlySet<string>;
  /** The figure that supersedes a given figure id. */
  readonly supersededBy: ReadonlyMap<string, Figure>;
  /** Unit of a figure's indicator. */
  unitOf(figure: Figure): Unit;
}

function byKey<T>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

/** Rows grouped by a key, in first-seen order (rows whose key is undefined are left out). */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === undefined) continue;
    let group = groups.get(k);
    if (!group) groups.set(k, (group = []));
    group.push(row);
  }
  return groups;
}

const memo = new WeakMap<Dataset, DatasetIndex>();

/**
 * A derivation computed once per dataset, however many pages ask for it (a view read on every
 * region page must not be rebuilt per page: that is where a build's cost turns quadratic).
 */
export function perDataset<T>(derive: (data: Dataset) => T): (data: Dataset) => T {
  const cache = new WeakMap<Dataset, T>();
  return (data) => {
    if (cache.has(data)) return cache.get(data)!;
    const value = derive(data);
    cache.set(data, value);
    return value;
  };
}

/** Newest first, then by outlet and id, so the order never depends on file order. */
export function compareSources(a: Source, b: Source): number {
  return compareDates(b.published, a.published) || a.outlet.localeCompare(b.outlet) || a.id.localeCompare(b.id);
}

export function indexOf(data: Dataset): DatasetIndex {
  const cached = memo.get(data);
  if (cached) return cached;
  const indicators = byKey(data.indicators, (i) => i.id);
  const supersededBy = new Map<string, Figure>();
  for (const figure of data.figures) if (figure.supersedes) supersededBy.set(figure.supersedes, figure);
  const index: DatasetIndex = {
    data,
    regions: byKey(data.regions, (r) => r.code),
    province: data.regions.find((r) => r.type === 'provinsi'),
    regencies: data.regions.filter((r) => r.type !== 'provinsi'),
    indicators,
    segments: byKey(data.segments, (s) => s.id),
    sources: byKey(data.sources, (s) => s.id),
    figures: byKey(data.figures, (f) => f.id),
    regulations: byKey(data.regulations, (r) => r.id),
    awards: byKey(data.awards, (a) => a.id),
    figuresByRegion: groupBy(data.figures, (f) => f.region),
    figuresBySource: groupBy(data.figures, (f) => f.source),
    awardsByRegion: groupBy(data.awards, (a) => a.region),
    awardsBySource: groupBy(data.awards, (a) => a.source),
    regulationsByRegion: groupBy(data.regulations, (r) => r.region),
    regulationsBySource: groupBy(data.regulations, (r) => r.source),
    figuresByRegionIndicator: new Map([...groupBy(data.figures, (f) => f.region)].map(([code, figures]) => [code, groupBy(figures, (f) => f.indicator)])),
    sourcesByYear: new Map(
      [...groupBy([...data.sources].sort(compareSources), (s) => String(s.published.year))].map(([year, sources]) => [Number(year), sources] as const),
    ),
    superseded: new Set(supersededBy.keys()),
    supersededBy,
    unitOf: (figure) => {
      const indicator = indicators.get(figure.indicator);
      if (!indicator) throw new Error(`figure ${figure.id}: unknown indicator ${figure.indicator} (the data was not validated)`);
      return indicator.unit;
    },
  };
  memo.set(data, index);
  return index;
}
