/**
 * Derived views of the dataset used by pages. Pure functions of validated data; the choice
 * rules live here once (and in the data's `supersedes` column), never in a template.
 */
import { groupBy, indexOf, perDataset } from './index.ts';
import { compareDates, type PartialDate } from './schema/dates.ts';
import type { Dataset, Figure, Indicator, Region, Source } from './schema/tables.ts';

/** The province (the region of type provinsi), if the data has it. */
export const provinceOf = (data: Dataset): Region | undefined => indexOf(data).province;

/** Ids of figures that another figure supersedes: headline views skip them. */
export function supersededIds(data: Dataset): ReadonlySet<string> {
  return indexOf(data).superseded;
}

export interface Citation {
  figure: Figure;
  source: Source;
}

export interface RegionHeadline {
  region: Region;
  /** Absent when no actual coverage rate is published for the region. */
  latest?: Citation;
}

/**
 * The latest actual coverage rate (all workers) per region. Among same-date figures, the one
 * not superseded wins; ties beyond that keep file order, so the choice is stable.
 */
export const latestCoverageByRegion = perDataset((data): RegionHeadline[] =>
  data.regions.map((region) => {
    const latest = latestRate(data, region.code, 'all');
    return latest ? { region, latest } : { region };
  }),
);

/** The latest actual, not superseded rate of one segment in one region. */
export function latestRate(data: Dataset, code: string, segment: string): Citation | undefined {
  const index = indexOf(data);
  const candidates = (index.figuresByRegionIndicator.get(code)?.get('coverage_rate') ?? []).filter(
    (f) => f.segment === segment && f.kind === 'actual' && !index.superseded.has(f.id),
  );
  const latest = candidates.reduce<Figure | undefined>((best, f) => (!best || compareDates(f.as_of, best.as_of) > 0 ? f : best), undefined);
  return latest ? { figure: latest, source: index.sources.get(latest.source)! } : undefined;
}

/**
 * Segments whose rates stand in where a region has no all-worker rate: wage earners and
 * non-wage earners together make up all workers, so their two rates say most of what one would.
 */
export const STAND_IN_SEGMENTS: readonly string[] = ['pu', 'bpu'];

export interface RegionCoverage extends RegionHeadline {
  /** Only where `latest` is absent: the latest rate of each stand-in segment that has one. */
  segments: Citation[];
}

/** Per region: its latest all-worker rate or, lacking one, its latest segment rates. */
export const coverageByRegion = perDataset((data): RegionCoverage[] =>
  latestCoverageByRegion(data).map((headline) => ({
    ...headline,
    segments: headline.latest ? [] : STAND_IN_SEGMENTS.flatMap((segment) => latestRate(data, headline.region.code, segment) ?? []),
  })),
);

/** One region's coverage (see coverageByRegion), found by code rather than by scanning. */
export const coverageOf = (data: Dataset, code: string): RegionCoverage | undefined => coverageByCode(data).get(code);
const coverageByCode = perDataset((data) => new Map(coverageByRegion(data).map((c) => [c.region.code, c])));

/** Every figure about a region, newest first, then by indicator for a stable order. */
export function figuresForRegion(data: Dataset, code: string): Figure[] {
  return [...(indexOf(data).figuresByRegion.get(code) ?? [])].sort(compareNewestFirst);
}

/** Actual coverage rates for all workers in a region, oldest first (superseded reports included, marked by the caller). */
export function coverageTimeline(data: Dataset, code: string): Figure[] {
  return (indexOf(data).figuresByRegionIndicator.get(code)?.get('coverage_rate') ?? [])
    .filter((f) => f.segment === 'all' && f.kind === 'actual')
    .sort((a, b) => compareDates(a.as_of, b.as_of));
}

/** Every outlet the sources name, once each, in alphabetical order. */
export const outletsOf = perDataset((data): string[] => [...new Set(data.sources.map((s) => s.outlet))].sort((a, b) => a.localeCompare(b)));

/** The day the newest figure row was added: the data's own "last updated" (never the build's clock). */
export const dataUpdated = perDataset((data): PartialDate | undefined =>
  data.figures.reduce<PartialDate | undefined>((newest, f) => (!newest || compareDates(f.added, newest) > 0 ? f.added : newest), undefined),
);

/** Newest first, then by indicator and id: the order a region's lists of figures use. */
export function compareNewestFirst(a: Figure, b: Figure): number {
  return compareDates(b.as_of, a.as_of) || a.indicator.localeCompare(b.indicator) || a.id.localeCompare(b.id);
}

export interface IndicatorFigures {
  indicator: Indicator;
  /** Newest first. */
  figures: Figure[];
}

/**
 * A region's figures split by indicator, in indicators.csv order, each list newest first: what
 * the region's per-indicator pages show (a region's page lists the indicators, not every row).
 */
export function regionIndicators(data: Dataset, code: string): IndicatorFigures[] {
  const cache = indicatorsOfRegion(data);
  let found = cache.get(code);
  if (!found) {
    const byIndicator = indexOf(data).figuresByRegionIndicator.get(code);
    found = data.indicators.flatMap((indicator) => {
      const figures = byIndicator?.get(indicator.id);
      return figures ? [{ indicator, figures: [...figures].sort(compareNewestFirst) }] : [];
    });
    cache.set(code, found);
  }
  return found;
}
/** Each region's lists, sorted once per build (every page of a region reads them). */
const indicatorsOfRegion = perDataset(() => new Map<string, IndicatorFigures[]>());

/**
 * The newest figure of each measure (indicator, segment, payer and kind: a plan and a realised
 * budget are two measures) among some figures, superseded reports left out, newest first. A
 * summary that stays as long as the vocabulary is, however many years of reports pile up.
 */
export function latestPerMeasure(data: Dataset, figures: readonly Figure[]): Figure[] {
  const superseded = indexOf(data).superseded;
  const latest = new Map<string, Figure>();
  for (const figure of figures) {
    if (superseded.has(figure.id)) continue;
    const key = [figure.indicator, figure.segment, figure.payer ?? '', figure.kind].join('|');
    const current = latest.get(key);
    if (!current || compareNewestFirst(figure, current) < 0) latest.set(key, figure);
  }
  return [...latest.values()].sort(compareNewestFirst);
}

/** How many other regencies a region page links to. */
export const NEARBY_REGIONS = 8;

/**
 * The other regencies a region page links to: every one in a province as small as Bali, else
 * the `count` nearest in regions.csv order (wrapping around), so a page's links stay a handful
 * when the map holds hundreds of regions (the map and its table list them all).
 */
export function nearbyRegions(data: Dataset, region: Region, count = NEARBY_REGIONS): Region[] {
  const { regencies } = indexOf(data);
  const at = regencies.findIndex((r) => r.code === region.code);
  const others = [...regencies.slice(at + 1), ...regencies.slice(0, Math.max(at, 0))];
  if (others.length <= count) return regencies.filter((r) => r.code !== region.code);
  const after = others.slice(0, Math.ceil(count / 2));
  const before = others.slice(others.length - Math.floor(count / 2));
  return [...before, ...after];
}

/** The most figures a region's page for one indicator lists before older years get pages of their own. */
export const INDICATOR_PAGE_ROWS = 60;

export interface IndicatorYears {
  /** The newest figures, by whole years, at most INDICATOR_PAGE_ROWS (or one year, if that alone holds more). */
  recent: Figure[];
  /** Older years, newest first, each with its figures: each has a page of its own. */
  older: { year: number; figures: Figure[] }[];
}

/**
 * Splits one region's figures of one indicator (newest first) into what its page lists and the
 * older years that get a page each. As rows are added, years only ever move off the page,
 * never back, so a year's page, once it exists, stays.
 */
export function indicatorYears(figures: readonly Figure[], max = INDICATOR_PAGE_ROWS): IndicatorYears {
  const years = [...groupBy(figures, (f) => String(f.as_of.year))].map(([year, members]) => ({ year: Number(year), figures: members }));
  let count = 0;
  let cut = years.length;
  for (const [i, { figures: members }] of years.entries()) {
    if (i > 0 && count + members.length > max) {
      cut = i;
      break;
    }
    count += members.length;
  }
  return { recent: years.slice(0, cut).flatMap((y) => y.figures), older: years.slice(cut) };
}

/**
 * The dataset narrowed to one region, for charts drawn for that region alone (a region page's
 * coverage timeline): its figures and the sources they cite. One object per region per build,
 * so both languages share its index and its charts.
 */
export function regionDataset(data: Dataset, region: Region): Dataset {
  const cache = regionDatasets(data);
  let narrowed = cache.get(region.code);
  if (!narrowed) {
    const index = indexOf(data);
    const figures = [...(index.figuresByRegion.get(region.code) ?? [])];
    const sources = [...new Set(figures.map((f) => f.source))].map((id) => index.sources.get(id)!);
    narrowed = { ...data, regions: [region], figures, sources };
    cache.set(region.code, narrowed);
  }
  return narrowed;
}
const regionDatasets = perDataset(() => new Map<string, Dataset>());
