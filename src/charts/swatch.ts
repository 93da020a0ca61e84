/**
 * Small SVG swatches for the HTML legend, drawn with the same d3 symbols Plot uses so a legend
 * entry looks exactly like the mark it explains.
 */
import { symbol as d3symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTimes, symbolTriangle, type SymbolType } from 'd3';
import type { LegendItem } from './types.ts';

const SYMBOLS: Record<string, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  star: symbolStar,
  times: symbolTimes,
};

const R = 5; // the dots' radius in the charts

export function swatchSvg(item: LegendItem): string {
  const size = 20;
  let mark: string;
  if (item.symbol) {
    const path = d3symbol(SYMBOLS[item.symbol] ?? symbolCircle, Math.PI * R * R)() ?? '';
    const fill = item.hollow ? 'none' : item.color;
    mark = `<path d="${path}" transform="translate(${size / 2},${size / 2})" fill="${fill}" stroke="${item.color}" stroke-width="2"/>`;
  } else {
    const dash = item.line === 'dashed' ? ' stroke-dasharray="4 3"' : '';
    mark = `<line x1="1" x2="${size - 1}" y1="${size / 2}" y2="${size / 2}" stroke="${item.color}" stroke-width="3"${dash}/>`;
  }
  return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false">${mark}</svg>`;
}
