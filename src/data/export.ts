/**
 * CSV files as a spreadsheet opens them: UTF-8 with a byte-order mark (without it Excel reads
 * "…" and "≈" as mojibake), a header row, comma separators, LF line ends.
 */
import { stringify } from 'csv-stringify/sync';

export const BOM = '\uFEFF';

export function csvWithBom(header: readonly string[], records: readonly (readonly string[])[]): string {
  return BOM + stringify([[...header], ...records.map((r) => [...r])], { record_delimiter: '\n' });
}
