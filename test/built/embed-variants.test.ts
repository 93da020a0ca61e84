/**
 * An embed's theme variants (/embed/<id>/light/, …/dark/, …/transparent/ and the transparent
 * forms of light and dark) are its automatic page with only the theme changed: the <html>
 * element's data-theme and data-background, and the color-scheme it declares. So the checks run
 * on every automatic page (HTML, links, accessibility in light and dark) hold for its variants.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, isEmbedVariant, readPage } from '../helpers/built.ts';

const variants = builtPages().filter(isEmbedVariant);
const base = (variant: string) => variant.replace(/\/(light|dark)\/(transparent\/)?$|\/transparent\/$/, '/');

/** The page with the theme's traces removed. */
const themeless = (html: string) =>
  html
    .replace(/<html([^>]*?) data-theme="(light|dark)"/, '<html$1')
    .replace(/<html([^>]*?) data-background="transparent"/, '<html$1')
    .replace(/<meta name="color-scheme" content="[^"]*">/, '<meta name="color-scheme">');

describe('embed theme variants', () => {
  it('exist for every embed page: light, dark, and each with a transparent background', () => {
    const automatic = builtPages().filter((p) => /\/embed\/[^/]+\/$/.test(p));
    expect(automatic.length).toBeGreaterThan(0);
    expect(variants.length).toBe(automatic.length * 5);
  });

  it.each(variants)('%s is its automatic page with only the theme changed', async (variant) => {
    const html = await readPage(variant);
    const [, theme, transparent] = /\/embed\/[^/]+\/(?:(light|dark)\/)?(transparent\/)?$/.exec(variant)!;
    const root = /<html[^>]*>/.exec(html)![0];
    expect(root.includes(`data-theme="${theme}"`) || (!theme && !root.includes('data-theme'))).toBe(true);
    expect(root.includes('data-background="transparent"')).toBe(Boolean(transparent));
    expect(html).toContain(`<meta name="color-scheme" content="${theme ?? 'light dark'}">`);
    expect(themeless(html)).toBe(themeless(await readPage(base(variant))));
  });
});
