/**
 * The one renderer of a chart figure as HTML, used by the chart component on pages and embeds
 * (src/components/Chart.astro) and by the Markdown stories' `{{chart:ID}}`: a caption (title,
 * takeaway, subtitle, legend), the SVG drawn once, the notes and the source line, and a closed
 * disclosure with the data table. All text is escaped here.
 */
import { escape } from 'html-escaper';
import type { Dataset } from '../data/schema/tables.ts';
import type { Lang } from '../i18n/lang.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { chartFigure, type ChartFigure, type FigureTable, type TableCell } from './figure.ts';
import { resolveChartId } from './registry.ts';
import { chartPagePath, href } from '../routes.ts';
import { sourceLineHtml } from './source-line.ts';
import { swatchSvg } from './swatch.ts';

export interface FigureHtmlOptions {
  /** Heading level of the chart's title on its page (1 on an embed page). */
  level: 1 | 2 | 3 | 4;
  /** The figure's id (a page's anchor for it), if any. */
  anchor?: string;
  /** Include the data table (in a closed disclosure); embeds leave it out and link back. */
  table: boolean;
  /** A link after the figure, e.g. from a story to the chart's own page (embed code, downloads). */
  more?: { href: string; label: string };
}

function cellHtml(cell: TableCell): string {
  const text = cell.href ? `<a href="${escape(cell.href)}" rel="noopener noreferrer">${escape(cell.text)}</a>` : escape(cell.text);
  return cell.note ? `${text} <span class="note">${escape(cell.note)}</span>` : text;
}

/** A table that stacks into labelled cards on a phone (`table.stack`, global.css), so it never clips. */
function tableHtml(table: FigureTable, summary: string): string {
  const head = table.columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escape(c.label)}</th>`).join('');
  const body = table.rows
    .map((row) => {
      const [first, ...rest] = row.cells;
      const cells = rest.map((cell, i) => {
        const column = table.columns[i + 1]!;
        return `<td data-label="${escape(column.label)}"${column.numeric ? ' class="num"' : ''}>${cellHtml(cell)}</td>`;
      });
      return `<tr data-figure="${escape(row.figure)}"><th scope="row">${cellHtml(first!)}</th>${cells.join('')}</tr>`;
    })
    .join('');
  return (
    `<details class="chart-data"><summary>${escape(summary)}</summary>` +
    `<div class="table-wrap"><table class="stack chart-table" data-testid="chart-table"><caption class="visually-hidden">${escape(table.caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div></details>`
  );
}

export function figureHtml(f: ChartFigure, o: FigureHtmlOptions): string {
  const t = CHART_STRINGS[f.lang].figure;
  const h = `h${o.level}`;
  const legend =
    f.legend.length > 0
      ? `<ul class="chart-legend" aria-label="${escape(t.legend)}">${f.legend.map((item) => `<li>${swatchSvg(item)}${escape(item.label)}</li>`).join('')}</ul>`
      : '';
  const notes = f.notes.length > 0 ? `<ul class="chart-notes" aria-label="${escape(t.notes)}">${f.notes.map((n) => `<li>${escape(n)}</li>`).join('')}</ul>` : '';
  const source = f.sources.length > 0 ? `<p class="chart-source">${sourceLineHtml(f.sources, f.lang)}</p>` : '';
  return (
    `<figure class="chart"${o.anchor ? ` id="${escape(o.anchor)}"` : ''} data-chart="${escape(f.id)}" data-testid="chart">` +
    `<figcaption class="chart-caption"><${h} class="chart-title">${escape(f.title)}</${h}>` +
    (f.takeaway ? `<p class="chart-takeaway">${escape(f.takeaway)}</p>` : '') +
    `<p class="chart-subtitle">${escape(f.subtitle)}</p>${legend}</figcaption>` +
    (f.svg ? `<div class="chart-svg">${f.svg}</div>` : `<p class="chart-thin" data-testid="chart-thin">${escape(f.thin ?? '')}</p>`) +
    (notes || source ? `<div class="chart-footer">${notes}${source}</div>` : '') +
    (o.table && f.table ? tableHtml(f.table, t.dataTable) : '') +
    (o.more ? `<p class="chart-more"><a href="${escape(o.more.href)}">${escape(o.more.label)}</a></p>` : '') +
    '</figure>'
  );
}

/**
 * Resolves a story's `{{chart:ID}}` against the registry (any published chart id, a region's
 * timeline included); unknown ids stay unresolved, so the story check fails. Each chart links to
 * its own page, where its embed code and downloads are.
 */
export function makeChartResolver(data: Dataset): (id: string, lang: Lang) => string | undefined {
  return (id, lang) =>
    resolveChartId(id, data)
      ? figureHtml(chartFigure(id, data, lang), { level: 3, table: true, more: { href: href(chartPagePath(id), lang), label: CHART_STRINGS[lang].figure.chartPage } })
      : undefined;
}
