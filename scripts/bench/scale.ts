/**
 * `npm run bench -- --scale`: builds synthetic data sets of growing size, each the way
 * `npm run build` does in a process of its own, and prints wall time, peak memory, output size
 * and the largest pages per size, then how each grows from one size to the next. Linear
 * growth shows as a ratio close to the ratio of the sizes (×10 data: about ×10 at most).
 *
 * Everything happens in a temporary folder (data, boundaries, cache, output), removed
 * afterwards; the project's dist/ and .cache/ are never touched.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { dataDir } from '../../src/config/paths.ts';
import { loadTemplate, writeSynthetic } from './synthetic-folder.ts';

export interface ScaleOptions {
  factors: number[];
  regions: number[];
  runs: number;
  seed: number;
  /** Keep the temporary folders (to look at the pages) instead of removing them. */
  keep: boolean;
  /** Heap limit of each build, in MB: headroom, so a build is measured rather than stopped. */
  heapMb: number;
}

export interface PageSize {
  path: string;
  raw: number;
  gzip: number;
}

export interface ScaleResult {
  factor: number;
  regions: number;
  figures: number;
  sources: number;
  pages: number;
  wallMs: number;
  peakMb: number;
  distBytes: number;
  largestRaw: PageSize;
  largestGzip: PageSize;
}

interface Usage {
  code: number;
  maxRssKb: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One build in a new process, as `npm run build` runs it, reporting its own peak memory. */
async function timedBuild(env: NodeJS.ProcessEnv, usageFile: string, heapMb: number): Promise<{ wallMs: number; usage: Usage }> {
  const args = [`--max-old-space-size=${heapMb}`, '--import', 'tsx', '--import', path.resolve('scripts/bench/report-usage.mjs'), path.resolve('scripts/build.ts')];
  const start = performance.now();
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...env, CAKUPAN_BENCH_USAGE: usageFile }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
  const wallMs = performance.now() - start;
  if (code !== 0) throw new Error(`the build exited with ${code}:\n${stderr.slice(-4000)}`);
  const usage = JSON.parse(await readFile(usageFile, 'utf8')) as Usage;
  return { wallMs, usage };
}

/** Every HTML page's size, largest first (gzip only for the largest few: it follows the raw size closely). */
async function pageSizes(dist: string): Promise<{ pages: PageSize[]; distBytes: number }> {
  const files = await readdir(dist, { recursive: true, encoding: 'utf8' });
  let distBytes = 0;
  const pages: (PageSize & { file: string })[] = [];
  for (const file of files) {
    const info = await stat(path.join(dist, file));
    if (!info.isFile()) continue;
    distBytes += info.size;
    if (file.endsWith('.html')) pages.push({ file, path: `/${file.split(path.sep).join('/').replace(/index\.html$/, '')}`, raw: info.size, gzip: 0 });
  }
  pages.sort((a, b) => b.raw - a.raw);
  for (const page of pages.slice(0, 40)) page.gzip = gzipSync(await readFile(path.join(dist, page.file))).length;
  return { pages, distBytes };
}

export async function runScaleBench(options: ScaleOptions, log = (line: string) => console.log(line)): Promise<ScaleResult[]> {
  const template = await loadTemplate(dataDir());
  const root = await mkdtemp(path.join(tmpdir(), 'cakupan-scale-'));
  const results: ScaleResult[] = [];
  const load = loadavg()[0]!;
  try {
    for (const regions of options.regions) {
      for (const factor of options.factors) {
        const folder = path.join(root, `x${factor}-r${regions}`);
        const { dataDir: data, geoDir, set } = await writeSynthetic(folder, template, { factor, regions, seed: options.seed });
        const walls: number[] = [];
        const peaks: number[] = [];
        let sizes: Awaited<ReturnType<typeof pageSizes>> | undefined;
        for (let run = 0; run < options.runs; run++) {
          const out = path.join(folder, 'dist');
          const cache = path.join(folder, `cache-${run}`);
          const env = { ...process.env, CAKUPAN_DATA_DIR: data, CAKUPAN_GEO_DIR: geoDir, CAKUPAN_CACHE_DIR: cache, CAKUPAN_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' };
          const { wallMs, usage } = await timedBuild(env, path.join(folder, `usage-${run}.json`), options.heapMb);
          walls.push(wallMs);
          peaks.push(usage.maxRssKb / 1024);
          sizes ??= await pageSizes(out);
          // Each run starts from an empty cache (the topology is derived anew), as a first build does.
          if (!options.keep) await rm(cache, { recursive: true, force: true });
        }
        const result: ScaleResult = {
          factor,
          regions,
          figures: set.counts.figures,
          sources: set.counts.sources,
          pages: sizes!.pages.length,
          wallMs: median(walls),
          peakMb: median(peaks),
          distBytes: sizes!.distBytes,
          largestRaw: sizes!.pages[0]!,
          largestGzip: [...sizes!.pages].sort((a, b) => b.gzip - a.gzip)[0]!,
        };
        results.push(result);
        log(`  ×${factor}, ${regions} regions: ${(result.wallMs / 1000).toFixed(1)} s, ${result.peakMb.toFixed(0)} MB, ${result.pages} pages, largest ${result.largestRaw.path} ${kb(result.largestRaw.raw)}`);
        if (!options.keep) await rm(folder, { recursive: true, force: true });
      }
    }
  } finally {
    if (options.keep) log(`kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
  log('');
  log(machine(load, options.runs));
  log('');
  log(scaleTable(results));
  log('');
  for (const line of growthLines(results)) log(line);
  return results;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function machine(loadBefore: number, runs: number): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `Median of ${runs} run(s) per size. Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after.`;
}

export function scaleTable(results: readonly ScaleResult[]): string {
  const head = ['data', 'regions', 'figures', 'sources', 'pages', 'wall time', 'peak memory', 'dist', 'largest page (raw)', 'largest page (gzip)'];
  const rows = results.map((r) => [
    `×${r.factor}`,
    String(r.regions),
    String(r.figures),
    String(r.sources),
    String(r.pages),
    `${(r.wallMs / 1000).toFixed(1)} s`,
    `${r.peakMb.toFixed(0)} MB`,
    `${(r.distBytes / 2 ** 20).toFixed(1)} MB`,
    `${r.largestRaw.path} ${kb(r.largestRaw.raw)}`,
    `${r.largestGzip.path} ${kb(r.largestGzip.gzip)}`,
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (i >= 1 && i <= 7 ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** How time, memory and output grow from each size to the next (same regions, or same data). */
export function growthLines(results: readonly ScaleResult[]): string[] {
  const ratio = (a: number, b: number) => `×${(b / a).toFixed(1)}`;
  const lines: string[] = [];
  const describe = (from: ScaleResult, to: ScaleResult, what: string) =>
    lines.push(`${what}: figures ${ratio(from.figures, to.figures)}, regions ${ratio(from.regions, to.regions)} → time ${ratio(from.wallMs, to.wallMs)}, memory ${ratio(from.peakMb, to.peakMb)}, dist ${ratio(from.distBytes, to.distBytes)}, pages ${ratio(from.pages, to.pages)}`);
  const regions = [...new Set(results.map((r) => r.regions))];
  const factors = [...new Set(results.map((r) => r.factor))];
  for (const count of regions) {
    const row = results.filter((r) => r.regions === count);
    for (let i = 1; i < row.length; i++) describe(row[i - 1]!, row[i]!, `×${row[i - 1]!.factor} → ×${row[i]!.factor}, ${count} regions`);
  }
  for (const factor of factors) {
    const column = results.filter((r) => r.factor === factor);
    for (let i = 1; i < column.length; i++) describe(column[i - 1]!, column[i]!, `${column[i - 1]!.regions} → ${column[i]!.regions} regions, ×${factor}`);
  }
  return lines;
}
