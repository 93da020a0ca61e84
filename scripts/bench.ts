/**
 * `npm run bench`: how long each step of the build takes on this machine, as the median of a
 * few runs (`--runs N`, default 3), printed as a table. Speed is measured here, never asserted
 * in tests, because timings vary by machine.
 *
 * Works from a fresh clone: it checks the data, derives the topology it needs, and renders the
 * whole site with Astro, all into a temporary folder; the project's dist/ and .cache/ are not
 * touched (a boundary file that must be downloaded is kept in the temporary folder only). Bad data or missing boundary files stop it with the same messages as the build.
 * Each step does the same work on every run (the topology is derived anew each time).
 *
 * `npm run bench -- --scale` instead builds synthetic data sets of growing size (`--factors`,
 * `--regions`, `--seed`, `--runs`, default one run each; `--keep` keeps their folders) and
 * prints how time, memory and output grow: see scripts/bench/scale.ts and README "Scale".
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { CHART_IDS, buildChart } from '../src/charts/registry.ts';
import { renderSvg } from '../src/charts/render.ts';
import { topologyFile } from '../src/config/paths.ts';
import { exportSvg } from '../src/embeds/export-svg.ts';
import type { BaliTopology } from '../src/geo/topology.ts';
import { renderPng } from '../src/embeds/png.ts';
import { EMBED_IDS, embeddable } from '../src/embeds/registry.ts';
import { LANGS } from '../src/i18n/lang.ts';
import { projectTopology } from '../src/map/geometry.ts';
import { buildMapModel } from '../src/map/model.ts';
import { renderMapSvg } from '../src/map/render.ts';
import { InputError, runEntry } from './lib/cli.ts';
import { checkData } from './steps/check.ts';
import { buildTopology } from './steps/geo.ts';
import { checkStories } from './steps/stories.ts';
import { runScaleBench } from './bench/scale.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    scale: { type: 'boolean', default: false },
    factors: { type: 'string', default: '1,10,100' },
    regions: { type: 'string', default: '9,100,514' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});

interface Timing {
  step: string;
  median: number;
  min: number;
}

/**
 * Astro renders the site in a process of its own, as `npm run build` does once: a second build
 * in the same process would reuse the first one's loaded modules and measure far less work.
 */
function astroBuild(outDir: string): void {
  const astro = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, '--silent'], { encoding: 'utf8', env: process.env });
  if (astro.status !== 0) throw new Error(`astro build failed:\n${astro.stderr}`);
}

async function time(step: string, runs: number, work: (run: number) => Promise<unknown> | unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work(run);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { step, median: samples[Math.floor(samples.length / 2)]!, min: samples[0]! };
}

function table(timings: Timing[]): string {
  const width = Math.max(...timings.map((t) => t.step.length));
  const row = (cells: string[]) => `| ${cells[0]!.padEnd(width)} | ${cells[1]!.padStart(10)} | ${cells[2]!.padStart(10)} |`;
  const ms = (n: number) => n.toFixed(1);
  return [row(['step', 'median ms', 'min ms']), `|${'-'.repeat(width + 2)}|${'-'.repeat(11)}:|${'-'.repeat(11)}:|`, ...timings.map((t) => row([t.step, ms(t.median), ms(t.min)]))].join('\n');
}

/** Positive numbers from an option (`--factors 1,10,100`), or an input error naming the option and what it takes. */
function numbers(option: string, text: string, whole: boolean, takes: string): number[] {
  const list = text.split(',').map((part) => Number(part.trim()));
  if (list.some((n) => !(n > 0) || (whole && !Number.isInteger(n)))) throw new InputError([{ file: `--${option}`, message: `"${text}" is not ${takes}` }]);
  return list;
}

await runEntry('bench', async () => {
  const [runs] = numbers('runs', values.runs ?? (values.scale ? '1' : '3'), true, 'a whole number of runs (1 or more)');
  if (values.scale) {
    await runScaleBench({
      factors: numbers('factors', values.factors, false, 'a comma-separated list of factors above 0 (1,10,100)'),
      regions: numbers('regions', values.regions, true, 'a comma-separated list of whole numbers of regencies (9,100,514)'),
      runs: runs!,
      seed: numbers('seed', values.seed, true, 'a whole number above 0')[0]!,
      keep: values.keep,
      heapMb: 16_384,
    });
    return;
  }
  const work = await mkdtemp(path.join(tmpdir(), 'cakupan-bench-'));
  // Everything the steps write goes to the temporary folder, Astro's topology included.
  process.env['CAKUPAN_CACHE_DIR'] = path.join(work, 'cache');
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  try {
    const timings: Timing[] = [];
    const data = await checkData();
    timings.push(await time('load + validate data/', runs!, () => checkData()));
    timings.push(await time('check data/stories/', runs!, () => checkStories(data)));
    timings.push(
      await time('derive the map topology (uncached)', runs!, async () => {
        await rm(`${topologyFile()}.key`, { force: true });
        await buildTopology(data.boundaries, { log: () => {} });
      }),
    );
    const topology = JSON.parse(await readFile(topologyFile(), 'utf8')) as BaliTopology;
    const projected = projectTopology(topology);
    timings.push(await time('project + render the map SVG (2 languages)', runs!, () => LANGS.map((lang) => renderMapSvg(buildMapModel(data, projectTopology(topology), lang)))));
    timings.push(
      await time(`build + render ${CHART_IDS.length} charts (2 languages, 320 and 640 px)`, runs!, () =>
        LANGS.flatMap((lang) => CHART_IDS.flatMap((id) => [320, 640].map((width) => renderSvg(buildChart(id, data, { lang }), width)))),
      ),
    );
    timings.push(
      await time(`export ${EMBED_IDS.length * LANGS.length} images: SVG + PNG (resvg)`, runs!, () =>
        LANGS.flatMap((lang) =>
          EMBED_IDS.map((id) => {
            const image = exportSvg(embeddable(id, lang, data, projected), 'https://cakupan-bali.example/');
            return renderPng(image.svg, image.width);
          }),
        ),
      ),
    );
    let pages = 0;
    const astro = await time('astro build: the whole site, in a new process', runs!, (run) => {
      const outDir = path.join(work, `site-${run}`);
      astroBuild(outDir);
      pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).length;
    });
    timings.push({ ...astro, step: `${astro.step} (${pages} pages, their images included)` });

    console.log(`npm run bench: median of ${runs!} run(s); Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs\n`);
    console.log(table(timings));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
