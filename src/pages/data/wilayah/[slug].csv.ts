/** /data/wilayah/<slug>.csv: every figure about one regency/city, with source columns. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { figuresForRegion } from '../../../data/derive.ts';
import { figuresToCsv } from '../../../data/export.ts';
import { indexOf } from '../../../data/index.ts';
import { dataset } from '../../../site/dataset.ts';

export const getStaticPaths = (() =>
  indexOf(dataset).regencies.map((region) => ({ params: { slug: region.slug }, props: { code: region.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(figuresToCsv(figuresForRegion(dataset, (props as { code: string }).code), dataset), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
