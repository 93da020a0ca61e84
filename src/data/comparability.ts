/**
 * Whether a coverage rate can be read side by side with the site's reference, and with another
 * rate. The reference is declared, not voted: the BPJS Ketenagakerjaan UCJ rate (active
 * participants ÷ employed persons). A rate measured another way (a regency's own count, the
 * BPS survey, a method the source does not state) is marked as such wherever it is shown; a
 * rate far older than the newest one beside it is not drawn as if current.
 *
 * The map, its table, the embeds, the region pages and the methodology page all ask here, so
 * they cannot disagree about what is comparable.
 */
import { ageOf, OLD_AFTER_MONTHS, type Age } from './gaps.ts';
import { compareDates, monthsBetween, type PartialDate } from './schema/dates.ts';
import { latestCoverageByRegion } from './derive.ts';
import { perDataset } from './index.ts';
import type { Base, Dataset, Figure, Method } from './schema/tables.ts';

/** The reference rate: BPJS Ketenagakerjaan's UCJ, a share of BPS employed persons. */
export const REFERENCE: { readonly method: Method; readonly base: Base } = { method: 'bpjs_ucj', base: 'employed' };

/** True when the figure is measured the reference way (method and base). */
export function isReference(figure: Figure): boolean {
  return figure.method === REFERENCE.method && figure.base === REFERENCE.base;
}

/** How a figure stands among the figures it is shown with. */
export interface Standing {
  /** Against the newest figure it is shown with: `stale` figures are never drawn as current. */
  age: Age;
  /** Measured another way than the reference (method or base). */
  otherMethod: boolean;
}

/** The newest date among some figures (by the last day each covers). */
export function newestOf(figures: readonly Figure[]): PartialDate | undefined {
  return figures.map((f) => f.as_of).reduce<PartialDate | undefined>((best, d) => (!best || compareDates(d, best) > 0 ? d : best), undefined);
}

/** Each figure's standing among the figures shown together (e.g. the regencies on the map). */
export function standings(figures: readonly Figure[]): Map<string, Standing> {
  const newest = newestOf(figures);
  return new Map(figures.map((f) => [f.id, { age: newest ? ageOf(f.as_of, newest) : 'current', otherMethod: !isReference(f) }]));
}

/**
 * The standing of each regency's latest all-worker rate among the others: what the map draws,
 * and what the region pages and the methodology page say about those figures.
 */
export const mappedStandings = perDataset((data: Dataset): ReadonlyMap<string, Standing> =>
  standings(latestCoverageByRegion(data).flatMap((h) => (h.region.type !== 'provinsi' && h.latest ? [h.latest.figure] : []))),
);

/** What keeps two rates from being compared at face value. */
export interface Difference {
  /** Measured differently (method), or as shares of different things (base). */
  method: boolean;
  base: boolean;
  /** Whole months between the two dates (by the last day each covers). */
  months: number;
}

export function differenceBetween(a: Figure, b: Figure): Difference {
  const [earlier, later] = compareDates(a.as_of, b.as_of) <= 0 ? [a, b] : [b, a];
  return { method: a.method !== b.method, base: a.base !== b.base, months: monthsBetween(earlier.as_of, later.as_of) };
}

/**
 * Bases that mean the same thing in every region. A government's own estimate is counted its
 * own way in each regency, and an unstated base says nothing, so neither compares across regions.
 */
const SHARED_BASES: readonly (Base | undefined)[] = ['employed', 'labour_force'];

/**
 * Two rates compare at face value when they are measured the same, stated way, as shares of the
 * same thing defined the same everywhere, and are no more than OLD_AFTER_MONTHS apart.
 */
export function comparableAtFaceValue(a: Figure, b: Figure): boolean {
  const difference = differenceBetween(a, b);
  return (
    !difference.method &&
    !difference.base &&
    a.method !== 'unspecified' &&
    SHARED_BASES.includes(a.base) &&
    difference.months <= OLD_AFTER_MONTHS
  );
}
