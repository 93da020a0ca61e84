/**
 * The code a journalist pastes: an iframe that looks right on its own (a fixed fallback height),
 * optionally followed by the loader script that makes it fit its content exactly.
 */
import { CHART_ATTRIBUTE } from './protocol.ts';
import { absolute, LOADER_PATH } from '../routes.ts';

/**
 * Escapes for a double-quoted attribute only: the code is read by people too, and an apostrophe
 * written as &#39; in a title looks broken to a journalist pasting it.
 */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface IframeOptions {
  /** Absolute address of the embed page. */
  src: string;
  id: string;
  title: string;
  /** Fallback height in px, used until (or unless) the loader resizes the frame. */
  height: number;
}

/**
 * `frameborder="0"` is obsolete HTML, kept on purpose: WordPress strips `style` from an oEmbed
 * iframe but keeps `frameborder`, so the frame gets no default border there either.
 */
export function iframeCode({ src, id, title, height }: IframeOptions): string {
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" ${CHART_ATTRIBUTE}="${attr(id)}" ` +
    `width="100%" height="${Math.round(height)}" frameborder="0" loading="lazy" style="width:100%;max-width:100%;border:0;display:block"></iframe>`
  );
}

export function loaderTag(site: URL | string): string {
  return `<script async src="${attr(absolute(LOADER_PATH, site))}"></script>`;
}

export function embedCode(options: IframeOptions, site: URL | string, withLoader: boolean): string {
  return withLoader ? `${iframeCode(options)}\n${loaderTag(site)}` : iframeCode(options);
}
