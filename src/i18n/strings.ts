/**
 * Interface text in both languages. The `Strings` type makes a key missing in one language a
 * type error, so the two sites cannot drift apart.
 */
import type { Method } from '../data/schema/tables.ts';
import { ENUM_LABELS } from './enums.ts';
import type { Lang } from './lang.ts';

export interface Strings {
  siteName: string;
  siteTagline: string;
  /** The Atom feed of new figures (its title, and the link to it). */
  feedTitle: string;
  feedText: string;
  skipToContent: string;
  navLabel: string;
  languageSwitchLabel: string;
  languageName: string;
  homeTitle: string;
  homeDescription: string;
  homeIntro: string;
  secondViewLabel: string;
  latestTableCaption: string;
  colRegion: string;
  colValue: string;
  colAsOf: string;
  colMethod: string;
  colSource: string;
  noData: string;
  noDataSentence: (count: number) => string;
  inferredDate: string;
  methods: Record<Method, string>;
  footerData: string;
  footerBoundaries: string;
  footerNoTracking: string;
  /** Printed at the end of every page: where it came from and how current its data is. */
  printColophon: (address: string, updated: string) => string;
  footerSources: (outlets: number) => string;
}

export const STRINGS: Record<Lang, Strings> = {
  id: {
    siteName: 'Cakupan Bali',
    siteTagline: 'Perlindungan jaminan sosial ketenagakerjaan pekerja di Bali',
    feedTitle: 'Cakupan Bali: angka baru',
    feedText: 'umpan Atom berisi setiap angka saat masuk ke data, untuk diikuti di pembaca umpan.',
    skipToContent: 'Langsung ke isi',
    navLabel: 'Menu utama',
    languageSwitchLabel: 'Read in English',
    languageName: 'English',
    homeTitle: 'Seberapa terlindungi pekerja di Bali?',
    homeDescription:
      'Cakupan BPJS Ketenagakerjaan di Provinsi Bali dan sembilan kabupaten/kota: angka terbaru, tanggal dan sumbernya.',
    homeIntro:
      'Setiap angka di situs ini berasal dari satu baris data yang menyebut sumber, tanggal dan kutipannya. Angka dari metode yang berbeda tidak selalu sebanding.',
    secondViewLabel: 'Pekerja rentan yang dilindungi, dan siapa yang membayar iurannya',
    latestTableCaption: 'Tingkat cakupan terbaru per wilayah',
    colRegion: 'Wilayah',
    colValue: 'Cakupan',
    colAsOf: 'Per',
    colMethod: 'Metode',
    colSource: 'Sumber',
    noData: 'Belum ada data',
    noDataSentence: (count) =>
      count === 0 ? 'Semua wilayah memiliki angka cakupan yang dipublikasikan.' : `${count} wilayah belum memiliki angka cakupan yang dipublikasikan.`,
    inferredDate: 'tanggal terbit disimpulkan',
    methods: ENUM_LABELS.id.methods,
    footerData: 'Data: artikel berita dan rilis resmi, masing-masing dikutip pada angkanya.',
    footerBoundaries: 'Batas wilayah: Badan Informasi Geospasial (RBI 1:50.000, 2023)',
    footerNoTracking: 'Tanpa pelacak dan tanpa permintaan ke pihak ketiga.',
    printColophon: (address, updated) => `Dicetak dari ${address}. Data diperbarui ${updated}.`,
    footerSources: (outlets) => `Sumber: ${outlets} media`,
  },
  en: {
    siteName: 'Cakupan Bali',
    siteTagline: "Social-security protection of Bali's workers",
    feedTitle: 'Cakupan Bali: new figures',
    feedText: 'an Atom feed of every figure as it enters the data, to follow in a feed reader.',
    skipToContent: 'Skip to content',
    navLabel: 'Main menu',
    languageSwitchLabel: 'Baca dalam bahasa Indonesia',
    languageName: 'Bahasa Indonesia',
    homeTitle: "How well are Bali's workers protected?",
    homeDescription:
      'BPJS Ketenagakerjaan coverage in Bali Province and its nine regencies and city: the latest figures, their dates and sources.',
    homeIntro:
      'Every number on this site comes from one row of data that names its source, date and quote. Figures from different methods are not always comparable.',
    secondViewLabel: 'Vulnerable workers covered, and who pays their contributions',
    latestTableCaption: 'Latest coverage rate by region',
    colRegion: 'Region',
    colValue: 'Coverage',
    colAsOf: 'As of',
    colMethod: 'Method',
    colSource: 'Source',
    noData: 'No data yet',
    noDataSentence: (count) =>
      count === 0
        ? 'Every region has a published coverage rate.'
        : `${count} region${count === 1 ? ' has' : 's have'} no published coverage rate.`,
    inferredDate: 'publication date inferred',
    methods: ENUM_LABELS.en.methods,
    footerData: 'Data: news articles and official releases, each quoted at its figure.',
    footerBoundaries: 'Boundaries: Indonesian Geospatial Information Agency (BIG), RBI 1:50,000, 2023',
    footerNoTracking: 'No trackers and no third-party requests.',
    printColophon: (address, updated) => `Printed from ${address}. Data updated ${updated}.`,
    footerSources: (outlets) => `Sources: ${outlets} outlet${outlets === 1 ? '' : 's'}`,
  },
};
