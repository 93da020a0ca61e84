/**
 * CSV downloads of figures (a chart's, the map's, a region's): exactly the rows shown, with
 * their sources' columns so a journalist can cite from the file alone. Each code (`bpjs_ucj`,
 * `adat`) has its label in the file's language beside it, as the chart and the page print it,
 * and the note is the file's language's, with its references to other rows written out as
 * values; so the Indonesian and the English file differ. Dates are written as in the data
 * (precision kept). Column names are the same in both files, so a script reads either.
 */
import { csvWithBom } from '../data/export.ts';
import { indexOf } from '../data/index.ts';
import type { Dataset, Figure } from '../data/schema/tables.ts';
import { ENUM_LABELS } from '../i18n/enums.ts';
import { figureValue, noteText } from '../i18n/figure-text.ts';
import { formatPartialDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';

export const FIGURE_CSV_COLUMNS = [
  'id',
  'region',
  'region_name',
  'indicator',
  'indicator_label',
  'unit',
  'segment',
  'segment_label',
  'qualifier',
  'value',
  'value_text',
  'as_of',
  'as_of_text',
  'kind',
  'kind_label',
  'method',
  'method_label',
  'base',
  'base_label',
  'payer',
  'payer_label',
  'source',
  'source_outlet',
  'source_title',
  'source_url',
  'source_published',
  'source_published_is_inferred',
  'quote',
  'supersedes',
  'note',
] as const;

export function figuresToCsv(figures: readonly Figure[], data: Dataset, lang: Lang): string {
  const index = indexOf(data);
  const enums = ENUM_LABELS[lang];
  const label = (item: { label_id: string; label_en: string } | undefined) => (item ? (lang === 'id' ? item.label_id : item.label_en) : '');
  const records = figures.map((f) => {
    const source = index.sources.get(f.source)!;
    const region = index.regions.get(f.region);
    return [
      f.id,
      f.region,
      region ? (lang === 'id' ? region.name : region.name_en) : '',
      f.indicator,
      label(index.indicators.get(f.indicator)),
      index.unitOf(f),
      f.segment,
      label(index.segments.get(f.segment)),
      f.qualifier,
      String(f.value),
      figureValue(f, lang, index),
      f.as_of.iso,
      formatPartialDate(f.as_of, lang),
      f.kind,
      enums.kinds[f.kind],
      f.method,
      enums.methods[f.method],
      f.base ?? '',
      f.base ? enums.bases[f.base] : '',
      f.payer ?? '',
      f.payer ? enums.payers[f.payer] : '',
      f.source,
      source.outlet,
      source.title,
      source.url ?? '',
      source.published.iso,
      String(source.published_is_inferred),
      f.quote,
      f.supersedes ?? '',
      noteText(f, lang, index) ?? '',
    ];
  });
  return csvWithBom(FIGURE_CSV_COLUMNS, records);
}
