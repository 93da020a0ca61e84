import { describe, expect, it } from 'vitest';
import { checkQuotes } from '../../src/data/quote-check.ts';
import { numbersInQuote, quoteSupportsValue, readDigits } from '../../src/data/quote.ts';

// Expected values were worked out by hand from the Indonesian conventions: "." groups
// thousands, "," is the decimal mark, scale words multiply (ribu 10^3, juta 10^6, miliar 10^9).
describe('numbersInQuote: one normalisation per row', () => {
  const cases: [string, string, number[]][] = [
    ['Indonesian decimal comma', 'baru mencapai 65,60 persen', [65.6]],
    ['Indonesian thousands dot', 'sebanyak 130.300 orang', [130300]],
    ['several thousands dots', 'sebanyak 2.617.816 pekerja', [2617816]],
    ['percent sign glued to the number', 'yang terlindungi 36,80% pekerja', [36.8]],
    ['dot decimal in an Indonesian quote', 'teecover 2.617.816 pekerja atau 41.61%.', [2617816, 41.61]],
    ['rupiah glued, scale word', 'menganggarkan Rp1 miliar untuk', [1_000_000_000]],
    ['rupiah with space, scale word', 'sebesar Rp 1 miliar', [1_000_000_000]],
    ['rupiah, two billion', 'sekitar Rp2 miliar untuk', [2_000_000_000]],
    ['ribu', 'mencapai 10 ribu lebih pegawai', [10_000]],
    ['juta with decimal comma', 'mencapai 2,70 juta orang', [2_700_000]],
    ['juta with three decimals', 'mencapai 1,027 juta jiwa', [1_027_000]],
    ['miliar with decimal comma', 'mencapai Rp208,18 miliar dengan', [208_180_000_000]],
    ['ribu with decimal comma', 'sebanyak 321,5 ribu lebih', [321_500]],
    ['full rupiah amount with dots', 'sebesar Rp495.129.600.', [495_129_600]],
    ['mixed separators typo read as a whole number', 'dengan nilai Rp 494,048.052.', [494_048_052]],
    ['English thousands commas', 'total 1,214,028 workers', [1_214_028]],
    ['Indonesian thousands with decimal', 'Rp 1.234,56', [1234.56]],
    ['English thousands with decimal', 'USD 1,234.56', [1234.56]],
    ['small whole number, no separator', 'sebanyak 504 nelayan', [504]],
    ['number word', 'sudah lebih seribu orang', [1000]],
    ['number word with scale', 'ada dua ribu tenaga kerja', [2000]],
    ['number word not inside another word', 'juara kedua', []],
    ['non-breaking space before the scale word', 'mencapai 2,70\u00a0juta orang', [2_700_000]],
    ['no numbers', 'belum terlindungi', []],
    ['several numbers, duplicates once', '10 orang di 41 desa, total 410 orang; 10 orang', [10, 41, 410]],
  ];
  it.each(cases)('%s', (_name, quote, expected) => {
    expect(numbersInQuote(quote)).toEqual(expected);
  });
});

describe('readDigits', () => {
  const cases: [string, string[]][] = [
    ['130.300', ['130300']],
    ['65,60', ['65.60']],
    ['41.61', ['41.61']],
    ['494,048.052', ['494048052']],
    ['1.234,56', ['1234.56']],
    ['28.7.2025', ['28', '7', '2025']],
  ];
  it.each(cases)('%s', (run, expected) => {
    expect(readDigits(run)).toEqual(expected);
  });
});

describe('quoteSupportsValue', () => {
  const gianyar = 'Per September 2025 pekerja yang sudah terlindungi sebanyak 130.300 orang atau baru mencapai 65,60 persen';
  const cases: [string, string, number, boolean][] = [
    ['rate at the source precision', gianyar, 65.6, true],
    ['count', gianyar, 130300, true],
    ['the year in the quote is a number too', gianyar, 2025, true],
    ['a rounded value is not supported', gianyar, 66, false],
    ['a value the quote does not hold', gianyar, 65.61, false],
    ['a thousands dot is not a decimal point', gianyar, 130.3, false],
    ['a sum the source does not state', '25.000 pekerja dan penambahan 5.000 pekerja', 30000, false],
    ['one-dot three-digit run before juta may be a decimal', 'sebanyak 1.027 juta peserta', 1_027_000, true],
    ['…or Indonesian thousands', 'sebanyak 1.027 juta peserta', 1_027_000_000, true],
  ];
  it.each(cases)('%s', (_name, quote, value, expected) => {
    expect(quoteSupportsValue(quote, value)).toBe(expected);
  });
});

describe('checkQuotes', () => {
  const located = { file: 'data/figures.csv', header: ['id', 'region', 'indicator', 'segment', 'value', 'as_of', 'kind', 'method', 'source', 'quote'] };

  it('accepts a row whose quote states its value', () => {
    expect(checkQuotes([{ line: 2, value: 65.6, quote: 'mencapai 65,60 persen', qualifier: 'exact' }], located)).toEqual([]);
  });

  it('names the file, line, column and the numbers it found', () => {
    const issues = checkQuotes([{ line: 14, value: 65.6, quote: 'sebanyak 130.300 orang atau 65,06 persen', qualifier: 'exact' }], located);
    expect(issues).toEqual([
      {
        file: 'data/figures.csv',
        line: 14,
        column: 10,
        field: 'quote',
        message: 'does not contain the value 65.6 (found: 130300, 65.06); quote the sentence that states it, or fix the value',
      },
    ]);
  });

  it('says so when a quote holds no number at all', () => {
    const [issue] = checkQuotes([{ line: 3, value: 100, quote: 'seluruh perangkat desa terdaftar', qualifier: 'exact' }], located);
    expect(issue?.message).toContain('(found: no numbers)');
  });
});

describe('checkQuotes with issues already reported', () => {
  const located = { file: 'data/figures.csv', header: ['id', 'value', 'quote'] };
  const row = { line: 4, value: 134, quote: 'baru 34 persen', qualifier: 'exact' };

  it('reports a quote that misses the value', () => {
    expect(checkQuotes([row], located)).toHaveLength(1);
  });

  it('stays silent when the value itself was already reported, so one slip gives one message', () => {
    const earlier = [{ file: 'data/figures.csv', line: 4, column: 2, field: 'value', message: '134 is not a percentage between 0 and 100' }];
    expect(checkQuotes([row], located, earlier)).toEqual([]);
  });

  it('still checks rows whose other cells had issues', () => {
    const earlier = [{ file: 'data/figures.csv', line: 4, column: 1, field: 'id', message: 'duplicate' }];
    expect(checkQuotes([row], located, earlier)).toHaveLength(1);
  });
});
