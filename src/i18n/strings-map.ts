/** Text of the choropleth, its legend, card, table and summary sentences, in both languages. */
import type { Method } from '../data/schema/tables.ts';
import type { Lang } from './lang.ts';

/** "A, B dan C" / "A, B and C". */
export function listOf(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'id' ? 'dan' : 'and'} ${items.at(-1)}`;
}

export interface MapStrings {
  mapTitle: string;
  mapDescription: string;
  legendTitle: string;
  /** Names the reference the colours are read against. */
  legendReference: string;
  classification: string;
  binLabel: (min: string, max: string, last: boolean) => string;
  noData: string;
  noDataLegend: string;
  oldLegend: (months: number) => string;
  staleLegend: (months: number) => string;
  otherMethodLegend: string;
  regionAria: (name: string, value: string, date: string, method: string, source: string, flags: string[]) => string;
  regionAriaSegments: (name: string, segments: string) => string;
  regionAriaNoData: (name: string) => string;
  /** Short words for a region's standing, in names and cards. */
  flagOld: (date: string) => string;
  flagStale: (date: string, months: number) => string;
  flagOtherMethod: string;
  flagSegments: string;
  /** Short method names for table cells. */
  methodShort: Record<Method, string>;
  /** "PU 59,3 %": a segment's short name before its value. */
  segmentValue: (segment: string, value: string) => string;
  headlineLead: string;
  headlineSentence: (date: string) => string;
  headlineMissing: string;
  headlineMethod: (method: string, base: string) => string;
  rangeReference: (low: string, lowName: string, high: string, highName: string) => string;
  onlyReference: (name: string, value: string, date: string) => string;
  noReference: string;
  otherMethods: (names: string[]) => string;
  staleSentence: (items: string[], months: number) => string;
  segmentsSentence: (items: string[]) => string;
  missingSentence: (names: string[], total: number) => string;
  tableCaption: string;
  /** Short flags beside a value in the table, with the map's marker. */
  tableFlags: { method: string; old: string; stale: string };
  tableNote: string;
  tableProvince: (name: string) => string;
  colRegion: string;
  colValue: string;
  colAsOf: string;
  cardOpen: string;
  cardClose: string;
  asOf: string;
  method: string;
  source: string;
  note: string;
  credit: string;
  keyboardHint: string;
}

export const MAP_STRINGS: Record<Lang, MapStrings> = {
  id: {
    mapTitle: 'Tingkat cakupan per kabupaten/kota',
    mapDescription: 'Angka terbaru yang dipublikasikan untuk setiap kabupaten/kota di Bali.',
    legendTitle: 'Pekerja terlindungi',
    legendReference: 'Acuan: tingkat UCJ BPJS Ketenagakerjaan (peserta aktif ÷ penduduk bekerja).',
    classification: 'Kelas tetap selebar 20 poin persen.',
    binLabel: (min, max, last) => (last ? `${min}–${max}` : `${min} – <${max}`),
    noData: 'Belum ada data',
    noDataLegend: 'Belum ada angka untuk semua pekerja',
    oldLegend: (months) => `Angka lebih dari ${months} bulan lebih tua daripada angka terbaru di peta`,
    staleLegend: (months) => `Lebih dari ${months} bulan lebih tua: tidak diwarnai, tahunnya ditulis`,
    otherMethodLegend: 'Metode lain (pemerintah daerah, survei BPS, atau tidak disebut): tidak sebanding langsung dengan acuan',
    regionAria: (name, value, date, method, source, flags) =>
      `${name}: ${value}, per ${date}; metode: ${method}; sumber: ${source}${flags.length ? `; ${flags.join('; ')}` : ''}`,
    regionAriaSegments: (name, segments) => `${name}: belum ada angka untuk semua pekerja; per kelompok pekerja: ${segments}`,
    regionAriaNoData: (name) => `${name}: belum ada angka cakupan yang dipublikasikan`,
    flagOld: (date) => `angka lama (${date})`,
    flagStale: (date, months) => `angka usang (${date}), lebih dari ${months} bulan lebih tua daripada angka terbaru di peta`,
    flagOtherMethod: 'metode lain, tidak sebanding langsung dengan UCJ BPJS',
    flagSegments: 'belum ada angka untuk semua pekerja, hanya per kelompok pekerja',
    methodShort: { bpjs_ucj: 'UCJ BPJS', bpjs_admin: 'BPJS', bps_sakernas: 'Survei BPS', government: 'Pemda', unspecified: 'Tidak disebut' },
    segmentValue: (segment, value) => `${segment} ${value}`,
    headlineLead: 'pekerja di Provinsi Bali terlindungi jaminan sosial ketenagakerjaan',
    headlineSentence: (date) => `per ${date}.`,
    headlineMissing: 'Belum ada angka cakupan tingkat provinsi dalam data.',
    headlineMethod: (method, base) => `Metode: ${method}; penyebut: ${base}.`,
    rangeReference: (low, lowName, high, highName) => `Di antara angka UCJ BPJS di peta, cakupan berkisar dari ${low} di ${lowName} hingga ${high} di ${highName}.`,
    onlyReference: (name, value, date) => `Hanya ${name} yang memiliki angka UCJ BPJS di peta: ${value} per ${date}.`,
    noReference: 'Belum ada kabupaten/kota dengan angka UCJ BPJS di peta.',
    otherMethods: (names) =>
      `Angka ${listOf(names, 'id')} memakai metode atau penyebut lain, sehingga tidak dibandingkan langsung dengan angka UCJ.`,
    staleSentence: (items, months) => `${listOf(items, 'id')}: lebih dari ${months} bulan lebih tua daripada angka terbaru di peta, sehingga tidak diwarnai.`,
    segmentsSentence: (items) => `Hanya ada angka per kelompok pekerja untuk ${listOf(items, 'id')}.`,
    missingSentence: (names, total) =>
      names.length === 0
        ? 'Setiap kabupaten/kota memiliki angka cakupan.'
        : `${names.length} dari ${total} kabupaten/kota belum memiliki angka cakupan yang dipublikasikan: ${listOf(names, 'id')}.`,
    tableCaption: 'Angka terbaru per wilayah, dari yang tertinggi',
    tableFlags: { method: '△ metode lain', old: '○ angka lama', stale: 'usang, tidak diwarnai' },
    tableNote: 'Wilayah tanpa angka di bawah. Batang diwarnai seperti peta.',
    tableProvince: (name) => `${name} (provinsi)`,
    colRegion: 'Wilayah',
    colValue: 'Cakupan',
    colAsOf: 'Per · sumber',
    cardOpen: 'Buka halaman wilayah',
    cardClose: 'Tutup',
    asOf: 'Per',
    method: 'Metode',
    source: 'Sumber',
    note: 'Catatan',
    credit: 'Batas wilayah: BIG, RBI 1:50.000 (2023)',
    keyboardHint: 'Tab masuk ke peta; tombol panah berpindah antarwilayah, Home dan End ke ujung; Enter membuka halaman wilayah.',
  },
  en: {
    mapTitle: 'Coverage rate by regency/city',
    mapDescription: 'The latest published figure for each regency and city of Bali.',
    legendTitle: 'Workers protected',
    legendReference: 'Reference: the BPJS Ketenagakerjaan UCJ rate (active participants ÷ employed persons).',
    classification: 'Fixed classes 20 percentage points wide.',
    binLabel: (min, max, last) => (last ? `${min}–${max}` : `${min} – <${max}`),
    noData: 'No data',
    noDataLegend: 'No figure for all workers yet',
    oldLegend: (months) => `Figure more than ${months} months older than the newest on the map`,
    staleLegend: (months) => `More than ${months} months older: not coloured, year shown`,
    otherMethodLegend: 'Another method (regional government, BPS survey, or not stated): not directly comparable with the reference',
    regionAria: (name, value, date, method, source, flags) =>
      `${name}: ${value}, as of ${date}; method: ${method}; source: ${source}${flags.length ? `; ${flags.join('; ')}` : ''}`,
    regionAriaSegments: (name, segments) => `${name}: no figure for all workers yet; by group of workers: ${segments}`,
    regionAriaNoData: (name) => `${name}: no published coverage rate`,
    flagOld: (date) => `older figure (${date})`,
    flagStale: (date, months) => `out-of-date figure (${date}), more than ${months} months older than the newest on the map`,
    flagOtherMethod: 'another method, not directly comparable with the BPJS UCJ rate',
    flagSegments: 'no figure for all workers yet, only by group of workers',
    methodShort: { bpjs_ucj: 'BPJS UCJ', bpjs_admin: 'BPJS', bps_sakernas: 'BPS survey', government: 'Local govt', unspecified: 'Not stated' },
    segmentValue: (segment, value) => `${segment} ${value}`,
    headlineLead: "of Bali Province's workers are covered by workers' social security",
    headlineSentence: (date) => `as of ${date}.`,
    headlineMissing: 'The data holds no province-wide coverage rate yet.',
    headlineMethod: (method, base) => `Method: ${method}; base: ${base}.`,
    rangeReference: (low, lowName, high, highName) => `Among the BPJS UCJ rates on the map, coverage ranges from ${low} in ${lowName} to ${high} in ${highName}.`,
    onlyReference: (name, value, date) => `Only ${name} has a BPJS UCJ rate on the map: ${value} as of ${date}.`,
    noReference: 'No regency or city has a BPJS UCJ rate on the map yet.',
    otherMethods: (names) =>
      `The figures for ${listOf(names, 'en')} use another method or base, so they are not compared directly with the UCJ rates.`,
    staleSentence: (items, months) => `${listOf(items, 'en')}: more than ${months} months older than the newest figure on the map, so not coloured.`,
    segmentsSentence: (items) => `There are only rates by group of workers for ${listOf(items, 'en')}.`,
    missingSentence: (names, total) =>
      names.length === 0
        ? 'Every regency and city has a coverage rate.'
        : `${names.length} of ${total} regencies and cities have no published coverage rate: ${listOf(names, 'en')}.`,
    tableCaption: 'Latest figure by region, highest first',
    tableFlags: { method: '△ another method', old: '○ older figure', stale: 'out of date, not coloured' },
    tableNote: 'Regions without a figure come last. Bars are coloured as on the map.',
    tableProvince: (name) => `${name} (province)`,
    colRegion: 'Region',
    colValue: 'Coverage',
    colAsOf: 'As of · source',
    cardOpen: 'Open the region page',
    cardClose: 'Close',
    asOf: 'As of',
    method: 'Method',
    source: 'Source',
    note: 'Note',
    credit: 'Boundaries: BIG, RBI 1:50,000 (2023)',
    keyboardHint: 'Tab into the map; arrow keys move between regions, Home and End to the ends; Enter opens the region page.',
  },
};
