/**
 * The Atom feed of new figures (/angka-baru.xml, /en/angka-baru.xml; src/feed/atom.ts). Astro
 * ignores files whose name starts with "_", so this one is no route of its own.
 */
import type { APIRoute } from 'astro';
import { atomFeed } from '../feed/atom.ts';
import type { Lang } from '../i18n/lang.ts';
import { dataset } from '../site/dataset.ts';

export function feedRoute(lang: Lang): APIRoute {
  return ({ site }) => new Response(atomFeed(dataset, lang, site!), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
