/**
 * One chart figure: everything shown around a chart, built once from its spec. A page, a story,
 * an embed and an exported image all read this model (src/charts/html.ts renders it as HTML,
 * src/embeds/export-svg.ts as an image), so the same chart says the same wherever it appears.
 */
import type { Dataset, Source } from '../data/schema/tables.ts';
import { formatPartialDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { STRINGS } from '../i18n/strings.ts';
import { indicatorLabel, regionLabel, segmentLabel, valueText } from './describe.ts';
import { buildChart, resolveChartId, CHART_IDS } from './registry.ts';
import { renderSvg } from './render.ts';
import { uniqueSources } from './source-line.ts';
import type { ChartRow, ChartSpec, LegendItem } from './types.ts';

export interface TableCell {
  text: string;
  /** A muted addition, e.g. "(target)". */
  note?: string;
  href?: string;
}

/** The chart's data table: exactly the rows drawn. */
export interface FigureTable {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: { figure: string; cells: TableCell[] }[];
}

export interface ChartFigure {
  id: string;
  lang: Lang;
  title: string;
  subtitle: string;
  takeaway: string;
  legend: LegendItem[];
  notes: string[];
  alt: string;
  /** Why nothing is drawn, when the data is too thin. */
  thin?: string;
  rows: ChartRow[];
  sources: Source[];
  table: FigureTable | null;
  /** The chart for a page: one fluid SVG that fills its column at any width. */
  svg: string | null;
  /** The chart laid out for exactly `width` px, for an exported image. */
  svgAt(width: number): string | null;
}

function figureTable(spec: ChartSpec, lang: Lang): FigureTable | null {
  if (spec.rows.length === 0) return null;
  const t = CHART_STRINGS[lang].figure;
  const methods = STRINGS[lang].methods;
  const kinds = CHART_STRINGS[lang].kinds;
  const showIndicator = new Set(spec.rows.map((r) => r.indicator.id)).size > 1;
  return {
    caption: t.tableCaption(spec.title),
    columns: [
      { label: t.colRegion },
      { label: t.colSegment },
      ...(showIndicator ? [{ label: t.colIndicator }] : []),
      { label: t.colValue, numeric: true },
      { label: t.colAsOf },
      { label: t.colMethod },
      { label: t.colSource },
    ],
    rows: spec.rows.map((r) => ({
      figure: r.figure.id,
      cells: [
        { text: regionLabel(r.region, lang) },
        { text: segmentLabel(r.segment, lang) },
        ...(showIndicator ? [{ text: indicatorLabel(r, lang) }] : []),
        { text: valueText(r, lang), ...(r.figure.kind !== 'actual' ? { note: `(${kinds[r.figure.kind]})` } : {}) },
        { text: formatPartialDate(r.figure.as_of, lang) },
        { text: methods[r.figure.method] },
        { text: r.source.outlet, ...(r.source.url ? { href: r.source.url } : {}) },
      ],
    })),
  };
}

export function figureOf(spec: ChartSpec, lang: Lang): ChartFigure {
  return {
    id: spec.id,
    lang,
    title: spec.title,
    subtitle: spec.subtitle,
    takeaway: spec.takeaway,
    legend: spec.legend,
    notes: spec.notes,
    alt: spec.alt,
    ...(spec.thin !== undefined ? { thin: spec.thin } : {}),
    rows: spec.rows,
    sources: uniqueSources(spec.rows.map((r) => r.source)),
    table: figureTable(spec, lang),
    svg: renderSvg(spec),
    svgAt: (width) => renderSvg(spec, width),
  };
}

const built = new WeakMap<Dataset, Map<string, ChartFigure>>();

/**
 * The figure of a published chart id (src/charts/registry.ts): a site-wide chart, or a region's
 * timeline, titled with the region's name and carrying its own id. Built once per dataset and
 * language however many pages, embeds and stories show it.
 */
export function chartFigure(id: string, data: Dataset, lang: Lang): ChartFigure {
  let figures = built.get(data);
  if (!figures) built.set(data, (figures = new Map()));
  const key = `${id}:${lang}`;
  let figure = figures.get(key);
  if (!figure) figures.set(key, (figure = buildFigure(id, data, lang)));
  return figure;
}

function buildFigure(id: string, data: Dataset, lang: Lang): ChartFigure {
  const resolved = resolveChartId(id, data);
  if (!resolved) throw new Error(`unknown chart id "${id}"; known: ${CHART_IDS.join(', ')}, and coverage-trends-<slug> for a region with a timeline`);
  const spec = buildChart(resolved.chart, resolved.data, { lang });
  if (!resolved.region) return figureOf(spec, lang);
  const title = CHART_STRINGS[lang].regionTimelineTitle(regionLabel(resolved.region, lang));
  return figureOf({ ...spec, id, title }, lang);
}
