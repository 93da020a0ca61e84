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

  it('lists, under each file, exactly its columns in order, each marked required or optional as the schema says', async () => {
    const readme = await readFile('data/README.md', 'utf8');
    const section = readme.slice(readme.indexOf(DOCS_START), readme.indexOf(DOCS_END));
    // Read back from the Markdown a maintainer sees: "### file", then one table row per column.
    const documented = new Map<string, { column: string; rule: string }[]>();
    let file = '';
    for (const line of section.split('\n')) {
      const heading = /^### (\S+)$/.exec(line);
      if (heading) documented.set((file = heading[1]!), []);
      const row = /^\| `([^`]+)` \| [^|]+ \| ([^|]+) \|/.exec(line);
      if (row && file) documented.get(file)!.push({ column: row[1]!, rule: row[2]!.trim() });
    }
    expect([...documented.keys()]).toEqual(TABLES.map((t) => t.file));
    for (const table of TABLES) {
      const expected = Object.entries(table.columns).map(([column, c]) => ({ column, rule: expect.stringMatching(c.meta.required ? /^required/ : /^optional/) }));
      expect(documented.get(table.file), table.file).toEqual(expected);
    }
  });
});
