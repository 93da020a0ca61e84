/**
 * The share cards (/kartu/<name>.png and /en/kartu/<name>.png), drawn at build time (src/site/cards.ts).
 * Astro ignores files whose name starts with "_", so this one is no route of its own.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../i18n/lang.ts';
import { CARD_LIST, siteCardPng } from '../../site/cards.ts';

export const cardPaths = (() => CARD_LIST.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export function cardRoute(lang: Lang): APIRoute {
  return async ({ params, site }) => new Response(new Uint8Array(await siteCardPng(params['name']!, lang, site!)), { headers: { 'content-type': 'image/png' } });
}
