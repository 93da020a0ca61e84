/** Values with qualifiers and dates with periods, in both languages (src/i18n/format.ts); expected strings checked by hand. */
import { describe, expect, it } from 'vitest';
import { parsePeriod, type PartialDate } from '../../src/data/schema/dates.ts';
import { QUALIFIERS } from '../../src/data/schema/tables.ts';
import { formatPartialDate, formatQualified, formatShortDate } from '../../src/i18n/format.ts';

const NB = '\u00a0';
const d = (raw: string) => parsePeriod(raw) as PartialDate;

describe('formatPartialDate and formatShortDate', () => {
  it.each([
    ['2025', 'id', '2025', '2025'],
    ['2025-09', 'id', 'September 2025', 'Sep 2025'],
    ['2025-09', 'en', 'September 2025', 'Sept 2025'],
    ['2025-10-14', 'id', '14 Oktober 2025', '14 Okt 2025'],
    ['2025-Q1', 'id', 'triwulan I 2025', 'TW I 2025'],
    ['2025-Q1', 'en', 'Q1 2025', 'Q1 2025'],
    ['2024-01/2024-06', 'id', 'Januari–Juni 2024', 'Jan–Jun 2024'],
    ['2024-01/2024-06', 'en', 'January–June 2024', 'Jan–Jun 2024'],
    ['2023-12/2024-02', 'id', 'Desember 2023–Februari 2024', 'Des 2023–Feb 2024'],
    ['2021/2023', 'en', '2021–2023', '2021–2023'],
    ['2025-03-01/2025-03-15', 'id', '1–15 Maret 2025', '1–15 Mar 2025'],
  ] as const)('%s (%s) → %s, %s', (raw, lang, long, short) => {
    expect(formatPartialDate(d(raw), lang)).toBe(long);
    expect(formatShortDate(d(raw), lang)).toBe(short);
  });
});

describe('formatQualified', () => {
  it.each([
    ['exact', 'id', `26${NB}%`, '1.000'],
    ['about', 'id', `sekitar 26${NB}%`, '≈1.000'],
    ['about', 'en', 'about 26%', '≈1,000'],
    ['over', 'id', `lebih dari 26${NB}%`, `>${NB}1.000`],
    ['over', 'en', 'more than 26%', `>${NB}1,000`],
    ['at_least', 'en', 'at least 26%', `≥${NB}1,000`],
    ['under', 'id', `kurang dari 26${NB}%`, `<${NB}1.000`],
    ['at_most', 'en', 'at most 26%', `≤${NB}1,000`],
    ['almost', 'id', `hampir 26${NB}%`, `<${NB}1.000`],
  ] as const)('%s (%s): "%s" in text, "%s" on a chart', (qualifier, lang, text, compact) => {
    expect(formatQualified(26, 'percent', qualifier, lang)).toBe(text);
    expect(formatQualified(1000, 'workers', qualifier, lang, 'compact')).toBe(compact);
  });

  it('marks every qualifier but exact, in both languages and both styles', () => {
    for (const qualifier of QUALIFIERS.filter((q) => q !== 'exact')) {
      for (const lang of ['id', 'en'] as const) {
        expect(formatQualified(5, 'count', qualifier, lang)).not.toBe('5');
        expect(formatQualified(5, 'count', qualifier, lang, 'compact')).not.toBe('5');
      }
    }
  });
});
