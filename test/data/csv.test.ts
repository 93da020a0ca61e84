/**
 * Quote mistakes in a CSV are reported on the line where the quote opens, whatever line the
 * parser gave up on: a quote left open runs to the end of the file, or on to a later line
 * where some other quote happens to end it.
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/data/csv.ts';
import { formatIssue } from '../../src/data/issues.ts';

const read = (text: string) => readCsv('data/t.csv', new TextEncoder().encode(text), ['a', 'b']).issues.map(formatIssue);
const NEVER_CLOSED = 'a quoted field is never closed (unbalanced ")';
const runsOn = (opened: number, closed: number) =>
  `data/t.csv:${opened}: a quoted field opens on this line and runs on to line ${closed}, where a quote ends it with text after it; close the quote on this line (a quote inside a quoted field is written twice: "")`;

describe('readCsv: where a quote goes wrong', () => {
  it.each([
    ['left open in the first field of line 5, to the end of the file', 'a,b\n1,2\n3,4\n5,6\n"7,8\n9,10\n', [`data/t.csv:5: ${NEVER_CLOSED}`]],
    ['left open in the last field of line 5, to the end of the file', 'a,b\n1,2\n3,4\n5,6\n7,"8\n9,10\n', [`data/t.csv:5: ${NEVER_CLOSED}`]],
    ['left open on the last line, with no final newline', 'a,b\n1,2\n3,4\n5,6\n7,"8', [`data/t.csv:5: ${NEVER_CLOSED}`]],
    ['left open, with CRLF line endings', 'a,b\r\n1,2\r\n3,4\r\n5,6\r\n7,"8\r\n9,10\r\n', [`data/t.csv:5: ${NEVER_CLOSED}`]],
    ['left open after a correct multi-line field and doubled quotes', 'a,b\n1,"x\ny"\n"a ""q"" b",4\n7,"8\n9,10\n', [`data/t.csv:5: ${NEVER_CLOSED}`]],
    ['left open on line 5 and ended by the opening quote on line 6', 'a,b\n1,2\n3,4\n5,6\n7,"8\n9,"10"\n11,12\n', [runsOn(5, 6)]],
    ['left open on line 5 and ended by a quote two lines later', 'a,b\n1,2\n3,4\n5,6\n7,"8\n9,10\n"11",12\n', [runsOn(5, 7)]],
    ['a quote inside a quoted field not doubled, on one line', 'a,b\n1,2\n3,4\n5,6\n7,"8 "x" y"\n9,10\n', [expect.stringMatching(/^data\/t\.csv:5: /)]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads a correctly quoted multi-line field without complaint', () => {
    expect(read('a,b\n1,"x\ny"\n"a ""q"" b",4\n')).toEqual([]);
  });
});
