/**
 * /data/wilayah/<slug>.csv (Indonesian) and /en/data/wilayah/<slug>.csv: every figure about one
 * regency/city, with source columns and labels in the file's language (src/embeds/csv.ts).
 * Astro ignores files whose name starts with "_", so this one is no route of its own.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { figuresForRegion } from '../../../data/derive.ts';
import { figuresToCsv } from '../../../embeds/csv.ts';
import type { Lang } from '../../../i18n/lang.ts';
import { dataset } from '../../../site/dataset.ts';

export const regionCsvPaths = (() =>
  dataset.regions.filter((r) => r.type !== 'provinsi').map((region) => ({ params: { slug: region.slug }, props: { code: region.code } }))) satisfies GetStaticPaths;

export function regionCsvRoute(lang: Lang): APIRoute {
  return ({ props }) =>
    new Response(figuresToCsv(figuresForRegion(dataset, (props as { code: string }).code), dataset, lang), {
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    });
}
