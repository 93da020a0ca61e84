/**
 * Every address the site has, in one place: pages, regions, stories, charts' embeds and
 * downloads, open-data files, and the anchors other pages link to. Navigation, links, the
 * reserved story names and the tests all take their addresses from here, so a page cannot link
 * to an address the site does not build.
 *
 * Scheme: Indonesian at the root, English under /en/; every page exists in both languages at the
 * same path after the prefix, so the language switch is a pure function of the path. Slugs stay
 * Indonesian in both languages so a page keeps one identity. Data files (CSV, JSON) are
 * language-neutral and live under /data/ only.
 *
 * These addresses are pasted into other people's articles: an id (a chart, a region, a figure)
 * never changes meaning, and neither does this scheme.
 */
import { LANGS, type Lang } from './i18n/lang.ts';

/** Language-neutral paths of the site's fixed pages. */
export const PAGES = {
  home: '/',
  segments: '/segmen/',
  sources: '/sumber/',
  methodology: '/metodologi/',
  openData: '/data-terbuka/',
  dataGaps: '/kekosongan-data/',
} as const;

export type PageName = keyof typeof PAGES;

/** A regency or city: `/wilayah/gianyar/`. */
export const regionPath = (slug: string) => `/wilayah/${slug}/`;
/**
 * Every figure of one indicator in a region, each with its quote: `/wilayah/gianyar/coverage_rate/`.
 * A region's figures are split by indicator so the page stays small as years of reports pile up;
 * the indicator id never changes meaning, so the address holds.
 */
export const regionIndicatorPath = (slug: string, indicator: string) => `${regionPath(slug)}${indicator}/`;
/** An older year of those figures, once the indicator's page has no room for it: `/wilayah/gianyar/coverage_rate/2019/`. */
export const regionIndicatorYearPath = (slug: string, indicator: string, year: number) => `${regionIndicatorPath(slug, indicator)}${year}/`;

/** The part of a source row its address is made of: its id and the year it was published. */
export interface SourceKey {
  id: string;
  published: { year: number };
}
/** The sources published in one year: `/sumber/2025/`. */
export const sourceYearPath = (year: number) => `${PAGES.sources}${year}/`;
/**
 * One source and everything the site takes from it, each figure with its quote:
 * `/sumber/2025/antara-2025-10-gianyar-kejar/`. A source's id and year never change when rows
 * are added, so neither does its address (nor a figure's, `#figure-ID` on its source's page).
 */
export const sourcePath = (source: SourceKey) => `${sourceYearPath(source.published.year)}${source.id}/`;
/** A Markdown story from data/stories: `/paritrana/`. */
export const storyPath = (slug: string) => `/${slug}/`;

// Embeds and downloads (see README "Embedding"), per language: their text is the page's.
/** The embed page of a chart or the map: `/embed/<id>/` (English: `/en/embed/<id>/`). */
export const embedPath = (id: string, lang: Lang) => localizedPath(`/embed/${id}/`, lang);
export const oembedPath = (id: string, lang: Lang) => `${embedPath(id, lang)}oembed.json`;
export type DownloadKind = 'png' | 'svg' | 'csv';
export const DOWNLOAD_KINDS: readonly DownloadKind[] = ['png', 'svg', 'csv'];
export const downloadName = (id: string, kind: DownloadKind) => `cakupan-bali-${id}.${kind}`;
export const downloadPath = (id: string, kind: DownloadKind, lang: Lang) => `${embedPath(id, lang)}${downloadName(id, kind)}`;
/** Path prefixes under which the embed pages of each language live (they may be framed by any site). */
export const EMBED_PREFIXES: readonly string[] = LANGS.map((lang) => embedPath('', lang).replace(/\/\/$/, '/'));
/** The resize loader: one file for every chart and language. */
export const LOADER_PATH = '/embed/loader.js';

// Open data (language-neutral).
export const dataFilePath = (file: string) => `/data/${file}`;
export const DATAPACKAGE_PATH = dataFilePath('datapackage.json');
export const regionCsvPath = (slug: string) => dataFilePath(`wilayah/${slug}.csv`);

/** Anchors inside pages that other pages link to. */
export const ANCHORS = {
  map: 'peta',
  chart: (id: string) => `chart-${id}`,
  source: (id: string) => `source-${id}`,
  figure: (id: string) => `figure-${id}`,
  year: (year: number) => `year-${year}`,
} as const;

// ---------------------------------------------------------------------------------------------
// Sharing and embedding (issue 14): a page per chart, embed theme variants, share cards, the feed.
// ---------------------------------------------------------------------------------------------

/**
 * A chart's own page: the chart, its takeaway, table, sources, downloads and embed code, and the
 * only page whose oEmbed discovery names that chart, so its address pasted into a CMS gives it.
 */
export const chartPagePath = (id: string) => `/grafik/${id}/`;

/** How an embed is drawn: the host chooses (README "Embedding"). Each is its own static page, so no script is needed. */
export type EmbedTheme = 'auto' | 'light' | 'dark';
export const EMBED_THEMES: readonly EmbedTheme[] = ['auto', 'light', 'dark'];
export interface EmbedVariant {
  theme: EmbedTheme;
  /** No background of its own: the host page shows through. */
  transparent: boolean;
}
/**
 * What the embed box and oEmbed hand out unless the host chooses otherwise: light, since most
 * articles are, and an automatic embed in a light article read in dark mode would be a dark box.
 */
export const DEFAULT_CODE_VARIANT: EmbedVariant = { theme: 'light', transparent: false };
export const EMBED_VARIANTS: readonly EmbedVariant[] = EMBED_THEMES.flatMap((theme) => [false, true].map((transparent) => ({ theme, transparent })));
/** The path segments after `/embed/<id>/` that select a variant: '' (automatic), 'dark/', 'light/transparent/'… */
export const variantSegments = (v: EmbedVariant) => `${v.theme === 'auto' ? '' : `${v.theme}/`}${v.transparent ? 'transparent/' : ''}`;
/** The embed page of a chart in a variant: `/embed/budgets/dark/`. */
export const embedVariantPath = (id: string, lang: Lang, variant: EmbedVariant) => `${embedPath(id, lang)}${variantSegments(variant)}`;

/** A share card (Open Graph, Twitter): one 1200 × 630 PNG per page kind and language, under `/kartu/`. */
export const cardPath = (name: string, lang: Lang) => localizedPath(`/kartu/${name}.png`, lang);
export const CARD_NAMES = {
  home: 'cakupan-bali',
  region: (slug: string) => `wilayah-${slug}`,
  chart: (id: string) => `grafik-${id}`,
} as const;

/** The Atom feed of figures as they enter the dataset, per language. */
export const feedPath = (lang: Lang) => localizedPath('/angka-baru.xml', lang);

/** A region's figures as CSV, in the page's language (labels beside the codes). */
export const regionCsvLocalizedPath = (slug: string, lang: Lang) => localizedPath(regionCsvPath(slug), lang);

/** Top-level path segments the site's own pages use; a story there would be hidden by the page. */
export const RESERVED_SEGMENTS: readonly string[] = [
  ...new Set(
    [...Object.values(PAGES), regionPath('x'), embedPath('x', 'id'), dataFilePath('x'), chartPagePath('x'), cardPath('x', 'id'), feedPath('id'), '/en/', '/_astro/']
      .map((p) => p.split('/')[1]!)
      .filter((segment) => segment !== ''),
  ),
];

// Localisation.

/** The path of a neutral page in a language: ("/", "en") → "/en/". */
export function localizedPath(neutral: string, lang: Lang): string {
  const p = neutral.startsWith('/') ? neutral : `/${neutral}`;
  return lang === 'id' ? p : `/en${p}`;
}

/** The language-neutral path ("/", "/wilayah/gianyar/") of a localized one. */
export function neutralPath(localized: string): string {
  const p = localized.startsWith('/') ? localized : `/${localized}`;
  if (p === '/en' || p === '/en/') return '/';
  return p.startsWith('/en/') ? p.slice(3) : p;
}

export function langOfPath(localized: string): Lang {
  return /^\/en(?:\/|$)/.test(localized) ? 'en' : 'id';
}

/** The same page in the other language. */
export function switchLanguagePath(currentPath: string, to: Lang): string {
  return localizedPath(neutralPath(currentPath), to);
}

/** A page of the site in a language, with an optional anchor: ("/sumber/", "en", "source-x") → "/en/sumber/#source-x". */
export function href(neutral: string, lang: Lang, anchor?: string): string {
  return `${localizedPath(neutral, lang)}${anchor ? `#${anchor}` : ''}`;
}

/** `/sumber/2025/ID/` (Indonesian) or `/en/sumber/2025/ID/`: the source's own page. */
export const sourceHref = (source: SourceKey, lang: Lang) => href(sourcePath(source), lang);
/** A figure's row, with its quote, on its source's page: `/sumber/2025/SOURCE/#figure-ID`. */
export const figureHref = (figureId: string, source: SourceKey, lang: Lang) => href(sourcePath(source), lang, ANCHORS.figure(figureId));

/** An absolute address on the deployed site. */
export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
