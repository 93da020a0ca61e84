/**
 * The built site the "built" and "browser" tests read: dist/, or CAKUPAN_OUT_DIR when a test
 * builds a copy of the data elsewhere (test/pipeline). Pages are listed when a test file is
 * collected, so each page becomes its own test.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { outDir } from '../../src/config/paths.ts';

export const DIST = outDir();

/** URL paths of every HTML page in the built site, sorted: `/`, `/en/`, `/wilayah/gianyar/`… */
export function builtPages(dist = DIST): string[] {
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`${path.relative(process.cwd(), dist) || dist}/ is not built; run \`npm run build\` first (npm test does)`);
  }
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file === 'index.html' || file.endsWith(`${path.sep}index.html`))
    .map((file) => `/${file.slice(0, -'index.html'.length).split(path.sep).join('/')}`)
    .sort();
}

/** The HTML of the page served at a URL path. */
export function readPage(pathname: string, dist = DIST): Promise<string> {
  return readFile(path.join(dist, decodeURIComponent(pathname), 'index.html'), 'utf8');
}

/** An embed page in a theme variant the host chose (`/embed/<id>/dark/`, `…/light/transparent/`), not the automatic one. */
export const isEmbedVariant = (pathname: string) => /\/embed\/[^/]+\/(light|dark|transparent)\//.test(pathname);

/**
 * Every page but the embeds' theme variants: test/built/embed-variants.test.ts checks that a
 * variant is its automatic page with only the theme changed, so checks that load each page in a
 * browser need only these.
 */
export function canonicalPages(dist = DIST): string[] {
  return builtPages(dist).filter((p) => !isEmbedVariant(p));
}
