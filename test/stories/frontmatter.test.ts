/**
 * Front matter as a maintainer writes it: one case per mistake, each with the exact
 * `file:line: field: message` they would see. Line numbers count the opening `---` as line 1.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/issues.ts';
import { parseStoryFile } from '../../src/stories/frontmatter.ts';

const FILE = 'data/stories/id/contoh.md';
const GOOD = ['---', 'title: Judul', 'summary: Ringkasan singkat.', 'date: 2025-10', 'author: Tim Cakupan Bali', '---', '', 'Isi cerita.'];

/** The good file with line `n` (1-based) replaced, or removed when `to` is undefined. */
function edit(n: number, to?: string): string {
  const lines = [...GOOD];
  if (to === undefined) lines.splice(n - 1, 1);
  else lines[n - 1] = to;
  return lines.join('\n');
}

describe('parseStoryFile on a good file', () => {
  it('reads every key, keeps the date precision and says where the body starts', () => {
    const parsed = parseStoryFile(FILE, GOOD.join('\n'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.meta).toEqual({
      title: 'Judul',
      summary: 'Ringkasan singkat.',
      date: { iso: '2025-10', year: 2025, month: 10, precision: 'month', first: '2025-10-01', last: '2025-10-31' },
      author: 'Tim Cakupan Bali',
    });
    expect(parsed.bodyLine).toBe(7);
    expect(parsed.body).toBe('\nIsi cerita.');
  });

  it('tolerates a BOM and CRLF line endings, as editors on Windows write them', () => {
    const parsed = parseStoryFile(FILE, `\ufeff${GOOD.join('\r\n')}`);
    expect(parsed.issues).toEqual([]);
    expect(parsed.meta?.title).toBe('Judul');
  });

  it('keeps a quoted title with a colon as text', () => {
    const parsed = parseStoryFile(FILE, edit(2, 'title: "Paritrana Award: Bali"'));
    expect(parsed.meta?.title).toBe('Paritrana Award: Bali');
  });
});

const cases: { name: string; text: string; expected: string[] }[] = [
  {
    name: 'no front matter at all',
    text: 'Isi cerita tanpa judul.',
    expected: [`${FILE}:1: the story must start with front matter: a line "---", then title, summary, date and author, then "---"`],
  },
  {
    name: 'front matter never closed',
    text: GOOD.slice(0, 5).join('\n'),
    expected: [`${FILE}:1: the front matter is never closed; end it with a line "---"`],
  },
  {
    name: 'a required key missing',
    text: edit(3),
    expected: [`${FILE}:1: summary: is missing from the front matter`],
  },
  {
    name: 'a misspelt key, with the intended one',
    text: edit(2, 'titel: Judul'),
    expected: [`${FILE}:2: unknown front-matter key "titel" (did you mean "title"?); use title, summary, date, author`, `${FILE}:1: title: is missing from the front matter`],
  },
  {
    name: 'an empty value',
    text: edit(5, 'author:'),
    expected: [`${FILE}:5: author: is empty; write it as text on the same line`],
  },
  {
    name: 'a value that is a list, not text',
    text: edit(5, 'author: [Ayu, Made]'),
    expected: [`${FILE}:5: author: is not plain text; write it as text on the same line`],
  },
  {
    name: 'a date in day/month/year order',
    text: edit(4, 'date: 14/10/2025'),
    expected: [`${FILE}:4: date: "14/10/2025" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (write it as 2025-10-14)`],
  },
  {
    name: 'a number where text is expected',
    text: edit(2, 'title: 2025'),
    expected: [`${FILE}:2: title: is not plain text; write it as text on the same line`],
  },
  {
    name: 'YAML that does not parse (an unquoted colon and space in a value)',
    text: edit(2, 'title: Paritrana Award: Bali'),
    expected: [`${FILE}:2: the front matter is not valid YAML: Nested mappings are not allowed in compact mappings`],
  },
  {
    name: 'a key given twice',
    text: edit(3, 'title: Lagi'),
    expected: [`${FILE}:3: the front matter is not valid YAML: Map keys must be unique`],
  },
  {
    name: 'a list instead of key: value lines',
    text: ['---', '- title', '---', 'Isi.'].join('\n'),
    expected: [`${FILE}:2: the front matter must be "key: value" lines (title, summary, date, author)`],
  },
];

describe('parseStoryFile reports bad front matter', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    const parsed = parseStoryFile(FILE, text);
    expect(parsed.meta).toBeUndefined();
    expect(parsed.issues.map(formatIssue)).toEqual(expected);
  });
});
