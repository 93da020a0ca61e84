/**
 * The Atom feed (RFC 4287) of figures as they enter the dataset, one per language, so a newsroom
 * can follow new numbers in a feed reader. Each figure row records the day it was added
 * (`added`); the feed lists every figure, newest first, and its `updated` is the newest `added`:
 * the data's own dates, never the build's clock, so two builds give the same bytes.
 */
import { escape } from 'html-escaper';
import { dataUpdated } from '../data/derive.ts';
import { indexOf } from '../data/index.ts';
import type { Dataset, Figure } from '../data/schema/tables.ts';
import { figureValue } from '../i18n/figure-text.ts';
import { formatPartialDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { STRINGS } from '../i18n/strings.ts';
import { absolute, feedPath, figureHref, localizedPath } from '../routes.ts';

/** A day of the data (`2026-11-21`) as an RFC 3339 timestamp: its start, in UTC. */
const timestamp = (day: string) => `${day}T00:00:00Z`;

export function atomFeed(data: Dataset, lang: Lang, site: URL | string): string {
  const index = indexOf(data);
  const t = STRINGS[lang];
  const updated = dataUpdated(data);
  const figures = [...data.figures].sort((a, b) => b.added.iso.localeCompare(a.added.iso) || a.id.localeCompare(b.id));
  const entry = (f: Figure) => {
    const region = index.regions.get(f.region)!;
    const indicator = index.indicators.get(f.indicator)!;
    const segment = index.segments.get(f.segment)!;
    const source = index.sources.get(f.source)!;
    const label = (item: { label_id: string; label_en: string }) => (lang === 'id' ? item.label_id : item.label_en);
    const title = `${lang === 'id' ? region.name : region.name_en}: ${label(indicator)}${f.segment === 'all' ? '' : ` (${label(segment)})`} ${figureValue(f, lang, index)}, ${formatPartialDate(f.as_of, lang)}`;
    const link = absolute(figureHref(f.id, source, lang), site);
    const summary = `“${f.quote}” (${source.outlet}, ${formatPartialDate(source.published, lang)})`;
    return [
      '<entry>',
      `<id>${escape(link)}</id>`,
      `<title>${escape(title)}</title>`,
      `<updated>${timestamp(f.added.iso)}</updated>`,
      `<link rel="alternate" type="text/html" href="${escape(link)}"/>`,
      ...(source.url ? [`<link rel="related" href="${escape(source.url)}" title="${escape(source.outlet)}"/>`] : []),
      `<summary>${escape(summary)}</summary>`,
      '</entry>',
    ].join('');
  };
  const self = absolute(feedPath(lang), site);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `<id>${escape(self)}</id>`,
    `<title>${escape(t.feedTitle)}</title>`,
    `<subtitle>${escape(t.siteTagline)}</subtitle>`,
    `<updated>${updated ? timestamp(updated.iso) : '1970-01-01T00:00:00Z'}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${escape(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escape(absolute(localizedPath('/', lang), site))}"/>`,
    `<author><name>${escape(t.siteName)}</name><uri>${escape(absolute(localizedPath('/', lang), site))}</uri></author>`,
    ...figures.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
