/**
 * PNG exports, drawn at build time by resvg from the export SVG, with the font the project
 * installs from npm and no system fonts, so every machine produces the same bytes.
 */
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from '../charts/fonts.ts';

/** Device pixels per SVG unit: a 640-unit export becomes a 1280 px image, sharp on retina screens and in print. */
export const PNG_SCALE = 2;

export function renderPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * PNG_SCALE) },
    font: {
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
