/**
 * Derived views of the dataset used by pages. Pure functions of validated data; the choice
 * rules live here once (and in the data's `supersedes` column), never in a template.
 */
import type { Dataset, Figure, Region, Source } from './schema/tables.ts';

/** Ids of figures that another figure supersedes: headline views skip them. */
export function supersededIds(figures: readonly Figure[]): Set<string> {
  return new Set(figures.flatMap((f) => (f.supersedes ? [f.supersedes] : [])));
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
  const superseded = supersededIds(data.figures);
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return data.regions.map((region) => {
    const candidates = data.figures.filter(
      (f) => f.region === region.code && f.indicator === indicator && f.segment === 'all' && f.kind === 'actual' && !superseded.has(f.id),
    );
    const latest = candidates.reduce<Figure | undefined>((best, f) => (!best || f.as_of.iso > best.as_of.iso ? f : best), undefined);
    return latest ? { region, latest: { figure: latest, source: sources.get(latest.source)! } } : { region };
  });
}

/** Every figure about a region, newest first, then by indicator for a stable order. */
export function figuresForRegion(data: Dataset, code: string): Figure[] {
  return data.figures
    .filter((f) => f.region === code)
    .sort((a, b) => b.as_of.iso.localeCompare(a.as_of.iso) || a.indicator.localeCompare(b.indicator) || a.id.localeCompare(b.id));
}

/** Actual coverage rates for all workers in a region, oldest first (superseded reports included, marked by the caller). */
export function coverageTimeline(data: Dataset, code: string): Figure[] {
  return data.figures
    .filter((f) => f.region === code && f.indicator === 'coverage_rate' && f.segment === 'all' && f.kind === 'actual')
    .sort((a, b) => a.as_of.iso.localeCompare(b.as_of.iso));
}
