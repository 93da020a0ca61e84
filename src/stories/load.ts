/**
 * Reads every story in data/stories/{id,en}/*.md, checks that each exists in both languages,
 * parses its front matter and renders it against the validated dataset. Like loadDataset, it
 * never throws for bad input: every problem of every story comes back in one list.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sortIssues, type DataIssue } from '../data/issues.ts';
import type { Dataset } from '../data/schema/tables.ts';
import { LANGS, type Lang } from '../i18n/lang.ts';
import { RESERVED_SEGMENTS } from '../routes.ts';
import { parseStoryFile, type StoryMeta } from './frontmatter.ts';
import { renderStoryBody, type ChartResolver, type RenderedStory } from './render.ts';

export interface Story {
  /** File name without .md; the page lives at /<slug>/ and /en/<slug>/. */
  slug: string;
  lang: Lang;
  /** Path as shown in messages. */
  file: string;
  meta: StoryMeta;
  rendered: RenderedStory;
}

export type StoriesResult = { ok: true; stories: Story[] } | { ok: false; issues: DataIssue[] };

export interface LoadStoriesOptions {
  data: Dataset;
  resolveChart?: ChartResolver;
  displayPath?: (absolute: string) => string;
}

const LANGUAGE_NAME: Record<Lang, string> = { id: 'Indonesian', en: 'English' };
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

async function listMarkdown(dir: string): Promise<string[] | undefined> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md').sort();
  } catch {
    return undefined;
  }
}

export async function loadStories(storiesDir: string, options: LoadStoriesOptions): Promise<StoriesResult> {
  const display = options.displayPath ?? ((p: string) => path.relative(process.cwd(), p) || p);
  const issues: DataIssue[] = [];
  const stories: Story[] = [];

  const entries = await readdir(storiesDir, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return { ok: true, stories: [] }; // no stories folder: nothing to publish
  for (const entry of entries) {
    const known: readonly string[] = LANGS;
    if (entry.isDirectory() && !known.includes(entry.name)) {
      issues.push({ file: display(path.join(storiesDir, entry.name)), message: `is not a language folder; stories go in ${LANGS.map((l) => `stories/${l}/`).join(' and ')}` });
    }
  }

  const byLang = new Map<Lang, string[]>();
  for (const lang of LANGS) byLang.set(lang, (await listMarkdown(path.join(storiesDir, lang))) ?? []);

  for (const lang of LANGS) {
    for (const name of byLang.get(lang)!) {
      const absolute = path.join(storiesDir, lang, name);
      const file = display(absolute);
      const slug = name.slice(0, -'.md'.length);
      const fileIssues: DataIssue[] = [];

      if (!SLUG.test(slug)) fileIssues.push({ file, message: `the file name "${name}" must be lowercase letters, digits and hyphens (it becomes the page address)` });
      else if (RESERVED_SEGMENTS.includes(slug)) fileIssues.push({ file, message: `the file name "${name}" is taken by a page of the site (/${slug}/); choose another` });
      for (const other of LANGS) {
        if (other !== lang && !byLang.get(other)!.includes(name)) {
          fileIssues.push({ file, line: 1, message: `has no ${LANGUAGE_NAME[other]} counterpart; add stories/${other}/${name} (every story is published in both languages)` });
        }
      }

      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(absolute));
      } catch {
        issues.push(...fileIssues, { file, message: 'is not UTF-8 text; save it as UTF-8' });
        continue;
      }
      const parsed = parseStoryFile(file, text);
      fileIssues.push(...parsed.issues);
      const rendered = renderStoryBody(
        { file, body: parsed.body, bodyLine: parsed.bodyLine },
        { data: options.data, lang, ...(options.resolveChart ? { resolveChart: options.resolveChart } : {}) },
      );
      fileIssues.push(...rendered.issues);
      issues.push(...fileIssues);
      if (fileIssues.length === 0 && parsed.meta) stories.push({ slug, lang, file, meta: parsed.meta, rendered });
    }
  }

  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };
  return { ok: true, stories };
}
