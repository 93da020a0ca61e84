/**
 * CSV downloads of figures: exactly the rows shown, with their sources' columns alongside so a
 * journalist can cite from the file alone. Dates are written as in the data (precision kept).
 */
import { stringify } from 'csv-stringify/sync';
import { indexOf } from './index.ts';
import type { Dataset, Figure } from './schema/tables.ts';

export const FIGURE_EXPORT_COLUMNS = [
  'id',
  'region',
  'region_name',
  'indicator',
  'unit',
  'segment',
  'qualifier',
  'value',
  'as_of',
  'kind',
  'method',
  'base',
  'payer',
  'source',
  'source_outlet',
  'source_title',
  'source_url',
  'source_published',
  'source_published_is_inferred',
  'quote',
  'supersedes',
  'note_id',
  'note_en',
] as const;

export function figuresToCsv(figures: readonly Figure[], data: Dataset): string {
  // The dataset's shared index: a region's CSV must not rebuild lookups of every source.
  const { sources, regions, indicators } = indexOf(data);
  const records = figures.map((f) => {
    const source = sources.get(f.source)!;
    return [
      f.id,
      f.region,
      regions.get(f.region)?.name ?? '',
      f.indicator,
      indicators.get(f.indicator)?.unit ?? '',
      f.segment,
      f.qualifier,
      String(f.value),
      f.as_of.iso,
      f.kind,
      f.method,
      f.base ?? '',
      f.payer ?? '',
      f.source,
      source.outlet,
      source.title,
      source.url ?? '',
      source.published.iso,
      String(source.published_is_inferred),
      f.quote,
      f.supersedes ?? '',
      f.note_id ?? '',
      f.note_en ?? '',
    ];
  });
  return stringify([[...FIGURE_EXPORT_COLUMNS], ...records], { record_delimiter: '\n' });
}
