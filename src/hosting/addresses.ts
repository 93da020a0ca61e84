/**
 * Every absolute address in what leaves the site to live in other people's pages and apps (embed
 * pages, oEmbed files, share-card tags, the feed, exported SVGs) must be the configured site's,
 * or an address from the data (a source's article). This lists those that are neither: an
 * address written with the wrong site would send a journalist's readers nowhere.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * What of a built file leaves the site: all of an embed page, oEmbed file, exported SVG or feed;
 * of any other page, its <head> (canonical and alternate links, share-card tags). Undefined for
 * files not checked.
 */
export function outwardPart(file: string, text: string): string | undefined {
  if (/(^|\/)embed\//.test(file) && /\.(html|json|svg)$/.test(file)) return text;
  if (/(^|\/)angka-baru\.xml$/.test(file)) return text;
  if (/(^|\/)index\.html$/.test(file)) return text.slice(0, text.indexOf('</head>'));
  return undefined;
}

const ADDRESS = /https?:\/\/[^\s"'<>)\\]+/g;
/** Addresses that name a standard, not a place readers go. */
const STANDARD = /^https?:\/\/(www\.w3\.org|oembed\.com)\//;

export async function foreignAddresses(dist: string, site: string, allowed: ReadonlySet<string>): Promise<string[]> {
  const origin = new URL(site).origin;
  const files = (await readdir(dist, { recursive: true, encoding: 'utf8' })).map((f) => f.split(path.sep).join('/')).filter((f) => /\.(html|json|svg|xml)$/.test(f));
  const problems: string[] = [];
  for (const file of files) {
    const text = outwardPart(file, await readFile(path.join(dist, file), 'utf8'));
    if (text === undefined) continue;
    // An exported image credits the site by its address without the scheme ("host/grafik/x/").
    if (file.endsWith('.svg') && !text.includes(`(${new URL(site).host}/`)) problems.push(`${file}: its credit does not name ${new URL(site).host}`);
    for (const [address] of text.matchAll(ADDRESS)) {
      const clean = address.replace(/&amp;/g, '&');
      if (STANDARD.test(clean) || allowed.has(clean)) continue;
      let url: URL;
      try {
        url = new URL(clean);
      } catch {
        problems.push(`${file}: ${address} is not an address`);
        continue;
      }
      if (url.origin !== origin) problems.push(`${file}: ${address}`);
    }
  }
  return problems;
}
