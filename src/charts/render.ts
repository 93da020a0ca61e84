/**
 * Writes a chart spec's scene as an SVG string at build time, so pages carry plain SVG and no
 * chart needs JavaScript: fluid for a page (fills its column at any width, one copy), or at a
 * fixed width for an export. The whole SVG is one image with one accessible name.
 */
import { sceneSvg } from './scene.ts';
import type { ChartSpec } from './types.ts';

/** The class of every chart SVG; src/styles/charts.css styles it. */
export const PLOT_CLASS = 'chart-plot';

/** The chart's accessible name: title, then the generated text alternative. */
export function accessibleName(spec: ChartSpec): string {
  return `${spec.title}. ${spec.alt}`;
}

/** SVG markup of a chart (fluid, or `width` px wide), or null when the chart is too thin to draw (see `spec.thin`). */
export function renderSvg(spec: ChartSpec, width?: number): string | null {
  if (!spec.draw) return null;
  return sceneSvg(spec.draw(width), { id: spec.id, title: spec.title, alt: spec.alt, className: PLOT_CLASS }, width);
}
