/** The route module: language prefixes, anchors and the story names the site's pages reserve. */
import { describe, expect, it } from 'vitest';
import { figureHref, langOfPath, neutralPath, PAGES, RESERVED_SEGMENTS, regionPath, switchLanguagePath } from '../src/routes.ts';

describe('routes', () => {
  it.each([
    ['/', 'en', '/en/'],
    ['/en/', 'id', '/'],
    ['/wilayah/gianyar/', 'en', '/en/wilayah/gianyar/'],
    ['/en/sumber/', 'id', '/sumber/'],
  ] as const)('%s in %s is %s', (from, lang, to) => {
    expect(switchLanguagePath(from, lang)).toBe(to);
    expect(langOfPath(to)).toBe(lang);
  });

  it('reads the neutral path of an English page', () => {
    expect(neutralPath('/en')).toBe('/');
    expect(neutralPath('/en/segmen/')).toBe(PAGES.segments);
  });

  it('links a figure to its row on its source\'s page, an address made of the source\'s year and id only', () => {
    expect(figureHref('gianyar-coverage-2025-09', { id: 'antara-2025-10-gianyar-kejar', published: { year: 2025 } }, 'en')).toBe('/en/sumber/2025/antara-2025-10-gianyar-kejar/#figure-gianyar-coverage-2025-09');
  });

  it('reserves every top-level segment a page of the site uses, so no story can hide behind one', () => {
    for (const path of [...Object.values(PAGES), regionPath('x')]) {
      const segment = path.split('/')[1]!;
      if (segment !== '') expect(RESERVED_SEGMENTS).toContain(segment);
    }
    expect(RESERVED_SEGMENTS).toEqual(expect.arrayContaining(['segmen', 'kekosongan-data', 'embed', 'data', 'en']));
  });
});
