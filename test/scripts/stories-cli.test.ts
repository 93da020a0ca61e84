/**
 * Stories through the entry points: a broken story stops `npm run check` and `npm run build`
 * with file:line lines, exit code 1, no stack trace, and the previous build left as it was.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, previousBuild, runScript as run } from '../helpers/cli.ts';
import { fixtureCopy } from '../helpers/dataset.ts';

let data: string;
let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'cakupan-stories-cli-'));
  data = await fixtureCopy();
  await mkdir(path.join(data, 'stories', 'id'), { recursive: true });
  await mkdir(path.join(data, 'stories', 'en'), { recursive: true });
  const story = (body: string) => `---\ntitle: Judul\nsummary: Ringkasan.\ndate: 2025-10\nauthor: Tim\n---\n\n${body}\n`;
  await writeFile(path.join(data, 'stories', 'id', 'contoh.md'), story('Baris pertama.\n\nCakupan {{figure:tidak-ada}}.'));
  await writeFile(path.join(data, 'stories', 'en', 'contoh.md'), story('Coverage {{figure:f1}}.'));
  await writeFile(path.join(data, 'stories', 'id', 'yatim.md'), story('Tanpa pasangan.'));
});
afterAll(async () => {
  await rm(data, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

const EXPECTED = [
  /stories\/id\/contoh\.md:10: unknown figure "tidak-ada"$/,
  /stories\/id\/yatim\.md:1: has no English counterpart; add stories\/en\/yatim\.md \(every story is published in both languages\)$/,
];

describe('a broken story', () => {
  it('fails npm run check with one line per problem and exit code 1', () => {
    const { status, stderr } = run('scripts/check.ts', { CAKUPAN_DATA_DIR: data });
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines.filter((l) => /\.md:\d+/.test(l))).toEqual(EXPECTED.map((re) => expect.stringMatching(re)));
    expect(lines.at(-1)).toBe('check: 2 problems found; nothing was written.');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('fails npm run build the same way and leaves the previous build untouched', async () => {
    const out = await previousBuild(work);
    const before = await fingerprint(out);
    const { status, stderr } = run('scripts/build.ts', { CAKUPAN_DATA_DIR: data, CAKUPAN_OUT_DIR: out });
    expect(status).toBe(1);
    for (const re of EXPECTED) expect(stderr).toMatch(new RegExp(re.source, 'm'));
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(await fingerprint(out)).toBe(before);
  });
});
