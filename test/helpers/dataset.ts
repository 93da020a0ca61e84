/** Copies the minimal fixture dataset to a temp folder, applies edits, and loads it. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset, type LoadResult } from '../../src/data/load.ts';

export const FIXTURE = path.resolve('test/fixtures/data-minimal');
/** Fixed "today" so future-date checks do not depend on the day the tests run. */
export const TODAY = '2026-01-31';

export type Edit = (files: Map<string, Uint8Array | string>) => void;

export async function fixtureCopy(edits: Edit[] = []): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cakupan-data-'));
  await cp(FIXTURE, dir, { recursive: true });
  const files = new Map<string, Uint8Array | string>();
  for (const name of ['regions', 'indicators', 'segments', 'sources', 'figures', 'awards', 'regulations', 'boundaries']) {
    files.set(`${name}.csv`, await readFile(path.join(dir, `${name}.csv`), 'utf8'));
  }
  for (const edit of edits) edit(files);
  for (const [name, content] of files) {
    if (content === '\u0000delete') await rm(path.join(dir, name));
    else await writeFile(path.join(dir, name), content);
  }
  return dir;
}

/** Loads the edited fixture; messages show paths as `data/<file>`, like the real data folder. */
export async function loadEdited(edits: Edit[]): Promise<{ result: LoadResult; messages: string[] }> {
  const dir = await fixtureCopy(edits);
  try {
    const result = await loadDataset(dir, { today: TODAY, displayPath: (p) => `data/${path.basename(p)}` });
    return { result, messages: result.ok ? [] : result.issues.map(formatIssue) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Replaces text in one file; fails loudly if the text is absent, so a stale test cannot pass vacuously. */
export function replace(file: string, from: string, to: string): Edit {
  return (files) => {
    const content = files.get(file);
    if (typeof content !== 'string' || !content.includes(from)) throw new Error(`fixture ${file} does not contain ${JSON.stringify(from)}`);
    files.set(file, content.replace(from, to));
  };
}

export function appendLine(file: string, line: string): Edit {
  return (files) => files.set(file, `${String(files.get(file))}${line}\n`);
}

export function setFile(file: string, content: Uint8Array | string): Edit {
  return (files) => files.set(file, content);
}

export function deleteFile(file: string): Edit {
  return (files) => files.set(file, '\u0000delete');
}
