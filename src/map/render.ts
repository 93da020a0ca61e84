/**
 * Writes the choropleth model as one self-contained SVG string: the page, an embed and a PNG
 * export can all use it, and it shows without JavaScript. Every text is escaped.
 */
import { escape } from 'html-escaper';
import { MAP_STRINGS } from '../i18n/strings-map.ts';
import { labelColor } from './classify.ts';
import { MAP_HEIGHT, MAP_WIDTH } from './geometry.ts';
import { LABEL_FONT_SIZE, MARKER_ADVANCE } from './labels.ts';
import { NO_DATA_PATTERN_ID, type MapModel, type MapRegion } from './model.ts';

/** The hatch used for "no data": grey stripes on the page background, never a value colour. */
export function noDataPattern(id: string): string {
  return (
    `<pattern id="${id}" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="7" height="7" fill="var(--map-nodata-bg, #ffffff)"/>` +
    `<line x1="0" y1="0" x2="0" y2="7" stroke="var(--map-nodata-line, #767676)" stroke-width="2.5"/></pattern>`
  );
}

/** Marker shapes for flagged figures, centred on (x, y): a ring for "old", a triangle for "other method". */
export function oldMarker(x: number, y: number): string {
  return `<circle class="marker-old" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="4.5" fill="none" stroke="currentColor" stroke-width="2"/>`;
}
export function otherMethodMarker(x: number, y: number): string {
  const p = (dx: number, dy: number) => `${(x + dx).toFixed(1)},${(y + dy).toFixed(1)}`;
  return `<polygon class="marker-method" points="${p(0, -5)} ${p(5, 4)} ${p(-5, 4)}" fill="none" stroke="currentColor" stroke-width="2"/>`;
}

function regionElement(r: MapRegion): string {
  const data = r.latest ? ` data-value="${r.latest.figure.value}" data-figure="${escape(r.latest.figure.id)}"` : ' data-nodata="true"';
  // Where the label anchor sits: the client script uses it for arrow-key moves and the tooltip.
  const at = ` data-cx="${r.label.anchorX.toFixed(0)}" data-cy="${r.label.anchorY.toFixed(0)}"`;
  const tip = Object.entries(r.tooltip)
    .map(([key, value]) => ` data-tip-${key}="${escape(value)}"`)
    .join('');
  return (
    `<a class="map-region" href="${escape(r.href)}" data-code="${escape(r.region.code)}"${data}${at}${tip} aria-label="${escape(r.ariaLabel)}">` +
    `<path d="${r.d}" fill="${r.fill}"/></a>`
  );
}

function labelElement(r: MapRegion): string {
  const { x, y, anchorX, anchorY, width, text } = r.label;
  const moved = Math.hypot(x - anchorX, y - anchorY) > 6;
  const leader = moved
    ? `<line class="leader" x1="${anchorX.toFixed(1)}" y1="${anchorY.toFixed(1)}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}" stroke="currentColor" stroke-width="1"/>`
    : '';
  // A label moved off its shape, or on the hatch, sits on the page background and takes the
  // page colours; one on a fill takes the colour that contrasts with it. A halo in the
  // opposite colour keeps it readable where it overhangs a neighbour.
  const onFill = !moved && r.bin !== undefined;
  const fill = onFill ? labelColor(r.bin!) : 'var(--fg, #1a1a1a)';
  const haloColor = onFill ? (labelColor(r.bin!) === '#ffffff' ? '#1a1a1a' : '#ffffff') : 'var(--bg, #ffffff)';
  const halo = ` stroke="${haloColor}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`;
  const markerCount = Number(r.flags.old) + Number(r.flags.otherMethod);
  // The box is centred on (x, y) and includes the markers; the text takes its left part.
  const textX = x - (markerCount * MARKER_ADVANCE) / 2;
  const markers: string[] = [];
  let mx = x + width / 2 - markerCount * MARKER_ADVANCE + MARKER_ADVANCE / 2;
  if (r.flags.old) {
    markers.push(oldMarker(mx, y));
    mx += MARKER_ADVANCE;
  }
  if (r.flags.otherMethod) markers.push(otherMethodMarker(mx, y));
  return (
    leader +
    `<text x="${textX.toFixed(1)}" y="${y.toFixed(1)}" dy="0.35em" text-anchor="middle" fill="${fill}"${halo}>${escape(text)}</text>` +
    (markers.length ? `<g class="markers" color="${fill}">${markers.join('')}</g>` : '')
  );
}

export function renderMapSvg(model: MapModel, idPrefix = 'map'): string {
  const t = MAP_STRINGS[model.lang];
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="choropleth" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif" role="group" aria-labelledby="${titleId}" aria-describedby="${descId}">`,
    `<title id="${titleId}">${escape(t.mapTitle)}</title>`,
    `<desc id="${descId}">${escape(`${t.mapDescription} ${t.keyboardHint}`)}</desc>`,
    `<defs>${noDataPattern(NO_DATA_PATTERN_ID)}</defs>`,
    `<g class="regions">${model.regions.map(regionElement).join('')}</g>`,
    `<path class="inner-borders" d="${model.borders}" fill="none" stroke="var(--map-border, #ffffff)" stroke-width="1.2" stroke-linejoin="round" pointer-events="none"/>`,
    `<path class="outline" d="${model.outline}" fill="none" stroke="var(--map-outline, #4d4d4d)" stroke-width="1" stroke-linejoin="round" pointer-events="none"/>`,
    `<g class="labels" aria-hidden="true" font-size="${LABEL_FONT_SIZE}" pointer-events="none">${model.regions.map(labelElement).join('')}</g>`,
    `<text class="credit" x="${MAP_WIDTH - 8}" y="${MAP_HEIGHT - 6}" text-anchor="end" font-size="10" fill="var(--muted, #595959)">${escape(t.credit)}</text>`,
    '</svg>',
  ].join('');
}
