/**
 * PNG exports, drawn at build time by resvg from the export SVG, with the fonts the project
 * installs from npm and no system fonts, so every machine produces the same bytes.
 *
 * resvg writes 32-bit RGBA; a chart on a white background has a few dozen colours, the map's
 * dotted and hatched fills a few thousand faint shades of them. The published file is a
 * palette PNG (sharp, with libimagequant: at most 256 colours, no dithering), which looks the
 * same and is about a third of the size: the map went from 490 KB to under 150 KB.
 */
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import sharp from 'sharp';
import { EXPORT_FONT_FILES, FONT_FAMILY } from '../charts/fonts.ts';

/** Device pixels per SVG unit: a 640-unit export becomes a 1280 px image, sharp on retina screens and in print. */
export const PNG_SCALE = 2;

function options(width: number, scale: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    font: {
      fontFiles: [...EXPORT_FONT_FILES],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    background: '#ffffff',
  };
}

/** The image as resvg draws it (RGBA): what the published file must look like. */
export function renderPng(svg: string, width: number, scale = PNG_SCALE): Buffer {
  return new Resvg(svg, options(width, scale)).render().asPng();
}

/**
 * The published file: the same pixels as a palette PNG. libimagequant keeps the fewest colours
 * that reach the quality asked for (an image with few colours keeps them all, exactly); without
 * dithering, flat fills stay flat and compress well. Deterministic: the same input gives the
 * same bytes.
 */
export async function exportPng(svg: string, width: number, scale = PNG_SCALE): Promise<Buffer> {
  // Drawn off the main thread (resvg's thread pool), so the build renders pages meanwhile
  // (astro.config.mjs: build.concurrency).
  const image = await renderAsync(svg, options(width, scale));
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ palette: true, quality: 80, dither: 0, effort: 1, compressionLevel: 6 })
    .toBuffer();
}
