/** Numbers in notes only by reference (src/data/notes.ts). */
import { describe, expect, it } from 'vitest';
import { checkNote, parseNote, untracedNumbers } from '../../src/data/notes.ts';

const context = { figureIds: new Set(['bali-coverage-2025-12', 'f1']), regulationIds: new Set(['perbup-tabanan-30-2025']) };

describe('parseNote', () => {
  it('splits text and references in order', () => {
    expect(parseNote('Naik dari {{figure:f1}} setelah {{regulation:perbup-tabanan-30-2025}}.')).toEqual([
      { text: 'Naik dari ' },
      { kind: 'figure', id: 'f1' },
      { text: ' setelah ' },
      { kind: 'regulation', id: 'perbup-tabanan-30-2025' },
      { text: '.' },
    ]);
  });
});

describe('untracedNumbers', () => {
  it.each([
    ['Stated on 19 February 2024 at the Paritrana Award 2025.', []],
    ['Disampaikan pada 4 Juni 2025.', []],
    ['Sakernas August 2022; see https://bali.bps.go.id/table/2024/3.html or balipost.com/?p=388757', []],
    ['343 of 360, because 17 were older than 65', ['343', '360', '17', '65']],
    ['the base is 198.628 workers', ['198.628']],
    ['about 52 % for the formal sector', ['52']],
    ['Q1 of 2025', ['1']],
  ])('%s → %j', (text, expected) => {
    expect(untracedNumbers(text)).toEqual(expected);
  });
});

describe('checkNote', () => {
  it('accepts references to rows that exist, years and dates', () => {
    expect(checkNote('Naik dari {{figure:f1}} sejak 16 Mei 2025 (lihat {{regulation:perbup-tabanan-30-2025}}).', context)).toEqual([]);
  });

  it.each([
    ['{{figure:f9}} is newer', ['"{{figure:f9}}" names no figure in figures.csv']],
    ['{{regulation:perda-1}}', ['"{{regulation:perda-1}}" names no regulation in regulations.csv']],
    ['{{award:a1}}', ['"{{award:a1}}" is not a reference a note can hold; use {{figure:ID}} or {{regulation:ID}}']],
    ['{{figure:f1} unclosed', ['has unbalanced {{ }}; a reference reads {{figure:ID}}']],
    [
      'Part of the 10.717 paid by the city',
      ['"10.717" is a number that no row holds; write {{figure:ID}} for a figure\'s value, or say it in words (only years and dates may be typed)'],
    ],
  ])('%s', (note, expected) => {
    expect(checkNote(note, context)).toEqual(expected);
  });
});
