/** Text of the regency/city pages, in both languages. */
import { ENUM_LABELS } from './enums.ts';
import type { Lang } from './lang.ts';

export interface RegionStrings {
  backToMap: string;
  description: (name: string) => string;
  headlineSentence: (date: string) => string;
  headlineMissing: (name: string) => string;
  segmentsOnly: (name: string) => string;
  segmentSentence: (segment: string, date: string) => string;
  locatorLabel: (name: string) => string;
  comparisonTitle: string;
  comparable: (method: string, base: string, months: number) => string;
  notComparable: (reasons: string[]) => string;
  /** `own` is undefined when the source does not state the method (or the base). */
  differsMethod: (name: string, own: string | undefined, province: string) => string;
  differsBase: (own: string | undefined, province: string) => string;
  differsDate: (months: number) => string;
  differsUnstated: string;
  vulnerableCaption: (name: string) => string;
  method: string;
  source: string;
  region: string;
  quote: string;
  comparisonMissing: string;
  littleData: (count: number) => string;
  timelineTitle: string;
  timelineIntro: string;
  allFigures: string;
  allFiguresIntro: (count: number) => string;
  /** After an indicator in the region's list: how many figures, and the newest one's date. */
  indicatorCount: (count: number, newest: string) => string;
  latestOnly: string;
  nearbyNav: string;
  allRegionsLink: string;
  indicatorTitle: (name: string, indicator: string) => string;
  indicatorDescription: (name: string, indicator: string) => string;
  indicatorIntro: (count: number) => string;
  indicatorYearTitle: (name: string, indicator: string, year: number) => string;
  /** The table of an indicator's page: "…, with quotes and sources". */
  withQuotesCaption: (title: string) => string;
  olderYears: string;
  otherYears: string;
  newestYears: string;
  backToRegion: (name: string) => string;
  otherIndicators: string;
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
    headlineSentence: (date) => `pekerja terlindungi per ${date}.`,
    headlineMissing: (name) => `Belum ada angka tingkat cakupan yang dipublikasikan untuk ${name}.`,
    segmentsOnly: (name) => `Belum ada angka untuk semua pekerja di ${name}; yang ada angka per kelompok pekerja:`,
    segmentSentence: (segment, date) => `${segment}, per ${date}.`,
    locatorLabel: (name) => `Letak ${name} di Bali`,
    comparisonTitle: 'Dibandingkan dengan angka provinsi',
    comparable: (method, base, months) =>
      `Sebanding: keduanya diukur dengan metode ${method} terhadap ${base}${months > 0 ? `, berselang ${months} bulan` : ''}.`,
    notComparable: (reasons) => `Tidak sebanding langsung: ${reasons.join('; ')}.`,
    differsMethod: (name, own, province) =>
      own ? `angka ${name} berasal dari ${own}, angka provinsi dari ${province}` : `sumber angka ${name} tidak menyebut cara mengukurnya, angka provinsi dari ${province}`,
    differsBase: (own, province) => (own ? `penyebutnya berbeda: ${own}, sedangkan provinsi ${province}` : `penyebutnya tidak disebutkan, sedangkan penyebut provinsi ${province}`),
    differsDate: (months) => `tanggalnya berselang ${months} bulan`,
    differsUnstated: 'sumbernya tidak menyebut cara menghitungnya',
    vulnerableCaption: (name) => `Angka program dan anggaran di ${name}, dengan sumbernya`,
    method: 'Metode',
    source: 'Sumber',
    region: 'Wilayah',
    quote: 'Kutipan',
    comparisonMissing: 'Belum ada angka provinsi untuk perbandingan.',
    littleData: (count) => `Data untuk wilayah ini masih sedikit: hanya ${count} angka yang ditemukan dalam sumber yang ditelaah.`,
    timelineTitle: 'Perkembangan tingkat cakupan',
    timelineIntro: 'Setiap titik adalah satu angka yang dilaporkan; metode bisa berbeda antartitik.',
    allFigures: 'Semua angka',
    allFiguresIntro: (count) => `${count} angka, menurut ukurannya. Setiap ukuran punya halaman sendiri dengan semua angkanya, kutipan dan sumbernya.`,
    indicatorCount: (count, newest) => `${count} angka, terbaru per ${newest}`,
    latestOnly: 'Hanya angka terbaru setiap ukuran; semua angka ada di halaman ukurannya (lihat "Semua angka").',
    nearbyNav: 'Kabupaten/kota terdekat dalam daftar',
    allRegionsLink: 'Semua kabupaten/kota: peta dan tabelnya',
    indicatorTitle: (name, indicator) => `${name}: ${indicator}`,
    indicatorDescription: (name, indicator) => `Setiap angka ${indicator.toLowerCase()} untuk ${name}, dengan tanggal, metode, kutipan dan sumbernya.`,
    indicatorIntro: (count) => `${count} angka, yang terbaru di atas. Laporan yang digantikan laporan lain tetap tercantum dan ditandai.`,
    indicatorYearTitle: (name, indicator, year) => `${name}: ${indicator}, ${year}`,
    withQuotesCaption: (title) => `${title}, dengan kutipan dan sumbernya`,
    olderYears: 'Tahun-tahun sebelumnya',
    otherYears: 'Tahun lain',
    newestYears: 'Terbaru',
    backToRegion: (name) => `← ${name}`,
    otherIndicators: 'Ukuran lain untuk wilayah ini',
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
    headlineSentence: (date) => `of workers protected as of ${date}.`,
    headlineMissing: (name) => `No coverage rate has been published for ${name}.`,
    segmentsOnly: (name) => `There is no figure for all workers in ${name} yet; there are rates by group of workers:`,
    segmentSentence: (segment, date) => `${segment}, as of ${date}.`,
    locatorLabel: (name) => `Where ${name} lies in Bali`,
    comparisonTitle: 'Against the province',
    comparable: (method, base, months) =>
      `Comparable: both are measured as ${method} against ${base}${months > 0 ? `, ${months} months apart` : ''}.`,
    notComparable: (reasons) => `Not directly comparable: ${reasons.join('; ')}.`,
    differsMethod: (name, own, province) =>
      own ? `${name}'s figure comes from ${own}, the province's from ${province}` : `the source of ${name}'s figure does not say how it was measured; the province's comes from ${province}`,
    differsBase: (own, province) => (own ? `they are shares of different things: ${own}, against the province's ${province}` : `its base is not stated, while the province's is ${province}`),
    differsDate: (months) => `they are ${months} months apart`,
    differsUnstated: 'the source does not say how it was computed',
    vulnerableCaption: (name) => `Programme and budget figures for ${name}, with their sources`,
    method: 'Method',
    source: 'Source',
    region: 'Region',
    quote: 'Quote',
    comparisonMissing: 'There is no province-wide figure to compare with yet.',
    littleData: (count) => `Little is known about this region: the sources reviewed hold only ${count} figure${count === 1 ? '' : 's'}.`,
    timelineTitle: 'Coverage rate over time',
    timelineIntro: 'Each point is one reported figure; methods may differ between points.',
    allFigures: 'All figures',
    allFiguresIntro: (count) => `${count} figure${count === 1 ? '' : 's'}, by measure. Each measure has a page of its own with all its figures, their quotes and sources.`,
    indicatorCount: (count, newest) => `${count} figure${count === 1 ? '' : 's'}, newest as of ${newest}`,
    latestOnly: 'Only the newest figure of each measure; every figure is on its measure\'s page (see "All figures").',
    nearbyNav: 'Nearby in the list of regencies and cities',
    allRegionsLink: 'All regencies and cities: the map and its table',
    indicatorTitle: (name, indicator) => `${name}: ${indicator}`,
    indicatorDescription: (name, indicator) => `Every ${indicator.toLowerCase()} figure for ${name}, with its date, method, quote and source.`,
    indicatorIntro: (count) => `${count} figure${count === 1 ? '' : 's'}, newest first. Reports that another report supersedes stay listed, and are marked.`,
    indicatorYearTitle: (name, indicator, year) => `${name}: ${indicator}, ${year}`,
    withQuotesCaption: (title) => `${title}, with quotes and sources`,
    olderYears: 'Earlier years',
    otherYears: 'Other years',
    newestYears: 'Newest',
    backToRegion: (name) => `← ${name}`,
    otherIndicators: 'Other measures for this region',
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
