/** `npm run docs`: rewrite the generated parts of data/README.md (column reference, counts). */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { spliceCounts, spliceSchemaDocs } from '../src/data/docs.ts';
import { runEntry } from './lib/cli.ts';
import { checkData } from './steps/check.ts';

await runEntry('docs', async () => {
  const data = await checkData();
  const readme = path.resolve('data/README.md');
  const before = await readFile(readme, 'utf8');
  const after = spliceCounts(spliceSchemaDocs(before), data);
  if (after === before) console.log('docs: data/README.md is up to date');
  else {
    await writeFile(readme, after);
    console.log('docs: rewrote the generated parts of data/README.md');
  }
});
