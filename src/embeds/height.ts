/**
 * How an embed page fits the frame it is given, and the frame height its code asks for.
 *
 * A frame without the loader (a CMS stripped the script, or WordPress's cleaned form) keeps the
 * `height` of the embed code at every width, from a 300 px phone column to a 1400 px page. The
 * embed page therefore fills whatever height it gets (src/styles/embed.css, and the rules
 * written here): title and legend at the top, notes, source and credit at the foot, and between
 * them the chart, which takes the room left, up to MAX_STRETCH times its own height (a scene's
 * bands, src/charts/scene.ts: a timeline's panels grow taller, a bar chart's groups spread
 * apart); the map grows or shrinks with the room, between its narrowest label layout and the
 * frame's width.
 *
 * The code's height is then the tallest the page's fixed parts need at any frame width, with the
 * chart at its own height (the map at its smallest): text wraps most at 300 px, while the map
 * needs most room on wide frames. To know how text wraps, embed pages set it in Noto Sans served
 * from the site (the font the exports are drawn in), and this module measures it with the same
 * metrics (src/charts/fonts.ts) and the same sizes it writes into the page (`embedLayoutCss`).
 * Kerning is ignored, so measured lines are never shorter than drawn ones: the estimate errs tall,
 * and the chart takes up the difference.
 */
import { textWidth, wrapText, type Weight } from '../charts/fonts.ts';
import { sourceLineText } from '../charts/source-line.ts';
import { EMBED_STRINGS } from '../i18n/strings-embed.ts';
import { MAP_STRINGS } from '../i18n/strings-map.ts';
import { legendHeading } from '../map/legend.ts';
import { MAP_ID, type Embeddable } from './registry.ts';

/** The frame widths an embed must hold at, narrowest and widest (README "Embedding"). */
export const FRAME_WIDTHS = { min: 300, max: 1400 } as const;
/** A taller frame spreads a chart's rows up to this factor; beyond it the rest is blank at the foot. */
export const MAX_STRETCH = 2;
/** The map is never drawn wider than this in an embed. */
export const MAP_MAX_WIDTH = 800;
/** The narrowest map (its first label layout, src/map/labels.ts). */
export const MAP_MIN_WIDTH = 276;

interface Type {
  size: number;
  line: number;
  weight?: Weight;
}

/** The embed page's type and spacing, in CSS px: written into the page and used to measure it. */
export const EMBED_LAYOUT = {
  pad: 12,
  /** Prose lines are never longer than this (the site's measure, 40rem). */
  measure: 640,
  title: { size: 20, line: 26, weight: 'bold', after: 4 },
  takeaway: { size: 15, line: 22, after: 4 },
  subtitle: { size: 14, line: 20, after: 6 },
  legend: { size: 13, line: 18, gapX: 16, gapY: 4, swatchGap: 6, before: 4 },
  legendTitle: { size: 14, line: 20, weight: 'bold' },
  chart: { before: 8, after: 8 },
  thin: { size: 15, line: 22, padX: 12, padY: 8 },
  small: { size: 13, line: 18 },
  notes: { indent: 16, gap: 2, after: 4 },
  footer: { before: 8, padTop: 6, gapX: 16, gapY: 2 },
} as const;

type Layout = Omit<typeof EMBED_LAYOUT, 'title' | 'takeaway' | 'subtitle' | 'legend' | 'legendTitle' | 'small'> & {
  title: Type & { after: number };
  takeaway: Type & { after: number };
  subtitle: Type & { after: number };
  legend: Type & { gapX: number; gapY: number; swatchGap: number; before: number };
  legendTitle: Type;
  small: Type;
};

/**
 * Frames narrower than this set the text a step smaller (never below 12 px): a phone column
 * wraps text most, and the code's height is what the narrowest frame needs.
 */
export const NARROW_BELOW = 420;
export const EMBED_LAYOUT_NARROW: Layout = {
  ...EMBED_LAYOUT,
  title: { size: 18, line: 23, weight: 'bold', after: 4 },
  takeaway: { size: 14, line: 20, after: 4 },
  subtitle: { size: 13, line: 18, after: 6 },
  legend: { ...EMBED_LAYOUT.legend, size: 12, line: 17 },
  legendTitle: { size: 13, line: 18, weight: 'bold' },
  small: { size: 12, line: 17 },
};

const layoutAt = (frameWidth: number): Layout => (frameWidth < NARROW_BELOW ? EMBED_LAYOUT_NARROW : EMBED_LAYOUT);

function lines(text: string, type: Type, width: number): number {
  return text ? wrapText(text, width, type.size, type.weight ?? 'regular').length : 0;
}

/** Height of a paragraph of `text` in `type`, `width` px wide. */
const block = (text: string, type: Type, width: number) => lines(text, type, width) * type.line;

/** Rows of a flex-wrapped list of items `widths` px wide in `width`, each at least one line. */
function rows(items: readonly { width: number; height: number }[], width: number, gapX: number, gapY: number): number {
  let height = 0;
  let rowHeight = 0;
  let x = 0;
  for (const item of items) {
    const w = Math.min(item.width, width);
    if (x > 0 && x + w > width) {
      height += rowHeight + gapY;
      x = 0;
      rowHeight = 0;
    }
    x += w + gapX;
    rowHeight = Math.max(rowHeight, item.height);
  }
  return height + rowHeight;
}

function legendHeight(L: Layout, item: Embeddable, inner: number): number {
  if (item.legend.length === 0) return 0;
  const t = L.legend;
  const entries = item.legend.map((entry) => {
    const natural = entry.width + t.swatchGap + textWidth(entry.label, t.size);
    // A label longer than the row wraps inside its entry.
    const labelLines = natural > inner ? lines(entry.label, t, inner - entry.width - t.swatchGap) : 1;
    return { width: natural, height: Math.max(entry.height, labelLines * t.line) };
  });
  return t.before + rows(entries, inner, t.gapX, t.gapY);
}

export const CREDIT_SEPARATOR = ' · ';
/** The credit line as the page writes it: the credit and the address of the chart's page, as text. */
export function creditText(item: Embeddable, address: string): string {
  return `${EMBED_STRINGS[item.lang].credit}${CREDIT_SEPARATOR}${address}`;
}

function footerHeight(L: Layout, item: Embeddable, inner: number, address: string): number {
  const t = EMBED_STRINGS[item.lang];
  const size = L.small.size;
  const measure = Math.min(inner, L.measure);
  const entry = (text: string, weight: Weight) => {
    const width = textWidth(text, size, weight);
    return { width, height: width > measure ? lines(text, { ...L.small, weight }, measure) * L.small.line : L.small.line };
  };
  // The credit is its words, then the address, which may break anywhere (embed.css) when longer than the line.
  const credit = creditText(item, address);
  const creditWidth = textWidth(credit, size, 'bold');
  const creditEntry =
    creditWidth <= measure
      ? { width: creditWidth, height: L.small.line }
      : { width: measure, height: (lines(`${t.credit}${CREDIT_SEPARATOR}`, { ...L.small, weight: 'bold' }, measure) + Math.ceil(textWidth(address, size) / measure)) * L.small.line };
  const entries = [creditEntry, entry(t.backLink, 'regular'), entry(`${t.downloads}: PNG · SVG · CSV`, 'regular')];
  return L.footer.before + L.footer.padTop + 1 + rows(entries, inner, L.footer.gapX, L.footer.gapY);
}

/** The map's height when drawn `width` px wide. */
function mapHeight(item: Embeddable, width: number): number {
  const body = item.body(MAP_MAX_WIDTH)!;
  return (width * body.height) / body.width;
}

/**
 * Height of everything but the chart (or map) on an embed page `frameWidth` px wide, and the
 * chart's own height: the page's natural height is their sum.
 */
export function embedParts(item: Embeddable, frameWidth: number, address: string): { fixed: number; chart: number } {
  const L = layoutAt(frameWidth);
  const inner = frameWidth - 2 * L.pad;
  const prose = Math.min(inner, L.measure);
  let h = 2 * L.pad;
  h += block(item.title, L.title, inner) + L.title.after;
  if (item.takeaway) h += block(item.takeaway, L.takeaway, prose) + L.takeaway.after;
  h += block(item.subtitle, L.subtitle, prose) + L.subtitle.after;
  let chart: number;
  if (item.id === MAP_ID) {
    const heading = legendHeading(item.lang);
    h += L.chart.before + L.chart.after;
    h += block(`${heading.title} ${heading.note}`, L.legendTitle, prose) + block(heading.reference, L.small, prose);
    h += legendHeight(L, item, inner);
    h += block(MAP_STRINGS[item.lang].keyboardHint, L.small, prose) + L.notes.after;
    if (item.sources.length) h += block(sourceLineText(item.sources, item.lang), L.small, prose);
    h += block(item.notes.join(' '), L.small, prose) + L.notes.after;
    chart = mapHeight(item, Math.min(inner, MAP_MIN_WIDTH));
  } else {
    h += legendHeight(L, item, inner);
    const body = item.body(inner);
    if (body) {
      h += L.chart.before + L.chart.after;
      chart = body.height;
    } else {
      chart = 0;
      h += L.chart.before + L.chart.after + 2 * L.thin.padY + block(item.thin ?? '', L.thin, Math.min(prose, inner - 2 * L.thin.padX - 4));
    }
    for (const note of item.notes) h += block(note, L.small, prose - L.notes.indent) + L.notes.gap;
    if (item.notes.length) h += L.notes.after;
    if (item.sources.length) h += block(sourceLineText(item.sources, item.lang), L.small, prose);
  }
  h += footerHeight(L, item, inner, address);
  return { fixed: Math.ceil(h), chart: Math.ceil(chart) };
}

/** Frame widths the code's height is checked at: every 20 px from the narrowest to the widest. */
const CHECKED_WIDTHS = [...new Set([...Array.from({ length: (FRAME_WIDTHS.max - FRAME_WIDTHS.min) / 20 + 1 }, (_, i) => FRAME_WIDTHS.min + 20 * i), NARROW_BELOW - 1, NARROW_BELOW])];

const fallbackHeights = new WeakMap<Embeddable, Map<string, number>>();

/**
 * The iframe's `height` in the embed code: at every frame width from 300 to 1400 px the page's
 * fixed parts and the chart at its own height (the map at its smallest) fit in it, so nothing is
 * cut; the chart takes what is left.
 */
export function fallbackHeight(item: Embeddable, address: string): number {
  // Several pages and files print the same item's code (its chart page, its oEmbed file), and
  // each estimate lays the text out at every checked width: work it out once per item and address.
  let byAddress = fallbackHeights.get(item);
  if (!byAddress) fallbackHeights.set(item, (byAddress = new Map()));
  let height = byAddress.get(address);
  if (height === undefined) {
    let tallest = 0;
    for (const width of CHECKED_WIDTHS) {
      const { fixed, chart } = embedParts(item, width, address);
      tallest = Math.max(tallest, fixed + chart);
    }
    byAddress.set(address, (height = Math.ceil(tallest / 10) * 10));
  }
  return height;
}

/**
 * The rules that make an embed page fill its frame, with the sizes measured above. Written into
 * each embed page as a <style> (the page's CSP lists its hash), so the page and this estimate
 * cannot drift apart. `chart` is the chart's own height in px (0 for the map).
 */
export function embedLayoutCss(item: Embeddable): string {
  const px = (n: number) => `${n}px`;
  const type = (t: Type) => `font-size:${px(t.size)};line-height:${px(t.line)}`;
  const body = item.id === MAP_ID ? null : item.body(FRAME_WIDTHS.min - 2 * EMBED_LAYOUT.pad);
  const map = item.id === MAP_ID ? item.body(MAP_MAX_WIDTH) : null;
  const rules = (L: Layout) => [
    `.embed{padding:${px(L.pad)}}`,
    `.embed h1,.embed .chart-title{${type(L.title)};margin:0 0 ${px(L.title.after)}}`,
    `.embed .chart-takeaway{${type(L.takeaway)};margin:0 0 ${px(L.takeaway.after)}}`,
    `.embed .chart-subtitle,.embed .embed-subtitle{${type(L.subtitle)};margin:0 0 ${px(L.subtitle.after)}}`,
    `.embed .chart-legend,.embed .map-legend ul{${type(L.legend)};gap:${px(L.legend.gapY)} ${px(L.legend.gapX)};margin:${px(L.legend.before)} 0 0}`,
    `.embed .chart-legend li,.embed .map-legend li{gap:${px(L.legend.swatchGap)}}`,
    `.embed .map-legend .legend-title{${type(L.legendTitle)};margin:0}`,
    `.embed .map-legend .legend-reference,.embed .map-keyboard-hint,.embed .embed-notes,.embed .chart-footer,.embed .chart-source,.embed .embed-footer{${type(L.small)}}`,
    `.embed .map-legend .legend-reference,.embed .chart-source,.embed .map-figure .chart-source{margin:0}`,
    `.embed .map-keyboard-hint,.embed .embed-notes{margin:0 0 ${px(L.notes.after)}}`,
    `.embed .chart-svg,.embed .map-area{margin:${px(L.chart.before)} 0 ${px(L.chart.after)}}`,
    `.embed .chart-thin{${type(L.thin)};padding:${px(L.thin.padY)} ${px(L.thin.padX)};margin:${px(L.chart.before)} 0 ${px(L.chart.after)}}`,
    `.embed .chart-notes{margin:0 0 ${px(L.notes.after)};padding-left:${px(L.notes.indent)}}`,
    `.embed .chart-notes li+li{margin-top:${px(L.notes.gap)}}`,
    `.embed .embed-footer{margin:${px(L.footer.before)} 0 0;padding:${px(L.footer.padTop)} 0 0;gap:${px(L.footer.gapY)} ${px(L.footer.gapX)}}`,
  ];
  const chart = [
    // The chart's box stops growing with the chart: room beyond that is left above the credit line.
    ...(body ? [`.embed .chart-plot{min-height:${px(body.height)}}`, `.embed .chart-svg{max-height:${px(Math.round(body.height * MAX_STRETCH))}}`] : []),
    ...(map ? [`.embed{--map-aspect:${(map.width / map.height).toFixed(4)}}`] : []),
  ];
  // `main.embed` outweighs the site's own rules for the same elements (charts.css, map.css).
  const scoped = (list: string[]) => list.map((rule) => rule.replace(/(^|,)\.embed\b/g, '$1main.embed')).join('\n');
  return `${scoped([...rules(EMBED_LAYOUT), ...chart])}\n@media (max-width:${NARROW_BELOW - 0.02}px){\n${scoped(rules(EMBED_LAYOUT_NARROW))}\n}`;
}
