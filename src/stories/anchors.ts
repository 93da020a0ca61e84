/**
 * Stable addresses inside the sources page, so any page (a story footnote, a figure row, a
 * chart's source line) can link to the entry of a source or a figure. Ids are data ids, which
 * never change meaning (see data/README.md).
 */
import type { Lang } from '../i18n/lang.ts';
import { localizedPath } from '../i18n/routes.ts';

export const SOURCES_PATH = '/sumber/';
export const METHODOLOGY_PATH = '/metodologi/';

export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;
export const figureAnchor = (figureId: string) => `figure-${figureId}`;

/** `/sumber/#source-ID` (Indonesian) or `/en/sumber/#source-ID`. */
export function sourceHref(sourceId: string, lang: Lang): string {
  return `${localizedPath(SOURCES_PATH, lang)}#${sourceAnchor(sourceId)}`;
}

export function figureHref(figureId: string, lang: Lang): string {
  return `${localizedPath(SOURCES_PATH, lang)}#${figureAnchor(figureId)}`;
}
