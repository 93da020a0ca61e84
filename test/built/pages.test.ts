/**
 * Every built page on its own, without a browser: valid HTML (html-validate, zero errors,
 * which includes unique ids), and links only to pages, files and anchors that exist.
 * test/browser/site.test.ts loads the same pages in Chromium.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, readPage } from '../helpers/built.ts';
import { htmlErrors } from '../helpers/html-validate.ts';

const ORIGIN = 'http://site.invalid';
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/** What is wrong with a same-site address (a missing file or anchor), or undefined when it resolves or leads elsewhere. */
async function brokenLink(href: string, pathname: string, html: string): Promise<string | undefined> {
  const url = new URL(href, `${ORIGIN}${pathname}`);
  if (url.origin !== ORIGIN) return undefined;
  const target = decodeURIComponent(url.pathname);
  const file = path.join(DIST, target, target.endsWith('/') ? 'index.html' : '');
  const content = target === pathname ? html : await readFile(file, 'utf8').catch(() => undefined);
  if (content === undefined) return `${href}: no such file`;
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && file.endsWith('.html') && !idsOf(content).has(anchor)) return `${href}: no element with id "${anchor}"`;
  return undefined;
}

describe.each(builtPages())('%s', (pathname) => {
  it('is valid HTML', async () => {
    expect(await htmlErrors(await readPage(pathname), pathname)).toEqual([]);
  });

  it('links only to pages, files and anchors that exist', async () => {
    const html = await readPage(pathname);
    const hrefs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    expect(hrefs.length).toBeGreaterThan(0);
    const broken = [];
    for (const href of new Set(hrefs)) broken.push(await brokenLink(href, pathname, html));
    expect(broken.filter(Boolean)).toEqual([]);
  });
});
