/**
 * The stories folder as a whole: both languages present, file names usable as addresses, and
 * every problem of every story in one sorted list with exact `file:line: message` lines.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { loadStories } from '../../src/stories/load.ts';
import { FIXTURE, TODAY } from '../helpers/dataset.ts';

let data: Dataset;
let dir: string;
beforeAll(async () => {
  const result = await loadDataset(FIXTURE, { today: TODAY });
  if (!result.ok) throw new Error('fixture should be valid');
  data = result.data;
});
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const story = (title: string, body: string) => `---\ntitle: ${title}\nsummary: Ringkasan.\ndate: 2025-10-14\nauthor: Tim\n---\n\n${body}\n`;
const GOOD_ID = story('Cerita', 'Cakupan {{figure:f1}} per {{asof:f1}}.');
const GOOD_EN = story('Story', 'Coverage {{figure:f1}} as of {{asof:f1}}.');

/** Writes `files` (paths relative to data/stories) and loads them; messages show data/stories/… paths. */
async function load(files: Record<string, string>) {
  dir = await mkdtemp(path.join(tmpdir(), 'cakupan-stories-'));
  const stories = path.join(dir, 'stories');
  await mkdir(stories);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(stories, name)), { recursive: true });
    await writeFile(path.join(stories, name), text);
  }
  const result = await loadStories(stories, { data, displayPath: (p) => `data/${path.relative(dir, p)}` });
  return { result, messages: result.ok ? [] : result.issues.map(formatIssue) };
}

describe('loadStories', () => {
  it('loads a story present in both languages, rendered for each', async () => {
    const { result, messages } = await load({ 'id/contoh.md': GOOD_ID, 'en/contoh.md': GOOD_EN });
    expect(messages).toEqual([]);
    if (!result.ok) throw new Error('unreachable');
    expect(result.stories.map((s) => [s.slug, s.lang, s.meta.title])).toEqual([
      ['contoh', 'id', 'Cerita'],
      ['contoh', 'en', 'Story'],
    ]);
    expect(result.stories[1]!.rendered.html).toContain('<span class="story-figure" data-figure="f1">65.6%</span>');
  });

  it('accepts a data folder without stories', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cakupan-stories-'));
    expect(await loadStories(path.join(dir, 'stories'), { data })).toEqual({ ok: true, stories: [] });
  });

  const cases: { name: string; files: Record<string, string>; expected: string[] }[] = [
    {
      name: 'a story without its English counterpart',
      files: { 'id/contoh.md': GOOD_ID },
      expected: ['data/stories/id/contoh.md:1: has no English counterpart; add stories/en/contoh.md (every story is published in both languages)'],
    },
    {
      name: 'a story without its Indonesian counterpart',
      files: { 'en/contoh.md': GOOD_EN },
      expected: ['data/stories/en/contoh.md:1: has no Indonesian counterpart; add stories/id/contoh.md (every story is published in both languages)'],
    },
    {
      name: 'a folder that is not a language',
      files: { 'id/contoh.md': GOOD_ID, 'en/contoh.md': GOOD_EN, 'fr/contoh.md': GOOD_EN },
      expected: ['data/stories/fr: is not a language folder; stories go in stories/id/ and stories/en/'],
    },
    {
      name: 'a file name that cannot be an address',
      files: { 'id/Cerita Saya.md': GOOD_ID, 'en/Cerita Saya.md': GOOD_EN },
      expected: [
        'data/stories/en/Cerita Saya.md: the file name "Cerita Saya.md" must be lowercase letters, digits and hyphens (it becomes the page address)',
        'data/stories/id/Cerita Saya.md: the file name "Cerita Saya.md" must be lowercase letters, digits and hyphens (it becomes the page address)',
      ],
    },
    {
      name: 'a file name taken by a page of the site',
      files: { 'id/sumber.md': GOOD_ID, 'en/sumber.md': GOOD_EN },
      expected: [
        'data/stories/en/sumber.md: the file name "sumber.md" is taken by a page of the site (/sumber/); choose another',
        'data/stories/id/sumber.md: the file name "sumber.md" is taken by a page of the site (/sumber/); choose another',
      ],
    },
    {
      // The Segmen page was missing from the hand-kept list of reserved names; it now comes from src/routes.ts.
      name: 'the name of the segments page',
      files: { 'id/segmen.md': GOOD_ID, 'en/segmen.md': GOOD_EN },
      expected: [
        'data/stories/en/segmen.md: the file name "segmen.md" is taken by a page of the site (/segmen/); choose another',
        'data/stories/id/segmen.md: the file name "segmen.md" is taken by a page of the site (/segmen/); choose another',
      ],
    },
    {
      name: 'every problem of every story in one run, sorted by file and line',
      files: {
        'id/contoh.md': story('Cerita', 'Baris pertama.\n\nCakupan {{figure:f7}}.'),
        'en/contoh.md': GOOD_EN.replace('date: 2025-10-14', 'date: 14/10/2025'),
        'id/lain.md': GOOD_ID,
      },
      expected: [
        'data/stories/en/contoh.md:4: date: "14/10/2025" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (write it as 2025-10-14)',
        'data/stories/id/contoh.md:10: unknown figure "f7" (did you mean "f1"?)',
        'data/stories/id/lain.md:1: has no English counterpart; add stories/en/lain.md (every story is published in both languages)',
      ],
    },
  ];
  it.each(cases)('$name', async ({ files, expected }) => {
    const { result, messages } = await load(files);
    expect(result.ok).toBe(false);
    expect(messages).toEqual(expected);
  });

  it('refuses a file that is not UTF-8', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cakupan-stories-'));
    await mkdir(path.join(dir, 'stories', 'id'), { recursive: true });
    await mkdir(path.join(dir, 'stories', 'en'), { recursive: true });
    await writeFile(path.join(dir, 'stories', 'id', 'contoh.md'), GOOD_ID);
    await writeFile(path.join(dir, 'stories', 'en', 'contoh.md'), Buffer.concat([Buffer.from(GOOD_EN), Buffer.from([0xe9])]));
    const result = await loadStories(path.join(dir, 'stories'), { data, displayPath: (p) => `data/${path.relative(dir, p)}` });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(['data/stories/en/contoh.md: is not UTF-8 text; save it as UTF-8']);
  });
});
