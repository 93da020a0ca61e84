/**
 * The site's main sections, in menu order. Paths are language-neutral (the English site puts
 * /en in front); slugs stay Indonesian in both languages so a page keeps one identity.
 */
import { PAGES, storyPath } from '../routes.ts';
import type { Lang } from './lang.ts';

export interface NavItem {
  path: string;
  label: Record<Lang, string>;
}

export const NAV: NavItem[] = [
  { path: PAGES.home, label: { id: 'Peta', en: 'Map' } },
  { path: PAGES.segments, label: { id: 'Segmen', en: 'Segments' } },
  { path: storyPath('paritrana'), label: { id: 'Paritrana', en: 'Paritrana Award' } },
  { path: PAGES.sources, label: { id: 'Sumber', en: 'Sources' } },
  { path: PAGES.methodology, label: { id: 'Metodologi', en: 'Methodology' } },
  { path: PAGES.openData, label: { id: 'Data', en: 'Data' } },
];

/** The phone menu's button. */
export const NAV_MENU: Record<Lang, string> = { id: 'Menu', en: 'Menu' };

/** The language switch's short form on phones: the language it leads to, in that language. */
export const LANGUAGE_SHORT: Record<Lang, string> = { id: 'English', en: 'Indonesia' };
