/**
 * The built pages in Chromium (every page of each kind, or a sample of a kind with many pages:
 * see pageSample), one test per page and check, so each stays small and a failure names its page: zero axe-core violations in the light and the dark scheme (WCAG 2.x A and AA,
 * plus the duplicate-id rules axe no longer runs by tag), and at runtime a Content-Security-Policy,
 * no console error, no failed request (the icon request included: no /favicon.ico 404) and no
 * request to another host.
 * Links and HTML validity are checked without a browser in test/built/pages.test.ts. An embed's
 * theme variants are their automatic page with the theme changed (test/built/embed-variants.test.ts);
 * test/browser/embeds.test.ts loads them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSample } from '../helpers/built.ts';
import { withSite } from './harness.ts';

const site = withSite();
let axeSource: string;
/** axe is injected by the test only, so this context bypasses the pages' own CSP. */
let axeContext: BrowserContext;

beforeAll(async () => {
  axeSource = await readFile(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  axeContext = await site.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await axeContext?.close();
});

/**
 * Tags select the WCAG 2.0–2.2 A/AA rules (2.2 adds touch-target size). axe 4.x tags its duplicate-id rules `wcag2a-obsolete` and
 * `deprecated` (WCAG 2.2 dropped 4.1.1 Parsing), so a tag run skips them: they are enabled by name.
 * duplicate-id-aria (ids that ARIA attributes point at) is tagged wcag2a and runs anyway.
 */
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  rules: { 'duplicate-id': { enabled: true }, 'duplicate-id-active': { enabled: true }, 'duplicate-id-aria': { enabled: true } },
};

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (options) => {
    type Result = { violations: { id: string; nodes: { target: unknown }[] }[]; passes: { id: string }[]; incomplete: { id: string }[]; inapplicable: { id: string }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe;
    const result = await axe.run(document, options);
    const ran = new Set([...result.violations, ...result.passes, ...result.incomplete, ...result.inapplicable].map((r) => r.id));
    const missing = Object.keys(options.rules).filter((id) => !ran.has(id)).map((id) => `${id}: did not run`);
    return [...missing, ...result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`)];
  }, AXE_OPTIONS);
}

describe.each(pageSample())('%s', (pathname) => {
  it('has no axe-core violations, light and dark', async () => {
    const page = await axeContext.newPage();
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${site.origin}${pathname}`);
      problems.push(...(await axeViolations(page)).map((v) => `${scheme}: ${v}`));
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('loads with its CSP, no console error, no request to another host, and no failed request, its icon included', async () => {
    // A fresh context per page: Chromium asks for a page's icon (or /favicon.ico when the page
    // names none) once per context, and only the server sees that request.
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`script: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) problems.push(`request to another host: ${request.url()}`);
    });
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
    const from = site.served.length;
    await page.goto(`${site.origin}${pathname}`);
    const attribute = (selector: string, name: string) => page.evaluate(([s, n]) => document.querySelector(s!)?.getAttribute(n!) ?? null, [selector, name]);
    const csp = await attribute('meta[http-equiv="content-security-policy"]', 'content');
    const icon = await attribute('link[rel=icon]', 'href');
    const isIcon = (p: string) => p === icon || p === '/favicon.ico';
    await expect.poll(() => site.served.slice(from).some((r) => isIcon(r.path)), { message: 'Chromium asks for the icon' }).toBe(true);
    await context.close();
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(site.served.slice(from).filter((r) => r.status >= 400).map((r) => `${r.status} ${r.path}`)).toEqual([]);
    expect(problems).toEqual([]);
    expect(icon).toBe('/favicon.svg');
  });
});
