/**
 * Interface text of the story, sources and methodology pages, in both languages. Kept apart
 * from strings.ts so these pages can grow without touching the shell's strings. Nothing here
 * contains a number: numbers come from data rows only.
 */
import type { Award, Regulation } from '../data/schema/tables.ts';
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
    awardLevels: { national: 'Nasional', regional: 'Regional', provincial: 'Provinsi Bali', local: 'Kabupaten' },
    awardResults: { winner: 'Pemenang', finalist: 'Finalis', nominee: 'Nominasi', candidate: 'Kandidat (wawancara)' },
    rank: (rank) => `Peringkat ${rank}`,
    handedOver: (date) => `diserahkan ${date}`,
    entityTypes: {
      provinsi: 'Pemerintah provinsi',
      kabupaten_kota: 'Pemerintah kabupaten/kota',
      desa: 'Pemerintah desa',
      perusahaan: 'Perusahaan',
      umk: 'Usaha mikro dan kecil',
    },

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
    awardLevels: { national: 'National', regional: 'Regional', provincial: 'Bali province', local: 'Regency' },
    awardResults: { winner: 'Winner', finalist: 'Finalist', nominee: 'Nominee', candidate: 'Candidate (interviewed)' },
    rank: (rank) => `${rank}${ordinalSuffix(rank)} place`,
    handedOver: (date) => `presented ${date}`,
    entityTypes: {
      provinsi: 'Provincial government',
      kabupaten_kota: 'Regency/city government',
      desa: 'Village government',
      perusahaan: 'Company',
      umk: 'Micro or small business',
    },

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
