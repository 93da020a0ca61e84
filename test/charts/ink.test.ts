/** The series colours keep ≥3:1 contrast against both page backgrounds, so one SVG serves both schemes. */
import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, contrastRatio, SERIES } from '../../src/charts/ink.ts';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 on white is the classic 4.54:1 AA grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('series palette', () => {
  for (const [name, color] of Object.entries(SERIES)) {
    it(`${name} (${color}) has at least 3:1 against the light and the dark background`, () => {
      expect(contrastRatio(color, BACKGROUNDS.light)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
    });
  }

  it('matches the backgrounds in the site stylesheet', async () => {
    const { readFile } = await import('node:fs/promises');
    const css = await readFile('src/styles/global.css', 'utf8');
    const backgrounds = [...css.matchAll(/--bg:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]!.toLowerCase());
    expect(backgrounds).toEqual([BACKGROUNDS.light, BACKGROUNDS.dark]);
  });
});
