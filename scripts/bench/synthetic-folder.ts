/**
 * Reading a template folder and writing a synthetic set to disk: `data/` and `geo/` under one
 * folder, ready for CAKUPAN_DATA_DIR and CAKUPAN_GEO_DIR.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDataset } from '../../src/data/load.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { syntheticDataset, type SyntheticOptions, type SyntheticSet, type Template } from './synthetic-data.ts';

export async function loadTemplate(dir: string): Promise<Template> {
  const result = await loadDataset(dir);
  if (!result.ok) throw new Error(`the template ${dir} is not valid data:\n${result.issues.map(formatIssue).join('\n')}`);
  const [indicatorsCsv, segmentsCsv] = await Promise.all(['indicators.csv', 'segments.csv'].map((f) => readFile(path.join(dir, f), 'utf8')));
  return { data: result.data, indicatorsCsv: indicatorsCsv!, segmentsCsv: segmentsCsv! };
}

export interface SyntheticFolder {
  dataDir: string;
  geoDir: string;
  set: SyntheticSet;
}

export async function writeSynthetic(root: string, template: Template, options: SyntheticOptions): Promise<SyntheticFolder> {
  const set = syntheticDataset(template, options);
  const dataDir = path.join(root, 'data');
  const geoDir = path.join(root, 'geo');
  for (const [dir, files] of [
    [dataDir, set.data],
    [geoDir, set.geo],
  ] as const) {
    for (const [name, content] of files) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), content);
    }
  }
  return { dataDir, geoDir, set };
}
