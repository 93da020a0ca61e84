/**
 * A maintainer adds valid rows to every table, and gives every regency without a coverage rate
 * one: `npm run check` passes, `npm run build` builds (and updates the README's counts), and the
 * built-site checks (test/built) pass on what it built. Runs the real entry points on a copy of
 * data/ in a temporary folder, with its own cache and output folder: never the project's.
 *
 * Rows are made without knowing the columns (they change): a copy of a table's first row whose
 * copy passes the checker, with new values in its key and other unique columns, and references
 * pointed at the other new rows, as a maintainer adding a source and the figure it reports would.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCoverageByRegion } from '../../src/data/derive.ts';
import { renderCounts } from '../../src/data/docs.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { ColumnMeta, TableName } from '../../src/data/schema/fields.ts';
import { TABLES, type Dataset } from '../../src/data/schema/tables.ts';
import { checkBuildAndVerify, type PipelineRuns } from '../helpers/cli.ts';

/**
 * Tables a maintainer does not add rows to: the regions are Bali's province and nine
 * regencies/cities, each pinned to a third-party boundary file by its hash.
 */
const CLOSED = new Set(['regions', 'boundaries']);

type Row = Record<string, string>;

/** What this test reads of a table's schema: nothing column-specific. */
interface TableSchema {
  name: TableName;
  file: string;
  key: string;
  columns: Record<string, { meta: ColumnMeta }>;
}
const SCHEMAS: TableSchema[] = TABLES.map((t) => ({ name: t.name, file: t.file, key: t.key, columns: t.columns }));

interface TableFile {
  schema: TableSchema;
  /** The file as it was. */
  text: string;
  header: string[];
  rows: Row[];
  /** Rows this test appends. */
  added: Row[];
}

function readTable(schema: TableSchema, text: string): TableFile {
  const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Row[];
  return { schema, text, header: Object.keys(rows[0] ?? {}), rows, added: [] };
}

function content(file: TableFile): string {
  const body = file.text.endsWith('\n') ? file.text : `${file.text}\n`;
  return body + stringify(file.added.map((row) => file.header.map((c) => row[c] ?? '')));
}

let work: string;
let data: string;
let files: Map<string, TableFile>;
let augmented: Dataset;
/** Regencies that had no mapped coverage rate before the test gave them one. */
let givenRate: string[];
let runs: PipelineRuns;

async function write(): Promise<void> {
  for (const file of files.values()) await writeFile(path.join(data, file.schema.file), content(file));
}

async function load(): Promise<ReturnType<typeof loadDataset>> {
  await write();
  return loadDataset(data);
}

/**
 * Appends to `file` the first of `candidates`, changed by `change`, that keeps the dataset
 * valid; throws with the checker's complaints when none does.
 */
async function addFirstValid(file: TableFile, candidates: Row[], change: (row: Row) => Row): Promise<Row> {
  let complaints: string[] = [];
  for (const candidate of candidates) {
    const row = change({ ...candidate });
    file.added.push(row);
    const result = await load();
    if (result.ok) return row;
    complaints = result.issues.map(formatIssue);
    file.added.pop();
  }
  throw new Error(`no row of ${file.schema.file} could be copied into a valid row:\n${complaints.join('\n')}`);
}

/** New values for the key and every unique column. */
function renamed(schema: TableSchema, suffix: string): (row: Row) => Row {
  return (row) => {
    for (const [name, column] of Object.entries(schema.columns)) {
      if ((column.meta.unique || name === schema.key) && row[name]) row[name] = `${row[name]}-${suffix}`;
    }
    return row;
  };
}

/** References to another table that got a new row point at that row (a new figure cites the new source). */
function pointedAtNewRows(schema: TableSchema): (row: Row) => Row {
  return (row) => {
    for (const [name, column] of Object.entries(schema.columns)) {
      const target = column.meta.references;
      const added = target && target !== schema.name ? files.get(target)?.added[0] : undefined;
      if (added && row[name]) row[name] = added[SCHEMAS.find((t) => t.name === target)!.key]!;
    }
    return row;
  };
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'cakupan-new-rows-'));
  data = path.join(work, 'data');
  await cp(path.resolve('data'), data, { recursive: true });
  files = new Map();
  for (const schema of SCHEMAS) files.set(schema.name, readTable(schema, await readFile(path.join(data, schema.file), 'utf8')));

  for (const schema of SCHEMAS.filter((t) => !CLOSED.has(t.name))) {
    const file = files.get(schema.name)!;
    await addFirstValid(file, file.rows, (row) => pointedAtNewRows(schema)(renamed(schema, 'added')(row)));
  }

  // A rate for every regency without one: a copy of a mapped rate, moved to that regency.
  const before = await load();
  if (!before.ok) throw new Error(before.issues.map(formatIssue).join('\n'));
  const headlines = latestCoverageByRegion(before.data).filter((h) => h.region.type !== 'provinsi');
  givenRate = headlines.filter((h) => !h.latest).map((h) => h.region.code);
  const figures = files.get('figures')!;
  const regionColumn = Object.entries(figures.schema.columns).find(([, c]) => c.meta.references === 'regions')![0];
  const mappedRows = headlines.flatMap((h) => (h.latest ? figures.rows.filter((r) => r[figures.schema.key] === h.latest!.figure.id) : []));
  for (const code of givenRate) {
    await addFirstValid(figures, mappedRows, (row) => ({ ...renamed(figures.schema, `added-${code.replace('.', '-')}`)(row), [regionColumn]: code }));
  }
  const after = await load();
  if (!after.ok) throw new Error(after.issues.map(formatIssue).join('\n'));
  augmented = after.data;

  runs = await checkBuildAndVerify(data, work);
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('data/ with a new row in every table a maintainer edits', () => {
  it('has one new row in each of them, and a rate for every regency that lacked one', () => {
    const original = (name: string) => files.get(name)!.rows.length;
    for (const schema of SCHEMAS) {
      const expected = original(schema.name) + (CLOSED.has(schema.name) ? 0 : 1) + (schema.name === 'figures' ? givenRate.length : 0);
      expect(augmented[schema.name].length, schema.file).toBe(expected);
    }
    const mapped = latestCoverageByRegion(augmented).filter((h) => h.region.type !== 'provinsi');
    expect(mapped.filter((h) => !h.latest).map((h) => h.region.code)).toEqual([]);
  });

  it('passes npm run check', () => {
    expect(runs.check.status, runs.check.stderr).toBe(0);
    expect(runs.check.stdout).toMatch(/^check: data\/ is valid/m);
  });

  it('builds, and the build brings the counts in its README up to date', async () => {
    expect(runs.build.status, runs.build.stderr).toBe(0);
    expect(runs.build.stdout).toMatch(/^docs: updated the counts in .*README\.md$/m);
    const readme = await readFile(path.join(data, 'README.md'), 'utf8');
    expect(readme).toContain(renderCounts(augmented));
  });

  it('passes the built-site checks (test/built) on what it built', () => {
    expect(runs.built.status, `${runs.built.stdout}\n${runs.built.stderr}`).toBe(0);
    expect(runs.built.stdout).toMatch(/Tests\s+\d+ passed/);
  });
});
