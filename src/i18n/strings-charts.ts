/**
 * Text of the charts in src/charts: titles, subtitles, takeaways, notes, legend entries, "not
 * enough data" sentences and the pieces of generated alt text. Typed so both languages have
 * every key. No number is written here: takeaways receive values formatted from the rows.
 */
import type { FigureKind, Payer } from '../data/schema/tables.ts';
import { ENUM_LABELS } from './enums.ts';
import type { Lang } from './lang.ts';

interface ChartText {
  title: string;
  subtitle: string;
}

/** The chart figure around every chart (src/charts/figure.ts, html.ts): source line, notes, data table. */
export interface FigureStrings {
  source: string;
  sources: string;
  inferredDate: string;
  notes: string;
  legend: string;
  dataTable: string;
  /** Link from a chart in a story to its own page. */
  chartPage: string;
  tableCaption: (title: string) => string;
  colRegion: string;
  colSegment: string;
  colIndicator: string;
  colValue: string;
  colAsOf: string;
  colMethod: string;
  colSource: string;
}

export interface ChartStrings {
  figure: FigureStrings;
  kinds: Record<FigureKind, string>;
  /** "Not enough data" sentences. */
  thinNone: (what: string) => string;
  /** Note: superseded figures left out. */
  superseded: (figures: string[]) => string;
  /** Inside the superseded note: the figure drawn instead. */
  replacedBy: (figure: string) => string;
  /** Note: figures of a region/segment come from different dates. */
  datesDiffer: string;
  /** Note: the figures side by side were measured differently. */
  methodsDiffer: string;
  /** Note: only the latest figure per group is drawn; earlier ones exist. */
  latestOnly: (earlier: number) => string;
  /** When a chart has more figures than it draws: `since` is the year of the oldest figure drawn. */
  thinned: (drawn: number, total: number, since: number | undefined) => string;
  yearMidpoint: string;
  noTrend: string;
  methodsJoined: string;
  /** Note: lines break and the time axis is cut over long gaps. */
  gapBroken: (months: number) => string;
  /** Alt-text pieces. */
  altCount: (n: number) => string;
  altOne: (label: string) => string;
  altHighest: (label: string) => string;
  altLowest: (label: string) => string;
  legend: { otherMethod: (reference: string) => string; target: string; planned: string; payerUnstated: string };
  /** Label prefix of a target or plan drawn on a chart: "target", "rencana". */
  target: string;
  /** "A and B", "A, B and C". */
  list: (items: string[]) => string;
  puBpuProvince: ChartText & { takeaway: (latest: string[]) => string };
  puBpuRegions: ChartText;
  puBpuRates: ChartText;
  /** Takeaway of the PU/BPU comparison by region: in how many regions BPU is below PU. */
  puBpuCompare: (lower: number, regions: number, what: 'count' | 'rate') => string;
  puBpuLatest: (latest: string[]) => string;
  vulnerableRegions: ChartText & { takeaway: (largest: string, payer: Payer | undefined) => string };
  vulnerableGroups: ChartText & { takeaway: (largest: string) => string };
  vulnerableGroupsNote: string;
  governmentStaffNote: string;
  /** Who pays, in a note: regions by payer other than the regional budget, and where the source does not say. */
  payerNote: (notBudget: string[], unstated: string[]) => string;
  facetBySegment: string;
  budgets: ChartText & { takeaway: (largest: string) => string };
  budgetsNote: string;
  /** A region's own coverage timeline, e.g. "Coverage rate over time: Gianyar". */
  regionTimelineTitle: (region: string) => string;
  coverageTrends: ChartText & {
    /** The subtitle when one region is drawn (its own page). */
    subtitleOne: string;
    regionsLeftOut: (names: string[]) => string;
    takeaway: (changes: string[]) => string;
    noComparable: string;
    /** The same, for a chart of one region (its own timeline). */
    noComparableOne: (region: string) => string;
    /** "Jembrana: 51,65 % (Desember 2023) to 63,99 % (Desember 2024)". */
    change: (region: string, from: string, to: string) => string;
  };
  coveredEmployed: ChartText & { definitions: (covered: string, employed: string) => string; notDerived: string; takeaway: (latest: string[]) => string; reference: string; shortNames: Record<string, string> };
}

export const CHART_STRINGS: Record<Lang, ChartStrings> = {
  id: {
    figure: {
      source: 'Sumber',
      sources: 'Sumber',
      inferredDate: 'tanggal terbit disimpulkan',
      notes: 'Catatan',
      legend: 'Keterangan',
      dataTable: 'Data grafik ini',
      chartPage: 'Halaman grafik ini: sematkan dan unduh',
      tableCaption: (title) => `Data: ${title}`,
      colRegion: 'Wilayah',
      colSegment: 'Segmen',
      colIndicator: 'Ukuran',
      colValue: 'Nilai',
      colAsOf: 'Per',
      colMethod: 'Metode',
      colSource: 'Sumber',
    },
    kinds: ENUM_LABELS.id.kinds,
    thinNone: (what) => `Data belum cukup untuk grafik ini: belum ada angka ${what} di data kami. Grafik tidak diisi dengan perkiraan.`,
    superseded: (figures) => `Tidak digambar karena digantikan angka lain: ${figures.join('; ')}. Alasannya ada di halaman wilayah dan di halaman Metodologi.`,
    replacedBy: (figure) => `digantikan oleh ${figure}`,
    datesDiffer: 'Angka-angka ini berasal dari tanggal yang berbeda; lihat kolom "Per" di tabel sebelum membandingkan.',
    methodsDiffer: 'Angka-angka ini diukur dengan metode yang berbeda; lihat kolom "Metode" di tabel sebelum membandingkan.',
    latestOnly: (earlier) => `Hanya angka terbaru per kelompok yang digambar; ${earlier} angka lebih lama ada di halaman wilayah dan di data lengkap (figures.csv), bukan di CSV grafik ini.`,
    thinned: (drawn, total, since) =>
      `Digambar ${drawn} dari ${total} angka: yang terbaru, satu per seri per tahun${since ? ` sejak ${since}` : ''}. Semua angka tercantum di halaman wilayah dan di data terbuka.`,
    yearMidpoint: 'Angka tahunan digambar di tengah tahunnya.',
    noTrend: 'Setiap seri baru punya satu tanggal, sehingga belum ada tren yang dapat ditunjukkan.',
    methodsJoined: 'Garis hanya menghubungkan angka yang sebanding: wilayah, ukuran, kelompok pekerja, metode dan penyebut yang sama. Angka yang metode atau penyebutnya tidak disebutkan berdiri sendiri.',
    gapBroken: (months) => `Garis tidak menghubungkan angka yang berjarak lebih dari ${months} bulan, dan sumbu waktu dipotong (//) pada rentang tanpa angka.`,
    altCount: (n) => `${n} angka.`,
    altOne: (label) => `Satu angka: ${label}.`,
    altHighest: (label) => `Tertinggi: ${label}.`,
    altLowest: (label) => `Terendah: ${label}.`,
    legend: {
      otherMethod: (reference) => `Titik kosong: metode lain, bukan ${reference}; lihat tabel`,
      target: 'Target',
      planned: 'Target atau rencana',
      payerUnstated: 'Pembayar tidak disebutkan',
    },
    target: 'target',
    list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} dan ${items.at(-1)}`),
    puBpuProvince: {
      title: 'Pekerja formal (PU) dan informal (BPU) yang terlindungi di Provinsi Bali',
      subtitle: 'Jumlah pekerja terlindungi menurut segmen, pada tanggal yang dilaporkan sumber',
      takeaway: (latest) => `Angka terbaru: ${latest.join('; ')}.`,
    },
    puBpuRegions: {
      title: 'Pekerja PU dan BPU yang terlindungi per kabupaten/kota',
      subtitle: 'Angka terbaru yang dilaporkan untuk tiap wilayah dan segmen',
    },
    puBpuRates: {
      title: 'Tingkat cakupan pekerja PU dan BPU',
      subtitle: 'Angka terbaru yang dilaporkan untuk provinsi dan tiap kabupaten/kota, per segmen',
    },
    puBpuCompare: (lower, regions, what) =>
      lower === regions
        ? `Di ${regions === 1 ? 'satu-satunya wilayah' : regions === 2 ? 'kedua wilayah' : `semua ${regions} wilayah`} yang melaporkan keduanya pada tanggal yang sama, ${what === 'rate' ? 'cakupan BPU lebih rendah daripada PU' : 'pekerja BPU yang terlindungi lebih sedikit daripada PU'}.`
        : `Di ${lower} dari ${regions} wilayah yang melaporkan keduanya pada tanggal yang sama, ${what === 'rate' ? 'cakupan BPU lebih rendah daripada PU' : 'pekerja BPU yang terlindungi lebih sedikit daripada PU'}.`,
    puBpuLatest: (latest) => `Angka terbaru: ${latest.join('; ')}.`,
    vulnerableRegions: {
      title: 'Pekerja rentan yang dilindungi, dan siapa yang membayar iurannya',
      subtitle: 'Angka terbaru per wilayah; warna menunjukkan pembayar iuran',
      takeaway: (largest, payer) =>
        `Jumlah terbesar yang dilaporkan: ${largest}${payer ? `, iurannya dibayar ${{ apbd: 'APBD', apbdes: 'APBDes', csr: 'CSR perusahaan', mixed: 'beberapa sumber dana' }[payer]}` : ', pembayarnya tidak disebutkan'}.`,
    },
    vulnerableGroups: {
      title: 'Kelompok pekerja rentan yang dilindungi',
      subtitle: 'Di wilayah yang datanya memerinci kelompok: angka terbaru per kelompok; warna menunjukkan pembayar iuran',
      takeaway: (largest) => `Kelompok terbesar yang dilaporkan: ${largest}.`,
    },
    vulnerableGroupsNote: 'Kelompok-kelompok ini dapat saling tumpang tindih dan tidak dijumlahkan.',
    governmentStaffNote: 'Pegawai non-ASN dan perangkat desa dihitung sebagai pekerja terlindungi yang didaftarkan pemerintah daerahnya, bukan sebagai pekerja rentan.',
    payerNote: (notBudget, unstated) =>
      [
        notBudget.length > 0 ? `Tidak dibayar APBD: ${notBudget.join('; ')}.` : '',
        unstated.length > 0 ? `Sumber tidak menyebutkan pembayar iuran untuk ${unstated.join('; ')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    facetBySegment: 'Satu panel per segmen; angka dari segmen berbeda tidak dibandingkan langsung.',
    budgets: {
      title: 'Anggaran daerah untuk jaminan sosial ketenagakerjaan',
      subtitle: 'Setiap angka yang dilaporkan, menurut pemerintah dan tahun',
      takeaway: (largest) => `Anggaran terbesar yang dilaporkan: ${largest}.`,
    },
    budgetsNote: 'Anggaran yang direncanakan belum tentu terealisasi.',
    regionTimelineTitle: (region) => `Tingkat cakupan dari waktu ke waktu: ${region}`,
    coverageTrends: {
      title: 'Tingkat cakupan dari waktu ke waktu',
      subtitle: 'Provinsi dan setiap wilayah dengan sedikitnya dua angka',
      subtitleOne: 'Setiap tingkat cakupan yang dilaporkan, dengan target yang dinyatakan',
      regionsLeftOut: (names) => `Wilayah dengan kurang dari dua angka tidak digambar: ${names.join(', ')}.`,
      takeaway: (changes) => `Angka yang sebanding (metode dan penyebut sama): ${changes.join('; ')}.`,
      noComparable: 'Belum ada dua angka yang sebanding untuk satu wilayah: metode atau penyebutnya berbeda, jadi belum ada tren yang dapat dibaca.',
      noComparableOne: (region) => `Angka-angka ${region} belum sebanding satu sama lain: metode atau penyebutnya berbeda, jadi belum ada tren yang dapat dibaca.`,
      change: (region, from, to) => `${region} dari ${from} ke ${to}`,
    },
    coveredEmployed: {
      title: 'Pekerja terlindungi dan penduduk bekerja, Provinsi Bali',
      subtitle: 'Dua hitungan dengan definisi berbeda, pada tanggal yang dilaporkan',
      definitions: (covered, employed) => `Pekerja terlindungi: ${covered} Penduduk bekerja: ${employed}`,
      notDerived: 'Situs ini tidak menghitung rasio dari kedua angka: tanggal, sumber dan definisinya berbeda.',
      takeaway: (latest) => `Angka terbaru: ${latest.join('; ')}. Keduanya tidak dibagi: definisi dan tanggalnya berbeda.`,
      reference: 'metode lembaga penghitungnya (BPJS atau BPS)',
      /** Direct labels on the lines, by indicator id. */
      shortNames: { covered_workers: 'Terlindungi', employed_persons: 'Bekerja' },
    },
  },
  en: {
    figure: {
      source: 'Source',
      sources: 'Sources',
      inferredDate: 'publication date inferred',
      notes: 'Notes',
      legend: 'Legend',
      dataTable: 'Data for this chart',
      chartPage: 'This chart’s page: embed and download',
      tableCaption: (title) => `Data: ${title}`,
      colRegion: 'Region',
      colSegment: 'Segment',
      colIndicator: 'Measure',
      colValue: 'Value',
      colAsOf: 'As of',
      colMethod: 'Method',
      colSource: 'Source',
    },
    kinds: ENUM_LABELS.en.kinds,
    thinNone: (what) => `Not enough data for this chart: our data has no ${what} yet. The chart is not filled with estimates.`,
    superseded: (figures) => `Not drawn because another figure supersedes it: ${figures.join('; ')}. The region pages and the Methodology page say why.`,
    replacedBy: (figure) => `replaced by ${figure}`,
    datesDiffer: 'These figures come from different dates; check the "As of" column in the table before comparing.',
    methodsDiffer: 'These figures were measured in different ways; check the "Method" column in the table before comparing.',
    latestOnly: (earlier) => `Only the latest figure per group is drawn; ${earlier} older ${earlier === 1 ? 'figure is' : 'figures are'} on the region pages and in the full data (figures.csv), not in this chart's CSV.`,
    thinned: (drawn, total, since) =>
      `${drawn} of ${total} figures are drawn: the newest, one per series and year${since ? ` since ${since}` : ''}. Every figure is listed on the region pages and in the open data.`,
    yearMidpoint: 'Annual figures are drawn at the middle of their year.',
    noTrend: 'Each series has only one date so far, so no trend can be shown.',
    methodsJoined: 'Lines join only comparable figures: the same region, measure, workers, method and base. A figure whose method or base is not stated stands alone.',
    gapBroken: (months) => `Lines do not join figures more than ${months} months apart, and the time axis is cut (//) where no figure falls.`,
    altCount: (n) => `${n} figure${n === 1 ? '' : 's'}.`,
    altOne: (label) => `One figure: ${label}.`,
    altHighest: (label) => `Highest: ${label}.`,
    altLowest: (label) => `Lowest: ${label}.`,
    legend: {
      otherMethod: (reference) => `Hollow: another method, not ${reference}; see the table`,
      target: 'Target',
      planned: 'Target or plan',
      payerUnstated: 'Payer not stated',
    },
    target: 'target',
    list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`),
    puBpuProvince: {
      title: 'Formal (PU) and informal (BPU) workers covered in Bali Province',
      subtitle: 'Covered workers by segment, on the dates the sources report',
      takeaway: (latest) => `Latest figures: ${latest.join('; ')}.`,
    },
    puBpuRegions: {
      title: 'PU and BPU workers covered by regency and city',
      subtitle: 'The latest figure reported for each region and segment',
    },
    puBpuRates: {
      title: 'Coverage rate of PU and BPU workers',
      subtitle: 'The latest figure reported for the province and each regency and city, by segment',
    },
    puBpuCompare: (lower, regions, what) =>
      lower === regions
        ? `In ${regions === 1 ? 'the one region' : regions === 2 ? 'both regions' : `all ${regions} regions`} reporting both on the same date, ${what === 'rate' ? 'BPU coverage is lower than PU coverage' : 'fewer BPU than PU workers are covered'}.`
        : `In ${lower} of ${regions} regions reporting both on the same date, ${what === 'rate' ? 'BPU coverage is lower than PU coverage' : 'fewer BPU than PU workers are covered'}.`,
    puBpuLatest: (latest) => `Latest figures: ${latest.join('; ')}.`,
    vulnerableRegions: {
      title: 'Vulnerable workers covered, and who pays their contributions',
      subtitle: 'Latest figure per region; colour shows who pays the contributions',
      takeaway: (largest, payer) =>
        `The largest figure reported: ${largest}${payer ? `, paid by ${{ apbd: 'the regional budget (APBD)', apbdes: 'village budgets (APBDes)', csr: "a company's CSR", mixed: 'several payers' }[payer]}` : ', payer not stated'}.`,
    },
    vulnerableGroups: {
      title: 'Groups of vulnerable workers covered',
      subtitle: 'Where the data breaks them down: the latest figure per group; colour shows who pays',
      takeaway: (largest) => `The largest group reported: ${largest}.`,
    },
    vulnerableGroupsNote: 'These groups may overlap and are not added up.',
    governmentStaffNote: 'Non-civil-servant staff and village officials are counted as covered workers registered by their regional government, not as vulnerable workers.',
    payerNote: (notBudget, unstated) =>
      [
        notBudget.length > 0 ? `Not paid by a regional budget: ${notBudget.join('; ')}.` : '',
        unstated.length > 0 ? `The source does not say who pays for ${unstated.join('; ')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    facetBySegment: 'One panel per segment; figures of different segments are not compared directly.',
    budgets: {
      title: "Regional budgets for workers' social security",
      subtitle: 'Every reported figure, by government and year',
      takeaway: (largest) => `The largest budget reported: ${largest}.`,
    },
    budgetsNote: 'A planned budget is not necessarily spent.',
    regionTimelineTitle: (region) => `Coverage rate over time: ${region}`,
    coverageTrends: {
      title: 'Coverage rate over time',
      subtitle: 'The province and every region with at least two figures',
      subtitleOne: 'Every coverage rate reported, with stated targets',
      regionsLeftOut: (names) => `Regions with fewer than two figures are not drawn: ${names.join(', ')}.`,
      takeaway: (changes) => `Comparable figures (same method and base): ${changes.join('; ')}.`,
      noComparable: 'No region has two comparable figures yet: their methods or bases differ, so no trend can be read.',
      noComparableOne: (region) => `${region}’s figures are not yet comparable with one another: their methods or bases differ, so no trend can be read.`,
      change: (region, from, to) => `${region} from ${from} to ${to}`,
    },
    coveredEmployed: {
      title: 'Covered workers and employed persons, Bali Province',
      subtitle: 'Two counts with different definitions, on the dates reported',
      definitions: (covered, employed) => `Covered workers: ${covered} Employed persons: ${employed}`,
      notDerived: 'This site does not compute a ratio of the two: their dates, sources and definitions differ.',
      takeaway: (latest) => `Latest figures: ${latest.join('; ')}. The two are not divided: their definitions and dates differ.`,
      reference: "its counting institution's method (BPJS or BPS)",
      shortNames: { covered_workers: 'Covered', employed_persons: 'Employed' },
    },
  },
};
