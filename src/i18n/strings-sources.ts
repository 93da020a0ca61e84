/**
 * Interface text of the sources pages (the index by year, a year's sources, one source's page),
 * in both languages. Nothing here contains a number of its own: counts are counts of rows.
 */
import type { Regulation } from '../data/schema/tables.ts';
import { ENUM_LABELS } from './enums.ts';
import type { Lang } from './lang.ts';

export interface SourceStrings {
  title: string;
  description: string;
  intro: (sources: number, outlets: number) => string;
  byYear: string;
  newest: string;
  /** "20 sumber · 34 angka" after a year in the index. */
  yearCounts: (sources: number, figures: number) => string;
  yearTitle: (year: number) => string;
  yearDescription: (year: number) => string;
  yearIntro: (sources: number, outlets: number) => string;
  otherYears: string;
  byOutlet: string;
  allYears: string;
  /** What a source backs on the site: "3 angka · 1 regulasi"; empty parts are left out. */
  backs: (figures: number, awards: number, regulations: number) => string;
  /** For a source cited only in a story's text. */
  citedOnly: string;
  sourceDescription: (outlet: string) => string;
  seedFile: (file: string) => string;
  noteLabel: string;
  figuresFromSource: string;
  figuresCaption: string;
  awardsFromSource: string;
  regulationsFromSource: string;
  regulationStatus: Record<Regulation['status'], string>;
  citedIn: string;
  quote: string;
}

export const SOURCE_STRINGS: Record<Lang, SourceStrings> = {
  id: {
    title: 'Sumber',
    description: 'Setiap artikel dan rilis yang dikutip Cakupan Bali, menurut tahun terbit, dengan angka, penghargaan dan regulasi yang diambil darinya.',
    intro: (sources, outlets) =>
      `Cakupan Bali mengutip ${sources} artikel dan rilis dari ${outlets} media. Pilih tahun terbitnya. Setiap sumber punya halamannya sendiri: angka, hasil penghargaan dan regulasi yang diambil darinya, masing-masing dengan kutipannya.`,
    byYear: 'Menurut tahun terbit',
    newest: 'Terbitan terbaru',
    yearCounts: (sources, figures) => `${sources} sumber${figures > 0 ? ` · ${figures} angka` : ''}`,
    yearTitle: (year) => `Sumber terbitan ${year}`,
    yearDescription: (year) => `Artikel dan rilis terbitan ${year} yang dikutip Cakupan Bali, menurut media.`,
    yearIntro: (sources, outlets) => `${sources} artikel dan rilis dari ${outlets} media. Buka satu sumber untuk melihat angka dan kutipannya.`,
    otherYears: 'Tahun lain',
    byOutlet: 'Menurut media',
    allYears: 'Semua tahun',
    backs: (figures, awards, regulations) =>
      [figures > 0 ? `${figures} angka` : '', awards > 0 ? `${awards} hasil penghargaan` : '', regulations > 0 ? `${regulations} regulasi` : ''].filter(Boolean).join(' · '),
    citedOnly: 'dikutip dalam teks cerita',
    sourceDescription: (outlet) => `Apa yang diambil Cakupan Bali dari artikel ${outlet} ini: angka, penghargaan dan regulasi, dengan kutipannya.`,
    seedFile: (file) => `teks tersimpan sebagai ${file}`,
    noteLabel: 'Catatan',
    figuresFromSource: 'Angka dari sumber ini',
    figuresCaption: 'Setiap angka dengan wilayah, tanggal, metode dan kutipannya',
    awardsFromSource: 'Hasil Paritrana Award dari sumber ini',
    regulationsFromSource: 'Regulasi dari sumber ini',
    regulationStatus: ENUM_LABELS.id.regulationStatuses,
    citedIn: 'Dikutip dalam',
    quote: 'Kutipan',
  },
  en: {
    title: 'Sources',
    description: 'Every article and release Cakupan Bali cites, by year of publication, with the figures, awards and regulations taken from it.',
    intro: (sources, outlets) =>
      `Cakupan Bali cites ${sources} article${sources === 1 ? '' : 's'} and releases from ${outlets} outlet${outlets === 1 ? '' : 's'}. Choose a year of publication. Every source has a page of its own: the figures, award results and regulations taken from it, each with its quote.`,
    byYear: 'By year of publication',
    newest: 'Most recently published',
    yearCounts: (sources, figures) => `${sources} source${sources === 1 ? '' : 's'}${figures > 0 ? ` · ${figures} figure${figures === 1 ? '' : 's'}` : ''}`,
    yearTitle: (year) => `Sources published in ${year}`,
    yearDescription: (year) => `Articles and releases published in ${year} that Cakupan Bali cites, by outlet.`,
    yearIntro: (sources, outlets) =>
      `${sources} article${sources === 1 ? '' : 's'} and releases from ${outlets} outlet${outlets === 1 ? '' : 's'}. Open a source to see its figures and quotes.`,
    otherYears: 'Other years',
    byOutlet: 'By outlet',
    allYears: 'All years',
    backs: (figures, awards, regulations) =>
      [
        figures > 0 ? `${figures} figure${figures === 1 ? '' : 's'}` : '',
        awards > 0 ? `${awards} award result${awards === 1 ? '' : 's'}` : '',
        regulations > 0 ? `${regulations} regulation${regulations === 1 ? '' : 's'}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    citedOnly: 'cited in the text of a story',
    sourceDescription: (outlet) => `What Cakupan Bali takes from this ${outlet} article: figures, awards and regulations, with their quotes.`,
    seedFile: (file) => `text kept as ${file}`,
    noteLabel: 'Note',
    figuresFromSource: 'Figures from this source',
    figuresCaption: 'Each figure with its region, date, method and quote',
    awardsFromSource: 'Paritrana Award results from this source',
    regulationsFromSource: 'Regulations from this source',
    regulationStatus: ENUM_LABELS.en.regulationStatuses,
    citedIn: 'Cited in',
    quote: 'Quote',
  },
};
