/**
 * Renders a chart spec to an SVG string at build time: Observable Plot draws into a server DOM
 * (linkedom), so pages carry plain SVG and no chart needs JavaScript.
 *
 * The DOM is an XML (SVG) document, not an HTML one: HTML serialisation leaves `<` and `&` raw
 * inside attributes, which breaks the SVG and PNG exports and turns a label's "&amp;" into "&" on
 * the page. XML serialisation escapes both, and its output is valid inside HTML too.
 */
import * as Plot from '@observablehq/plot';
import { DOMParser } from 'linkedom';
import type { ChartSpec } from './types.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The class Plot puts on the root; src/styles/charts.css styles it (Plot's own <style> is dropped). */
export const PLOT_CLASS = 'chart-plot';

/** The chart's accessible name: title, then the generated text alternative. */
export function accessibleName(spec: ChartSpec): string {
  return `${spec.title}. ${spec.alt}`;
}

/** SVG markup of a chart, or null when the chart is too thin to draw (see `spec.thin`). */
export function renderSvg(spec: ChartSpec): string | null {
  if (!spec.plot) return null;
  const document = new DOMParser().parseFromString(`<svg xmlns="${SVG_NS}"></svg>`, 'image/svg+xml') as unknown as Document;
  const svg = Plot.plot({ ...spec.plot, className: PLOT_CLASS, document }) as unknown as SVGSVGElement;
  // Plot injects a <style> element; inline styles would need a CSP exception, so the same
  // rules live in the site stylesheet instead.
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  // The whole SVG is one image with one accessible name; Plot's aria-label on each mark group
  // is not allowed on a <g> without a role (axe: aria-prohibited-attr), so it becomes data-mark.
  for (const group of [...svg.querySelectorAll('[aria-label]')]) {
    group.setAttribute('data-mark', group.getAttribute('aria-label')!);
    group.removeAttribute('aria-label');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', accessibleName(spec));
  svg.setAttribute('font-size', '12');
  svg.setAttribute('data-chart', spec.id);
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.textContent = spec.alt;
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = spec.title;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, desc);
  return svg.toString();
}
