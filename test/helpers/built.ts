/**
 * The built site the "built" and "browser" tests read: dist/, or CAKUPAN_OUT_DIR when a test
 * builds a copy of the data elsewhere (test/pipeline). Pages are listed when a test file is
 * collected, so each page becomes its own test.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
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

/** Families of pages up to this size are checked whole in a browser; larger ones by a sample. */
export const WHOLE_FAMILY = 9;

/**
 * The pages the browser tests load: every page of each family of pages built from one template
 * (the regions, the embeds) while a family has at most WHOLE_FAMILY pages, and of larger
 * families (a page per source, per region and indicator) four: the first, the middle and the
 * last in address order, and the largest file. Pages of one template differ only in their data,
 * which the checks without a browser (test/built/) read on every page; this keeps the browser
 * suite's length from growing with the number of sources. A family is a language, a first path
 * segment and a depth: /sumber/2025/ID/ and /sumber/2024/ID2/ are one. The embeds' theme
 * variants are left out: test/built/embed-variants.test.ts compares each with its automatic page.
 */
export function pageSample(dist = DIST): string[] {
  const families = new Map<string, string[]>();
  for (const pathname of canonicalPages(dist)) {
    const english = pathname.startsWith('/en/');
    const segments = (english ? pathname.slice(3) : pathname).split('/').filter(Boolean);
    const key = `${english ? 'en' : 'id'}:${segments[0] ?? ''}:${segments.length}`;
    families.set(key, [...(families.get(key) ?? []), pathname]);
  }
  const size = (pathname: string) => statSync(path.join(dist, decodeURIComponent(pathname), 'index.html')).size;
  return [...families.values()]
    .flatMap((members) => {
      if (members.length <= WHOLE_FAMILY) return members;
      const largest = members.reduce((a, b) => (size(b) > size(a) ? b : a));
      return [...new Set([members[0]!, members[Math.floor(members.length / 2)]!, members.at(-1)!, largest])];
    })
    .sort();
}
