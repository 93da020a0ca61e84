/** Text of the regency/city pages, in both languages. */
import { ENUM_LABELS } from './enums.ts';
import type { Lang } from './lang.ts';

export interface RegionStrings {
  backToMap: string;
  description: (name: string) => string;
  headline: (value: string, date: string) => string;
  headlineMissing: (name: string) => string;
  method: string;
  source: string;
  quote: string;
  comparison: (province: string, date: string) => string;
  comparisonCaveat: string;
  comparisonMissing: string;
  littleData: (count: number) => string;
  timelineTitle: string;
  timelineIntro: string;
  allFigures: string;
  allFiguresCaption: (name: string) => string;
  colIndicator: string;
  colSegment: string;
  colValue: string;
  colAsOf: string;
  colKind: string;
  kinds: { actual: string; target: string; plan: string };
  supersededNote: string;
  vulnerableTitle: string;
  noneFound: string;
  regulationsTitle: string;
  regulationStatus: { issued: string; planned: string; in_preparation: string };
  awardsTitle: string;
  awardResult: (result: string, rank: number | undefined) => string;
  downloadCsv: string;
  sourceDetails: string;
  regionsNav: string;
}

export const REGION_STRINGS: Record<Lang, RegionStrings> = {
  id: {
    backToMap: '← Kembali ke peta',
    description: (name) => `Cakupan jaminan sosial ketenagakerjaan di ${name}: semua angka, tanggal, metode dan sumbernya.`,
    headline: (value, date) => `${value} pekerja terlindungi per ${date}.`,
    headlineMissing: (name) => `Belum ada angka tingkat cakupan yang dipublikasikan untuk ${name}.`,
    method: 'Metode',
    source: 'Sumber',
    quote: 'Kutipan',
    comparison: (province, date) => `Sebagai perbandingan, angka provinsi Bali adalah ${province} per ${date}.`,
    comparisonCaveat: 'Kedua angka berbeda tanggal atau metode, sehingga tidak sepenuhnya sebanding.',
    comparisonMissing: 'Belum ada angka provinsi untuk perbandingan.',
    littleData: (count) => `Data untuk wilayah ini masih sedikit: hanya ${count} angka yang ditemukan dalam sumber yang ditelaah.`,
    timelineTitle: 'Perkembangan tingkat cakupan',
    timelineIntro: 'Setiap titik adalah satu angka yang dilaporkan; metode bisa berbeda antartitik.',
    allFigures: 'Semua angka',
    allFiguresCaption: (name) => `Semua angka untuk ${name}, dengan kutipan dan sumbernya`,
    colIndicator: 'Ukuran',
    colSegment: 'Kelompok pekerja',
    colValue: 'Nilai',
    colAsOf: 'Per',
    colKind: 'Jenis',
    kinds: ENUM_LABELS.id.kinds,
    supersededNote: 'digantikan oleh laporan lain; lihat catatan',
    vulnerableTitle: 'Anggaran dan program pekerja rentan',
    noneFound: 'Tidak ada dalam data.',
    regulationsTitle: 'Regulasi',
    regulationStatus: ENUM_LABELS.id.regulationStatuses,
    awardsTitle: 'Paritrana Award',
    awardResult: (result, rank) =>
      result === 'winner' ? (rank ? `peringkat ${rank}` : 'pemenang') : ({ nominee: 'nominasi', finalist: 'finalis', candidate: 'kandidat' } as Record<string, string>)[result] ?? result,
    downloadCsv: 'Unduh semua angka wilayah ini (CSV)',
    sourceDetails: 'rincian sumber',
    regionsNav: 'Kabupaten/kota lain',
  },
  en: {
    backToMap: '← Back to the map',
    description: (name) => `Social-security coverage of workers in ${name}: every figure, with its date, method and source.`,
    headline: (value, date) => `${value} of workers protected as of ${date}.`,
    headlineMissing: (name) => `No coverage rate has been published for ${name}.`,
    method: 'Method',
    source: 'Source',
    quote: 'Quote',
    comparison: (province, date) => `For comparison, the figure for Bali Province is ${province} as of ${date}.`,
    comparisonCaveat: 'The two figures differ in date or method, so they are not fully comparable.',
    comparisonMissing: 'There is no province-wide figure to compare with yet.',
    littleData: (count) => `Little is known about this region: the sources reviewed hold only ${count} figure${count === 1 ? '' : 's'}.`,
    timelineTitle: 'Coverage rate over time',
    timelineIntro: 'Each point is one reported figure; methods may differ between points.',
    allFigures: 'All figures',
    allFiguresCaption: (name) => `All figures for ${name}, with quotes and sources`,
    colIndicator: 'Measure',
    colSegment: 'Workers',
    colValue: 'Value',
    colAsOf: 'As of',
    colKind: 'Kind',
    kinds: ENUM_LABELS.en.kinds,
    supersededNote: 'superseded by another report; see note',
    vulnerableTitle: 'Budgets and vulnerable-worker programmes',
    noneFound: 'None in the data.',
    regulationsTitle: 'Regulations',
    regulationStatus: ENUM_LABELS.en.regulationStatuses,
    awardsTitle: 'Paritrana Award',
    awardResult: (result, rank) =>
      result === 'winner' ? (rank ? `rank ${rank}` : 'winner') : ({ nominee: 'nominee', finalist: 'finalist', candidate: 'candidate' } as Record<string, string>)[result] ?? result,
    downloadCsv: 'Download every figure for this region (CSV)',
    sourceDetails: 'source details',
    regionsNav: 'Other regencies and cities',
  },
};
