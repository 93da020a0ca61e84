/** /data/<file>.csv: each data file as maintained (BOM and CRLF removed). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDir } from '../../config/paths.ts';
import { TABLES } from '../../data/schema/tables.ts';

export const getStaticPaths = (() => TABLES.map((table) => ({ params: { name: table.file.replace(/\.csv$/, '') }, props: { file: table.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const text = (await readFile(path.join(dataDir(), (props as { file: string }).file), 'utf8')).replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  return new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
