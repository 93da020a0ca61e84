/** The choropleth's bins and colours (src/map/classify.ts), and the stylesheet that repeats them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, BINS, binIndex, QUIET } from '../../src/map/classify.ts';
import { LABEL_LAYOUTS } from '../../src/map/labels.ts';

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('binIndex', () => {
  it.each([
    [0, 0],
    [19.99, 0],
    [20, 1],
    [36.8, 1],
    [40, 2],
    [59.99, 2],
    [65.6, 3],
    [80, 4],
    [100, 4],
  ])('puts %d%% in bin %d', (value, expected) => {
    expect(binIndex(value)).toBe(expected);
  });

  it('refuses values that are not percentages', () => {
    expect(() => binIndex(100.01)).toThrow(RangeError);
    expect(() => binIndex(-1)).toThrow(RangeError);
  });
});

describe('BINS', () => {
  it('cover 0–100 without gaps', () => {
    expect(BINS[0]!.min).toBe(0);
    expect(BINS.at(-1)!.max).toBe(100);
    for (let i = 1; i < BINS.length; i++) expect(BINS[i]!.min).toBe(BINS[i - 1]!.max);
  });

  it.each(['light', 'dark'] as const)('stand at least 3:1 against the %s background, so no region melts into the page', (scheme) => {
    for (const bin of BINS) expect(contrast(bin[scheme], BACKGROUNDS[scheme]), bin[scheme]).toBeGreaterThanOrEqual(3);
  });

  it.each(['light', 'dark'] as const)('step in one direction of lightness in the %s scheme, each step visibly apart', (scheme) => {
    const l = BINS.map((bin) => luminance(bin[scheme]));
    const direction = scheme === 'light' ? -1 : 1; // more covered: darker on white, brighter on black
    for (let i = 1; i < l.length; i++) {
      expect(Math.sign(l[i]! - l[i - 1]!)).toBe(direction);
      expect(contrast(BINS[i]![scheme], BINS[i - 1]![scheme])).toBeGreaterThan(1.25);
    }
  });

  it.each(['light', 'dark'] as const)('leave the quiet treatments (stale, no data) quieter than any bin in the %s scheme', (scheme) => {
    const nearest = Math.min(...BINS.map((bin) => contrast(bin[scheme], BACKGROUNDS[scheme])));
    for (const kind of ['stale', 'nodataBase', 'nodataLine'] as const) {
      expect(contrast(QUIET[kind][scheme], BACKGROUNDS[scheme]), kind).toBeLessThan(nearest);
    }
  });
});

describe('src/styles/map.css', () => {
  const css = readFileSync('src/styles/map.css', 'utf8');
  const block = (selector: string) => css.slice(css.indexOf(selector)).split('}')[0]!;

  it('carries the same colours as classify.ts, light and dark', () => {
    const light = block(":root, :root[data-theme='light'] {");
    const dark = block(":root[data-theme='dark'] {");
    const darkMedia = block(":root:not([data-theme='light']) {");
    BINS.forEach((bin, i) => {
      expect(light).toContain(`--map-bin-${i}: ${bin.light};`);
      expect(dark).toContain(`--map-bin-${i}: ${bin.dark};`);
      expect(darkMedia).toContain(`--map-bin-${i}: ${bin.dark};`);
    });
    for (const quiet of Object.values(QUIET)) {
      expect(light).toContain(`${quiet.variable}: ${quiet.light};`);
      expect(dark).toContain(`${quiet.variable}: ${quiet.dark};`);
    }
  });

  it('switches label layouts at the widths they were made for', () => {
    const widths = [...css.matchAll(/@container \(min-width: (\d+)px\)/g)].map((m) => Number(m[1]));
    expect(widths).toEqual(LABEL_LAYOUTS.slice(1).map((l) => l.mapWidth));
  });
});
