/**
 * Writes the choropleth model as one self-contained SVG string: the page, an embed and a PNG
 * export all use it, and it shows without JavaScript. Every text is escaped.
 *
 * Two coordinate systems, on purpose. The shapes live in a nested <svg> with a viewBox, so they
 * scale with the width of the page. Labels, leader lines and the credit are placed in percent of
 * the outer <svg>, which has no viewBox, so their text keeps its size in CSS pixels at every
 * width (12 px labels on a 300 px phone map and on a 900 px desktop one) while staying where the
 * layout (labels.ts) put them.
 *
 * Borders are written once: each region's shape is one path in <defs>. The coast is all of them
 * drawn by reference (<use>) with a wide grey stroke; over it, each region's link draws its own
 * shape by reference, filled, with a thin stroke in the page colour (the gaps between regions).
 * The links are not inside the coast's reference, so its copy adds no focusable element.
 */
import { escape } from 'html-escaper';
import { MAP_STRINGS } from '../i18n/strings-map.ts';
import { binFill, quietFill } from './classify.ts';
import { CREDIT_FONT_SIZE, LABEL_LAYOUTS, lineHeight, lineWidth, MARKER_ADVANCE, type LabelLine, type MarkerKind } from './labels.ts';
import type { MapModel, MapRegion } from './model.ts';

export interface RenderOptions {
  /** Prefix of every id in the SVG; must be unique in the document it lands in. */
  idPrefix?: string;
  /** Width attribute in px (height follows); the drawing's own width by default. CSS may resize it. */
  width?: number;
  /**
   * Which label layout to draw (an index into LABEL_LAYOUTS). Pages draw all of them and let
   * container queries show the one that fits; a picture of fixed width (an export) draws one.
   */
  layout?: number;
  /**
   * Where the regions' links open. An embed sets "_blank": an SVG <a> ignores the page's
   * <base target>, and a region must never load the site inside a host's frame.
   */
  linkTarget?: '_blank';
}

/** The widest label layout that holds on a map `width` px wide. */
export function layoutFor(width: number): number {
  return Math.max(0, LABEL_LAYOUTS.findLastIndex((layout) => layout.mapWidth <= width));
}

/** The part of the drawing shown: all of it on pages; a picture of one layout drops unused sea at the top. */
interface View {
  width: number;
  top: number;
  height: number;
}
const percent = (value: number) => `${Number(value.toFixed(2))}%`;
const px = (view: View, x: number) => percent((x / view.width) * 100);
const py = (view: View, y: number) => percent(((y - view.top) / (view.height - view.top)) * 100);
const num = (value: number) => String(Number(value.toFixed(1)));

/** The hatch for "no figure": faint stripes, quieter than any bin. */
export function noDataPattern(id: string): string {
  return (
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${quietFill('nodataBase')}"/>` +
    `<path d="M0 0v6" stroke="${quietFill('nodataLine')}" stroke-width="2.5"/></pattern>`
  );
}

/** A bin colour dotted with the page colour: a figure measured another way than the reference. */
export function otherMethodPattern(id: string, bin: number): string {
  return (
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse">` +
    `<rect width="6" height="6" fill="${binFill(bin)}"/>` +
    `<circle cx="3" cy="3" r="1.3" fill="var(--bg, #ffffff)"/></pattern>`
  );
}

/** Marker shapes centred on (x, y) in CSS px: a ring for "old", a triangle for "another method"; each on a halo. */
export function marker(kind: MarkerKind, x: number, y: number): string {
  const shape =
    kind === 'old'
      ? `<circle cx="${num(x)}" cy="${num(y)}" r="4"/>`
      : `<path d="M${num(x)} ${num(y - 4.5)}l4.5 8h-9z"/>`;
  return (
    `<g class="marker-${kind}" fill="none" stroke-linejoin="round">` +
    `<g stroke="var(--bg, #ffffff)" stroke-width="4">${shape}</g><g stroke="var(--fg, #1a1a1a)" stroke-width="1.6">${shape}</g></g>`
  );
}

export function fillOf(r: MapRegion, idPrefix: string): string {
  switch (r.treatment) {
    case 'bin':
      return r.standing?.otherMethod ? `url(#${idPrefix}-method-${r.bin})` : binFill(r.bin!);
    case 'stale':
      return quietFill('stale');
    default:
      return `url(#${idPrefix}-nodata)`;
  }
}

function regionElement(r: MapRegion, idPrefix: string, view: View, linkTarget?: string): string {
  const data = r.latest ? ` data-value="${r.latest.figure.value}" data-figure="${escape(r.latest.figure.id)}"` : '';
  // The label point in percent of the map: the client script walks and anchors the card by it.
  const at = ` data-x="${px(view, r.anchor.x).slice(0, -1)}" data-y="${py(view, r.anchor.y).slice(0, -1)}"`;
  const card = Object.entries(r.card)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => ` data-card-${key}="${escape(value)}"`)
    .join('');
  // The link draws its shape by reference (the shapes live once, in <defs>); its fill is
  // inherited, so the focus ring (another <use> of the same shape) can draw it unfilled.
  return (
    `<a class="map-region" href="${escape(r.href)}"${linkTarget ? ` target="${linkTarget}" rel="noopener"` : ''} data-code="${escape(r.region.code)}" data-treatment="${r.treatment}"${data}${at}${card} aria-label="${escape(r.ariaLabel)}" fill="${fillOf(r, idPrefix)}">` +
    `<use href="#${shapeId(r, idPrefix)}"/></a>`
  );
}

const shapeId = (r: MapRegion, idPrefix: string) => `${idPrefix}-${r.region.slug}`;

function lineElement(line: LabelLine, y: number, fontSize: number): string {
  const width = lineWidth(line, fontSize);
  const runs = line.runs.map((run) => (run.strong ? `<tspan font-weight="700">${escape(run.text)}</tspan>` : escape(run.text))).join('');
  if (line.markers.length === 0) return `<text y="${num(y)}" dy="0.35em">${runs}</text>`;
  // Text ends where the markers begin (end-anchored, so a font narrower than the estimate
  // still leaves the markers beside the text, not adrift).
  const textEnd = -width / 2 + width - line.markers.length * MARKER_ADVANCE;
  const markers = line.markers.map((kind, i) => marker(kind, textEnd + MARKER_ADVANCE * (i + 0.5) + 1, y)).join('');
  return `<text x="${num(textEnd)}" y="${num(y)}" dy="0.35em" text-anchor="end">${runs}</text>${markers}`;
}

function labelElement(r: MapRegion, layout: number, view: View): string {
  const { x, y, width, height, lines, callout, fontSize } = r.labels[layout]!;
  if (lines.length === 0) return '';
  const top = -((lines.length - 1) * lineHeight(fontSize)) / 2;
  // A callout sits on the sea; its box in the page colour hides the end of its leader line.
  const box = callout ? `<rect x="${num(-width / 2)}" y="${num(-height / 2)}" width="${num(width)}" height="${num(height)}" fill="var(--bg, #ffffff)"/>` : '';
  return (
    `<svg x="${px(view, x)}" y="${py(view, y)}" overflow="visible" data-code="${escape(r.region.code)}"${callout ? ' data-callout="true"' : ''}>` +
    box +
    lines.map((line, i) => lineElement(line, top + i * lineHeight(fontSize), fontSize)).join('') +
    '</svg>'
  );
}

function leaderElement(r: MapRegion, layout: number, view: View): string {
  if (!r.labels[layout]!.callout) return '';
  const { anchorX, anchorY, x, y } = r.labels[layout]!;
  const [ax, ay, lx, ly] = [px(view, anchorX), py(view, anchorY), px(view, x), py(view, y)];
  return `<line x1="${ax}" y1="${ay}" x2="${lx}" y2="${ly}"/><circle cx="${ax}" cy="${ay}" r="2"/>`;
}

/** The highest drawing unit a layout uses (land or label, drawn `scale` px per unit), less a margin. */
function usedTop(model: MapModel, layout: number, scale: number): number {
  const labelTops = model.regions.map((r) => r.labels[layout]!.y - r.labels[layout]!.height / 2 / scale);
  return Math.max(0, Math.floor(Math.min(model.landTop, ...labelTops) - 6));
}

/** A layout's leader lines and labels, in a group the page's container queries show or hide. */
function layoutElement(model: MapModel, layout: number, view: View): string {
  const leaders = model.regions.map((r) => leaderElement(r, layout, view)).join('');
  return (
    `<g class="labels layout-${layout}" aria-hidden="true" pointer-events="none">` +
    (leaders ? `<g class="leaders" stroke="var(--fg, #1a1a1a)" fill="var(--fg, #1a1a1a)" stroke-width="1">${leaders}</g>` : '') +
    `<g font-size="${LABEL_LAYOUTS[layout]!.fontSize}" text-anchor="middle" fill="var(--fg, #1a1a1a)" stroke="var(--bg, #ffffff)" stroke-width="3" stroke-linejoin="round" paint-order="stroke">` +
    model.regions.map((r) => labelElement(r, layout, view)).join('') +
    '</g></g>'
  );
}

export function renderMapSvg(model: MapModel, options: RenderOptions = {}): string {
  const { idPrefix = 'map', width = model.width } = options;
  const layouts = options.layout === undefined ? LABEL_LAYOUTS.map((_, i) => i) : [options.layout];
  const view: View = { width: model.width, height: model.height, top: options.layout === undefined ? 0 : usedTop(model, options.layout, width / model.width) };
  const t = MAP_STRINGS[model.lang];
  const height = Math.round((width * (view.height - view.top)) / view.width);
  const methodBins = [...new Set(model.regions.filter((r) => r.treatment === 'bin' && r.standing?.otherMethod).map((r) => r.bin!))].sort();
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="choropleth" width="${width}" height="${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif" role="group" aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc">`,
    `<title id="${idPrefix}-title">${escape(t.mapTitle)}</title>`,
    `<desc id="${idPrefix}-desc">${escape(`${t.mapDescription} ${t.keyboardHint}`)}</desc>`,
    `<defs>${noDataPattern(`${idPrefix}-nodata`)}${methodBins.map((bin) => otherMethodPattern(`${idPrefix}-method-${bin}`, bin)).join('')}</defs>`,
    `<svg viewBox="0 ${view.top} ${view.width} ${view.height - view.top}" width="100%" height="100%" class="shapes">`,
    `<defs><g id="${idPrefix}-land">${model.regions.map((r) => `<path id="${shapeId(r, idPrefix)}" d="${r.d}"/>`).join('')}</g></defs>`,
    `<use href="#${idPrefix}-land" class="coast" fill="none" stroke="${quietFill('coast')}" stroke-width="2.5" stroke-linejoin="round" aria-hidden="true" pointer-events="none"/>`,
    `<g class="regions" stroke="var(--map-border, #ffffff)" stroke-width="1" stroke-linejoin="round">`,
    model.regions.map((r) => regionElement(r, idPrefix, view, options.linkTarget)).join(''),
    '</g>',
    `<use class="map-focus" fill="none" stroke="var(--focus, #b35900)" stroke-width="3" stroke-linejoin="round" aria-hidden="true" pointer-events="none"/>`,
    '</svg>',
    layouts.map((layout) => layoutElement(model, layout, view)).join(''),
    `<text class="credit" x="100%" y="100%" dx="-4" dy="-5" text-anchor="end" font-size="${CREDIT_FONT_SIZE}" fill="var(--muted, #595959)">${escape(t.credit)}</text>`,
    '</svg>',
  ].join('');
}
