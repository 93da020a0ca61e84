/**
 * One self-contained SVG per chart and language, for download and for the PNG: title, subtitle,
 * legend, the chart, notes, source line and credit, laid out at build time. It must render the
 * same in resvg (no CSS, no system fonts) as in a browser or Illustrator, so colours are the
 * light theme's literal values: no CSS variables, no currentColor.
 */
import { escape } from 'html-escaper';
import { ink } from '../charts/ink.ts';
import { sourceLineText } from '../charts/source-line.ts';
import { EMBED_STRINGS } from '../i18n/strings-embed.ts';
import { FONT_FAMILY, textWidth, wrapText, type Weight } from '../charts/fonts.ts';
import { isolateFallbackGlyphs } from './fallback-glyphs.ts';
import type { Embeddable } from './registry.ts';

/** Logical width of an export; the PNG is drawn at twice this (1280 px). */
export const EXPORT_WIDTH = 640;
const PAD = 24;
const INNER = EXPORT_WIDTH - 2 * PAD;
const COLORS = { bg: '#ffffff', fg: ink('light'), muted: '#595959' } as const;

export interface ExportSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * `var(--name, fallback)` → fallback, and currentColor → the light ink: what the page's
 * stylesheet would have supplied, written in for a renderer that has no stylesheet.
 */
export function flatten(svg: string): string {
  return svg.replace(/var\(--[\w-]+,\s*([^)]+?)\s*\)/g, '$1').replace(/currentColor/g, COLORS.fg);
}

/** Address without the scheme, as a credit line shows it: "cakupan-bali.example/segmen/". */
export function displayAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/#.*$/, '');
}

export function exportSvg(item: Embeddable, pageUrl: string): ExportSvg {
  const t = EMBED_STRINGS[item.lang];
  const parts: string[] = [];
  let y = PAD;

  function paragraph(text: string, size: number, lineHeight: number, weight: Weight, color: string, indent = 0): void {
    for (const line of wrapText(text, INNER - indent, size, weight)) {
      // The baseline sits about 0.8 em below the line's top for Noto Sans.
      parts.push(`<text x="${PAD + indent}" y="${(y + size * 0.8 + (lineHeight - size) / 2).toFixed(1)}" font-size="${size}"${weight === 'bold' ? ' font-weight="700"' : ''} fill="${color}">${escape(line)}</text>`);
      y += lineHeight;
    }
  }

  paragraph(item.title, 20, 26, 'bold', COLORS.fg);
  y += 2;
  if (item.takeaway) {
    paragraph(item.takeaway, 15, 21, 'regular', COLORS.fg);
    y += 2;
  }
  paragraph(item.subtitle, 14, 20, 'regular', COLORS.muted);
  y += 10;

  if (item.legendTitle) {
    paragraph(item.legendTitle, 13, 20, 'bold', COLORS.fg);
    y += 2;
  }
  if (item.legend.length > 0) {
    // Entries flow left to right and wrap, like the HTML legend; a label too long for one row
    // wraps within its entry.
    const line = 17;
    let x = PAD;
    let rowHeight = 0;
    for (const entry of item.legend) {
      const room = INNER - entry.width - 6;
      const lines = wrapText(entry.label, room, 13);
      const width = entry.width + 6 + Math.min(room, Math.max(...lines.map((l) => textWidth(l, 13))));
      const height = Math.max(entry.height, lines.length * line);
      if (x > PAD && x + width > PAD + INNER) {
        x = PAD;
        y += rowHeight + 6;
        rowHeight = 0;
      }
      parts.push(flatten(entry.swatch.replace('<svg ', `<svg x="${x}" y="${(y + (line - entry.height) / 2).toFixed(1)}" `)));
      lines.forEach((text, i) => {
        parts.push(`<text x="${x + entry.width + 6}" y="${(y + 12.5 + i * line).toFixed(1)}" font-size="13" fill="${COLORS.fg}">${escape(text)}</text>`);
      });
      rowHeight = Math.max(rowHeight, height);
      x += width + 16;
    }
    y += rowHeight + 14;
  }

  const body = item.body(INNER);
  if (body) {
    parts.push(flatten(body.svg).replace('<svg ', `<svg x="${PAD}" y="${y}" `));
    y += body.height + 12;
  } else if (item.thin) {
    paragraph(item.thin, 14, 20, 'regular', COLORS.fg);
    y += 12;
  }

  for (const note of item.notes) {
    paragraph(`• ${note}`, 12, 17, 'regular', COLORS.muted);
  }
  if (item.notes.length) y += 6;
  if (item.sources.length) paragraph(sourceLineText(item.sources, item.lang), 12, 17, 'regular', COLORS.fg);
  paragraph(t.exportCredit(displayAddress(pageUrl)), 12, 17, 'bold', COLORS.fg);
  y += PAD - 6;

  const height = Math.ceil(y);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${EXPORT_WIDTH}" height="${height}" viewBox="0 0 ${EXPORT_WIDTH} ${height}" font-family="'${FONT_FAMILY}', sans-serif">` +
    `<title>${escape(item.title)}</title>` +
    `<rect width="100%" height="100%" fill="${COLORS.bg}"/>` +
    parts.join('') +
    '</svg>\n';
  return { svg: isolateFallbackGlyphs(normalizeFonts(svg)), width: EXPORT_WIDTH, height };
}

/**
 * Every text in an export is drawn in the bundled font: the charts and the map ask for the
 * reader's system font, which a renderer on a fresh machine does not have.
 */
export function normalizeFonts(svg: string): string {
  return svg.replace(/font-family="[^"]*"/g, `font-family="'${FONT_FAMILY}', sans-serif"`);
}
