/**
 * Text of the charts in src/charts: titles, subtitles, notes, "not enough data" sentences and
 * the pieces of generated alt text. Typed so both languages have every key.
 */
import type { FigureKind } from '../data/schema/tables.ts';
import { ENUM_LABELS } from './enums.ts';
import type { Lang } from './lang.ts';

interface ChartText {
  title: string;
  subtitle: string;
}

export interface ChartStrings {
  kinds: Record<FigureKind, string>;
  /** "Not enough data" sentences. */
  thinNone: (what: string) => string;
  /** Note: superseded figures left out. */
  superseded: (figures: string[]) => string;
  /** Inside the superseded note: the figure drawn instead. */
  replacedBy: (figure: string) => string;
  /** Note: figures of a region/segment come from different dates. */
  datesDiffer: string;
  /** Note: only the latest figure per group is drawn; earlier ones exist. */
  latestOnly: (earlier: number) => string;
  yearMidpoint: string;
  hollowMeans: string;
  noTrend: string;
  methodsJoined: string;
  /** Alt-text pieces. */
  altCount: (n: number) => string;
  altOne: (label: string) => string;
  altHighest: (label: string) => string;
  altLowest: (label: string) => string;
  altSeries: (n: number) => string;
  target: string;
  puBpuProvince: ChartText;
  puBpuRegions: ChartText;
  vulnerableRegions: ChartText;
  vulnerableGroups: ChartText;
  vulnerableGroupsNote: string;
  governmentStaffNote: string;
  puBpuRates: ChartText;
  facetBySegment: string;
  budgets: ChartText;
  budgetsNote: string;
  coverageTrends: ChartText & { regionsLeftOut: (names: string[]) => string; targetNote: string };
  coveredEmployed: ChartText & { definitions: (covered: string, employed: string) => string; notDerived: string };
}

export const CHART_STRINGS: Record<Lang, ChartStrings> = {
  id: {
    kinds: ENUM_LABELS.id.kinds,
    thinNone: (what) => `Data belum cukup untuk grafik ini: belum ada angka ${what} di data kami. Grafik tidak diisi dengan perkiraan.`,
    superseded: (figures) => `Tidak digambar karena digantikan angka lain: ${figures.join('; ')}.`,
    replacedBy: (figure) => `digantikan oleh ${figure}`,
    datesDiffer: 'Angka-angka ini berasal dari tanggal yang berbeda; lihat kolom "Per" di tabel sebelum membandingkan.',
    latestOnly: (earlier) => `Hanya angka terbaru per kelompok yang digambar; ${earlier} angka lebih lama ada di data.`,
    yearMidpoint: 'Angka tahunan digambar di tengah tahunnya.',
    hollowMeans: 'Batang atau titik tanpa isi adalah target atau rencana, bukan realisasi.',
    noTrend: 'Setiap seri baru punya satu tanggal, sehingga belum ada tren yang dapat ditunjukkan.',
    methodsJoined: 'Garis hanya menghubungkan angka yang sebanding: wilayah, ukuran, kelompok pekerja, metode dan penyebut yang sama. Angka yang metode atau penyebutnya tidak disebutkan berdiri sendiri.',
    altCount: (n) => `${n} angka.`,
    altOne: (label) => `Satu angka: ${label}.`,
    altHighest: (label) => `Tertinggi: ${label}.`,
    altLowest: (label) => `Terendah: ${label}.`,
    altSeries: (n) => `${n} seri.`,
    target: 'Target',
    puBpuProvince: {
      title: 'Pekerja formal (PU) dan informal (BPU) yang terlindungi di Provinsi Bali',
      subtitle: 'Jumlah pekerja terlindungi menurut segmen, pada tanggal yang dilaporkan sumber',
    },
    puBpuRegions: {
      title: 'Pekerja PU dan BPU yang terlindungi per kabupaten/kota',
      subtitle: 'Angka terbaru yang dilaporkan untuk tiap wilayah dan segmen',
    },
    vulnerableRegions: {
      title: 'Pekerja rentan yang iurannya dibayar anggaran daerah',
      subtitle: 'Angka terbaru per wilayah (segmen pekerja rentan)',
    },
    vulnerableGroups: {
      title: 'Kelompok pekerja rentan yang dilindungi',
      subtitle: 'Di wilayah yang datanya memerinci kelompok: angka terbaru per kelompok',
    },
    vulnerableGroupsNote: 'Kelompok-kelompok ini dapat saling tumpang tindih dan tidak dijumlahkan.',
    governmentStaffNote: 'Pegawai non-ASN dan perangkat desa dihitung sebagai pekerja terlindungi yang didaftarkan pemerintah daerahnya, bukan sebagai pekerja rentan.',
    puBpuRates: {
      title: 'Tingkat cakupan pekerja PU dan BPU',
      subtitle: 'Angka terbaru yang dilaporkan untuk provinsi dan tiap kabupaten/kota, per segmen',
    },
    facetBySegment: 'Satu panel per segmen; angka dari segmen berbeda tidak dibandingkan langsung.',
    budgets: {
      title: 'Anggaran daerah untuk jaminan sosial ketenagakerjaan',
      subtitle: 'Setiap angka yang dilaporkan, menurut pemerintah dan tahun',
    },
    budgetsNote: 'Anggaran yang direncanakan belum tentu terealisasi; tabel menandai rencana.',
    coverageTrends: {
      title: 'Tingkat cakupan dari waktu ke waktu',
      subtitle: 'Provinsi dan setiap wilayah dengan sedikitnya dua angka; bentuk titik menunjukkan metode',
      regionsLeftOut: (names) => `Wilayah dengan kurang dari dua angka tidak digambar: ${names.join(', ')}.`,
      targetNote: 'Tanda × adalah target yang dinyatakan, bukan capaian.',
    },
    coveredEmployed: {
      title: 'Pekerja terlindungi dan penduduk bekerja, Provinsi Bali',
      subtitle: 'Dua hitungan dengan definisi berbeda, pada tanggal yang dilaporkan',
      definitions: (covered, employed) => `Pekerja terlindungi: ${covered} Penduduk bekerja: ${employed}`,
      notDerived: 'Situs ini tidak menghitung rasio dari kedua angka: tanggal, sumber dan definisinya berbeda.',
    },
  },
  en: {
    kinds: ENUM_LABELS.en.kinds,
    thinNone: (what) => `Not enough data for this chart: our data has no ${what} yet. The chart is not filled with estimates.`,
    superseded: (figures) => `Not drawn because another figure supersedes it: ${figures.join('; ')}.`,
    replacedBy: (figure) => `replaced by ${figure}`,
    datesDiffer: 'These figures come from different dates; check the "As of" column in the table before comparing.',
    latestOnly: (earlier) => `Only the latest figure per group is drawn; ${earlier} earlier figure${earlier === 1 ? ' is' : 's are'} in the data.`,
    yearMidpoint: 'Annual figures are drawn at the middle of their year.',
    hollowMeans: 'Hollow bars or points are targets or plans, not actual values.',
    noTrend: 'Each series has only one date so far, so no trend can be shown.',
    methodsJoined: 'Lines join only comparable figures: the same region, measure, workers, method and base. A figure whose method or base is not stated stands alone.',
    altCount: (n) => `${n} figure${n === 1 ? '' : 's'}.`,
    altOne: (label) => `One figure: ${label}.`,
    altHighest: (label) => `Highest: ${label}.`,
    altLowest: (label) => `Lowest: ${label}.`,
    altSeries: (n) => `${n} series.`,
    target: 'Target',
    puBpuProvince: {
      title: 'Formal (PU) and informal (BPU) workers covered in Bali Province',
      subtitle: 'Covered workers by segment, on the dates the sources report',
    },
    puBpuRegions: {
      title: 'PU and BPU workers covered by regency and city',
      subtitle: 'The latest figure reported for each region and segment',
    },
    vulnerableRegions: {
      title: 'Vulnerable workers whose contributions regional budgets pay',
      subtitle: 'Latest figure per region (vulnerable-worker segment)',
    },
    vulnerableGroups: {
      title: 'Groups of vulnerable workers covered',
      subtitle: 'Where the data breaks them down: the latest figure per group',
    },
    vulnerableGroupsNote: 'These groups may overlap and are not added up.',
    governmentStaffNote: 'Non-civil-servant staff and village officials are counted as covered workers registered by their regional government, not as vulnerable workers.',
    puBpuRates: {
      title: 'Coverage rate of PU and BPU workers',
      subtitle: 'The latest figure reported for the province and each regency and city, by segment',
    },
    facetBySegment: 'One panel per segment; figures of different segments are not compared directly.',
    budgets: {
      title: "Regional budgets for workers' social security",
      subtitle: 'Every reported figure, by government and year',
    },
    budgetsNote: 'A planned budget is not necessarily spent; the table marks plans.',
    coverageTrends: {
      title: 'Coverage rate over time',
      subtitle: 'The province and every region with at least two figures; point shape shows the method',
      regionsLeftOut: (names) => `Regions with fewer than two figures are not drawn: ${names.join(', ')}.`,
      targetNote: 'A × marks a stated target, not an achievement.',
    },
    coveredEmployed: {
      title: 'Covered workers and employed persons, Bali Province',
      subtitle: 'Two counts with different definitions, on the dates reported',
      definitions: (covered, employed) => `Covered workers: ${covered} Employed persons: ${employed}`,
      notDerived: 'This site does not compute a ratio of the two: their dates, sources and definitions differ.',
    },
  },
};
