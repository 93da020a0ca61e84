/**
 * Interface text of the story, sources and methodology pages, in both languages. Kept apart
 * from strings.ts so these pages can grow without touching the shell's strings. Nothing here
 * contains a number: numbers come from data rows only.
 */
import type { Award, Regulation } from '../data/schema/tables.ts';
import { ENUM_LABELS } from './enums.ts';
import type { Lang } from './lang.ts';

type AwardLevel = Award['level'];
type AwardResult = Award['result'];
type EntityType = Award['entity_type'];
type RegulationKind = Regulation['kind'];

export interface StoryStrings {
  /** Heading of the numbered source list under a story. */
  notesHeading: string;
  /** Hidden word before a citation number, read by screen readers: "source 3". */
  citeLabel: string;
  backToText: string;
  openArticle: string;
  noAddress: string;
  /** Before a title that describes an article whose headline is unknown. */
  titleIsDescription: string;
  attributionUnconfirmed: string;
  allFromSource: string;
  inferredDate: string;
  byline: (author: string, date: string) => string;
  published: string;
  articleLanguage: Record<Lang, string>;

  awardsCaption: string;
  awardsCaptionLevel: (level: string) => string;
  awardsColEntity: string;
  awardsColLevel: string;
  awardsColResult: string;
  awardsColSource: string;
  awardLevels: Record<AwardLevel, string>;
  awardResults: Record<AwardResult, string>;
  rank: (rank: number) => string;
  handedOver: (date: string) => string;
  entityTypes: Record<EntityType, string>;
  /** The awards grid: caption, legend, badge letters for results without a rank, and the disclosure of the full table. */
  awardsGridCaption: string;
  awardsGridLegend: string;
  awardBadges: Record<Exclude<AwardResult, 'winner'>, string> & { winner: string };
  awardsTableSummary: string;

  regulation: (kind: RegulationKind, regionType: 'provinsi' | 'kabupaten' | 'kota', place: string, number: string | undefined, year: number | undefined) => string;
}

const ID_OFFICIAL = { provinsi: 'Gubernur', kabupaten: 'Bupati', kota: 'Wali Kota' } as const;
const EN_OFFICIAL = { provinsi: 'Governor', kabupaten: 'Regent', kota: 'Mayor' } as const;

export const STORY_STRINGS: Record<Lang, StoryStrings> = {
  id: {
    notesHeading: 'Sumber',
    citeLabel: 'sumber',
    backToText: 'Kembali ke teks',
    openArticle: 'Buka artikel',
    noAddress: 'alamat daring tidak diketahui',
    titleIsDescription: '[judul tidak tercatat]',
    attributionUnconfirmed: 'judul dan alamat belum terkonfirmasi untuk teks yang dikutip',
    allFromSource: 'Semua data dari sumber ini',
    inferredDate: 'tanggal terbit disimpulkan',
    byline: (author, date) => `${author} · ${date}`,
    published: 'Terbit',
    articleLanguage: { id: 'bahasa Indonesia', en: 'bahasa Inggris' },

    awardsCaption: 'Paritrana Award: hasil untuk peserta dari Bali, per tahun penilaian',
    awardsCaptionLevel: (level) => `Paritrana Award, ${level}: hasil untuk peserta dari Bali, per tahun penilaian`,
    awardsColEntity: 'Peserta',
    awardsColLevel: 'Tingkat',
    awardsColResult: 'Hasil',
    awardsColSource: 'Sumber',
    awardLevels: ENUM_LABELS.id.awardLevels,
    awardResults: ENUM_LABELS.id.awardResults,
    rank: (rank) => `Peringkat ${rank}`,
    handedOver: (date) => `diserahkan ${date}`,
    entityTypes: ENUM_LABELS.id.entityTypes,
    awardsGridCaption: 'Paritrana Award: hasil peserta dari Bali menurut tahun penilaian',
    awardsGridLegend: 'Cara membaca',
    awardBadges: { winner: '★', finalist: 'F', nominee: 'N', candidate: 'K' },
    awardsTableSummary: 'Semua hasil, dengan kategori, tanggal penyerahan dan sumber',

    regulation: (kind, type, place, number, year) => {
      const name = {
        pergub: 'Peraturan Gubernur',
        perbup: 'Peraturan Bupati',
        perwali: 'Peraturan Wali Kota',
        perda: 'Peraturan Daerah',
        instruksi: `Instruksi ${ID_OFFICIAL[type]}`,
        keputusan: `Keputusan ${ID_OFFICIAL[type]}`,
        surat_edaran: `Surat Edaran ${ID_OFFICIAL[type]}`,
      }[kind];
      const numbered = number !== undefined ? ` Nomor ${number}` : '';
      const dated = year !== undefined ? ` Tahun ${year}` : '';
      return `${name} ${place}${numbered}${dated}`;
    },
  },
  en: {
    notesHeading: 'Sources',
    citeLabel: 'source',
    backToText: 'Back to the text',
    openArticle: 'Open the article',
    noAddress: 'no web address known',
    titleIsDescription: '[headline not recorded]',
    attributionUnconfirmed: 'headline and address not confirmed for the quoted text',
    allFromSource: 'All data from this source',
    inferredDate: 'publication date inferred',
    byline: (author, date) => `${author} · ${date}`,
    published: 'Published',
    articleLanguage: { id: 'Indonesian', en: 'English' },

    awardsCaption: 'Paritrana Award: results for entrants from Bali, by assessment year',
    awardsCaptionLevel: (level) => `Paritrana Award, ${level} round: results for entrants from Bali, by assessment year`,
    awardsColEntity: 'Entrant',
    awardsColLevel: 'Round',
    awardsColResult: 'Result',
    awardsColSource: 'Source',
    awardLevels: ENUM_LABELS.en.awardLevels,
    awardResults: ENUM_LABELS.en.awardResults,
    rank: (rank) => `${rank}${ordinalSuffix(rank)} place`,
    handedOver: (date) => `presented ${date}`,
    entityTypes: ENUM_LABELS.en.entityTypes,
    awardsGridCaption: 'Paritrana Award: results of entrants from Bali by assessment year',
    awardsGridLegend: 'How to read it',
    awardBadges: { winner: '★', finalist: 'F', nominee: 'N', candidate: 'C' },
    awardsTableSummary: 'Every result, with its category, ceremony date and source',

    regulation: (kind, type, place, number, year) => {
      const name = {
        pergub: 'Governor Regulation',
        perbup: 'Regent Regulation',
        perwali: 'Mayor Regulation',
        perda: 'Regional Regulation',
        instruksi: `${EN_OFFICIAL[type]} Instruction`,
        keputusan: `${EN_OFFICIAL[type]} Decree`,
        surat_edaran: `${EN_OFFICIAL[type]} Circular`,
      }[kind];
      const numbered = number !== undefined ? ` No. ${number}${year !== undefined ? `/${year}` : ''}` : year !== undefined ? ` of ${year}` : '';
      return `${place} ${name}${numbered}`;
    },
  },
};

function ordinalSuffix(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  if (teen) return 'th';
  return { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
}

/** Text of the methodology page (the sources pages have strings-sources.ts). */
export interface PageStrings {
  colRegion: string;
  colValue: string;
  colAsOf: string;
  colMethod: string;

  methodTitle: string;
  methodDescription: string;
  methodIntro: string;
  defsHeading: string;
  methodsHeading: string;
  methodDefinitions: Record<'bpjs_ucj' | 'bpjs_admin' | 'bps_sakernas' | 'government' | 'unspecified', string>;
  segmentsHeading: string;
  segmentParent: (parent: string) => string;
  indicatorsHeading: string;
  unitNames: Record<'percent' | 'workers' | 'idr' | 'count', string>;
  mapHeading: string;
  mapSteps: string[];
  mapOld: (old: number, stale: number) => string;
  mapOtherMethod: string;
  mapTableCaption: string;
  colFlags: string;
  flagOld: string;
  flagOtherMethod: string;
  flagStale: string;
  noData: string;
  caveatsHeading: string;
  caveats: string[];
  contradictionsHeading: string;
  contradictionsIntro: string;
  contradictionsCaption: string;
  colSubject: string;
  colUsed: string;
  colSetAside: string;
  colReason: string;
  otherNotesSummary: (count: number) => string;
  /** When a list shows the newest entries only. */
  newestListed: (shown: number, total: number) => string;
  addHeading: string;
  addSteps: string[];
  referencesHeading: string;
  referencesIntro: string;
  referenceKinds: [syntax: string, meaning: string][];
}

export const PAGE_STRINGS: Record<Lang, PageStrings> = {
  id: {
    colRegion: 'Wilayah',
    colValue: 'Nilai',
    colAsOf: 'Per',
    colMethod: 'Metode',

    methodTitle: 'Metodologi',
    methodDescription: 'Definisi, cara memilih angka untuk peta, keterbatasan perbandingan, laporan yang saling bertentangan, dan cara menambah data.',
    methodIntro:
      'Cakupan Bali tidak menghitung atau memperkirakan angka sendiri. Setiap angka adalah satu baris data yang menyebut sumber, tanggal, metode dan kutipannya. Halaman ini menjelaskan istilah yang dipakai, bagaimana situs memilih angka yang ditampilkan, dan mengapa angka-angka itu tidak selalu bisa dibandingkan.',
    defsHeading: 'Definisi',
    methodsHeading: 'Metode penghitungan',
    methodDefinitions: {
      bpjs_ucj:
        'Universal Coverage Jamsostek (UCJ): indikator BPJS Ketenagakerjaan dan Kementerian Dalam Negeri, yaitu jumlah peserta aktif dibagi jumlah penduduk bekerja menurut BPS.',
      bpjs_admin: 'Hitungan administratif BPJS Ketenagakerjaan: jumlah peserta, klaim atau perusahaan terdaftar, tanpa pembagi.',
      bps_sakernas:
        'Survei Angkatan Kerja Nasional (Sakernas) dari Badan Pusat Statistik. Sakernas memberi jumlah penduduk bekerja, penyebut UCJ. Persentase pekerja "terlindungi jaminan sosial" menurut survei ini bisa mencakup program lain, jadi tidak sama dengan UCJ.',
      government: 'Angka pemerintah daerah sendiri: hitungan, perkiraan atau anggaran. Penyebutnya sering tidak dijelaskan.',
      unspecified: 'Sumber tidak menyebut bagaimana angka itu dihitung.',
    },
    segmentsHeading: 'Kelompok pekerja',
    segmentParent: (parent) => `bagian dari: ${parent}`,
    indicatorsHeading: 'Ukuran',
    unitNames: { percent: 'persen', workers: 'orang', idr: 'rupiah', count: 'jumlah' },
    mapHeading: 'Cara peta memilih angka',
    mapSteps: [
      'Untuk setiap wilayah, peta hanya mempertimbangkan tingkat cakupan untuk semua pekerja yang berupa realisasi (bukan target atau rencana).',
      'Angka yang dikesampingkan oleh baris lain (kolom supersedes) tidak dipakai; alasannya tercatat di bawah, pada "Laporan yang saling bertentangan".',
      'Dari yang tersisa, angka dengan tanggal "per" paling baru yang dipakai. Jika tanggalnya sama, baris yang lebih dulu di data yang dipakai, sehingga pilihannya tetap.',
      'Wilayah tanpa angka diberi pola "belum ada data": tidak ada data tidak sama dengan nol.',
    ],
    mapOld: (old, stale) =>
      `Peta menandai (○) angka yang lebih dari ${old} bulan lebih tua daripada angka terbaru di peta. Angka yang lebih dari ${stale} bulan lebih tua tidak diwarnai sama sekali: wilayahnya diberi warna abu-abu dan tahunnya ditulis pada labelnya.`,
    mapOtherMethod:
      'Acuannya ditetapkan, bukan dipilih menurut suara terbanyak: tingkat UCJ BPJS Ketenagakerjaan (peserta aktif ÷ penduduk bekerja). Angka dengan metode atau penyebut lain (perkiraan pemerintah daerah, survei BPS, atau tidak disebut) diberi pola titik dan tanda △, dan kalimat ringkasan di bawah peta tidak membandingkannya langsung dengan angka UCJ. Jika sebuah wilayah belum punya angka untuk semua pekerja tetapi punya angka PU dan BPU, peta, tabel dan halaman wilayah menampilkan angka-angka itu.',
    mapTableCaption: 'Angka yang dipakai peta dan tabel utama, per wilayah',
    colFlags: 'Tanda',
    flagOld: 'lebih tua',
    flagOtherMethod: 'metode lain',
    flagStale: 'usang, tidak diwarnai',
    noData: 'Belum ada data',
    caveatsHeading: 'Apakah angka-angka ini bisa dibandingkan?',
    caveats: [
      'Penyebutnya berbeda. UCJ membagi dengan jumlah penduduk bekerja menurut BPS. Pemerintah daerah kadang memakai perkiraan jumlah pekerja sendiri yang lebih kecil, sehingga persentasenya lebih tinggi.',
      'Peserta aktif tidak sama dengan peserta terdaftar. Beberapa angka menjumlahkan semua yang pernah terdaftar, termasuk pekerja proyek konstruksi, dan tidak sebanding dengan jumlah peserta aktif.',
      'Tanggal "per" adalah waktu yang dijelaskan angka, bukan tanggal artikel terbit. Angka yang diucapkan "saat ini" diberi tanggal wawancaranya.',
      'Kantor BPJS Ketenagakerjaan tidak mengikuti batas kabupaten: satu kantor cabang melayani beberapa kabupaten/kota, dan kantor wilayah melayani beberapa provinsi. Angka tingkat kantor tidak dimasukkan sebagai angka kabupaten atau provinsi.',
      'Angka yang disampaikan dalam ajang Paritrana Award disampaikan oleh pemerintah yang sedang dinilai.',
      'Wilayah yang tidak punya angka belum tentu cakupannya rendah: artinya tidak ada sumber yang kami temukan.',
    ],
    contradictionsHeading: 'Laporan yang saling bertentangan',
    contradictionsIntro:
      'Jika dua sumber melaporkan angka berbeda untuk hal yang sama, kedua baris tetap disimpan. Baris yang dipakai di tampilan utama menyebut baris lainnya di kolom supersedes, dan catatannya menjelaskan alasannya. Tabel ini dibuat langsung dari data.',
    contradictionsCaption: 'Pasangan angka yang bertentangan: mana yang dipakai dan mengapa',
    colSubject: 'Tentang',
    colUsed: 'Dipakai',
    colSetAside: 'Dikesampingkan',
    colReason: 'Alasan',
    otherNotesSummary: (count) => `Catatan lain pada angka (${count} baris)`,
    newestListed: (shown, total) => `Yang tercantum di sini ${shown} terbaru dari ${total}; setiap catatan juga ada di samping angkanya, di halaman sumber dan halaman wilayahnya.`,
    addHeading: 'Cara menambah angka baru',
    addSteps: [
      'Jika artikelnya baru, tambahkan satu baris di data/sources.csv: media, judul, alamat, tanggal terbit. Isi published_is_inferred dengan true bila tanggalnya disimpulkan, dan jelaskan caranya di kolom note.',
      'Tambahkan satu baris di data/figures.csv dengan id baru yang deskriptif, kode wilayah, ukuran, kelompok pekerja, nilai (titik sebagai tanda desimal, tanpa pemisah ribuan), tanggal "per", jenis, metode, id sumber, dan kutipan verbatim paling banyak satu kalimat.',
      'Jika angka itu bertentangan dengan baris lain, pertahankan keduanya: isi supersedes pada baris yang dipakai dengan id baris lainnya, dan jelaskan alasannya di note.',
      'Jalankan npm run check. Setiap masalah dicetak sebagai file:baris:kolom: kolom: pesan. Perbaiki, jalankan lagi, lalu npm run build.',
      'Untuk memakai angka dalam cerita, tulis {{figure:ID}} di data/stories/id/ dan data/stories/en/. Referensi yang tidak dikenal menghentikan build dengan nama file dan barisnya.',
    ],
    referencesHeading: 'Referensi data dalam cerita',
    referencesIntro: 'Cerita ditulis dalam Markdown di data/stories/id/ dan data/stories/en/, dengan nama file yang sama dalam kedua bahasa. Referensi berikut diganti dengan data saat build:',
    referenceKinds: [
      ['{{figure:ID}}', 'nilai angka, diformat sesuai bahasa, dengan nomor sumber'],
      ['{{asof:ID}}', 'tanggal "per" angka itu'],
      ['{{quote:ID}}', 'kutipan verbatim dari baris angka, penghargaan atau regulasi, dengan nomor sumber'],
      ['{{award:ID}}', 'nomor sumber untuk satu hasil penghargaan'],
      ['{{source:ID}}', 'nomor sumber untuk satu artikel'],
      ['{{regulation:ID}}', 'nama regulasi, dengan nomor sumber'],
      ['{{awards}} atau {{awards:LEVEL}}', 'tabel hasil Paritrana Award (baris tersendiri)'],
      ['{{chart:ID}}', 'grafik yang dirender di server (baris tersendiri)'],
    ],
  },
  en: {
    colRegion: 'Region',
    colValue: 'Value',
    colAsOf: 'As of',
    colMethod: 'Method',

    methodTitle: 'Methodology',
    methodDescription: 'Definitions, how the map picks a figure, limits to comparison, contradictory reports, and how to add data.',
    methodIntro:
      'Cakupan Bali computes and estimates nothing itself. Every number is one row of data that names its source, date, method and quote. This page explains the terms used, how the site chooses which figure to show, and why the figures cannot always be compared.',
    defsHeading: 'Definitions',
    methodsHeading: 'Methods',
    methodDefinitions: {
      bpjs_ucj:
        'Universal Coverage Jamsostek (UCJ): the indicator of BPJS Ketenagakerjaan and the Ministry of Home Affairs: active participants divided by employed persons according to Statistics Indonesia (BPS).',
      bpjs_admin: 'An administrative count by BPJS Ketenagakerjaan: participants, claims or registered employers, with no denominator.',
      bps_sakernas:
        'The National Labour Force Survey (Sakernas) of Statistics Indonesia (BPS). Sakernas gives the number of employed persons, the denominator of UCJ. Its share of workers "protected by social security" may include other schemes, so it is not the same as UCJ.',
      government: "A regional government's own figure: a count, an estimate or a budget. The base is often not explained.",
      unspecified: 'The source does not say how the figure was computed.',
    },
    segmentsHeading: 'Groups of workers',
    segmentParent: (parent) => `part of: ${parent}`,
    indicatorsHeading: 'Measures',
    unitNames: { percent: 'percent', workers: 'people', idr: 'rupiah', count: 'count' },
    mapHeading: 'How the map picks a figure',
    mapSteps: [
      'For each region, the map considers only actual (not target or planned) coverage rates for all workers.',
      'A figure that another row supersedes (the supersedes column) is skipped; the reason is recorded below, under "Contradictory reports".',
      'Of the rest, the one with the latest "as of" date is used. If two share a date, the earlier row in the data wins, so the choice is stable.',
      'A region without a figure gets a "no data" pattern: missing is not zero.',
    ],
    mapOld: (old, stale) =>
      `The map marks (○) a figure that is more than ${old} months older than the newest figure on the map. A figure more than ${stale} months older is not coloured at all: its region is grey and its year is written on its label.`,
    mapOtherMethod:
      'The reference is declared, not voted: the BPJS Ketenagakerjaan UCJ rate (active participants ÷ employed persons). A figure of another method or base (a regional government\'s estimate, the BPS survey, or not stated) gets a dotted pattern and a △, and the summary under the map does not compare it directly with UCJ rates. Where a region has no figure for all workers but has PU and BPU rates, the map, the table and the region page show those.',
    mapTableCaption: 'The figure the map and the main table use, by region',
    colFlags: 'Marks',
    flagOld: 'older',
    flagOtherMethod: 'other method',
    flagStale: 'out of date, not coloured',
    noData: 'No data yet',
    caveatsHeading: 'Can these figures be compared?',
    caveats: [
      "Denominators differ. UCJ divides by the number of employed persons according to BPS. Regional governments sometimes use their own, smaller estimate of the workforce, which gives a higher percentage.",
      'Active participants are not registered participants. Some figures add up everyone ever registered, including construction-project workers, and are not comparable with counts of active participants.',
      'The "as of" date is the time a figure describes, not the date the article appeared. A figure given as "now" is dated to the interview.',
      "BPJS Ketenagakerjaan's offices do not follow regency borders: one branch serves several regencies, and a regional office several provinces. Office-level figures are not entered as regency or province figures.",
      'Figures presented at the Paritrana Award are presented by the governments being judged.',
      'A region without a figure does not necessarily have low coverage: it means we found no source.',
    ],
    contradictionsHeading: 'Contradictory reports',
    contradictionsIntro:
      'When two sources report different figures for the same thing, both rows are kept. The row used in headline views names the other in its supersedes column, and its note explains why. This table is generated from the data.',
    contradictionsCaption: 'Pairs of contradictory figures: which one is used, and why',
    colSubject: 'About',
    colUsed: 'Used',
    colSetAside: 'Set aside',
    colReason: 'Reason',
    otherNotesSummary: (count) => `Other notes on figures (${count} rows)`,
    newestListed: (shown, total) => `The newest ${shown} of ${total} are listed here; every note also stands beside its figure, on its source's page and its region's page.`,
    addHeading: 'How to add a new figure',
    addSteps: [
      'If the article is new, add a row to data/sources.csv: outlet, headline, address, publication date. Set published_is_inferred to true if you deduced the date, and say how in the note column.',
      'Add a row to data/figures.csv with a new, descriptive id, the region code, indicator, segment, value (a dot as decimal point, no thousands separators), "as of" date, kind, method, source id, and a verbatim quote of at most one sentence.',
      'If the figure contradicts another row, keep both: set supersedes on the row to use, naming the other, and explain why in note.',
      'Run npm run check. Every problem is printed as file:line:column: field: message. Fix them, run it again, then npm run build.',
      'To use the figure in a story, write {{figure:ID}} in data/stories/id/ and data/stories/en/. An unknown reference stops the build with the file and line.',
    ],
    referencesHeading: 'Data references in stories',
    referencesIntro: 'Stories are written in Markdown in data/stories/id/ and data/stories/en/, with the same file name in both languages. The build replaces these references with data:',
    referenceKinds: [
      ['{{figure:ID}}', "the figure's value, formatted for the language, with its source number"],
      ['{{asof:ID}}', 'the "as of" date of that figure'],
      ['{{quote:ID}}', 'the verbatim quote of a figure, award or regulation row, with its source number'],
      ['{{award:ID}}', 'the source number for one award result'],
      ['{{source:ID}}', 'the source number for one article'],
      ['{{regulation:ID}}', "the regulation's name, with its source number"],
      ['{{awards}} or {{awards:LEVEL}}', 'the table of Paritrana Award results (on a line of its own)'],
      ['{{chart:ID}}', 'a server-rendered chart (on a line of its own)'],
    ],
  },
};
