/**
 * One case per kind of bad input, each asserting the exact `file:line:column: field: message`
 * a maintainer would see. The fixture is synthetic (test/fixtures/data-minimal).
 */
import { describe, expect, it } from 'vitest';
import { appendLine, deleteFile, loadEdited, replace, setFile, type Edit } from '../helpers/dataset.ts';

describe('loadDataset on the untouched fixture', () => {
  it('accepts it and types every cell', async () => {
    const { result, messages } = await loadEdited([]);
    expect(messages).toEqual([]);
    if (!result.ok) throw new Error('fixture should be valid');
    const f1 = result.data.figures.find((f) => f.id === 'f1')!;
    expect(f1.value).toBe(65.6);
    expect(f1.as_of).toEqual({ iso: '2025-09', year: 2025, month: 9, precision: 'month' });
    expect(f1.line).toBe(2);
    expect(result.data.sources.find((s) => s.id === 's2')!.published_is_inferred).toBe(true);
    expect(result.data.figures.find((f) => f.id === 'f1')!.supersedes).toBeUndefined();
  });
});

const cases: { name: string; edits: Edit[]; expected: string[] }[] = [
  {
    name: 'decimal comma',
    edits: [replace('figures.csv', '65.60,', '"65,60",')],
    expected: ['data/figures.csv:2:5: value: "65,60" is not a number (use a dot as decimal point: 65.60)'],
  },
  {
    name: 'thousands separator in a count',
    edits: [replace('figures.csv', '130300', '130.300')],
    expected: ['data/figures.csv:3:5: value: 130.3 is not a whole number (indicator covered_workers counts workers); if it was copied with a thousands separator, write 130300'],
  },
  {
    name: 'unknown region, with the nearest code as hint',
    edits: [replace('figures.csv', 'f1,51.04', 'f1,51.4')],
    expected: ['data/figures.csv:2:2: region: "51.4" is not a known code in regions.csv (did you mean 51.04?)'],
  },
  {
    name: 'missing source',
    edits: [replace('figures.csv', 'unspecified,s2', 'unspecified,s9')],
    expected: ['data/figures.csv:4:9: source: "s9" is not a known id in sources.csv (did you mean s1?)'],
  },
  {
    name: 'date in day/month/year order',
    edits: [replace('figures.csv', '2025-09,actual,government,s1,"mencapai', '14/09/2025,actual,government,s1,"mencapai')],
    expected: ['data/figures.csv:2:6: as_of: "14/09/2025" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (write it as 2025-09-14)'],
  },
  {
    name: 'month that does not exist',
    edits: [replace('figures.csv', '2025-09,actual,government,s1,"mencapai', '2025-13,actual,government,s1,"mencapai')],
    expected: ['data/figures.csv:2:6: as_of: "2025-13" has month 13, which does not exist'],
  },
  {
    name: 'percent above 100',
    edits: [replace('figures.csv', 'all,34,', 'all,134,')],
    expected: ['data/figures.csv:4:5: value: 134 is not a percentage between 0 and 100 (indicator coverage_rate is in percent)'],
  },
  {
    name: 'negative number',
    edits: [replace('figures.csv', 'all,34,', 'all,-4,')],
    expected: ['data/figures.csv:4:5: value: -4 is below the minimum of 0'],
  },
  {
    name: 'figure dated after its source',
    edits: [replace('figures.csv', '2025-09,actual,government,s1,"mencapai', '2025-11,actual,government,s1,"mencapai')],
    expected: ['data/figures.csv:2:6: as_of: 2025-11 is after its source was published (2025-10-14); only a target or a plan may be dated ahead (if this is one, set kind to target or plan)'],
  },
  {
    name: 'figure dated in the future (and so after its source): one message',
    edits: [replace('figures.csv', '2025-09,actual', '2027-01,actual')],
    expected: ['data/figures.csv:2:6: as_of: 2027-01 is in the future; only a target or a plan may be dated ahead (if this is one, set kind to target or plan)'],
  },

  {
    name: 'source published in the future',
    edits: [replace('sources.csv', '2025-10-14', '2026-03-01')],
    expected: ['data/sources.csv:2:5: published: 2026-03-01 is in the future'],
  },
  {
    name: 'duplicate id',
    edits: [appendLine('figures.csv', 'f1,51.71,covered_workers,all,5,2024,actual,unspecified,s2,5 orang,,')],
    expected: ['data/figures.csv:5:1: id: "f1" is already used on line 2; ids must be unique'],
  },
  {
    name: 'value outside an enum, with the intended spelling',
    edits: [replace('figures.csv', '2025-09,actual,government,s1,"mencapai', '2025-09,Actual,government,s1,"mencapai')],
    expected: ['data/figures.csv:2:7: kind: "Actual" is not allowed; use one of: actual, target, plan (did you mean "actual"?)'],
  },
  {
    name: 'malformed URL',
    edits: [replace('sources.csv', 'https://news.example.org/a', 'news.example.org/a')],
    expected: ['data/sources.csv:2:4: url: "news.example.org/a" is not a well-formed http(s) URL'],
  },
  {
    name: 'empty required cell',
    edits: [replace('figures.csv', 'sebanyak 130.300 orang', '')],
    expected: ['data/figures.csv:3:10: quote: is empty, but a value is required'],
  },
  {
    name: 'quote that does not state the value',
    edits: [replace('figures.csv', 'sebanyak 130.300 orang', 'sebanyak 130.000 orang')],
    expected: ['data/figures.csv:3:10: quote: does not contain the value 130300 (found: 130000); quote the sentence that states it, or fix the value'],
  },
  {
    name: 'a bad value and an unknown region in the same row, both reported',
    edits: [replace('figures.csv', 'f1,51.04,coverage_rate,all,65.60,', 'f1,51.4,coverage_rate,all,"65,60",')],
    expected: [
      'data/figures.csv:2:2: region: "51.4" is not a known code in regions.csv (did you mean 51.04?)',
      'data/figures.csv:2:5: value: "65,60" is not a number (use a dot as decimal point: 65.60)',
    ],
  },
  {
    name: 'boolean spelled otherwise',
    edits: [replace('sources.csv', '2024,true', '2024,ya')],
    expected: ['data/sources.csv:3:6: published_is_inferred: "ya" is not a boolean; use true or false'],
  },
  {
    name: 'bytes that are not UTF-8',
    edits: [
      setFile(
        'figures.csv',
        Buffer.concat([
          Buffer.from('id,region,indicator,segment,value,as_of,kind,method,source,quote,supersedes,note\n'),
          Buffer.from('f1,51.04,coverage_rate,all,65.6,2025-09,actual,government,s1,Cakupan '),
          Buffer.from([0xe9]),
          Buffer.from('levee,,\n'),
        ]),
      ),
    ],
    expected: ['data/figures.csv:2: contains bytes that are not UTF-8; save the file as UTF-8 (in a spreadsheet: "CSV UTF-8")'],
  },
  {
    name: 'unbalanced quote, reported where it opens',
    edits: [replace('figures.csv', '"mencapai 65,60 persen"', '"mencapai 65,60 persen')],
    expected: ['data/figures.csv:2: a quoted field is never closed (unbalanced ")'],
  },
  {
    name: 'missing column',
    edits: [replace('figures.csv', 'supersedes,note\n', 'supersedes\n')],
    expected: ['data/figures.csv:1: missing column "note"'],
  },
  {
    name: 'misspelt column',
    edits: [replace('figures.csv', 'supersedes,note\n', 'supersedes,notes\n')],
    expected: ['data/figures.csv:1: missing column "note"', 'data/figures.csv:1:12: unknown column "notes" (did you mean "note"?)'],
  },
  {
    name: 'row with an extra field',
    edits: [replace('figures.csv', 'baru 34 persen,,', 'baru 34 persen,,,')],
    expected: ['data/figures.csv:4: has 13 fields but the header has 12 (extra field; quote any value that contains a comma)'],
  },
  {
    name: 'row with a missing field',
    edits: [replace('figures.csv', 'baru 34 persen,,', 'baru 34 persen,')],
    expected: ['data/figures.csv:4: has 11 fields but the header has 12 (missing field; quote any value that contains a comma)'],
  },
  {
    name: 'empty file',
    edits: [setFile('regulations.csv', '')],
    expected: ['data/regulations.csv:1: the file is empty; it needs a header row: id,region,kind,number,year,title,status,source,quote,note'],
  },
  {
    name: 'missing file',
    edits: [deleteFile('awards.csv')],
    expected: ['data/awards.csv: is missing; every data folder needs awards.csv (one Paritrana Award result or candidacy per row)'],
  },
  {
    name: 'supersedes a figure about something else',
    edits: [replace('figures.csv', '"mencapai 65,60 persen",,', '"mencapai 65,60 persen",f2,')],
    expected: ['data/figures.csv:2:11: supersedes: "f2" is about another region, indicator or segment; supersedes links contradicting reports of the same thing'],
  },
  {
    name: 'rank for a result that is not a win',
    edits: [replace('awards.csv', 'winner,1', 'candidate,1')],
    expected: ['data/awards.csv:2:9: rank: a rank is only given to winners, but result is candidate'],
  },
  {
    name: 'issued regulation without a number',
    edits: [replace('regulations.csv', 'perbup,35,', 'perbup,,')],
    expected: ['data/regulations.csv:2:4: number: an issued regulation needs its number and year'],
  },
  {
    name: 'every problem of every file in one run, in file order',
    edits: [
      replace('sources.csv', 'https://news.example.org/a', 'news.example.org/a'),
      replace('figures.csv', '65.60,', '"65,60",'),
      replace('awards.csv', 'provincial', 'provinsi'),
    ],
    expected: [
      'data/awards.csv:2:3: level: "provinsi" is not allowed; use one of: national, regional, provincial, local',
      'data/figures.csv:2:5: value: "65,60" is not a number (use a dot as decimal point: 65.60)',
      'data/sources.csv:2:4: url: "news.example.org/a" is not a well-formed http(s) URL',
    ],
  },
];

describe('loadDataset reports bad input', () => {
  it.each(cases)('$name', async ({ edits, expected }) => {
    const { result, messages } = await loadEdited(edits);
    expect(result.ok).toBe(false);
    expect(messages).toEqual(expected);
  });
});

describe('loadDataset accepts targets and plans dated ahead', () => {
  it('takes a target dated after its source and after today', async () => {
    const { messages } = await loadEdited([replace('figures.csv', '2025-09,actual', '2027-01,target')]);
    expect(messages).toEqual([]);
  });
});

describe('loadDataset tolerates what spreadsheets write', () => {
  it('accepts a UTF-8 BOM, CRLF line endings and trailing blank lines', async () => {
    const edit: Edit = (files) => {
      const text = String(files.get('figures.csv'));
      files.set('figures.csv', `\ufeff${text.replaceAll('\n', '\r\n')}\r\n\r\n`);
    };
    const { result, messages } = await loadEdited([edit]);
    expect(messages).toEqual([]);
    expect(result.ok && result.data.figures.map((f) => [f.id, f.line])).toEqual([
      ['f1', 2],
      ['f2', 3],
      ['f3', 4],
    ]);
  });

  it('lets targets and plans be dated after their source', async () => {
    const { messages } = await loadEdited([replace('figures.csv', '2025-09,actual,government,s1,"mencapai', '2026,target,government,s1,"mencapai')]);
    expect(messages).toEqual([]);
  });

  it('counts lines of multi-line quoted fields, so later rows keep their true line numbers', async () => {
    const { messages } = await loadEdited([
      replace('figures.csv', 'sebanyak 130.300 orang', '"sebanyak\n130.300 orang"'),
      replace('figures.csv', 'all,34,', 'all,134,'),
    ]);
    expect(messages).toEqual(['data/figures.csv:5:5: value: 134 is not a percentage between 0 and 100 (indicator coverage_rate is in percent)']);
  });
});
