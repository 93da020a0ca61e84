/**
 * What a page offers to those who share or embed it, decided from its address alone, so no
 * template has to remember: its share card (Open Graph, Twitter) and the one chart its oEmbed
 * discovery names. A page about one chart or the map names it; a page showing several names none
 * (an oEmbed consumer takes the first link, which would be a guess); each chart's own page names it.
 */
import { chartIds, regionChartId } from '../charts/registry.ts';
import { MAP_ID } from '../embeds/registry.ts';
import { CARD_NAMES, chartPagePath, PAGES, regionPath } from '../routes.ts';
import { dataset } from './dataset.ts';

const charts = chartIds(dataset);
const regencies = dataset.regions.filter((r) => r.type !== 'provinsi');

/** The card previewing the page at a language-neutral path: its chart's, its region's, or the site's. */
export function cardForPath(path: string): string {
  const chart = charts.find((id) => chartPagePath(id) === path);
  if (chart) return CARD_NAMES.chart(chart);
  const region = regencies.find((r) => regionPath(r.slug) === path);
  return region ? CARD_NAMES.region(region.slug) : CARD_NAMES.home;
}

/** The embeddable a page at a language-neutral path is about, if it is about exactly one. */
export function oembedForPath(path: string): string | undefined {
  if (path === PAGES.home) return MAP_ID;
  const chart = charts.find((id) => chartPagePath(id) === path);
  if (chart) return chart;
  const region = regencies.find((r) => regionPath(r.slug) === path);
  return region && charts.includes(regionChartId(region.slug)) ? regionChartId(region.slug) : undefined;
}
