/**
 * The site's embeddables: the registry applied to the build's dataset and topology, with each
 * export SVG computed once per chart and language however many pages and files ask.
 */
import { embedIds, embeddable, type Embeddable } from '../embeds/registry.ts';
import { exportSvg, type ExportSvg } from '../embeds/export-svg.ts';
import { exportPng } from '../embeds/png.ts';
import { absolute } from '../routes.ts';
import type { Lang } from '../i18n/lang.ts';
import { localizedPath } from '../routes.ts';
import { dataset } from './dataset.ts';
import { projectedMap } from './topology.ts';

/** Every id the site publishes an embed, images and a CSV for (the regions' timelines included). */
export const PUBLISHED_IDS: readonly string[] = embedIds(dataset);

const memo = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as T;
}

export function siteEmbeddable(id: string, lang: Lang): Embeddable {
  return once(`item:${id}:${lang}`, () => embeddable(id, lang, dataset, projectedMap));
}

/** Absolute address of the page that shows the embeddable in full. */
export function fullPageUrl(item: Embeddable, site: URL | string): string {
  const [path, hash] = item.page.split('#');
  return absolute(`${localizedPath(path!, item.lang)}${hash ? `#${hash}` : ''}`, site);
}

export function siteExport(id: string, lang: Lang, site: URL | string): ExportSvg {
  return once(`svg:${id}:${lang}`, () => {
    const item = siteEmbeddable(id, lang);
    return exportSvg(item, fullPageUrl(item, site));
  });
}

/** Drawn when its file is written, and not kept: only that one route asks for it. */
export function sitePng(id: string, lang: Lang, site: URL | string): Promise<Buffer> {
  const { svg, width } = siteExport(id, lang, site);
  return exportPng(svg, width);
}
