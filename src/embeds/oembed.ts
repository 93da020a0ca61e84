/**
 * oEmbed (https://oembed.com) "rich" responses, one static JSON file per chart and language.
 * WordPress and other CMSs that discover it through the page's <link rel="alternate"> insert
 * `html` as is; it carries the loader, so the frame sizes itself even where an editor could not
 * paste a script. There is no query endpoint (the site is static): the discovery link names the file.
 */
import type { Lang } from '../i18n/lang.ts';
import { localizedPath } from '../routes.ts';
import { STRINGS } from '../i18n/strings.ts';
import { embedCode } from './code.ts';
import { EXPORT_WIDTH } from './export-svg.ts';
import { PNG_SCALE } from './png.ts';
import { absolute, DEFAULT_CODE_VARIANT, downloadPath, embedVariantPath } from '../routes.ts';

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export interface OEmbedInput {
  id: string;
  lang: Lang;
  title: string;
  iframeTitle: string;
  /** The iframe's fallback height. */
  height: number;
  /** Height of the exported image in SVG units (the PNG is PNG_SCALE times larger). */
  exportHeight: number;
  site: URL | string;
}

/** The width a "rich" response must state; the iframe itself is fluid (width 100%). */
export const OEMBED_WIDTH = 640;

export function oembed(input: OEmbedInput): OEmbed {
  const { id, lang, site } = input;
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: STRINGS[lang].siteName,
    provider_url: absolute(localizedPath('/', lang), site),
    // The light embed, as the embed box hands out by default: a CMS cannot ask its author which.
    html: embedCode({ src: absolute(embedVariantPath(id, lang, DEFAULT_CODE_VARIANT), site), id, title: input.iframeTitle, height: input.height }, site, true),
    width: OEMBED_WIDTH,
    height: input.height,
    thumbnail_url: absolute(downloadPath(id, 'png', lang), site),
    thumbnail_width: EXPORT_WIDTH * PNG_SCALE,
    thumbnail_height: Math.round(input.exportHeight * PNG_SCALE),
  };
}
