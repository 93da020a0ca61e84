/** /data/<table>.json: each data file as typed JSON rows (numbers as numbers, dates as written). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { rowToJson } from '../../data/serialize.ts';
import { TABLES } from '../../data/schema/tables.ts';
import { dataset } from '../../site/dataset.ts';

export const getStaticPaths = (() => TABLES.map((table) => ({ params: { name: table.name }, props: { name: table.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const rows = dataset[(props as { name: (typeof TABLES)[number]['name'] }).name] as unknown as Record<string, unknown>[];
  return new Response(`${JSON.stringify(rows.map(rowToJson), null, 1)}\n`, { headers: { 'content-type': 'application/json' } });
};
