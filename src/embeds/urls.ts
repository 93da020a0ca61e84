/**
 * Where embeds and downloads live. These addresses are pasted into other people's articles, so
 * they must never change meaning: an id is stable (src/charts/registry.ts), and so is this scheme.
 *
 *   /embed/<id>/                          the embed page (English: /en/embed/<id>/)
 *   /embed/<id>/oembed.json               its oEmbed description
 *   /embed/<id>/cakupan-bali-<id>.png     image with title, source and credit baked in
 *   /embed/<id>/cakupan-bali-<id>.svg     the same image as SVG
 *   /embed/<id>/cakupan-bali-<id>.csv     exactly the figures drawn, with source columns
 *   /embed/loader.js                      the resize loader (one file for every language)
 */
import type { Lang } from '../i18n/lang.ts';
import { localizedPath } from '../i18n/routes.ts';

export type DownloadKind = 'png' | 'svg' | 'csv';
export const DOWNLOAD_KINDS: readonly DownloadKind[] = ['png', 'svg', 'csv'];

export const LOADER_PATH = '/embed/loader.js';

export function embedPath(id: string, lang: Lang): string {
  return localizedPath(`/embed/${id}/`, lang);
}

export function downloadName(id: string, kind: DownloadKind): string {
  return `cakupan-bali-${id}.${kind}`;
}

export function downloadPath(id: string, kind: DownloadKind, lang: Lang): string {
  return `${embedPath(id, lang)}${downloadName(id, kind)}`;
}

export function oembedPath(id: string, lang: Lang): string {
  return `${embedPath(id, lang)}oembed.json`;
}

export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
