/** Properties of the real, curated dataset that the per-file validator does not enforce. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';

let data: Dataset;
beforeAll(async () => {
  const result = await loadDataset(path.resolve('data'));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  data = result.data;
});

describe('data/', () => {
  it('cites every source at least once', () => {
    const cited = new Set([...data.figures, ...data.awards, ...data.regulations].map((row) => row.source));
    expect(data.sources.filter((s) => !cited.has(s.id)).map((s) => `sources.csv:${s.line} ${s.id}`)).toEqual([]);
  });

  it('has at least one row about every region', () => {
    const about = new Set([...data.figures, ...data.regulations].map((row) => row.region).concat(data.awards.flatMap((a) => (a.region ? [a.region] : []))));
    expect(data.regions.filter((r) => !about.has(r.code)).map((r) => r.code)).toEqual([]);
  });

  it('cites each of the five seed articles as a source', async () => {
    const seeds = (await import('node:fs/promises')).readdir(path.resolve('../shared/seeds'));
    const cited = new Set(data.sources.flatMap((s) => (s.seed_file ? [s.seed_file] : [])));
    expect([...(await seeds)].filter((f) => f.endsWith('.txt')).filter((f) => !cited.has(f))).toEqual([]);
  });

});
