import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DOCS_END, DOCS_START, renderSchemaDocs } from '../../src/data/docs.ts';
import { TABLES } from '../../src/data/schema/tables.ts';

describe('data/README.md', () => {
  it('documents exactly the schema (run `npm run docs` after changing a column)', async () => {
    const readme = await readFile('data/README.md', 'utf8');
    const section = readme.slice(readme.indexOf(DOCS_START), readme.indexOf(DOCS_END) + DOCS_END.length);
    expect(section).toBe(renderSchemaDocs());
  });

  it('lists every column of every table', () => {
    const docs = renderSchemaDocs();
    for (const table of TABLES) {
      expect(docs).toContain(`### ${table.file}`);
      for (const column of Object.keys(table.columns)) expect(docs).toContain(`| \`${column}\` |`);
    }
  });
});
