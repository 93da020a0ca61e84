/**
 * `npm run bench`: how long each build step takes on this machine, measured over a few runs
 * (median). Speed is measured here, never asserted in tests, because timings vary by machine.
 * The geo derivation runs into a temporary file so the real cache is not touched.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/data/load.ts';
import { buildMapModel } from '../src/map/model.ts';
import { renderMapSvg } from '../src/map/render.ts';
import { projectTopology } from '../src/map/geometry.ts';
import { CHART_IDS, buildChart } from '../src/charts/registry.ts';
import { renderSvg } from '../src/charts/render.ts';
import { runEntry } from './lib/cli.ts';
import { checkData } from './steps/check.ts';
import { buildTopology } from './steps/geo.ts';
import { readFile } from 'node:fs/promises';
import { topologyFile } from '../src/config/paths.ts';
import type { BaliTopology } from '../src/geo/topology.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs));

async function time(label: string, work: () => Promise<unknown> | unknown): Promise<[string, number]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return [label, samples[Math.floor(samples.length / 2)]!];
}

await runEntry('bench', async () => {
  const data = await checkData();
  const work = await mkdtemp(path.join(tmpdir(), 'cakupan-bench-'));
  const topology = JSON.parse(await readFile(topologyFile(), 'utf8')) as BaliTopology;
  const results = [
    await time('load + validate data/', () => loadDataset(path.resolve('data'))),
    await time('derive topology (uncached)', () => buildTopology(data.boundaries, { outFile: path.join(work, `t${Math.random()}.json`), log: () => {} })),
    await time('project + render map SVG (id)', () => renderMapSvg(buildMapModel(data, projectTopology(topology), 'id'))),
    await time(`build + render ${CHART_IDS.length} charts (id)`, () => CHART_IDS.map((id) => renderSvg(buildChart(id, data, { lang: 'id' })))),
  ];
  await rm(work, { recursive: true, force: true });
  console.log(`median of ${runs} run(s), ${process.version}, ${process.platform}/${process.arch}`);
  for (const [label, ms] of results) console.log(`${ms.toFixed(1).padStart(9)} ms  ${label}`);
});
