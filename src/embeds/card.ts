/**
 * Share cards: the 1200 × 630 image that WhatsApp, Facebook, X and others show for a page
 * (Open Graph and Twitter tags in src/layouts/Base.astro). One layout for every card: the site's
 * name, a title, an optional big number with its sentence, an optional line of text, and a
 * picture on the right (the map, a locator, a chart) scaled to fit; the site's address at the
 * foot. Drawn like the exports (resvg, Noto Sans from npm, light colours), so it needs no browser.
 */
import { escape } from 'html-escaper';
import { FONT_FAMILY, textWidth, wrapText, type Weight } from '../charts/fonts.ts';
import { ink } from '../charts/ink.ts';
import { flatten, normalizeFonts } from './export-svg.ts';
import { isolateFallbackGlyphs } from './fallback-glyphs.ts';
import type { ExportBody } from './registry.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PAD = 56;
const PICTURE_X = 640;
/** Width of the card's picture area: a picture drawn this wide is shown at its own size. */
export const CARD_PICTURE_WIDTH = CARD_WIDTH - PICTURE_X - PAD;
const COLORS = { bg: '#ffffff', fg: ink('light'), muted: '#595959', accent: '#005a8c', rule: '#d0d0d0' } as const;

export interface CardContent {
  /** Above the title, small: the site's name. */
  kicker: string;
  title: string;
  /** A figure in large type ("53,88 %"), with the sentence that reads it. */
  big?: { value: string; sentence: string };
  /** Text under the title (a chart's takeaway), shortened with "…" if it cannot fit. */
  text?: string;
  /** A picture for the right half, drawn at its own size and scaled to fit. */
  picture?: ExportBody;
  /** At the foot: the site's address, without the scheme. */
  address: string;
}

/** Lines of `text` at `size` within `width`, at most `max`; the last ends in "…" when the text is longer. */
function clampLines(text: string, width: number, size: number, max: number, weight: Weight = 'regular'): string[] {
  const lines = wrapText(text, width, size, weight);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last.includes(' ') && textWidth(`${last} …`, size, weight) > width) last = last.slice(0, last.lastIndexOf(' '));
  kept[max - 1] = `${last.replace(/[,;:.]$/, '')} …`;
  return kept;
}

/** The largest of `sizes` at which the text fits in `maxLines` lines, and its lines (the smallest size otherwise, shortened). */
function fitText(text: string, width: number, sizes: readonly number[], maxLines: number, weight: Weight): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrapText(text, width, size, weight);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes.at(-1)!;
  return { size, lines: clampLines(text, width, size, maxLines, weight) };
}

export function cardSvg(card: CardContent): string {
  const parts: string[] = [];
  // The picture takes the right part when there is one; the text the rest.
  const pictureBox = card.picture ? { x: PICTURE_X, y: PAD, width: CARD_PICTURE_WIDTH, height: CARD_HEIGHT - 2 * PAD - 40 } : undefined;
  const textWidthAvailable = (pictureBox ? pictureBox.x - 32 : CARD_WIDTH - PAD) - PAD;
  let y = PAD;
  const line = (text: string, size: number, weight: Weight, color: string, lineHeight: number) => {
    parts.push(`<text x="${PAD}" y="${(y + size * 0.8 + (lineHeight - size) / 2).toFixed(1)}" font-size="${size}"${weight === 'bold' ? ' font-weight="700"' : ''} fill="${color}">${escape(text)}</text>`);
    y += lineHeight;
  };

  line(card.kicker, 26, 'bold', COLORS.accent, 34);
  y += 14;
  const title = fitText(card.title, textWidthAvailable, [46, 40, 34], card.big ? 2 : 3, 'bold');
  for (const l of title.lines) line(l, title.size, 'bold', COLORS.fg, Math.round(title.size * 1.2));
  y += 18;
  if (card.big) {
    const big = fitText(card.big.value, textWidthAvailable, [104, 84, 64], 1, 'bold');
    for (const l of big.lines) line(l, big.size, 'bold', COLORS.accent, Math.round(big.size * 1.15));
    y += 4;
    for (const l of clampLines(card.big.sentence, textWidthAvailable, 28, 3)) line(l, 28, 'regular', COLORS.fg, 38);
  }
  if (card.text) {
    const room = Math.floor((CARD_HEIGHT - PAD - 44 - y) / 38);
    for (const l of clampLines(card.text, textWidthAvailable, 28, Math.max(1, room))) line(l, 28, 'regular', COLORS.fg, 38);
  }

  if (card.picture && pictureBox) {
    const scale = Math.min(pictureBox.width / card.picture.width, pictureBox.height / card.picture.height);
    const w = card.picture.width * scale;
    const h = card.picture.height * scale;
    const x = pictureBox.x + (pictureBox.width - w) / 2;
    const top = pictureBox.y + (pictureBox.height - h) / 2;
    parts.push(`<g transform="translate(${x.toFixed(1)},${top.toFixed(1)}) scale(${scale.toFixed(4)})">${flatten(card.picture.svg)}</g>`);
  }

  parts.push(`<line x1="${PAD}" x2="${CARD_WIDTH - PAD}" y1="${CARD_HEIGHT - PAD - 20}" y2="${CARD_HEIGHT - PAD - 20}" stroke="${COLORS.rule}" stroke-width="2"/>`);
  parts.push(`<text x="${PAD}" y="${CARD_HEIGHT - PAD + 8}" font-size="24" fill="${COLORS.muted}">${escape(card.address)}</text>`);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="'${FONT_FAMILY}', sans-serif">` +
    `<title>${escape(card.title)}</title><rect width="100%" height="100%" fill="${COLORS.bg}"/>` +
    parts.join('') +
    '</svg>\n';
  return isolateFallbackGlyphs(normalizeFonts(svg));
}
