/** Text of the open-data page, in both languages. */
import type { Lang } from './lang.ts';

export const OPEN_DATA_STRINGS: Record<Lang, {
  title: string;
  description: string;
  intro: string;
  /** Link text to the data-gaps page. */
  gapsLink: string;
  packageTitle: string;
  packageText: string;
  rows: (n: number) => string;
  columns: string;
  colName: string;
  colType: string;
  colMeaning: string;
  required: string;
  optional: string;
  reuse: string;
}> = {
  id: {
    title: 'Data terbuka',
    description: 'Semua data Cakupan Bali dalam CSV dan JSON, dengan paket data Frictionless.',
    intro: 'Setiap angka di situs ini berasal dari berkas-berkas berikut. Unduh, periksa, dan gunakan kembali; sebutkan sumber asli yang tercantum di setiap baris.',
    gapsLink: 'Apa yang belum dilaporkan, per wilayah',
    packageTitle: 'Paket data',
    packageText: 'menjelaskan setiap berkas dan kolom (Frictionless Table Schema), dibuat dari skema yang sama dengan pemeriksa data.',
    rows: (n) => `${n} baris`,
    columns: 'Kolom',
    colName: 'Kolom',
    colType: 'Tipe',
    colMeaning: 'Arti (bahasa Inggris)',
    required: 'wajib',
    optional: 'opsional',
    reuse: 'Kutipan dalam data adalah potongan pendek dari artikel yang dirujuk dan tetap milik penerbitnya.',
  },
  en: {
    title: 'Open data',
    description: 'All Cakupan Bali data as CSV and JSON, with a Frictionless data package.',
    intro: 'Every number on this site comes from the files below. Download, check and reuse them; credit the original source named on each row.',
    gapsLink: 'What has not been reported, by region',
    packageTitle: 'Data package',
    packageText: 'describes every file and column (Frictionless Table Schema), generated from the same schema the data checker uses.',
    rows: (n) => `${n} row${n === 1 ? '' : 's'}`,
    columns: 'Columns',
    colName: 'Column',
    colType: 'Type',
    colMeaning: 'Meaning',
    required: 'required',
    optional: 'optional',
    reuse: 'Quotes in the data are short excerpts of the cited articles and remain their publishers\' work.',
  },
};
