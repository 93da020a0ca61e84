/**
 * The Atom feed of new figures, as built: checked against RFC 4287's required elements with an
 * XML parser (linkedom's, in XML mode; a document it cannot parse has a <parsererror>): the feed
 * has id, title, updated, an author and a self link; every entry has id, title, updated and an
 * alternate link, ids are absolute and unique, dates are RFC 3339. It lists every figure of the
 * data, newest `added` first, and its `updated` is the newest `added` (never the build's clock).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/config/paths.ts';
import { loadDataset } from '../../src/data/load.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { DIST } from '../helpers/built.ts';

const loaded = await loadDataset(dataDir());
if (!loaded.ok) throw new Error('the data the site was built from should be valid');
const data = loaded.data;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe.each(LANGS)('the feed (%s)', (lang) => {
  const file = path.join(DIST, lang === 'en' ? 'en' : '', 'angka-baru.xml');

  it('is Atom: the elements RFC 4287 requires, absolute ids, RFC 3339 dates', async () => {
    const doc = new DOMParser().parseFromString(await readFile(file, 'utf8'), 'text/xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const feed = doc.documentElement as unknown as Element;
    expect(feed.tagName).toBe('feed');
    expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    const child = (el: Element, name: string) => [...el.children].filter((c) => c.tagName === name);
    for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name), `feed ${name}`).toHaveLength(1);
    expect(child(child(feed, 'author')[0]!, 'name')[0]!.textContent).toBeTruthy();
    expect(child(feed, 'link').some((l) => l.getAttribute('rel') === 'self' && l.getAttribute('href') === child(feed, 'id')[0]!.textContent)).toBe(true);
    expect(child(feed, 'updated')[0]!.textContent).toMatch(RFC3339);
    const entries = child(feed, 'entry');
    const ids = new Set<string>();
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated']) expect(child(entry, name), `entry ${name}`).toHaveLength(1);
      const id = child(entry, 'id')[0]!.textContent!;
      expect(() => new URL(id)).not.toThrow();
      ids.add(id);
      expect(child(entry, 'updated')[0]!.textContent).toMatch(RFC3339);
      expect(child(entry, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')).toHaveLength(1);
      expect(child(entry, 'title')[0]!.textContent!.length).toBeGreaterThan(0);
    }
    expect(ids.size).toBe(entries.length);
  });

  it('lists every figure, newest added first, and is as new as the newest added', async () => {
    const doc = new DOMParser().parseFromString(await readFile(file, 'utf8'), 'text/xml');
    const root = doc.documentElement as unknown as Element;
    const entries = [...root.children].filter((c) => c.tagName === 'entry');
    expect(entries).toHaveLength(data.figures.length);
    const idOf = (entry: Element) => decodeURIComponent(new URL([...entry.children].find((c) => c.tagName === 'id')!.textContent!).hash.replace(/^#figure-/, ''));
    expect(new Set(entries.map(idOf))).toEqual(new Set(data.figures.map((f) => f.id)));
    const updated = entries.map((e) => [...e.children].find((c) => c.tagName === 'updated')!.textContent!);
    expect([...updated].sort().reverse()).toEqual(updated);
    const newest = data.figures.map((f) => f.added.iso).sort().at(-1);
    expect([...root.children].find((c) => c.tagName === 'updated')!.textContent).toBe(`${newest}T00:00:00Z`);
  });

  it('is linked from the open-data and sources pages and announced in their heads', async () => {
    for (const page of ['data-terbuka', 'sumber']) {
      const html = await readFile(path.join(DIST, lang === 'en' ? 'en' : '', page, 'index.html'), 'utf8');
      const feedPath = `${lang === 'en' ? '/en' : ''}/angka-baru.xml`;
      expect(html, page).toContain(`<a href="${feedPath}" type="application/atom+xml">`);
      expect(html).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" href="[^"]+${feedPath.replace(/\//g, '\\/')}"`));
    }
  });
});
