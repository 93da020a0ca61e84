/**
 * The source line under a chart or the map, written once: "Sumber: RMOL (17 Februari 2017);
 * Bali Post (2024, tanggal terbit disimpulkan)". Pages and stories get it as HTML with links,
 * exported images as plain text; both read the same credits.
 */
import { escape } from 'html-escaper';
import type { Source } from '../data/schema/tables.ts';
import { formatPartialDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';

/** Each source once, in order of first use. */
export function uniqueSources(sources: readonly Source[]): Source[] {
  return [...new Map(sources.map((s) => [s.id, s])).values()];
}

function parts(sources: readonly Source[], lang: Lang): { label: string; credits: { source: Source; when: string }[] } {
  const t = CHART_STRINGS[lang].figure;
  return {
    label: sources.length === 1 ? t.source : t.sources,
    credits: sources.map((source) => ({ source, when: `${formatPartialDate(source.published, lang)}${source.published_is_inferred ? `, ${t.inferredDate}` : ''}` })),
  };
}

export function sourceLineText(sources: readonly Source[], lang: Lang): string {
  const { label, credits } = parts(sources, lang);
  return `${label}: ${credits.map((c) => `${c.source.outlet} (${c.when})`).join('; ')}`;
}

/** The same line as HTML: each outlet links to its article where the data has its address. */
export function sourceLineHtml(sources: readonly Source[], lang: Lang): string {
  const { label, credits } = parts(sources, lang);
  const outlet = (s: Source) => (s.url ? `<a href="${escape(s.url)}" rel="noopener noreferrer">${escape(s.outlet)}</a>` : escape(s.outlet));
  return `${escape(label)}: ${credits.map((c) => `${outlet(c.source)} (${escape(c.when)})`).join('; ')}`;
}
