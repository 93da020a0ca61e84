/**
 * Hostile text for build tests: a copy of a data folder in which every free-text cell of every
 * table carries markup, quotes, ampersands and a CDATA terminator. The rest of each row stays
 * valid (ids, references, numbers, dates and boundary file names are left alone, and a quote
 * keeps the number it states), so `npm run check` passes and the build must render the text.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { TABLES } from '../../src/data/schema/tables.ts';
import type { ColumnMeta } from '../../src/data/schema/fields.ts';

/** No digit: a note may not hold a number that no row holds. */
export const HOSTILE = `<script>alert('x')</script> & "q" 'a' ]]> &amp; <b>`;

/** Columns whose text a maintainer types freely (not ids, codes, references or pinned file names). */
export function isFreeText(name: string, meta: ColumnMeta): boolean {
  if (meta.type !== 'string' || meta.references) return false;
  if (meta.format !== undefined && !meta.format.startsWith('at most')) return false;
  // Read from the boundary files and checked against them; the seed file must exist in ../shared.
  return !['feature_name', 'seed_file'].includes(name);
}

/** Appends the hostile text to every free-text cell of every table in `dir`; returns the columns touched. */
export async function makeHostile(dir: string): Promise<string[]> {
  const touched: string[] = [];
  for (const table of TABLES) {
    const file = path.join(dir, table.file);
    const rows = parse(await readFile(file, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const columns = Object.entries(table.columns).filter(([name, column]) => isFreeText(name, column.meta)).map(([name]) => name);
    for (const row of rows) {
      for (const name of columns) {
        if (row[name] === undefined || row[name] === '') continue;
        row[name] = `${row[name]} ${HOSTILE}`;
      }
    }
    touched.push(...columns.map((c) => `${table.name}.${c}`));
    const header = Object.keys(table.columns);
    await writeFile(file, stringify(rows, { header: true, columns: header, record_delimiter: '\n' }));
  }
  return touched;
}
