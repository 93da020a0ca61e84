/**
 * Small SVG swatches for the HTML legend (and the exported image's legend), drawn like the marks
 * they explain: a dot, a hollow dot, a target dash, a target tick on a bar chart, a bar, a planned
 * (dashed) bar.
 */
import type { LegendItem } from './types.ts';

export const SWATCH = 20;

export function swatchSvg(item: LegendItem): string {
  const c = item.color;
  const mid = SWATCH / 2;
  const marks: Record<LegendItem['mark'], string> = {
    dot: `<circle cx="${mid}" cy="${mid}" r="4.5" fill="${c}" stroke="${c}" stroke-width="2"/>`,
    hollow: `<circle cx="${mid}" cy="${mid}" r="4.5" fill="none" stroke="${c}" stroke-width="2"/>`,
    target: `<line x1="${mid - 8}" x2="${mid + 8}" y1="${mid}" y2="${mid}" stroke="${c}" stroke-width="3"/>`,
    tick: `<line x1="${mid}" x2="${mid}" y1="${mid - 8}" y2="${mid + 8}" stroke="${c}" stroke-width="3"/><circle cx="${mid}" cy="${mid}" r="3.5" fill="var(--bg, #ffffff)" stroke="${c}" stroke-width="2"/>`,
    bar: `<rect x="1" y="${mid - 6}" width="${SWATCH - 2}" height="12" fill="${c}"/>`,
    planned: `<rect x="1" y="${mid - 6}" width="${SWATCH - 2}" height="12" fill="${c}" fill-opacity="0.2" stroke="${c}" stroke-width="2" stroke-dasharray="4 3"/>`,
  };
  return `<svg width="${SWATCH}" height="${SWATCH}" viewBox="0 0 ${SWATCH} ${SWATCH}" aria-hidden="true" focusable="false">${marks[item.mark]}</svg>`;
}
