/**
 * Decides which mapped figures cannot be compared at face value with the rest: those much
 * older than the newest figure on the map, and those measured by another method than the one
 * most figures use (e.g. a BPS survey rate among BPJS administrative rates).
 */
import type { Figure, Method } from '../data/schema/tables.ts';

/** A figure this many months older than the newest mapped one is flagged as old. */
export const OLD_AFTER_MONTHS = 12;

export interface Comparability {
  old: boolean;
  otherMethod: boolean;
}

/** Months since year 0, taking the earliest month a partial date can mean. */
function monthIndex(figure: Figure): number {
  return figure.as_of.year * 12 + ((figure.as_of.month ?? 1) - 1);
}

/** The method most mapped figures use; ties go to the first in data order. */
export function referenceMethod(figures: readonly Figure[]): Method | undefined {
  const counts = new Map<Method, number>();
  for (const f of figures) counts.set(f.method, (counts.get(f.method) ?? 0) + 1);
  let best: Method | undefined;
  for (const [method, count] of counts) if (best === undefined || count > counts.get(best)!) best = method;
  return best;
}

export function assessComparability(figures: readonly Figure[]): Map<string, Comparability> {
  const newest = Math.max(...figures.map(monthIndex));
  const reference = referenceMethod(figures);
  return new Map(
    figures.map((f) => [f.id, { old: newest - monthIndex(f) > OLD_AFTER_MONTHS, otherMethod: reference !== undefined && f.method !== reference }]),
  );
}
