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
    expect(f1.as_of).toEqual({ iso: '2025-09', year: 2025, month: 9, precision: 'month', first: '2025-09-01', last: '2025-09-30' });
    expect(f1.qualifier).toBe('exact');
    expect(f1.base).toBe('local_estimate');
    expect(f1.added.iso).toBe('2026-01-01');
    expect(f1.line).toBe(2);
    expect(result.data.sources.find((s) => s.id === 's2')!.published_is_inferred).toBe(true);
    expect(result.data.figures.find((f) => f.id === 'f1')!.supersedes).toBeUndefined();
  });
});

const cases: { name: string; edits: Edit[]; expected: string[] }[] = [
  {
    name: 'decimal comma',
    edits: [replace('figures.csv', '65.60,', '"65,60",')],
    expected: ['data/figures.csv:2:6: value: "65,60" is not a number (use a dot as decimal point: 65.60)'],
  },
  {
    name: 'thousands separator in a count',
    edits: [replace('figures.csv', '130300', '130.300')],
    expected: ['data/figures.csv:3:6: value: 130.3 is not a whole number (indicator covered_workers counts workers); if it was copied with a thousands separator, write 130300'],
  },
  {
    name: 'unknown region, with the nearest code as hint',
    edits: [replace('figures.csv', 'f1,51.04', 'f1,51.4')],
    expected: ['data/figures.csv:2:2: region: "51.4" is not a known code in regions.csv (did you mean 51.04?)'],
  },
  {
    name: 'missing source',
    edits: [replace('figures.csv', 'unspecified,unstated,,s2', 'unspecified,unstated,,s9')],
    expected: ['data/figures.csv:4:12: source: "s9" is not a known id in sources.csv (did you mean s1?)'],
  },
  {
    name: 'date in day/month/year order',
    edits: [replace('figures.csv', '2025-09,actual', '14/09/2025,actual')],
    expected: [
      'data/figures.csv:2:7: as_of: "14/09/2025" is not a date or period; use YYYY, YYYY-MM or YYYY-MM-DD; a quarter YYYY-Qn; or a range START/END of two dates of the same precision, e.g. 2024-01/2024-06 (write it as 2025-09-14)',
    ],
  },
  {
    name: 'month that does not exist',
    edits: [replace('figures.csv', '2025-09,actual', '2025-13,actual')],
    expected: ['data/figures.csv:2:7: as_of: "2025-13" has month 13, which does not exist'],
  },
  {
    name: 'percent above 100',
    edits: [replace('figures.csv', 'all,exact,34,', 'all,exact,134,')],
    expected: ['data/figures.csv:4:6: value: 134 is not a percentage between 0 and 100 (indicator coverage_rate is in percent)'],
  },
  {
    name: 'negative number',
    edits: [replace('figures.csv', 'all,exact,34,', 'all,exact,-4,')],
    expected: ['data/figures.csv:4:6: value: -4 is below the minimum of 0'],
  },
  {
    name: 'figure dated after its source',
    edits: [replace('figures.csv', '2025-09,actual', '2025-11,actual')],
    expected: ['data/figures.csv:2:7: as_of: 2025-11 is after its source was published (2025-10-14); only a target or a plan may be dated ahead (if this is one, set kind to target or plan)'],
  },
  {
    name: 'figure dated in the future (and so after its source): one message',
    edits: [replace('figures.csv', '2025-09,actual', '2027-01,actual')],
    expected: ['data/figures.csv:2:7: as_of: 2027-01 is in the future; only a target or a plan may be dated ahead (if this is one, set kind to target or plan)'],
  },

  {
    name: 'source published in the future',
    edits: [replace('sources.csv', '2025-10-14', '2026-03-01')],
    expected: ['data/sources.csv:2:6: published: 2026-03-01 is in the future'],
  },
  {
    name: 'duplicate id',
    edits: [appendLine('figures.csv', 'f1,51.71,covered_workers,all,exact,5,2024,actual,unspecified,,,s2,5 orang,,,,2026-01-01')],
    expected: ['data/figures.csv:5:1: id: "f1" is already used on line 2; ids must be unique'],
  },
  {
    name: 'value outside an enum, with the intended spelling',
    edits: [replace('figures.csv', '2025-09,actual', '2025-09,Actual')],
    expected: ['data/figures.csv:2:8: kind: "Actual" is not allowed; use one of: actual, target, plan (did you mean "actual"?)'],
  },
  {
    name: 'malformed URL',
    edits: [replace('sources.csv', 'https://news.example.org/a', 'news.example.org/a')],
    expected: ['data/sources.csv:2:5: url: "news.example.org/a" is not a well-formed http(s) URL'],
  },
  {
    name: 'empty required cell',
    edits: [replace('figures.csv', 'sebanyak 130.300 orang', '')],
    expected: ['data/figures.csv:3:13: quote: is empty, but a value is required'],
  },
  {
    name: 'quote that does not state the value',
    edits: [replace('figures.csv', 'sebanyak 130.300 orang', 'sebanyak 130.000 orang')],
    expected: ['data/figures.csv:3:13: quote: does not contain the value 130300 (found: 130000); quote the sentence that states it, or fix the value'],
  },
  {
    name: 'a bad value and an unknown region in the same row, both reported',
    edits: [replace('figures.csv', 'f1,51.04,coverage_rate,all,exact,65.60,', 'f1,51.4,coverage_rate,all,exact,"65,60",')],
    expected: [
      'data/figures.csv:2:2: region: "51.4" is not a known code in regions.csv (did you mean 51.04?)',
      'data/figures.csv:2:6: value: "65,60" is not a number (use a dot as decimal point: 65.60)',
    ],
  },
  {
    name: 'boolean spelled otherwise',
    edits: [replace('sources.csv', '2024,true', '2024,ya')],
    expected: ['data/sources.csv:3:7: published_is_inferred: "ya" is not a boolean; use true or false'],
  },
  {
    name: 'bytes that are not UTF-8',
    edits: [
      setFile(
        'figures.csv',
        Buffer.concat([
          Buffer.from('id,region,indicator,segment,qualifier,value,as_of,kind,method,base,payer,source,quote,supersedes,note_id,note_en,added\n'),
          Buffer.from('f1,51.04,coverage_rate,all,exact,65.6,2025-09,actual,government,local_estimate,,s1,Cakupan '),
          Buffer.from([0xe9]),
          Buffer.from('levee,,,,2026-01-01\n'),
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
    edits: [replace('figures.csv', ',added\n', '\n')],
    expected: ['data/figures.csv:1: missing column "added"'],
  },
  {
    name: 'misspelt column',
    edits: [replace('figures.csv', ',added\n', ',adde\n')],
    expected: ['data/figures.csv:1: missing column "added"', 'data/figures.csv:1:17: unknown column "adde" (did you mean "added"?)'],
  },
  {
    name: 'row with an extra field',
    edits: [replace('figures.csv', 'baru 34 persen,', 'baru 34 persen,,')],
    expected: ['data/figures.csv:4: has 18 fields but the header has 17 (extra field; quote any value that contains a comma)'],
  },
  {
    name: 'row with a missing field',
    edits: [replace('figures.csv', 'baru 34 persen,,', 'baru 34 persen,')],
    expected: ['data/figures.csv:4: has 16 fields but the header has 17 (missing field; quote any value that contains a comma)'],
  },
  {
    name: 'empty file',
    edits: [setFile('regulations.csv', '')],
    expected: ['data/regulations.csv:1: the file is empty; it needs a header row: id,region,kind,number,year,title,status,source,quote,note_id,note_en'],
  },
  {
    name: 'missing file',
    edits: [deleteFile('awards.csv')],
    expected: ['data/awards.csv: is missing; every data folder needs awards.csv (one Paritrana Award result or candidacy per row)'],
  },
  {
    name: 'supersedes a figure about something else',
    edits: [replace('figures.csv', '"mencapai 65,60 persen",,,,', '"mencapai 65,60 persen",f2,Lebih baru.,Newer.,')],
    expected: ['data/figures.csv:2:14: supersedes: "f2" is about another region, indicator or segment; supersedes links contradicting reports of the same thing'],
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
    name: 'a qualified value recorded as exact',
    edits: [replace('figures.csv', 'baru 34 persen', 'sekitar 34 persen')],
    expected: ['data/figures.csv:4:5: qualifier: is exact, but the quote qualifies 34 (set qualifier to about)'],
  },
  {
    name: 'a rate without a base',
    edits: [replace('figures.csv', 'government,local_estimate,', 'government,,')],
    expected: [
      'data/figures.csv:2:10: base: is empty, but coverage_rate is a rate: say what it is a share of (employed, labour_force, local_estimate, potential, or unstated)',
    ],
  },
  {
    name: 'a base on a count',
    edits: [replace('figures.csv', 'government,,,s1,sebanyak', 'government,employed,,s1,sebanyak')],
    expected: ['data/figures.csv:3:10: base: only rates have a base, and covered_workers is in workers; leave it empty'],
  },
  {
    name: 'a number in a note that no row holds, in each language',
    edits: [replace('figures.csv', 'baru 34 persen,,,,', 'baru 34 persen,,Naik dari 30 persen pada Juni 2023.,Up from 30 percent in June 2023.,')],
    expected: [
      'data/figures.csv:4:15: note_id: "30" is a number that no row holds; write {{figure:ID}} for a figure\'s value, or say it in words (only years and dates may be typed)',
      'data/figures.csv:4:16: note_en: "30" is a number that no row holds; write {{figure:ID}} for a figure\'s value, or say it in words (only years and dates may be typed)',
    ],
  },
  {
    name: 'a note reference to a figure that does not exist',
    edits: [replace('figures.csv', 'baru 34 persen,,,,', 'baru 34 persen,,Lihat {{figure:f9}}.,See {{figure:f1}}.,')],
    expected: ['data/figures.csv:4:15: note_id: "{{figure:f9}}" names no figure in figures.csv'],
  },
  {
    name: 'a note in one language only',
    edits: [replace('figures.csv', 'baru 34 persen,,,,', 'baru 34 persen,,,Said at a press conference.,')],
    expected: ['data/figures.csv:4:15: note_id: is empty, but note_en is not; write the note in both languages'],
  },
  {
    name: 'a range that runs backwards',
    edits: [replace('figures.csv', '2025-09,actual', '2025-06/2025-01,actual')],
    expected: ['data/figures.csv:2:7: as_of: "2025-06/2025-01" does not run forward; write the earlier date first'],
  },
  {
    name: 'a row added in the future',
    edits: [replace('figures.csv', 'baru 34 persen,,,,2026-01-01', 'baru 34 persen,,,,2026-02-01')],
    expected: ['data/figures.csv:4:17: added: 2026-02-01 is in the future; it is the day the row was added'],
  },
  {
    name: 'a jump within one series without a note',
    edits: [appendLine('figures.csv', 'f4,51.04,covered_workers,all,exact,200000,2025-10,actual,government,,,s1,sebanyak 200.000 orang,,,,2026-01-01')],
    expected: [
      'data/figures.csv:5:6: value: 200000 jumps from 130300 (f2, 2025-09) within 1 month in the same series; explain the jump in note_id and note_en',
    ],
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
      'data/figures.csv:2:6: value: "65,60" is not a number (use a dot as decimal point: 65.60)',
      'data/sources.csv:2:5: url: "news.example.org/a" is not a well-formed http(s) URL',
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

  it('accepts quarters and ranges as periods, and a jump that a note explains', async () => {
    const { result, messages } = await loadEdited([
      replace('figures.csv', '2025-09,actual,government,local', '2025-Q3,actual,government,local'),
      appendLine('figures.csv', 'f4,51.04,covered_workers,all,exact,200000,2025-07/2025-10,actual,government,,,s1,sebanyak 200.000 orang,,Naik setelah pendataan.,Rose after a data collection.,2026-01-01'),
    ]);
    expect(messages).toEqual([]);
    const figures = result.ok ? result.data.figures : [];
    expect(figures.find((f) => f.id === 'f1')!.as_of).toMatchObject({ precision: 'quarter', quarter: 3, first: '2025-07-01', last: '2025-09-30' });
    expect(figures.find((f) => f.id === 'f4')!.as_of).toMatchObject({ precision: 'range', first: '2025-07-01', last: '2025-10-31' });
  });

  it('lets targets and plans be dated after their source', async () => {
    const { messages } = await loadEdited([replace('figures.csv', '2025-09,actual', '2026,target')]);
    expect(messages).toEqual([]);
  });

  it('counts lines of multi-line quoted fields, so later rows keep their true line numbers', async () => {
    const { messages } = await loadEdited([
      replace('figures.csv', 'sebanyak 130.300 orang', '"sebanyak\n130.300 orang"'),
      replace('figures.csv', 'all,exact,34,', 'all,exact,134,'),
    ]);
    expect(messages).toEqual(['data/figures.csv:5:6: value: 134 is not a percentage between 0 and 100 (indicator coverage_rate is in percent)']);
  });
});
