/**
 * Colours. Marks use four Okabe–Ito hues and a grey, chosen because each keeps at least 3:1 contrast against
 * both the light (#ffffff) and the dark (#121212) page background, so one SVG works in either
 * scheme; text, axes and neutral marks use currentColor. test/charts/ink.test.ts checks the ratios.
 */
/**
 * `auto` draws text and neutral marks in currentColor, so one SVG follows the page's light or
 * dark scheme; `light`/`dark` bake the ink colour in, for exports that leave the page.
 */
export type Theme = 'auto' | 'light' | 'dark';

export const SERIES = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  green: '#009E73',
  purple: '#CC79A7',
  /** For "not stated": a neutral grey that still keeps 3:1 on both backgrounds. */
  grey: '#808080',
} as const;

/** Page backgrounds the palette must contrast with (src/styles/global.css --bg, light and dark). */
export const BACKGROUNDS = { light: '#ffffff', dark: '#121212' } as const;

/** Ink for text, axes and neutral marks. */
export function ink(theme: Theme = 'auto'): string {
  if (theme === 'light') return '#1a1a1a';
  if (theme === 'dark') return '#ececec';
  return 'currentColor';
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
