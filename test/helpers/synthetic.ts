/**
 * A synthetic dataset in memory, with the real region codes so it can be drawn on the real
 * topology. The values are made up for tests and never shown on the site.
 */
import { parsePeriod, type PartialDate } from '../../src/data/schema/dates.ts';
import type { Dataset, Figure, Method, Region } from '../../src/data/schema/tables.ts';

export function date(iso: string): PartialDate {
  const parsed = parsePeriod(iso);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

const REGENCIES: [string, string, string][] = [
  ['51.01', 'jembrana', 'Jembrana'],
  ['51.02', 'tabanan', 'Tabanan'],
  ['51.03', 'badung', 'Badung'],
  ['51.04', 'gianyar', 'Gianyar'],
  ['51.05', 'klungkung', 'Klungkung'],
  ['51.06', 'bangli', 'Bangli'],
  ['51.07', 'karangasem', 'Karangasem'],
  ['51.08', 'buleleng', 'Buleleng'],
  ['51.71', 'denpasar', 'Denpasar'],
];

export function syntheticRegions(): Region[] {
  return [
    { line: 2, code: '51', slug: 'bali', name: 'Provinsi Bali', name_en: 'Bali Province', short_name: 'Bali', type: 'provinsi', parent: undefined, bpjs_branch: undefined },
    ...REGENCIES.map(([code, slug, short], i): Region => ({
      line: i + 3,
      code,
      slug,
      name: `${code === '51.71' ? 'Kota' : 'Kabupaten'} ${short}`,
      name_en: `${short} ${code === '51.71' ? 'City' : 'Regency'}`,
      short_name: short,
      type: code === '51.71' ? 'kota' : 'kabupaten',
      parent: '51',
      bpjs_branch: undefined,
    })),
  ];
}

export function rate(id: string, region: string, value: number, asOf: string, method: Method, extra: Partial<Figure> = {}): Figure {
  return {
    line: 0,
    id,
    region,
    indicator: 'coverage_rate',
    segment: 'all',
    qualifier: 'exact',
    value,
    as_of: date(asOf),
    kind: 'actual',
    method,
    base: 'employed',
    payer: undefined,
    source: 'src-a',
    quote: `${value} persen`,
    supersedes: undefined,
    note_id: undefined,
    note_en: undefined,
    added: date('2026-01-01'),
    ...extra,
  };
}

export function syntheticDataset(figures: Figure[]): Dataset {
  return {
    regions: syntheticRegions(),
    indicators: [{ line: 2, id: 'coverage_rate', unit: 'percent', label_id: 'Cakupan', label_en: 'Coverage', definition_id: 'd', definition_en: 'd' }],
    segments: [
      { line: 2, id: 'all', parent: undefined, label_id: 'Semua', label_en: 'All', definition_id: 'd', definition_en: 'd' },
      { line: 3, id: 'pu', parent: 'all', label_id: 'Penerima upah (PU)', label_en: 'Wage earners (PU)', definition_id: 'd', definition_en: 'd' },
      { line: 4, id: 'bpu', parent: 'all', label_id: 'Bukan penerima upah (BPU)', label_en: 'Non-wage earners (BPU)', definition_id: 'd', definition_en: 'd' },
    ],
    sources: [
      { line: 2, id: 'src-a', outlet: 'Outlet A', title: 'Judul', title_is_description: undefined, url: 'https://news.example.org/a', published: date('2025-12-01'), published_is_inferred: false, language: 'id', seed_file: undefined, note_id: undefined, note_en: undefined, attribution_unconfirmed: undefined },
    ],
    figures,
    awards: [],
    regulations: [],
    boundaries: [],
  };
}
