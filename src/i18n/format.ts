/**
 * Locale-aware formatting. Indonesian uses a comma for decimals and a dot for thousands
 * (65,6 %; 130.300); English the reverse (65.6%; 130,300). Dates keep the precision the data
 * gives: "2025" stays a year, "2025-09" a month. Time zone is fixed to UTC so builds are
 * reproducible wherever they run.
 */
import type { PartialDate } from '../data/schema/fields.ts';
import type { Unit } from '../data/schema/tables.ts';
import { LOCALE, type Lang } from './lang.ts';

const NBSP = '\u00a0';

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits }).format(value);
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

export function formatPartialDate(date: PartialDate, lang: Lang): string {
  if (date.precision === 'year') return String(date.year);
  const utc = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALE[lang], options).format(utc);
}
