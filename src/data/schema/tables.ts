/**
 * The data contract: one schema per CSV file in data/. These declarations are the single
 * source for the TypeScript row types, the validator and the column reference in data/README.md.
 */
import {
  bool,
  day,
  decimal,
  identifier,
  integer,
  oneOf,
  optional,
  partialDate,
  patterned,
  period,
  reference,
  sha256,
  text,
  url,
} from './fields.ts';
import { defineTable, type RowOf } from './table.ts';

export const REGION_TYPES = ['provinsi', 'kabupaten', 'kota'] as const;
export const UNITS = ['percent', 'workers', 'idr', 'count'] as const;
export const METHODS = ['bpjs_ucj', 'bpjs_admin', 'bps_sakernas', 'government', 'unspecified'] as const;
export const FIGURE_KINDS = ['actual', 'target', 'plan'] as const;
/** How exactly the source states a value: "sekitar 26 persen" is `about`, "lebih seribu" is `over`. */
export const QUALIFIERS = ['exact', 'about', 'over', 'at_least', 'under', 'at_most', 'almost'] as const;
/** What a rate is a share of (its denominator); series join only on the same base. */
export const BASES = ['employed', 'labour_force', 'local_estimate', 'potential', 'unstated'] as const;
/** Who pays the contributions a figure counts. */
export const PAYERS = ['apbd', 'apbdes', 'csr', 'mixed'] as const;
export const LANGUAGES = ['id', 'en'] as const;
export const AWARD_LEVELS = ['national', 'regional', 'provincial', 'local'] as const;
export const ENTITY_TYPES = ['provinsi', 'kabupaten_kota', 'desa', 'perusahaan', 'umk'] as const;
export const AWARD_RESULTS = ['winner', 'nominee', 'finalist', 'candidate'] as const;
export const REGULATION_KINDS = ['pergub', 'perbup', 'perwali', 'perda', 'instruksi', 'keputusan', 'surat_edaran'] as const;
export const REGULATION_STATUSES = ['issued', 'planned', 'in_preparation'] as const;

export type Unit = (typeof UNITS)[number];
export type Method = (typeof METHODS)[number];
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Base = (typeof BASES)[number];
export type Payer = (typeof PAYERS)[number];

const regionCode = patterned(/^\d{2}(?:\.\d{2})?$/, 'a Kemendagri/BPS code such as 51 or 51.04', {
  description: 'Kemendagri/BPS region code: `51` for the province, `51.01`–`51.08` and `51.71` for the regencies/city.',
  example: '51.04',
  unique: true,
});

const sourceRef = reference('sources', { description: 'The `id` of the source in sources.csv that reports this row.', example: 'antara-2025-10-gianyar-kejar' });
const quote = text({
  description: 'A verbatim quote from the source, at most one sentence, that states the value. Trim with … only.',
  maxLength: 400,
});
/**
 * Caveats in both languages. A number in a note is a reference to the row that holds it
 * (`{{figure:ID}}`, rendered in the page's language with its qualifier) or a year or a date;
 * any other digit is refused (see note-check.ts).
 */
const NOTE_RULE =
  'Write numbers as `{{figure:ID}}` (or `{{regulation:ID}}`); only years and dates may be typed. Fill both languages or neither.';
const noteId = optional(text({ description: `Caveat in Indonesian: contradictions, inferred dates, what the number counts. ${NOTE_RULE}` }));
const noteEn = optional(text({ description: `The same caveat in English. ${NOTE_RULE}` }));

export const regions = defineTable({
  name: 'regions',
  file: 'regions.csv',
  row: 'the province of Bali or one of its nine regencies/cities',
  key: 'code',
  columns: {
    code: regionCode,
    slug: identifier({ description: 'URL segment of the region page.', example: 'gianyar', unique: true }),
    name: text({ description: 'Name in Indonesian, as the site shows it.', example: 'Kabupaten Gianyar' }),
    name_en: text({ description: 'Name in English.', example: 'Gianyar Regency' }),
    short_name: text({ description: 'Short name for maps and charts.', example: 'Gianyar' }),
    type: oneOf(REGION_TYPES, { description: 'Level of government.' }),
    parent: optional(reference('regions', { description: 'Code of the enclosing region (empty for the province).', example: '51' })),
    bpjs_branch: optional(text({ description: 'The BPJS Ketenagakerjaan branch office (Kantor Cabang) that serves the region, where a source names it.', example: 'Gianyar' })),
  },
});

export const indicators = defineTable({
  name: 'indicators',
  file: 'indicators.csv',
  row: 'a measure that figures report',
  key: 'id',
  columns: {
    id: identifier({ description: 'Identifier used by figures.csv.', example: 'coverage_rate', unique: true }),
    unit: oneOf(UNITS, { description: 'Unit of every value of this indicator; `percent` values must lie in 0–100, `workers` and `count` are whole numbers.' }),
    label_id: text({ description: 'Label in Indonesian.', example: 'Tingkat cakupan' }),
    label_en: text({ description: 'Label in English.', example: 'Coverage rate' }),
    definition_id: text({ description: 'Definition in Indonesian.' }),
    definition_en: text({ description: 'Definition in English.' }),
  },
});

export const segments = defineTable({
  name: 'segments',
  file: 'segments.csv',
  row: 'a group of workers',
  key: 'id',
  columns: {
    id: identifier({ description: 'Identifier used by figures.csv.', example: 'bpu', unique: true }),
    parent: optional(reference('segments', { description: 'The broader segment this one belongs to (empty for `all`).', example: 'all' })),
    label_id: text({ description: 'Label in Indonesian.', example: 'Bukan penerima upah (BPU)' }),
    label_en: text({ description: 'Label in English.', example: 'Non-wage earners (BPU)' }),
    definition_id: text({ description: 'Definition in Indonesian.' }),
    definition_en: text({ description: 'Definition in English.' }),
  },
});

export const sources = defineTable({
  name: 'sources',
  file: 'sources.csv',
  row: 'a published article or release',
  key: 'id',
  columns: {
    id: identifier({ description: 'Identifier cited by the other files.', example: 'antara-2025-10-gianyar-kejar', unique: true }),
    outlet: text({ description: 'Publisher as it names itself.', example: 'ANTARA News Bali' }),
    title: text({ description: 'Headline as published; where no headline is known, a short description of the article in its language (then set `title_is_description`).' }),
    title_is_description: optional(
      bool({ description: '`true` when `title` describes the article because its headline is not known; the site marks it as such in the reader\'s language. Empty means `false`.' }),
    ),
    url: optional(url({ description: 'Address of the article, where known (the seed articles carry none).' })),
    published: partialDate({ description: 'Publication date, at the precision known.', example: '2025-10-14' }),
    published_is_inferred: bool({ description: '`true` when the date was deduced (e.g. from a weekday in the text) rather than printed by the outlet.' }),
    attribution_unconfirmed: optional(
      bool({ description: '`true` when the headline or address comes from a secondary record (e.g. the research dossier) and could not be confirmed for the quoted text; the site says so beside the source. Empty means `false`.' }),
    ),
    language: oneOf(LANGUAGES, { description: 'Language of the article.' }),
    seed_file: optional(text({ description: 'For the five seed articles: their file name in ../shared/seeds/.', example: '002_e5ff37726c2efeb9.txt' })),
    note_id: noteId,
    note_en: noteEn,
  },
});

export const figures = defineTable({
  name: 'figures',
  file: 'figures.csv',
  row: 'one number reported by one source',
  key: 'id',
  columns: {
    id: identifier({ description: 'Stable identifier; stories cite it as `{{figure:ID}}`. Never reuse an id for another number.', example: 'gianyar-coverage-2025-09', unique: true }),
    region: reference('regions', { description: 'Region code the number is about.', example: '51.04' }),
    indicator: reference('indicators', { description: 'What is measured.', example: 'coverage_rate' }),
    segment: reference('segments', { description: 'Which workers.', example: 'all' }),
    qualifier: oneOf(QUALIFIERS, {
      description:
        'How exactly the source states the value: `exact`; `about` ("sekitar", "kurang lebih"); `over` ("lebih dari", "… lebih"); `at_least` ("sedikitnya", "minimal"); `under` ("kurang dari"); `at_most` ("paling banyak", "maksimal"); `almost` ("hampir"). Shown with the value everywhere.',
    }),
    value: decimal({ description: 'The number, with a dot as decimal point and no thousands separators (65.60, 130300, 1000000000).', example: '65.60', min: 0 }),
    as_of: period({
      description:
        'The date or period the number describes, at the precision the source gives ("per September 2025" is 2025-09). A flow over a period (claims paid, registrations) is a quarter (2025-Q1) or a range (2024-01/2024-06). Ordered by the last day covered.',
      example: '2025-09',
    }),
    kind: oneOf(FIGURE_KINDS, { description: '`actual` for a measured or realised number; `target` for a goal; `plan` for a budgeted or planned number. Only targets and plans may be dated after their source.' }),
    method: oneOf(METHODS, {
      description:
        '`bpjs_ucj`: BPJS Ketenagakerjaan administrative rate (active participants ÷ employed persons); `bpjs_admin`: a BPJS administrative count; `bps_sakernas`: BPS labour-force survey; `government`: a government\'s own figure, estimate or budget; `unspecified`: the source does not say.',
    }),
    base: optional(
      oneOf(BASES, {
        description:
          'Required for rates (indicators in percent), empty otherwise: what the rate is a share of. `employed`: employed persons, the base of the UCJ rate (BPJS takes it from BPS or Kemendagri figures; for PU/BPU the formal/informal workers); `labour_force`: BPS labour force; `local_estimate`: a government\'s own count or estimate of its workers; `potential`: BPJS Ketenagakerjaan\'s "potensi" (potential participants); `unstated`: the source does not say. Lines join only rates of the same stated base.',
      }),
    ),
    payer: optional(
      oneOf(PAYERS, {
        description:
          'Who pays the contributions the figure counts, where the source says (vulnerable and government-paid workers): `apbd` (a provincial or regency/city budget), `apbdes` (village budgets), `csr` (a company\'s CSR), `mixed` (several payers).',
      }),
    ),
    source: sourceRef,
    quote,
    supersedes: optional(reference('figures', { description: 'The `id` of a contradicting figure (same region, indicator and segment) that this one replaces in headline views; explain why in `note_id`/`note_en`.' })),
    note_id: noteId,
    note_en: noteEn,
    added: day({
      description: 'The day this row entered the dataset (YYYY-MM-DD), for the feed of new figures. Set it once when adding the row; never change it.',
      example: '2026-11-21',
    }),
  },
});

export const awards = defineTable({
  name: 'awards',
  file: 'awards.csv',
  row: 'one Paritrana Award result or candidacy',
  key: 'id',
  columns: {
    id: identifier({ description: 'Stable identifier.', example: 'pa-2025-prov-gianyar', unique: true }),
    year: integer({ description: 'Award year as the source names it (the assessment cycle; ceremonies are often the following year).', example: '2025', min: 2017, max: 2100 }),
    level: oneOf(AWARD_LEVELS, { description: 'Round of the award: `national`, `regional` (e.g. the Jawa-Bali zone), `provincial` (Bali), or `local` (a regency\'s own award).' }),
    entity_type: oneOf(ENTITY_TYPES, { description: 'Kind of entity assessed.' }),
    category: text({ description: 'Category as the source names it.', example: 'Pemerintah Kabupaten/Kota' }),
    entity: text({ description: 'Who won or was nominated.', example: 'Pemerintah Kabupaten Gianyar' }),
    region: optional(reference('regions', { description: 'Region code of the entity, where it has one.', example: '51.04' })),
    result: oneOf(AWARD_RESULTS, { description: '`winner` (placed, see `rank`), `finalist`, `nominee`, or `candidate` (took part in the assessment or interview).' }),
    rank: optional(integer({ description: 'Place among winners (1 = first), when the source states it.', example: '1', min: 1, max: 10 })),
    ceremony: optional(partialDate({ description: 'Date the result was announced or handed over, when known.', example: '2025-10-14' })),
    source: sourceRef,
    quote,
    note_id: noteId,
    note_en: noteEn,
  },
});

export const regulations = defineTable({
  name: 'regulations',
  file: 'regulations.csv',
  row: 'one regulation on workers\' social security',
  key: 'id',
  columns: {
    id: identifier({ description: 'Stable identifier.', example: 'perbup-gianyar-35-2025', unique: true }),
    region: reference('regions', { description: 'Region whose government issued it.', example: '51.04' }),
    kind: oneOf(REGULATION_KINDS, { description: 'Pergub (governor), Perbup (regent), Perwali (mayor), Perda (regional law), Instruksi, Keputusan (decree), Surat Edaran (circular).' }),
    number: optional(text({ description: 'Number as issued; empty for a regulation not yet issued.', example: '35' })),
    year: optional(integer({ description: 'Year of issue.', example: '2025', min: 1945, max: 2100 })),
    title: text({ description: 'Title or subject, as the source gives it.' }),
    status: oneOf(REGULATION_STATUSES, { description: '`issued`, `planned`, or `in_preparation` (drafting reported).' }),
    source: sourceRef,
    quote,
    note_id: noteId,
    note_en: noteEn,
  },
});

export const boundaries = defineTable({
  name: 'boundaries',
  file: 'boundaries.csv',
  row: 'one pinned boundary file (third-party, never committed; see ../shared/geo/…/SOURCE.md)',
  key: 'region',
  columns: {
    region: reference('regions', { description: 'Region whose boundary the file holds.', example: '51.04', unique: true }),
    file: patterned(/^[A-Za-z_]+\.geojson$/, 'a .geojson file name', { description: 'File name in the pinned release.', example: 'Gianyar.geojson', unique: true }),
    feature_name: text({ description: 'The `WADMKK` property BIG gives the feature, checked when the file is read.', example: 'Gianyar' }),
    sha256: sha256({ description: 'sha256 of the exact bytes; a file with another hash is refused.' }),
    url: url({ description: 'Pinned download address, used when no local copy is found.' }),
  },
});

/** Every table, in the order the docs list them. */
export const TABLES = [regions, indicators, segments, sources, figures, awards, regulations, boundaries] as const;

export type Region = RowOf<typeof regions.columns>;
export type Indicator = RowOf<typeof indicators.columns>;
export type Segment = RowOf<typeof segments.columns>;
export type Source = RowOf<typeof sources.columns>;
export type Figure = RowOf<typeof figures.columns>;
export type Award = RowOf<typeof awards.columns>;
export type Regulation = RowOf<typeof regulations.columns>;
export type Boundary = RowOf<typeof boundaries.columns>;

export interface Dataset {
  regions: Region[];
  indicators: Indicator[];
  segments: Segment[];
  sources: Source[];
  figures: Figure[];
  awards: Award[];
  regulations: Regulation[];
  boundaries: Boundary[];
}
