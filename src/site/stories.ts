/**
 * The rendered stories for Astro pages, loaded once per build. `npm run build` checks them
 * before Astro starts, so a failure here means Astro was run directly on a bad story.
 */
import path from 'node:path';
import { dataDir } from '../config/paths.ts';
import { formatIssue } from '../data/issues.ts';
import type { Lang } from '../i18n/lang.ts';
import { loadStories, type Story } from '../stories/load.ts';
import { resolveChart } from './charts.ts';
import { dataset } from './dataset.ts';

async function load(): Promise<Story[]> {
  const result = await loadStories(path.join(dataDir(), 'stories'), { data: dataset, resolveChart });
  if (!result.ok) throw new Error(`data/stories/ is invalid; run \`npm run check\`:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.stories;
}

export const stories: Story[] = await load();

export function storyFor(slug: string, lang: Lang): Story {
  const story = stories.find((s) => s.slug === slug && s.lang === lang);
  if (!story) throw new Error(`no story "${slug}" in ${lang}; expected data/stories/${lang}/${slug}.md`);
  return story;
}

/** The stories of each language that cite each source, indexed once (a source page asks for its own). */
const citing = new Map<string, Story[]>();
for (const story of stories) {
  for (const sourceId of new Set(story.rendered.notes.map((n) => n.source.id))) {
    const key = `${story.lang}:${sourceId}`;
    citing.set(key, [...(citing.get(key) ?? []), story]);
  }
}

/** The stories that cite a source, for the source page's backlinks. */
export function storiesCiting(sourceId: string, lang: Lang): readonly Story[] {
  return citing.get(`${lang}:${sourceId}`) ?? [];
}
