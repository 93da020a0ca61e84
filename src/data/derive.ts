/**
 * Derived views of the dataset used by pages. Pure functions of validated data; the choice
 * rules live here once (and in the data's `supersedes` column), never in a template.
 */
import { indexOf } from './index.ts';
import { compareDates, type PartialDate } from './schema/dates.ts';
import type { Dataset, Figure, Region, Source } from './schema/tables.ts';

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
export function latestCoverageByRegion(data: Dataset, indicator = 'coverage_rate'): RegionHeadline[] {
  return data.regions.map((region) => {
    const latest = latestRate(data, region.code, 'all', indicator);
    return latest ? { region, latest } : { region };
  });
}

/** The latest actual, not superseded rate of one segment in one region. */
export function latestRate(data: Dataset, code: string, segment: string, indicator = 'coverage_rate'): Citation | undefined {
  const index = indexOf(data);
  const candidates = (index.figuresByRegion.get(code) ?? []).filter(
    (f) => f.indicator === indicator && f.segment === segment && f.kind === 'actual' && !index.superseded.has(f.id),
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
export function coverageByRegion(data: Dataset): RegionCoverage[] {
  return latestCoverageByRegion(data).map((headline) => ({
    ...headline,
    segments: headline.latest ? [] : STAND_IN_SEGMENTS.flatMap((segment) => latestRate(data, headline.region.code, segment) ?? []),
  }));
}

/** Every figure about a region, newest first, then by indicator for a stable order. */
export function figuresForRegion(data: Dataset, code: string): Figure[] {
  return [...(indexOf(data).figuresByRegion.get(code) ?? [])].sort(
    (a, b) => compareDates(b.as_of, a.as_of) || a.indicator.localeCompare(b.indicator) || a.id.localeCompare(b.id),
  );
}

/** Actual coverage rates for all workers in a region, oldest first (superseded reports included, marked by the caller). */
export function coverageTimeline(data: Dataset, code: string): Figure[] {
  return (indexOf(data).figuresByRegion.get(code) ?? [])
    .filter((f) => f.indicator === 'coverage_rate' && f.segment === 'all' && f.kind === 'actual')
    .sort((a, b) => compareDates(a.as_of, b.as_of));
}

/** The day the newest figure row was added: the data's own "last updated" (never the build's clock). */
export function dataUpdated(data: Dataset): PartialDate | undefined {
  return data.figures.map((f) => f.added).sort(compareDates).at(-1);
}
