/**
 * Whole-site checks over every built page: zero axe-core violations, every internal link
 * resolves, a Content-Security-Policy in every page and no request or CSP violation at runtime.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, withSite } from './harness.ts';

const site = withSite();
let pages: string[];

/** URL paths of every HTML page in dist/. */
async function builtPages(): Promise<string[]> {
  const entries = await readdir(DIST, { recursive: true });
  return entries
    .filter((e) => e.endsWith('index.html'))
    .map((e) => `/${e.replace(/index\.html$/, '')}`.replace(/\\/g, '/'))
    .sort();
}

beforeAll(async () => {
  pages = await builtPages();
});

describe('every page', () => {
  it('has no axe-core violations (WCAG 2.x A and AA rules)', async () => {
    const axeSource = await readFile(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
    // axe is injected by the test only, so the page's own CSP need not allow it.
    const context = await site.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const pathname of pages) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${site.origin}${pathname}`);
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
        });
        problems.push(...violations.map((v) => `${pathname} (${scheme}) ${v}`));
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('links only to pages and files that exist', async () => {
    const broken: string[] = [];
    for (const pathname of pages) {
      const html = await readFile(path.join(DIST, pathname, 'index.html'), 'utf8');
      for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
        if (!href || /^(https?:|mailto:|#)/.test(href)) continue;
        const target = new URL(href, `${site.origin}${pathname}`).pathname;
        const file = path.join(DIST, decodeURIComponent(target), target.endsWith('/') ? 'index.html' : '');
        try {
          await readFile(file);
        } catch {
          broken.push(`${pathname} → ${href}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('declares a Content-Security-Policy, and runs without violations or requests to other hosts', async () => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) problems.push(`request: ${request.url()}`);
    });
    for (const pathname of pages) {
      await page.goto(`${site.origin}${pathname}`);
      const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      expect(csp, pathname).toMatch(/default-src 'self'/);
      expect(csp, pathname).toMatch(/script-src 'self'/);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
