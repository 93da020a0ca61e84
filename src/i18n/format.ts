/**
 * Locale-aware formatting. Indonesian uses a comma for decimals and a dot for thousands
 * (65,6 %; 130.300); English the reverse (65.6%; 130,300). Dates keep the precision the data
 * gives: "2025" stays a year, "2025-09" a month, "2025-Q1" a quarter. Time zone is fixed to UTC
 * so builds are reproducible wherever they run.
 *
 * Intl formatters are costly to create and the build formats hundreds of thousands of values at
 * scale, so each (locale, options) pair is created once and shared.
 */
import type { PartialDate } from '../data/schema/dates.ts';
import type { Qualifier, Unit } from '../data/schema/tables.ts';
import { ENUM_LABELS } from './enums.ts';
import { LOCALE, type Lang } from './lang.ts';

const NBSP = '\u00a0';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits })));
  return format;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: 'year' | 'month' | 'day' | 'shortMonth' | 'shortDay'): Intl.DateTimeFormat {
  const key = `${lang}:${options}`;
  let format = dateFormats.get(key);
  if (!format) {
    const byOption: Record<typeof options, Intl.DateTimeFormatOptions> = {
      year: { year: 'numeric' },
      month: { year: 'numeric', month: 'long' },
      day: { year: 'numeric', month: 'long', day: 'numeric' },
      shortMonth: { year: 'numeric', month: 'short' },
      shortDay: { year: 'numeric', month: 'short', day: 'numeric' },
    };
    format = new Intl.DateTimeFormat(LOCALE[lang], { ...byOption[options], timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return numberFormat(lang, maximumFractionDigits).format(value);
}

/** 65.6 → "65,6 %" (id) or "65.6%" (en); the value is already in percent. */
export function formatPercent(value: number, lang: Lang): string {
  const number = formatNumber(value, lang);
  return lang === 'id' ? `${number}${NBSP}%` : `${number}%`;
}

/** Rupiah with the scale word newsrooms use: 1000000000 → "Rp1 miliar" / "Rp1 billion". */
export function formatRupiah(value: number, lang: Lang): string {
  const scales: [number, string, string][] = [
    [1e12, 'triliun', 'trillion'],
    [1e9, 'miliar', 'billion'],
    [1e6, 'juta', 'million'],
  ];
  for (const [size, id, en] of scales) {
    // Only where the scale word loses nothing: Rp495.129.600 stays exact rather than "Rp495,13 juta".
    const hundredths = (value / size) * 100;
    const exact = Math.abs(hundredths - Math.round(hundredths)) < 1e-6;
    if (value >= size && exact) return `Rp${formatNumber(value / size, lang)}${NBSP}${lang === 'id' ? id : en}`;
  }
  return `Rp${formatNumber(value, lang, 0)}`;
}

export function formatValue(value: number, unit: Unit, lang: Lang): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, lang);
    case 'idr':
      return formatRupiah(value, lang);
    case 'workers':
    case 'count':
      return formatNumber(value, lang, 0);
  }
}

/**
 * How a qualifier reads in running text ("sekitar 26 %", "more than 1,000") and in the compact
 * form for chart and map labels ("≈26 %", "> 1.000"). `exact` adds nothing.
 */
const QUALIFIER_SYMBOLS: Record<Exclude<Qualifier, 'exact'>, string> = {
  about: '≈',
  over: '>',
  at_least: '≥',
  under: '<',
  at_most: '≤',
  // "Hampir 2,9 juta" is an upper bound: just under.
  almost: '<',
};

/** A value with its qualifier: "sekitar 26 %" (text) or "≈26 %" (compact). */
export function formatQualified(value: number, unit: Unit, qualifier: Qualifier, lang: Lang, style: 'text' | 'compact' = 'text'): string {
  const formatted = formatValue(value, unit, lang);
  if (qualifier === 'exact') return formatted;
  return style === 'text' ? `${ENUM_LABELS[lang].qualifiers[qualifier]} ${formatted}` : `${QUALIFIER_SYMBOLS[qualifier]}${qualifier === 'about' ? '' : NBSP}${formatted}`;
}

const QUARTER_NAMES: Record<Lang, (quarter: number, year: number) => string> = {
  id: (q, y) => `triwulan ${['I', 'II', 'III', 'IV'][q - 1]} ${y}`,
  en: (q, y) => `Q${q} ${y}`,
};

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function pointDate(date: PartialDate): Date {
  return utc(date.first);
}

/** "2025", "September 2025", "14 Oktober 2025", "triwulan I 2025" / "Q1 2025", "Januari–Juni 2024". */
export function formatPartialDate(date: PartialDate, lang: Lang): string {
  switch (date.precision) {
    case 'year':
      return String(date.year);
    case 'quarter':
      return QUARTER_NAMES[lang](date.quarter!, date.year);
    case 'month':
    case 'day':
      return dateFormat(lang, date.precision).format(pointDate(date));
    case 'range': {
      const from = date.from!;
      const to = date.to!;
      if (from.precision === 'year') return `${from.year}–${to.year}`;
      // Intl's range format drops what both ends share ("Januari – Juni 2024"); a plain en dash reads tighter.
      return dateFormat(lang, from.precision as 'month' | 'day')
        .formatRange(pointDate(from), pointDate(to))
        .replace(/\s[–-]\s/, '–');
    }
  }
}

/** A compact date for chart labels, at the data's precision: "2025", "Sep 2025", "14 Okt 2025", "Q1 2025". */
export function formatShortDate(date: PartialDate, lang: Lang): string {
  switch (date.precision) {
    case 'year':
      return String(date.year);
    case 'quarter':
      return lang === 'id' ? `TW ${['I', 'II', 'III', 'IV'][date.quarter! - 1]} ${date.year}` : `Q${date.quarter} ${date.year}`;
    case 'month':
      return dateFormat(lang, 'shortMonth').format(pointDate(date));
    case 'day':
      return dateFormat(lang, 'shortDay').format(pointDate(date));
    case 'range': {
      const from = date.from!;
      if (from.precision === 'year') return `${from.year}–${date.to!.year}`;
      return dateFormat(lang, from.precision === 'month' ? 'shortMonth' : 'shortDay')
        .formatRange(pointDate(from), pointDate(date.to!))
        .replace(/\s[–-]\s/, '–');
    }
  }
}
