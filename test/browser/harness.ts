/**
 * Serves the built dist/ on 127.0.0.1 and drives Debian's Chromium through playwright-core.
 * Screenshots go to test-results/screenshots/ for a person to look at.
 */
import { existsSync } from 'node:fs';
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

export async function serveDist(): Promise<{ server: Server; origin: string; served: Served[] }> {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is not built; run `npm run build` first (npm test does)');
  const handler = sirv(DIST, { dev: false, etag: false });
  const served: Served[] = [];
  const server = createServer((req, res) => {
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
