/** Text of the data-gaps page (/kekosongan-data/), in both languages. Numbers come from the data only. */
import type { Age } from '../data/gaps.ts';
import type { Lang } from './lang.ts';

export interface GapStrings {
  title: string;
  description: string;
  intro: string;
  /** "Ages are measured against the newest figure in the data: September 2025." */
  reference: (date: string) => string;
  caption: string;
  colRegion: string;
  columns: Record<string, string>;
  /** Cell text: "3 angka, 2019–2025" (years may be empty when no row states one). */
  cell: (kind: 'figures' | 'awards' | 'regulations', count: number, years: string) => string;
  none: string;
  ages: Record<Age, string>;
  legendTitle: string;
  legend: Record<Age | 'none', string>;
  /** "Belum ada tingkat cakupan untuk semua pekerja: Tabanan, …" */
  missingRate: (regions: string[]) => string;
  allHaveRate: string;
  staleRate: (regions: string[]) => string;
  regionsNote: string;
}

export const GAP_STRINGS: Record<Lang, GapStrings> = {
  id: {
    title: 'Kekosongan data',
    description: 'Apa yang diketahui, seberapa lama, dan apa yang belum dilaporkan tentang cakupan jaminan sosial ketenagakerjaan di setiap wilayah Bali.',
    intro:
      'Tabel ini menunjukkan, untuk setiap wilayah, berapa banyak angka yang ditemukan dalam sumber yang ditelaah, tahun yang dicakupnya, dan seberapa baru angka terbarunya. Sel kosong berarti tidak ada sumber yang melaporkannya, bukan nol.',
    reference: (date) => `Umur angka diukur terhadap angka terbaru dalam data: ${date}.`,
    caption: 'Data per wilayah dan jenis angka',
    colRegion: 'Wilayah',
    columns: {
      rate_all: 'Tingkat cakupan (semua pekerja)',
      rate_segments: 'Tingkat cakupan PU/BPU',
      covered: 'Pekerja terlindungi',
      base: 'Pekerja sasaran atau penduduk bekerja',
      vulnerable: 'Pekerja rentan dibiayai',
      budget: 'Anggaran',
      target: 'Target cakupan',
      regulations: 'Regulasi',
      awards: 'Paritrana Award',
    },
    cell: (kind, count, years) => `${count} ${{ figures: 'angka', awards: 'hasil', regulations: 'regulasi' }[kind]}${years ? `, ${years}` : ''}`,
    none: 'tidak ada',
    ages: { current: 'terkini', old: 'lebih dari setahun', stale: 'lebih dari dua tahun' },
    legendTitle: 'Umur angka terbaru',
    legend: {
      current: 'terkini (hingga 12 bulan)',
      old: 'lebih dari 12 bulan',
      stale: 'lebih dari 24 bulan: tidak digambar sebagai angka terkini',
      none: 'tidak ada dalam data',
    },
    missingRate: (regions) => `Belum ada tingkat cakupan untuk semua pekerja di ${regions.join(', ')}.`,
    allHaveRate: 'Setiap wilayah memiliki tingkat cakupan untuk semua pekerja.',
    staleRate: (regions) => `Tingkat cakupan terbaru berumur lebih dari dua tahun di ${regions.join(', ')}.`,
    regionsNote: 'Angka kantor cabang BPJS Ketenagakerjaan, yang melayani beberapa kabupaten sekaligus, tidak dihitung sebagai angka kabupaten.',
  },
  en: {
    title: 'Data gaps',
    description: "What is known, how old it is, and what has not been reported about workers' social-security coverage in each region of Bali.",
    intro:
      'For each region, this table shows how many figures the reviewed sources hold, the years they cover, and how recent the newest one is. An empty cell means no source reports it, not zero.',
    reference: (date) => `Ages are measured against the newest figure in the data: ${date}.`,
    caption: 'Data by region and kind of figure',
    colRegion: 'Region',
    columns: {
      rate_all: 'Coverage rate (all workers)',
      rate_segments: 'PU/BPU coverage rate',
      covered: 'Covered workers',
      base: 'Eligible workers or employed persons',
      vulnerable: 'Vulnerable workers paid for',
      budget: 'Budgets',
      target: 'Coverage target',
      regulations: 'Regulations',
      awards: 'Paritrana Award',
    },
    cell: (kind, count, years) =>
      `${count} ${{ figures: 'figure', awards: 'result', regulations: 'regulation' }[kind]}${count === 1 ? '' : 's'}${years ? `, ${years}` : ''}`,
    none: 'none',
    ages: { current: 'current', old: 'over a year old', stale: 'over two years old' },
    legendTitle: 'Age of the newest figure',
    legend: {
      current: 'current (up to 12 months)',
      old: 'over 12 months',
      stale: 'over 24 months: not drawn as if current',
      none: 'not in the data',
    },
    missingRate: (regions) => `There is no coverage rate for all workers in ${regions.join(', ')}.`,
    allHaveRate: 'Every region has a coverage rate for all workers.',
    staleRate: (regions) => `The newest coverage rate is over two years old in ${regions.join(', ')}.`,
    regionsNote: "Figures of BPJS Ketenagakerjaan's branch offices, which serve several regencies at once, are not counted as regency figures.",
  },
};
