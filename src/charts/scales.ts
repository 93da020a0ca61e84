/**
 * Scales for the fluid scenes of src/charts/scene.ts: values and dates to fractions of the
 * chart's width (or pixels of its height), with ticks in short forms and a time axis cropped to
 * the data, broken where the data has a long gap rather than stretched across empty years.
 */
import { scaleLinear } from 'd3';
import { compareDates, monthsBetween, type PartialDate } from '../data/schema/dates.ts';
import type { Unit } from '../data/schema/tables.ts';
import { formatCompact, formatPercent } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { NARROWEST } from './scene.ts';
import { measure } from './text.ts';

/**
 * A partial date placed at the middle of the period it names: "2024" at 1 July 2024, "2024-09"
 * on 15 September, "2025-Q1" in mid-February. Placing a year at 1 January would draw an annual figure as if it were
 * January's; the middle is the least misleading single point.
 */
export function datePosition(date: PartialDate): Date {
  if (date.precision === 'year') return new Date(Date.UTC(date.year, 6, 1));
  if (date.precision === 'month') return new Date(Date.UTC(date.year, date.month! - 1, 15));
  if (date.precision === 'day') return new Date(Date.UTC(date.year, date.month! - 1, date.day!));
  // A quarter or a range: the middle of the days it covers.
  const first = Date.parse(`${date.first}T00:00:00Z`);
  const end = Date.parse(`${date.last}T00:00:00Z`) + 86_400_000;
  return new Date(first + Math.round((end - first) / 2 / 86_400_000) * 86_400_000);
}

/** Short value-axis labels in the page's language: "40 %", "20 rb", "1,2 jt" / "40%", "20k", "1.2m". */
export function tickFormat(unit: Unit, lang: Lang): (value: number) => string {
  switch (unit) {
    case 'percent':
      return (v) => formatPercent(v, lang);
    case 'idr':
      return (v) => (v === 0 ? '0' : `Rp${formatCompact(v, lang)}`);
    case 'workers':
    case 'count':
      return (v) => formatCompact(v, lang);
  }
}

export interface ValueScale {
  /** The top of the domain (the bottom is always 0: counts and rates start at nothing). */
  max: number;
  /** A value as a fraction of the domain, 0–1. */
  at(value: number): number;
  ticks: number[];
}

/** 0 to a round number at or above `max` (or `fixedMax` when the unit has one, e.g. 100 %). */
export function valueScale(max: number, count = 4, fixedMax?: number): ValueScale {
  const scale = scaleLinear().domain([0, fixedMax ?? (max > 0 ? max : 1)]);
  if (fixedMax === undefined) scale.nice(count);
  const top = scale.domain()[1]!;
  return { max: top, at: (v) => v / top, ticks: scale.ticks(count) };
}

/**
 * Consecutive figures further apart than this are not joined by a line, and the time axis
 * breaks between dates further apart than this: two years without a figure is a gap in what
 * is known, not a straight trend (DESIGN: a figure over 24 months older than the rest is not
 * drawn as if current).
 */
export const MAX_GAP_MONTHS = 24;

/** True when two dates are too far apart to be joined by a line. */
export function tooFarApart(earlier: PartialDate, later: PartialDate): boolean {
  return monthsBetween(earlier, later) > MAX_GAP_MONTHS;
}

export interface TimeTick {
  /** Fraction of the width. */
  at: number;
  label: string;
  /** Shown only where the chart is wide enough (charts.css hides `.tick-minor` on narrow charts). */
  minor: boolean;
}

export interface TimeScale {
  at(date: PartialDate): number;
  ticks: TimeTick[];
  /** Fractions of the year boundaries (1 January) inside the axis. */
  yearStarts: number[];
  /** Fractions where the axis breaks over a gap, in the middle of the gap. */
  breaks: number[];
  /** The unbroken stretches of the axis, as fractions of the width. */
  segments: { left: number; right: number }[];
}

const MONTH = 30.4375 * 86_400_000;
/** The room a cluster of dates gets around its first and last figure, and at least in all. */
const PAD = 3 * MONTH;
const MIN_SPAN = 12 * MONTH;
/** Share of the width each axis break takes, and the margin at both ends for dots. */
const BREAK = 0.08;
export const TIME_INSET = 0.04;
/** Width of the container from which minor ticks show (see charts.css). */
export const WIDE = 560;
const TICK_GAP = 14;

const utcYear = (year: number, month = 0, day = 1) => Date.UTC(year, month, day);

/**
 * A time axis over the dates drawn: clusters of dates at most MAX_GAP_MONTHS apart, each
 * cropped to its figures, laid side by side in proportion to the time they span, with a break
 * between clusters. Year ticks sit at mid-year; at the narrowest width every `step`-th year is
 * labelled (the latest always), the rest are minor ticks for wider charts. With `width`, ticks
 * are chosen for that width alone (an export).
 */
export function timeScale(dates: readonly PartialDate[], width?: number): TimeScale {
  const sorted = [...dates].sort(compareDates);
  const clusters: PartialDate[][] = [];
  for (const date of sorted) {
    const current = clusters.at(-1);
    if (current && !tooFarApart(current.at(-1)!, date)) current.push(date);
    else clusters.push([date]);
  }
  const extents = clusters.map((members) => {
    let start = datePosition(members[0]!).getTime() - PAD;
    let end = Math.max(...members.map((d) => datePosition(d).getTime())) + PAD;
    if (end - start < MIN_SPAN) {
      const grow = (MIN_SPAN - (end - start)) / 2;
      start -= grow;
      end += grow;
    }
    return { start, end };
  });
  const room = 1 - 2 * TIME_INSET - BREAK * (clusters.length - 1);
  const total = extents.reduce((sum, e) => sum + (e.end - e.start), 0);
  let left = TIME_INSET;
  const placed = extents.map((e) => {
    const share = (room * (e.end - e.start)) / total;
    const p = { ...e, left, right: left + share };
    left += share + BREAK;
    return p;
  });
  const fraction = (time: number) => {
    const c = placed.find((p) => time <= p.end) ?? placed.at(-1)!;
    return c.left + ((time - c.start) / (c.end - c.start)) * (c.right - c.left);
  };

  const ticks: TimeTick[] = [];
  const yearStarts: number[] = [];
  const labelWidth = measure('2025', 12) + TICK_GAP;
  for (const c of placed) {
    const years: number[] = [];
    for (let y = new Date(c.start).getUTCFullYear(); y <= new Date(c.end).getUTCFullYear(); y++) {
      const mid = utcYear(y, 6, 1);
      if (mid >= c.start && mid <= c.end) years.push(y);
      const start = utcYear(y);
      if (start > c.start && start < c.end) yearStarts.push(fraction(start));
    }
    // One label per `step` years at the narrowest width (or at the export's width).
    const px = (c.right - c.left) * (width ?? NARROWEST);
    const perYear = years.length > 1 ? px / ((c.end - c.start) / (12 * MONTH)) : px;
    const step = Math.max(1, Math.ceil(labelWidth / perYear));
    const widePerYear = (perYear * WIDE) / NARROWEST;
    const last = years.at(-1)!;
    for (const y of years) {
      const major = (last - y) % step === 0;
      if (!major && (width !== undefined || widePerYear < labelWidth)) continue;
      ticks.push({ at: fraction(utcYear(y, 6, 1)), label: String(y), minor: !major });
    }
  }
  const breaks = placed.slice(1).map((p, i) => (placed[i]!.right + p.left) / 2);
  const segments = placed.map((p) => ({ left: p.left, right: p.right }));
  return { at: (date) => fraction(datePosition(date).getTime()), ticks, yearStarts, breaks, segments };
}
