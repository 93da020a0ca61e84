/** Notes rendered in the reader's language, numbers from the rows they name (src/i18n/figure-text.ts). */
import { describe, expect, it } from 'vitest';
import { indexOf } from '../../src/data/index.ts';
import { figureValue, noteText } from '../../src/i18n/figure-text.ts';
import { rate, syntheticDataset } from '../helpers/synthetic.ts';

const data = syntheticDataset([
  rate('gianyar-2025', '51.04', 65.6, '2025-09', 'government', { qualifier: 'about' }),
  rate('gianyar-2024', '51.04', 43, '2024-06', 'unspecified', {
    note_id: 'Lebih rendah dari {{figure:gianyar-2025}} per September 2025.',
    note_en: 'Lower than the {{figure:gianyar-2025}} of September 2025.',
  }),
]);
const index = indexOf(data);
const [newer, older] = data.figures as [NonNullable<(typeof data.figures)[0]>, NonNullable<(typeof data.figures)[0]>];

describe('figureValue', () => {
  it('writes the qualifier in the reader’s language', () => {
    expect(figureValue(newer, 'id', index)).toBe('sekitar 65,6\u00a0%');
    expect(figureValue(newer, 'en', index)).toBe('about 65.6%');
    expect(figureValue(newer, 'en', index, 'compact')).toBe('≈65.6%');
  });
});

describe('noteText', () => {
  it('renders each language’s note with the referenced value formatted for it', () => {
    expect(noteText(older, 'id', index)).toBe('Lebih rendah dari sekitar 65,6\u00a0% per September 2025.');
    expect(noteText(older, 'en', index)).toBe('Lower than the about 65.6% of September 2025.');
  });

  it('is undefined for a row without a note', () => {
    expect(noteText(newer, 'id', index)).toBeUndefined();
  });
});
