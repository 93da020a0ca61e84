/**
 * Dates and periods as the sources give them. A point keeps its precision (`2025`, `2025-09`,
 * `2025-09-30`: "per September 2025" is a month, not its first day); a flow over a period is a
 * quarter (`2025-Q1`) or a range of two points of the same precision (`2024-01/2024-06`).
 *
 * Every date spans days: `first` and `last` are the first and last day it covers. Ordering and
 * "is after" read those, so a year, a quarter, a month and a range compare without guessing:
 * - `compareDates` orders by the last day covered, then by the first (the shorter span, which
 *   starts later, comes after): 2024 < 2024-Q4 < 2024-10/2024-12 = 2024-Q4 < 2024-12 < 2024-12-31.
 * - `isAfter(a, b)` is true only when a certainly lies after b: a's first day is after b's last.
 *   "2025" is not after 2025-03-01, and 2025-10-20 is not after "2025-10".
 */

export type DatePrecision = 'year' | 'quarter' | 'month' | 'day' | 'range';

export interface PartialDate {
  /** As written in the data, e.g. `2025-09` or `2025-Q1`. */
  iso: string;
  precision: DatePrecision;
  /** Year of the last day covered (a range's end year). */
  year: number;
  /** For month and day precision. */
  month?: number;
  /** For day precision. */
  day?: number;
  /** 1–4, for quarters. */
  quarter?: number;
  /** For ranges: the two ends, each a point (year, month or day). */
  from?: PartialDate;
  to?: PartialDate;
  /** First day covered, YYYY-MM-DD. */
  first: string;
  /** Last day covered, YYYY-MM-DD. */
  last: string;
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const ymd = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

const POINT_FORMATS = 'YYYY, YYYY-MM or YYYY-MM-DD';
export const POINT_FORMAT_TEXT = `${POINT_FORMATS} (precision kept as the source gives it)`;
export const PERIOD_FORMAT_TEXT = `${POINT_FORMATS}; a quarter YYYY-Qn; or a range START/END of two dates of the same precision, e.g. 2024-01/2024-06`;

function hintFor(raw: string): string {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  if (dmy) return ` (write it as ${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')})`;
  const q = /^(?:q|tw|triwulan\s*)([1-4])[\s/-]*(\d{4})$/i.exec(raw) ?? /^(\d{4})[\s-]*q([1-4])$/i.exec(raw);
  if (q) {
    const [year, quarter] = q[1]!.length === 4 ? [q[1], q[2]] : [q[2], q[1]];
    return ` (write a quarter as ${year}-Q${quarter})`;
  }
  return '';
}

/** A single point: YYYY, YYYY-MM or YYYY-MM-DD. Returns a message when the text is not one. */
export function parsePoint(raw: string): PartialDate | string {
  const m = POINT.exec(raw);
  if (!m) return `"${raw}" is not a date; use ${POINT_FORMATS}${hintFor(raw)}`;
  const year = Number(m[1]);
  if (m[2] === undefined) return { iso: raw, precision: 'year', year, first: ymd(year, 1, 1), last: ymd(year, 12, 31) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${raw}" has month ${m[2]}, which does not exist`;
  if (m[3] === undefined) return { iso: raw, precision: 'month', year, month, first: ymd(year, month, 1), last: ymd(year, month, daysIn(year, month)) };
  const day = Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) return `"${raw}" is not a day of the calendar`;
  const iso = ymd(year, month, day);
  return { iso: raw, precision: 'day', year, month, day, first: iso, last: iso };
}

/** A point, a quarter (YYYY-Qn) or a range (START/END). Returns a message when the text is none. */
export function parsePeriod(raw: string): PartialDate | string {
  const q = QUARTER.exec(raw);
  if (q) {
    const year = Number(q[1]);
    const quarter = Number(q[2]);
    const endMonth = quarter * 3;
    return { iso: raw, precision: 'quarter', year, quarter, first: ymd(year, endMonth - 2, 1), last: ymd(year, endMonth, daysIn(year, endMonth)) };
  }
  const hint = hintFor(raw);
  const notAPeriod = `"${raw}" is not a date or period; use ${PERIOD_FORMAT_TEXT}${hint}`;
  // "14/09/2025" is a date written day-first, not a range.
  if (hint !== '') return notAPeriod;
  if (!raw.includes('/')) {
    if (!POINT.test(raw)) return notAPeriod;
    return parsePoint(raw);
  }
  const parts = raw.split('/');
  if (parts.length !== 2) return notAPeriod;
  const [from, to] = parts.map((p) => parsePoint(p.trim())) as [PartialDate | string, PartialDate | string];
  if (typeof from === 'string') return `the start of the range: ${from}`;
  if (typeof to === 'string') return `the end of the range: ${to}`;
  if (from.precision !== to.precision) return `"${raw}" mixes a ${from.precision} and a ${to.precision}; write both ends at the same precision`;
  if (from.first >= to.first) return `"${raw}" does not run forward; write the earlier date first`;
  return { iso: raw, precision: 'range', year: to.year, from, to, first: from.first, last: to.last };
}

/** Orders by the last day covered, then the first; equal spans are equal whatever their notation. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.last.localeCompare(b.last) || a.first.localeCompare(b.first);
}

/** True only when `date` certainly lies after `limit`: its first day is after limit's last. */
export function isAfter(date: PartialDate, limit: PartialDate): boolean {
  return date.first > limit.last;
}

/** A day as a date covering only itself (e.g. today, for "not in the future"). */
export function dayDate(isoDay: string): PartialDate {
  const parsed = parsePoint(isoDay);
  if (typeof parsed === 'string' || parsed.precision !== 'day') throw new Error(`not a day: ${isoDay}`);
  return parsed;
}

/** The value of an HTML `datetime` attribute, where HTML can express the date (points only). */
export function machineReadable(date: PartialDate): string | undefined {
  return date.precision === 'quarter' || date.precision === 'range' ? undefined : date.iso;
}

/** Whole months from `earlier` to `later`, reading each at its last day covered. */
export function monthsBetween(earlier: PartialDate, later: PartialDate): number {
  const months = (d: PartialDate) => Number(d.last.slice(0, 4)) * 12 + Number(d.last.slice(5, 7));
  return months(later) - months(earlier);
}
