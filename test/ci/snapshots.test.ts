/**
 * Snapshots in CI: `.ci/run` sets CI=true, and with it a changed or missing snapshot fails the
 * run and no snapshot file is written; only `vitest -u` (run by a person, then reviewed) rewrites
 * one. Runs vitest on a one-test probe (test/fixtures/snapshot-probe) against a temporary file.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsync } from '../helpers/cli.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'cakupan-snapshots-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const probe = (snapshot: string, env: Record<string, string>, args: string[] = []) =>
  runAsync(path.resolve('node_modules/.bin/vitest'), ['run', '--root', 'test/fixtures/snapshot-probe', ...args], { PROBE_SNAPSHOT: snapshot, NO_COLOR: '1', ...env });

describe('file snapshots', () => {
  it('.ci/run sets CI=true for the whole run', async () => {
    expect(await readFile('.ci/run', 'utf8')).toMatch(/^export CI=true$/m);
  });

  it('with CI=true, fail on a changed snapshot and leave the file as it was', async () => {
    const file = path.join(work, 'changed.txt');
    await writeFile(file, 'the reviewed output\n');
    const run = await probe(file, { CI: 'true' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Snapshots\s+1 failed/);
    expect(await readFile(file, 'utf8')).toBe('the reviewed output\n');
  });

  it('with CI=true, fail on a missing snapshot and write none', async () => {
    const file = path.join(work, 'missing.txt');
    const run = await probe(file, { CI: 'true' });
    expect(run.status).toBe(1);
    expect(existsSync(file)).toBe(false);
  });

  it('rewrite a snapshot only when asked with -u', async () => {
    const file = path.join(work, 'updated.txt');
    await writeFile(file, 'the reviewed output\n');
    const run = await probe(file, { CI: 'true' }, ['-u']);
    expect(run.status, run.stdout).toBe(0);
    expect(await readFile(file, 'utf8')).toBe('the current output\n');
  });
});
