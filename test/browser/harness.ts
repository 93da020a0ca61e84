/**
 * Serves the built dist/ on 127.0.0.1 and drives Debian's Chromium through playwright-core.
 * Screenshots go to test-results/screenshots/ for a person to look at.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';
import { DIST } from '../helpers/built.ts';

export { DIST };
export const SCREENSHOTS = path.resolve('test-results/screenshots');

export function chromePath(): string {
  const candidate = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) throw new Error(`Chromium not found at ${candidate}; install Debian's chromium or set CHROME_PATH`);
  return candidate;
}

/** One response the server sent: what the browser asked for, including what no page event shows (its favicon request). */
export interface Served {
  path: string;
  status: number;
}

/** The rules of dist/_headers (Netlify's and Cloudflare's format), as a static host applies them. */
function headerRules(): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(path.join(DIST, '_headers'), 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: new RegExp(`^${line.trim().split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Serves dist/ as a static host would, with the headers of its _headers file. */
export async function serveDist(): Promise<{ server: Server; origin: string; served: Served[] }> {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is not built; run `npm run build` first (npm test does)');
  const handler = sirv(DIST, { dev: false, etag: false });
  const rules = headerRules();
  const served: Served[] = [];
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    // Every matching rule applies, as on Netlify and Cloudflare Pages; the policies of a page
    // (frame-ancestors) are what lets a host frame it or not.
    for (const rule of rules) if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) res.appendHeader(name, value);
    res.on('finish', () => served.push({ path: req.url ?? '', status: res.statusCode }));
    handler(req, res, () => {
      res.writeHead(404).end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, served };
}

/**
 * Serves a page from its own 127.0.0.1 port, a different origin from serveDist's: a host page
 * (a newsroom's article) that embeds the site's charts cross-origin, as in real use.
 */
export async function serveHost(render: (url: URL) => string | undefined): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const html = render(new URL(req.url ?? '/', 'http://127.0.0.1'));
    if (html === undefined) res.writeHead(404).end('not found');
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function launch(): Promise<Browser> {
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: chromePath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export interface Site {
  browser: Browser;
  /** `http://127.0.0.1:PORT` of the served dist/. */
  origin: string;
  /** Every response the server has sent, in order. */
  served: Served[];
}

/**
 * Serves dist/ and launches Chromium for the enclosing test file (or describe block), closing
 * both afterwards. The returned object is filled in before the first test runs.
 */
export function withSite(): Site {
  const site = {} as Site;
  let server: Server | undefined;
  beforeAll(async () => {
    const served = await serveDist();
    server = served.server;
    site.origin = served.origin;
    site.served = served.served;
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}
