/**
 * /data/<file>.csv: each data file as maintained, with its columns in the order the published
 * Table Schema (datapackage.json) declares them, whatever order a maintainer's spreadsheet wrote:
 * Frictionless readers match columns by position. Cells are copied as written.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { dataDir } from '../../config/paths.ts';
import { TABLES } from '../../data/schema/tables.ts';

export const getStaticPaths = (() =>
  TABLES.map((table) => ({ params: { name: table.file.replace(/\.csv$/, '') }, props: { file: table.file, columns: Object.keys(table.columns) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file, columns } = props as { file: string; columns: string[] };
  // The build validated this file before Astro ran, so it parses.
  const rows = parse(await readFile(path.join(dataDir(), file), 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const text = stringify(rows, { header: true, columns, record_delimiter: '\n' });
  return new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
