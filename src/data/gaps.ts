/**
 * Where reporting is thin: for every region and every kind of fact the site shows, how many rows
 * the data holds, which years they span, and how old the newest is. Generated from the data, so
 * the page that shows it (/kekosongan-data/) can never claim a gap that a new row has filled.
 *
 * Age is measured against the newest actual figure in the whole dataset, not against today, so
 * two builds of the same data give the same page (and a quiet year does not turn it all red).
 */
import { STAND_IN_SEGMENTS } from './derive.ts';
import { indexOf } from './index.ts';
import { compareDates, monthsBetween, type PartialDate } from './schema/dates.ts';
import type { Dataset, Figure, Region } from './schema/tables.ts';

/** Figures older than this, measured against the newest figure in the data, are "old"… */
export const OLD_AFTER_MONTHS = 12;
/** …and older than this are out of date: the site never draws them as if current. */
export const STALE_AFTER_MONTHS = 24;

export type Age = 'current' | 'old' | 'stale';

export function ageOf(date: PartialDate, newest: PartialDate): Age {
  const months = monthsBetween(date, newest);
  return months > STALE_AFTER_MONTHS ? 'stale' : months > OLD_AFTER_MONTHS ? 'old' : 'current';
}

/** The newest date of any actual figure: the reference point for ages. */
export function newestActual(data: Dataset): PartialDate | undefined {
  return data.figures
    .filter((f) => f.kind === 'actual')
    .map((f) => f.as_of)
    .reduce<PartialDate | undefined>((best, d) => (!best || compareDates(d, best) > 0 ? d : best), undefined);
}

/** A column of the grid: one kind of fact, as figures of some indicators and segments, or awards or regulations. */
export interface GapColumn {
  id: string;
  kind: 'figures' | 'awards' | 'regulations';
  /** For figure columns: which rows count. */
  indicators?: readonly string[];
  segments?: readonly string[];
}

/**
 * What a reader asks of a region, in the order the grid shows it: the headline rate, the
 * segment rates that stand in for it, the counts behind a rate, vulnerable workers, budgets,
 * targets, regulations and awards.
 */
export const GAP_COLUMNS: readonly GapColumn[] = [
  { id: 'rate_all', kind: 'figures', indicators: ['coverage_rate'], segments: ['all'] },
  { id: 'rate_segments', kind: 'figures', indicators: ['coverage_rate'], segments: STAND_IN_SEGMENTS },
  { id: 'covered', kind: 'figures', indicators: ['covered_workers'] },
  { id: 'base', kind: 'figures', indicators: ['eligible_workers', 'employed_persons', 'labour_force'] },
  { id: 'vulnerable', kind: 'figures', indicators: ['vulnerable_covered', 'govt_paid_workers'] },
  { id: 'budget', kind: 'figures', indicators: ['budget_idr', 'budget_monthly_idr'] },
  { id: 'target', kind: 'figures', indicators: ['target_rate'] },
  { id: 'regulations', kind: 'regulations' },
  { id: 'awards', kind: 'awards' },
];

export interface GapCell {
  column: GapColumn;
  count: number;
  /** Earliest and latest date covered (figures: as_of; regulations and awards: their year). */
  earliest?: PartialDate;
  latest?: PartialDate;
  /** For figure columns with an actual figure: how old the newest actual one is. */
  age?: Age;
}

export interface GapRow {
  region: Region;
  cells: GapCell[];
}

export interface DataGaps {
  newest?: PartialDate;
  rows: GapRow[];
}

function yearDate(year: number): PartialDate {
  return { iso: String(year), precision: 'year', year, first: `${year}-01-01`, last: `${year}-12-31` };
}

function span(dates: readonly PartialDate[]): Pick<GapCell, 'earliest' | 'latest'> {
  if (dates.length === 0) return {};
  const sorted = [...dates].sort(compareDates);
  return { earliest: sorted[0]!, latest: sorted.at(-1)! };
}

function matches(column: GapColumn, figure: Figure): boolean {
  return (column.indicators?.includes(figure.indicator) ?? true) && (column.segments?.includes(figure.segment) ?? true);
}

export function dataGaps(data: Dataset, columns: readonly GapColumn[] = GAP_COLUMNS): DataGaps {
  const index = indexOf(data);
  const newest = newestActual(data);
  const rows = data.regions.map((region): GapRow => {
    const figures = index.figuresByRegion.get(region.code) ?? [];
    const cells = columns.map((column): GapCell => {
      if (column.kind === 'regulations') {
        const rows = index.regulationsByRegion.get(region.code) ?? [];
        return { column, count: rows.length, ...span(rows.flatMap((r) => (r.year === undefined ? [] : [yearDate(r.year)]))) };
      }
      if (column.kind === 'awards') {
        const rows = index.awardsByRegion.get(region.code) ?? [];
        return { column, count: rows.length, ...span(rows.map((a) => yearDate(a.year))) };
      }
      const rows = figures.filter((f) => matches(column, f));
      const actual = span(rows.filter((f) => f.kind === 'actual').map((f) => f.as_of)).latest;
      return {
        column,
        count: rows.length,
        ...span(rows.map((f) => f.as_of)),
        ...(actual && newest ? { age: ageOf(actual, newest) } : {}),
      };
    });
    return { region, cells };
  });
  return { ...(newest ? { newest } : {}), rows };
}
