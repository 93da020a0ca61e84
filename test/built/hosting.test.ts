/**
 * What the built site tells a host and a browser about itself: each page's CSP allows exactly
 * the inline scripts and styles that page has (no hash matching nothing, none missing), each
 * page names its icon, and `_headers` gives every page exactly one frame-ancestors policy:
 * 'none', or any site for an embed page (recognised by its <html data-embed>).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, readPage } from '../helpers/built.ts';

const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** Rules of a `_headers` file: a path pattern (`*` matches anything) and its header lines. */
function parseHeaders(text: string): { pattern: string; headers: string[] }[] {
  const rules: { pattern: string; headers: string[] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else rules.at(-1)!.headers.push(line.trim());
  }
  return rules;
}

const matches = (pattern: string, pathname: string) =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(pathname);

const headersFile = readFile(path.join(DIST, '_headers'), 'utf8').then(parseHeaders);
const headersFor = async (pathname: string) => (await headersFile).filter((r) => matches(r.pattern, pathname)).flatMap((r) => r.headers);

describe.each(builtPages())('%s', (pathname) => {
  it('lists in its CSP exactly the hashes of its own inline scripts and styles', async () => {
    const { document } = parseHTML(await readPage(pathname));
    const policy = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const listed = (directive: string) => [...(new RegExp(`(?:^|;)\\s*${directive}\\s([^;]*)`).exec(policy)?.[1] ?? '').matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]).sort();
    const inline = (selector: string) => [...new Set([...document.querySelectorAll(selector)].map((el) => hash(el.textContent ?? '')))].sort();
    expect(policy).toMatch(/^default-src 'self';/);
    expect(listed('script-src')).toEqual(inline('script:not([src])'));
    expect(listed('style-src')).toEqual(inline('style'));
  });

  it('names its icon and gets one frame-ancestors policy from _headers', async () => {
    const { document } = parseHTML(await readPage(pathname));
    expect(document.querySelector('link[rel=icon]')?.getAttribute('href')).toBe('/favicon.svg');
    const framing = (await headersFor(pathname)).filter((h) => h.startsWith('Content-Security-Policy:'));
    expect(framing).toEqual([document.documentElement.hasAttribute('data-embed') ? 'Content-Security-Policy: frame-ancestors *' : "Content-Security-Policy: frame-ancestors 'none'"]);
  });
});

describe('_headers', () => {
  it('sends nosniff and a referrer policy with every file', async () => {
    for (const file of ['/', '/favicon.svg', '/embed/loader.js', '/data/figures.csv']) {
      expect(await headersFor(file), file).toEqual(expect.arrayContaining(['X-Content-Type-Options: nosniff', expect.stringMatching(/^Referrer-Policy: \S+$/)]));
    }
  });

  it('caches the hashed build assets for a year, and only those', async () => {
    const assets = await readdir(path.join(DIST, '_astro'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset, 'Astro names each asset by a hash of its content').toMatch(/\.[\w-]{8,}\.\w+$/);
      expect(await headersFor(`/_astro/${asset}`)).toContain('Cache-Control: public, max-age=31536000, immutable');
    }
    expect((await headersFor('/favicon.svg')).filter((h) => h.startsWith('Cache-Control'))).toEqual([]);
  });
});

describe('the icon', () => {
  it('is an SVG drawn without text or external references', async () => {
    const svg = await readFile(path.join(DIST, 'favicon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/);
    expect(svg).not.toMatch(/<text|href=|url\(/);
  });
});
