/**
 * The site's main sections, in menu order. Paths are language-neutral (the English site puts
 * /en in front); slugs stay Indonesian in both languages so a page keeps one identity.
 */
import type { Lang } from './lang.ts';

export interface NavItem {
  path: string;
  label: Record<Lang, string>;
}

export const NAV: NavItem[] = [
  { path: '/', label: { id: 'Peta', en: 'Map' } },
  { path: '/segmen/', label: { id: 'Segmen', en: 'Segments' } },
  { path: '/paritrana/', label: { id: 'Paritrana', en: 'Paritrana Award' } },
  { path: '/sumber/', label: { id: 'Sumber', en: 'Sources' } },
  { path: '/metodologi/', label: { id: 'Metodologi', en: 'Methodology' } },
  { path: '/data-terbuka/', label: { id: 'Data', en: 'Data' } },
];
