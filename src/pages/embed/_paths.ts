/**
 * The embed pages of one language: each published chart and the map, in each theme variant the
 * host may choose (src/routes.ts EMBED_VARIANTS): /embed/<id>/ follows the reader's scheme;
 * /embed/<id>/light/, /embed/<id>/dark/ and their /transparent/ forms are fixed, with no script
 * needed. Astro ignores files whose name starts with "_", so this one is no route of its own.
 */
import { EMBED_VARIANTS, variantSegments } from '../../routes.ts';
import { PUBLISHED_IDS } from '../../site/embeds.ts';

export function embedPagePaths() {
  return PUBLISHED_IDS.flatMap((chart) =>
    EMBED_VARIANTS.map((variant) => ({ params: { chart, variant: variantSegments(variant).replace(/\/$/, '') || undefined }, props: { variant } })),
  );
}
