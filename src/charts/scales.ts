/**
 * Shared pieces of Plot options: where a partial date sits on a time axis, year ticks that
 * stay legible at 320 px, value-axis formats in the page's language, and method symbols.
 */
import type { ScaleOptions } from '@observablehq/plot';
import type { PartialDate } from '../data/schema/fields.ts';
import { METHODS, type Method, type Unit } from '../data/schema/tables.ts';
import { formatNumber, formatPercent, formatRupiah } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';

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

/**
 * A UTC time axis over whole years, with a tick labelled by year at each mid-year (so a year's
 * figures sit on their label) and at most one label per ~60 px.
 */
export function yearAxis(dates: readonly PartialDate[], width: number): ScaleOptions {
  const years = dates.map((d) => d.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const fit = Math.max(1, Math.floor((width - 60) / 60));
  const step = Math.ceil((last - first + 1) / fit);
  const ticks: Date[] = [];
  for (let y = first; y <= last; y += step) ticks.push(new Date(Date.UTC(y, 6, 1)));
  return {
    type: 'utc',
    domain: [new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))],
    ticks,
    tickFormat: (d: Date) => String(d.getUTCFullYear()),
    tickSize: 0,
    label: null,
  };
}

/** Year boundaries inside a year axis, for faint rules that separate the years. */
export function yearBoundaries(dates: readonly PartialDate[]): Date[] {
  const years = dates.map((d) => d.year);
  const out: Date[] = [];
  for (let y = Math.min(...years) + 1; y <= Math.max(...years); y++) out.push(new Date(Date.UTC(y, 0, 1)));
  return out;
}

/** Compact value-axis labels in the page's language (ticks are round, so nothing is lost). */
export function tickFormat(unit: Unit, lang: Lang): (value: number) => string {
  switch (unit) {
    case 'percent':
      return (v) => formatPercent(v, lang);
    case 'idr':
      return (v) => (v === 0 ? '0' : formatRupiah(v, lang));
    case 'workers':
    case 'count':
      return (v) => formatNumber(v, lang, 0);
  }
}

/** One filled symbol per method, so a reader can tell survey from administrative points. */
export const METHOD_SYMBOL: Record<Method, string> = {
  bpjs_ucj: 'circle',
  bpjs_admin: 'square',
  bps_sakernas: 'triangle',
  government: 'diamond',
  unspecified: 'star',
};

export const methodSymbolScale: ScaleOptions = {
  domain: [...METHODS],
  range: METHODS.map((m) => METHOD_SYMBOL[m]),
  legend: false,
};

/** Value-axis tick count that fits the width: one label per ~80 px, per ~130 px for rupiah ("Rp1,5 miliar"). */
export function valueTicks(width: number, unit: Unit = 'count'): number {
  return Math.max(2, Math.floor((width - 60) / (unit === 'idr' ? 130 : 80)));
}
