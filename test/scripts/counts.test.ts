/**
 * The counts in a data folder's README follow its data: the build's last step rewrites them,
 * the rest of the README stays as written, and a README without a counts section is left alone.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readmeCounts, updateCounts } from '../../scripts/steps/counts.ts';
import { COUNTS_END, COUNTS_START } from '../../src/data/docs.ts';
import { loadMinimal } from '../helpers/charts.ts';
import { fixtureCopy } from '../helpers/dataset.ts';

const STALE = `# Data\n\nIntro a maintainer wrote.\n\n${COUNTS_START}\n\n| stale | table |\n\n${COUNTS_END}\n\nMore prose.\n`;
let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('updateCounts', () => {
  it('rewrites stale counts between the markers, keeps the prose around them, and says so', async () => {
    dir = await fixtureCopy();
    await writeFile(path.join(dir, 'README.md'), STALE);
    const data = await loadMinimal();
    expect((await readmeCounts(data, dir))?.current).toBe(false);
    const lines: string[] = [];
    await updateCounts(data, dir, (l) => lines.push(l));
    const readme = await readFile(path.join(dir, 'README.md'), 'utf8');
    expect(readme.startsWith('# Data\n\nIntro a maintainer wrote.\n\n')).toBe(true);
    expect(readme.endsWith(`${COUNTS_END}\n\nMore prose.\n`)).toBe(true);
    expect(readme).not.toContain('| stale | table |');
    // The fixture's three regions and their rows, in the counts table.
    for (const region of data.regions) expect(readme).toContain(`| ${region.short_name} (${region.code}) |`);
    expect(lines).toEqual([expect.stringMatching(/^docs: updated the counts in .*README\.md$/)]);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is silent and writes nothing when the counts are current', async () => {
    dir = await fixtureCopy();
    await writeFile(path.join(dir, 'README.md'), STALE);
    const data = await loadMinimal();
    await updateCounts(data, dir, () => {});
    const lines: string[] = [];
    await updateCounts(data, dir, (l) => lines.push(l));
    expect(lines).toEqual([]);
    expect((await readmeCounts(data, dir))?.current).toBe(true);
  });

  it('leaves a README without a counts section alone', async () => {
    dir = await fixtureCopy();
    const before = await readFile(path.join(dir, 'README.md'), 'utf8');
    const data = await loadMinimal();
    expect(await readmeCounts(data, dir)).toBeUndefined();
    await updateCounts(data, dir, () => {});
    expect(await readFile(path.join(dir, 'README.md'), 'utf8')).toBe(before);
  });
});
