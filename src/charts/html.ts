/**
 * A chart as a self-contained HTML figure string, for places that assemble HTML outside Astro
 * (the Markdown stories' `{{chart:ID}}`): title, subtitle, the SVG, the source line, and a
 * link to the chart's data table on the Segmen page. All text is escaped.
 */
import { escape } from 'html-escaper';
import type { Dataset } from '../data/schema/tables.ts';
import { formatPartialDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { ANCHORS, href, PAGES } from '../routes.ts';
import { SEGMENTS_STRINGS } from '../i18n/strings-segments.ts';
import type { ChartResolver } from '../stories/render.ts';
import { CHART_IDS, buildChart } from './registry.ts';
import { renderSvg } from './render.ts';

export function chartFigureHtml(id: string, data: Dataset, lang: Lang): string {
  // Two renderings, as in Chart.astro: charts.css shows the one that fits the container.
  const spec = buildChart(id, data, { lang, width: 640 });
  const narrowSvg = renderSvg(buildChart(id, data, { lang, width: 320 }));
  const t = SEGMENTS_STRINGS[lang];
  const svg = renderSvg(spec);
  const sources = [...new Map(spec.rows.map((r) => [r.source.id, r.source])).values()];
  const sourceLine = sources
    .map((s) => `${s.url ? `<a href="${escape(s.url)}" rel="noopener noreferrer">${escape(s.outlet)}</a>` : escape(s.outlet)} (${escape(formatPartialDate(s.published, lang))})`)
    .join('; ');
  return [
    `<figure class="chart story-chart" data-chart="${escape(id)}">`,
    `<p class="chart-title"><strong>${escape(spec.title)}</strong></p>`,
    `<p class="chart-subtitle">${escape(spec.subtitle)}</p>`,
    svg ? `<div class="chart-svg chart-narrow">${narrowSvg}</div><div class="chart-svg chart-wide">${svg}</div>` : `<p class="chart-thin">${escape(spec.thin ?? '')}</p>`,
    '<figcaption>',
    sources.length > 0 ? `<p class="chart-source">${escape(sources.length === 1 ? t.source : t.sources)}: ${sourceLine}</p>` : '',
    `<p><a href="${escape(href(PAGES.segments, lang, ANCHORS.chart(id)))}">${escape(t.dataTable)}</a></p>`,
    '</figcaption></figure>',
  ].join('');
}

/** Resolves `{{chart:ID}}` against the registry; unknown ids stay unresolved, so the story check fails. */
export function makeChartResolver(data: Dataset): ChartResolver {
  return (id, lang) => (CHART_IDS.includes(id) ? chartFigureHtml(id, data, lang) : undefined);
}
