/**
 * Loads every file of the data contract from a folder and validates it, collecting every
 * problem of every file in one pass. Never throws for bad data; returns issues instead.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readCsv } from './csv.ts';
import { sortIssues, type DataIssue } from './issues.ts';
import type { TableSchema } from './schema/table.ts';
import type { Dataset } from './schema/tables.ts';
import { TABLES } from './schema/tables.ts';
import { crossCheck, validateRows, type Located } from './validate.ts';

export type LoadResult = { ok: true; data: Dataset } | { ok: false; issues: DataIssue[] };

export interface LoadOptions {
  /** Today as YYYY-MM-DD (dates after it are rejected). Injected so tests are deterministic. */
  today?: string;
  /** How file paths appear in messages; defaults to the path relative to the working directory. */
  displayPath?: (absolute: string) => string;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function loadDataset(dataDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const display = options.displayPath ?? ((p: string) => path.relative(process.cwd(), p) || p);
  const issues: DataIssue[] = [];
  const data = {} as Record<keyof Dataset, unknown[]>;
  const located = {} as Record<keyof Dataset, Located>;
  const keys = {} as Record<keyof Dataset, string[]>;
  const partial = {} as Record<keyof Dataset, Record<string, unknown>[]>;
  let structurallyComplete = true;

  for (const schema of TABLES) {
    const absolute = path.join(dataDir, schema.file);
    const file = display(absolute);
    located[schema.name] = { file, header: [] };
    data[schema.name] = [];
    keys[schema.name] = [];
    partial[schema.name] = [];
    let bytes: Uint8Array;
    try {
      bytes = await readFile(absolute);
    } catch {
      issues.push({ file, message: `is missing; every data folder needs ${schema.file} (${schema.row} per row)` });
      structurallyComplete = false;
      continue;
    }
    const read = readCsv(file, bytes, Object.keys(schema.columns));
    issues.push(...read.issues);
    if (!read.table) {
      structurallyComplete = false;
      continue;
    }
    located[schema.name].header = read.table.header;
    keys[schema.name] = read.table.rows.map((row) => row.cells[schema.key] ?? '');
    const validated = validateRows(schema as unknown as TableSchema, read.table, file);
    issues.push(...validated.issues);
    data[schema.name] = validated.rows;
    partial[schema.name] = validated.partial;
  }

  // References into a file that could not be read would all be false alarms.
  if (structurallyComplete) {
    issues.push(...crossCheck(data as unknown as Dataset, { located, keys, partial, today: options.today ?? todayIso() }));
  }
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };
  return { ok: true, data: data as unknown as Dataset };
}
