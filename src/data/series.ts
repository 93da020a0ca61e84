/**
 * Which figures form one series over time, so that a line may join them. Two figures are
 * comparable only when they agree on region, indicator, segment, method, for rates the base
 * (what the rate is a share of), and who pays (a regency-paid programme and a CSR-paid one are
 * two programmes), and both are actual values. A figure whose method or
 * base is not stated belongs to no series: nothing says it measures the same thing as another.
 *
 * A series that moves a lot in a short time usually means a change of definition that the
 * sources did not spell out; the check asks for a note on such a jump (see `unexplainedJumps`).
 */
import { compareDates, monthsBetween } from './schema/dates.ts';
import type { Figure, Unit } from './schema/tables.ts';

/** The series a figure belongs to, or undefined when it cannot be joined to any other. */
export function seriesKey(figure: Figure, unit: Unit): string | undefined {
  if (figure.kind !== 'actual' || figure.method === 'unspecified') return undefined;
  if (unit === 'percent' && (figure.base === undefined || figure.base === 'unstated')) return undefined;
  return [figure.region, figure.indicator, figure.segment, figure.method, figure.base ?? '', figure.payer ?? ''].join('|');
}

/** True when a line may join the two figures. */
export function comparable(a: Figure, b: Figure, unit: Unit): boolean {
  const key = seriesKey(a, unit);
  return key !== undefined && key === seriesKey(b, unit);
}

/** Figures grouped into series, each oldest first; figures in no series are left out. */
export function seriesOf(figures: readonly Figure[], unitOf: (figure: Figure) => Unit): Map<string, Figure[]> {
  const series = new Map<string, Figure[]>();
  for (const figure of figures) {
    const key = seriesKey(figure, unitOf(figure));
    if (key === undefined) continue;
    let members = series.get(key);
    if (!members) series.set(key, (members = []));
    members.push(figure);
  }
  for (const members of series.values()) members.sort((a, b) => compareDates(a.as_of, b.as_of));
  return series;
}

/**
 * A jump: the value changes by at least half (×1.5, or to two thirds or less) between two
 * consecutive figures of a series dated at most a year apart. Coverage in Bali moves a few
 * points a year; a bigger move in months is a new base, a new count or a correction.
 */
export const JUMP_RATIO = 1.5;
export const JUMP_MONTHS = 12;

export interface Jump {
  previous: Figure;
  figure: Figure;
  months: number;
}

/** Jumps whose later figure carries no note explaining them. */
export function unexplainedJumps(figures: readonly Figure[], unitOf: (figure: Figure) => Unit): Jump[] {
  const jumps: Jump[] = [];
  for (const members of seriesOf(figures, unitOf).values()) {
    for (let i = 1; i < members.length; i++) {
      const previous = members[i - 1]!;
      const figure = members[i]!;
      if (figure.note_en !== undefined || figure.note_id !== undefined) continue;
      const months = monthsBetween(previous.as_of, figure.as_of);
      if (months > JUMP_MONTHS) continue;
      const low = Math.min(previous.value, figure.value);
      const high = Math.max(previous.value, figure.value);
      if (low === 0 ? high > 0 : high / low >= JUMP_RATIO) jumps.push({ previous, figure, months });
    }
  }
  return jumps;
}
