/**
 * Everything a journalist can embed or download: the map (id "peta") and every chart of
 * src/charts/registry.ts, the regions' timelines included. One interface for both, so embed
 * pages, images, CSVs and oEmbed are written once. Pure apart from the font metrics the export
 * reads; no Astro imports.
 */
import { chartFigure } from '../charts/figure.ts';
import { CHART_IDS, chartIds } from '../charts/registry.ts';
import { uniqueSources } from '../charts/source-line.ts';
import { SWATCH, swatchSvg as chartSwatchSvg } from '../charts/swatch.ts';
import type { Dataset, Figure, Source } from '../data/schema/tables.ts';
import type { Lang } from '../i18n/lang.ts';
import { ANCHORS, chartPagePath, PAGES } from '../routes.ts';
import { MAP_STRINGS } from '../i18n/strings-map.ts';
import type { ProjectedMap } from '../map/geometry.ts';
import { legendHeading, mapLegendItems, SWATCH_HEIGHT, SWATCH_WIDTH, swatchSvg as mapSwatchSvg } from '../map/legend.ts';
import { buildMapModel, summarySentences } from '../map/model.ts';
import { layoutFor, renderMapSvg } from '../map/render.ts';

export const MAP_ID = ANCHORS.map;
/** The site-wide embeddables: the map, then the charts in the Segmen page's order. */
export const EMBED_IDS: readonly string[] = [MAP_ID, ...CHART_IDS];
/** Everything published: the site-wide embeddables, then the regions' timelines the data has. */
export function embedIds(data: Dataset): string[] {
  return [MAP_ID, ...chartIds(data)];
}

/** A drawable part of an exported image, already flattened for a renderer without CSS. */
export interface ExportBody {
  svg: string;
  width: number;
  height: number;
}

export interface ExportLegendItem {
  /** A complete <svg> swatch with width and height attributes. */
  swatch: string;
  width: number;
  height: number;
  label: string;
}

export interface Embeddable {
  id: string;
  lang: Lang;
  title: string;
  subtitle: string;
  /** The chart's one-sentence takeaway (charts only). */
  takeaway?: string;
  /** Language-neutral path of the page that shows it in full, with its anchor. */
  page: string;
  /** Exactly the figures drawn, in display order. */
  figures: Figure[];
  /** The sources of those figures, each once, in order of first use. */
  sources: Source[];
  notes: string[];
  /** Why nothing is drawn, when the data is too thin. */
  thin?: string;
  legendTitle?: string;
  legend: ExportLegendItem[];
  /** The chart itself for an export `width` px wide, light theme; null when too thin to draw. */
  body(width: number): ExportBody | null;
}


function sizeOf(svg: string): { width: number; height: number } {
  const width = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(svg)?.[1]);
  if (!width || !height) throw new Error('chart SVG has no width/height');
  return { width, height };
}

export function chartEmbeddable(id: string, lang: Lang, data: Dataset): Embeddable {
  const figure = chartFigure(id, data, lang);
  return {
    id,
    lang,
    title: figure.title,
    subtitle: figure.subtitle,
    ...(figure.takeaway ? { takeaway: figure.takeaway } : {}),
    // Each chart has a page of its own (the Segmen page and the region pages show them in context).
    page: chartPagePath(id),
    figures: figure.rows.map((r) => r.figure),
    sources: figure.sources,
    notes: figure.notes,
    ...(figure.thin ? { thin: figure.thin } : {}),
    legend: figure.legend.map((item) => ({ swatch: chartSwatchSvg(item), width: SWATCH, height: SWATCH, label: item.label })),
    body(width) {
      const svg = figure.svgAt(width);
      return svg ? { svg, ...sizeOf(svg) } : null;
    },
  };
}

export function mapEmbeddable(lang: Lang, data: Dataset, projected: ProjectedMap): Embeddable {
  const t = MAP_STRINGS[lang];
  const model = buildMapModel(data, projected, lang);
  // Every figure the map shows (an all-worker rate, or the segment rates standing in), by region code.
  const cited = [...model.regions].sort((a, b) => a.region.code.localeCompare(b.region.code)).flatMap((r) => (r.latest ? [r.latest] : r.segments));
  const heading = legendHeading(lang);
  return {
    id: MAP_ID,
    lang,
    title: t.mapTitle,
    subtitle: t.mapDescription,
    page: `${PAGES.home}#${ANCHORS.map}`,
    figures: cited.map((c) => c.figure),
    sources: uniqueSources(cited.map((c) => c.source)),
    notes: summarySentences(model),
    legendTitle: `${heading.title} (${heading.note.replace(/\.$/, '')}). ${heading.reference}`,
    // The export has one legend and one map, so the pattern ids cannot clash with the page's.
    legend: mapLegendItems(model, 'export-legend').map((item) => ({ swatch: mapSwatchSvg(item), width: SWATCH_WIDTH, height: SWATCH_HEIGHT, label: item.label })),
    body(width) {
      const svg = renderMapSvg(model, { idPrefix: 'export-map', width, layout: layoutFor(width) });
      return { svg, width, height: Number(/ height="(\d+)"/.exec(svg)![1]) };
    },
  };
}

export function embeddable(id: string, lang: Lang, data: Dataset, projected: ProjectedMap): Embeddable {
  return id === MAP_ID ? mapEmbeddable(lang, data, projected) : chartEmbeddable(id, lang, data);
}
