/**
 * Derived views of the dataset used by pages. Pure functions of validated data; the choice
 * rules live here once (and in the data's `supersedes` column), never in a template.
 */
import { indexOf } from './index.ts';
import { compareDates } from './schema/dates.ts';
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
  const index = indexOf(data);
  return data.regions.map((region) => {
    const candidates = (index.figuresByRegion.get(region.code) ?? []).filter(
      (f) => f.indicator === indicator && f.segment === 'all' && f.kind === 'actual' && !index.superseded.has(f.id),
    );
    const latest = candidates.reduce<Figure | undefined>((best, f) => (!best || compareDates(f.as_of, best.as_of) > 0 ? f : best), undefined);
    return latest ? { region, latest: { figure: latest, source: index.sources.get(latest.source)! } } : { region };
  });
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
