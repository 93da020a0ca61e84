import { describe, expect, it } from 'vitest';
import { BINS, binIndex, labelColor } from '../../src/map/classify.ts';

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
  it('cover 0–100 without gaps, with distinct colours', () => {
    expect(BINS[0]!.min).toBe(0);
    expect(BINS.at(-1)!.max).toBe(100);
    for (let i = 1; i < BINS.length; i++) expect(BINS[i]!.min).toBe(BINS[i - 1]!.max);
    expect(new Set(BINS.map((b) => b.color)).size).toBe(BINS.length);
  });

  it('pair each fill with a label colour of at least 4.5:1 contrast', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    BINS.forEach((bin, i) => expect(contrast(bin.color, labelColor(i))).toBeGreaterThanOrEqual(4.5));
  });
});
