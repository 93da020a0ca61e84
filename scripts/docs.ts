/** `npm run docs`: rewrite the column reference in data/README.md from the schema. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { spliceSchemaDocs } from '../src/data/docs.ts';

const readme = path.resolve('data/README.md');
const before = await readFile(readme, 'utf8');
const after = spliceSchemaDocs(before);
if (after === before) console.log('docs: data/README.md is up to date');
else {
  await writeFile(readme, after);
  console.log('docs: rewrote the column reference in data/README.md');
}
