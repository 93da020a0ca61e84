/**
 * Labels for every enumerated value of the data contract, in both languages. Pages, charts,
 * exports and stories print these, never the codes (`provincial`, `bpjs_ucj`): the types make a
 * value without a label in either language a compile error, and a built-site test looks for
 * raw codes in visible text.
 */
import type {
  AWARD_LEVELS,
  AWARD_RESULTS,
  BASES,
  ENTITY_TYPES,
  FIGURE_KINDS,
  METHODS,
  PAYERS,
  QUALIFIERS,
  REGULATION_KINDS,
  REGULATION_STATUSES,
  UNITS,
} from '../data/schema/tables.ts';
import type { Lang } from './lang.ts';

type LabelsOf<T extends readonly string[]> = Record<T[number], string>;

export interface EnumLabels {
  methods: LabelsOf<typeof METHODS>;
  kinds: LabelsOf<typeof FIGURE_KINDS>;
  /** Words before a value in running text ("sekitar 26 %"); `exact` has none. */
  qualifiers: LabelsOf<typeof QUALIFIERS>;
  bases: LabelsOf<typeof BASES>;
  payers: LabelsOf<typeof PAYERS>;
  units: LabelsOf<typeof UNITS>;
  awardLevels: LabelsOf<typeof AWARD_LEVELS>;
  awardResults: LabelsOf<typeof AWARD_RESULTS>;
  entityTypes: LabelsOf<typeof ENTITY_TYPES>;
  regulationKinds: LabelsOf<typeof REGULATION_KINDS>;
  regulationStatuses: LabelsOf<typeof REGULATION_STATUSES>;
}

export const ENUM_LABELS: Record<Lang, EnumLabels> = {
  id: {
    methods: {
      bpjs_ucj: 'BPJS Ketenagakerjaan (UCJ, administratif)',
      bpjs_admin: 'BPJS Ketenagakerjaan (administratif)',
      bps_sakernas: 'BPS (survei Sakernas)',
      government: 'Pemerintah daerah',
      unspecified: 'Tidak disebutkan',
    },
    kinds: { actual: 'realisasi', target: 'target', plan: 'rencana' },
    qualifiers: { exact: '', about: 'sekitar', over: 'lebih dari', at_least: 'sedikitnya', under: 'kurang dari', at_most: 'paling banyak', almost: 'hampir' },
    bases: {
      employed: 'penduduk bekerja',
      labour_force: 'angkatan kerja (BPS)',
      local_estimate: 'perkiraan pemerintah daerah',
      potential: 'potensi peserta (BPJS Ketenagakerjaan)',
      unstated: 'penyebut tidak disebutkan',
    },
    payers: { apbd: 'APBD', apbdes: 'APBDes (anggaran desa)', csr: 'CSR perusahaan', mixed: 'beberapa sumber dana' },
    units: { percent: 'persen', workers: 'pekerja', idr: 'rupiah', count: 'jumlah' },
    awardLevels: { national: 'Nasional', regional: 'Regional', provincial: 'Provinsi Bali', local: 'Penghargaan kabupaten' },
    awardResults: { winner: 'Pemenang', finalist: 'Finalis', nominee: 'Nominasi', candidate: 'Kandidat (wawancara)' },
    entityTypes: {
      provinsi: 'Pemerintah provinsi',
      kabupaten_kota: 'Pemerintah kabupaten/kota',
      desa: 'Pemerintah desa',
      perusahaan: 'Perusahaan',
      umk: 'Usaha mikro dan kecil',
    },
    regulationKinds: {
      pergub: 'Pergub',
      perbup: 'Perbup',
      perwali: 'Perwali',
      perda: 'Perda',
      instruksi: 'Instruksi',
      keputusan: 'Keputusan',
      surat_edaran: 'Surat Edaran',
    },
    regulationStatuses: { issued: 'terbit', planned: 'direncanakan', in_preparation: 'sedang disusun' },
  },
  en: {
    methods: {
      bpjs_ucj: 'BPJS Ketenagakerjaan (UCJ, administrative)',
      bpjs_admin: 'BPJS Ketenagakerjaan (administrative)',
      bps_sakernas: 'BPS (Sakernas survey)',
      government: 'Regional government',
      unspecified: 'Not stated',
    },
    kinds: { actual: 'actual', target: 'target', plan: 'plan' },
    qualifiers: { exact: '', about: 'about', over: 'more than', at_least: 'at least', under: 'less than', at_most: 'at most', almost: 'almost' },
    bases: {
      employed: 'employed persons',
      labour_force: 'labour force (BPS)',
      local_estimate: "the regional government's estimate",
      potential: 'potential participants (BPJS Ketenagakerjaan)',
      unstated: 'base not stated',
    },
    payers: { apbd: 'regional budget (APBD)', apbdes: 'village budgets (APBDes)', csr: 'company CSR', mixed: 'several payers' },
    units: { percent: 'percent', workers: 'workers', idr: 'rupiah', count: 'count' },
    awardLevels: { national: 'National', regional: 'Regional', provincial: 'Bali province', local: "Regency's own award" },
    awardResults: { winner: 'Winner', finalist: 'Finalist', nominee: 'Nominee', candidate: 'Candidate (interviewed)' },
    entityTypes: {
      provinsi: 'Provincial government',
      kabupaten_kota: 'Regency/city government',
      desa: 'Village government',
      perusahaan: 'Company',
      umk: 'Micro or small business',
    },
    regulationKinds: {
      pergub: 'Governor Regulation',
      perbup: 'Regent Regulation',
      perwali: 'Mayor Regulation',
      perda: 'Regional Regulation',
      instruksi: 'Instruction',
      keputusan: 'Decree',
      surat_edaran: 'Circular',
    },
    regulationStatuses: { issued: 'issued', planned: 'planned', in_preparation: 'in preparation' },
  },
};
