/**
 * The scale benchmark's data generator: what it writes passes the same checks as data/ (the
 * loader's validation, the stories check, the boundary step), at the sizes it is asked for,
 * and the same inputs give the same bytes. Small sizes only: the large ones are the bench's.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import { regencyCode, syntheticDataset, type Template } from '../../../scripts/bench/synthetic-data.ts';
import { loadTemplate, writeSynthetic } from '../../../scripts/bench/synthetic-folder.ts';
import { gridOf } from '../../../scripts/bench/synthetic-geo.ts';
import { buildTopology } from '../../../scripts/steps/geo.ts';
import { checkStories } from '../../../scripts/steps/stories.ts';
import { formatIssue } from '../../../src/data/issues.ts';
import { loadDataset } from '../../../src/data/load.ts';
import type { BaliTopology } from '../../../src/geo/topology.ts';

const TEMPLATE_DIR = path.resolve('test/fixtures/data-segments');
let template: Template;
let root: string;

beforeAll(async () => {
  template = await loadTemplate(TEMPLATE_DIR);
  root = await mkdtemp(path.join(tmpdir(), 'cakupan-synthetic-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('syntheticDataset', () => {
  it.each([
    [1, 3],
    [3, 12],
    [2, 120],
  ])('×%i over %i regencies passes the data check, the stories check and the boundary step', async (factor, regions) => {
    const folder = await writeSynthetic(path.join(root, `x${factor}-${regions}`), template, { factor, regions, seed: 7 });
    const loaded = await loadDataset(folder.dataDir, { today: '2026-06-30' });
    expect(loaded.ok ? [] : loaded.issues.map(formatIssue)).toEqual([]);
    if (!loaded.ok) return;
    const data = loaded.data;
    // The sizes asked for: every table `factor` times the template's, one province and `regions` regencies.
    expect(data.figures.length).toBe(template.data.figures.length * factor);
    expect(data.sources.length).toBe(template.data.sources.length * factor);
    expect(data.awards.length).toBe(template.data.awards.length * factor);
    expect(data.regulations.length).toBe(template.data.regulations.length * factor);
    expect(data.regions.filter((r) => r.type === 'provinsi')).toHaveLength(1);
    expect(data.regions.filter((r) => r.type !== 'provinsi')).toHaveLength(regions);
    // The template's mix of indicators and qualifiers is kept.
    expect(new Set(data.figures.map((f) => f.indicator))).toEqual(new Set(template.data.figures.map((f) => f.indicator)));
    expect(new Set(data.figures.map((f) => f.qualifier))).toEqual(new Set(template.data.figures.map((f) => f.qualifier)));

    await expect(checkStories(data, path.join(folder.dataDir, 'stories'))).resolves.toHaveLength(2);

    const outFile = path.join(root, `x${factor}-${regions}.topo.json`);
    await buildTopology(data.boundaries, { explicitDir: folder.geoDir, outFile, log: () => {} });
    const topology = JSON.parse(await readFile(outFile, 'utf8')) as BaliTopology;
    const shapes = feature(topology, topology.objects.regencies).features.map((f) => (f.properties as { code: string }).code);
    expect(shapes.sort()).toEqual(data.regions.filter((r) => r.type !== 'provinsi').map((r) => r.code).sort());
  });

  it('gives the same bytes for the same template, sizes and seed, and other data for another seed', () => {
    const a = syntheticDataset(template, { factor: 2, regions: 5, seed: 3 });
    const b = syntheticDataset(template, { factor: 2, regions: 5, seed: 3 });
    const c = syntheticDataset(template, { factor: 2, regions: 5, seed: 4 });
    expect([...b.data]).toEqual([...a.data]);
    expect([...b.geo]).toEqual([...a.geo]);
    expect(c.data.get('figures.csv')).not.toBe(a.data.get('figures.csv'));
  });

  it('gives a province code at most 99 regencies, as the contract\'s NN.NN codes allow', () => {
    expect([0, 98, 99, 513].map(regencyCode)).toEqual(['51.01', '51.99', '52.01', '56.19']);
  });

  it('lays the regencies out on a grid about twice as wide as it is tall, with room for every one', () => {
    for (const count of [1, 9, 100, 514]) {
      const { columns, rows } = gridOf(count);
      expect(columns * rows).toBeGreaterThanOrEqual(count);
      expect(columns * (rows - 1)).toBeLessThan(count);
      expect(columns / rows).toBeGreaterThanOrEqual(1.5);
    }
  });
});
