/**
 * The files under each embed page (/embed/<id>/…): oEmbed JSON, PNG, SVG and CSV, as static
 * endpoints for both languages (src/pages/embed/[chart]/[file].ts and its /en/ twin). Astro
 * ignores files whose name starts with "_", so this one is no route of its own.
 */
import type { APIRoute } from 'astro';
import { figuresToCsv } from '../../embeds/csv.ts';
import type { Lang } from '../../i18n/lang.ts';
import { EMBED_STRINGS } from '../../i18n/strings-embed.ts';
import { dataset } from '../../site/dataset.ts';
import { fullPageUrl, PUBLISHED_IDS, siteEmbeddable, siteExport, sitePng } from '../../site/embeds.ts';
import { displayAddress } from '../../embeds/export-svg.ts';
import { fallbackHeight } from '../../embeds/height.ts';
import { oembed } from '../../embeds/oembed.ts';
import { DOWNLOAD_KINDS, downloadName } from '../../routes.ts';

type Kind = 'oembed' | (typeof DOWNLOAD_KINDS)[number];
type FileProps = {
  id: string;
  kind: Kind;
};

export function embedFilePaths(): { params: { chart: string; file: string }; props: FileProps }[] {
  return PUBLISHED_IDS.flatMap((id) => [
    { params: { chart: id, file: 'oembed.json' }, props: { id, kind: 'oembed' as const } },
    ...DOWNLOAD_KINDS.map((kind) => ({ params: { chart: id, file: downloadName(id, kind) }, props: { id, kind } })),
  ]);
}

const TYPES: Record<Kind, string> = {
  oembed: 'application/json+oembed',
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv; charset=utf-8',
};

export function embedFileRoute(lang: Lang): APIRoute {
  return async ({ props, site }) => {
    const { id, kind } = props as FileProps;
    const origin = site!;
    const body = await (async () => {
      switch (kind) {
        case 'png':
          return new Uint8Array(await sitePng(id, lang, origin));
        case 'svg':
          return siteExport(id, lang, origin).svg;
        case 'csv':
          return figuresToCsv(siteEmbeddable(id, lang).figures, dataset, lang);
        case 'oembed': {
          const item = siteEmbeddable(id, lang);
          const json = oembed({
            id,
            lang,
            title: item.title,
            iframeTitle: EMBED_STRINGS[lang].iframeTitle(item.title),
            height: fallbackHeight(item, displayAddress(fullPageUrl(item, origin))),
            exportHeight: siteExport(id, lang, origin).height,
            site: origin,
          });
          return `${JSON.stringify(json, null, 2)}\n`;
        }
      }
    })();
    return new Response(body, { headers: { 'content-type': TYPES[kind] } });
  };
}
