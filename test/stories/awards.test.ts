/**
 * The Paritrana results grid of `{{awards}}`: one row per entrant, one column per year with a
 * result, a badge per result; worked out by hand from a few awards built on the minimal fixture.
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Award } from '../../src/data/schema/tables.ts';
import { awardsGridHtml, awardsHtml, badgeFace, gridName } from '../../src/stories/awards.ts';
import { loadMinimal } from '../helpers/charts.ts';

let awards: Award[];
beforeAll(async () => {
  const data = await loadMinimal();
  const a1 = data.awards[0]!; // 2025, provincial, Pemerintah Kabupaten Alpha, winner, rank 1
  const unranked = { ...a1, rank: undefined };
  awards = [
    a1,
    { ...a1, id: 'a2', year: 2023, rank: 3 },
    { ...unranked, id: 'a3', year: 2023, level: 'national', entity_type: 'perusahaan', entity: 'PT Contoh', result: 'nominee' },
    { ...unranked, id: 'a4', year: 2020, level: 'national', entity_type: 'provinsi', entity: 'Pemerintah Provinsi Contoh', result: 'finalist' },
  ];
});

const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('gridName and badgeFace', () => {
  it('names governments by their place and keeps other names', () => {
    expect(gridName({ entity: 'Pemerintah Kabupaten Badung' } as Award)).toBe('Badung');
    expect(gridName({ entity: 'Pemerintah Kota Denpasar' } as Award)).toBe('Denpasar');
    expect(gridName({ entity: 'PT Bank BPD Bali' } as Award)).toBe('PT Bank BPD Bali');
  });

  it('shows a rank as its number and other results as a letter in each language', () => {
    expect(badgeFace({ result: 'winner', rank: 2 } as Award, 'id')).toBe('2');
    expect(badgeFace({ result: 'winner' } as Award, 'en')).toBe('★');
    expect(badgeFace({ result: 'candidate' } as Award, 'id')).toBe('K');
    expect(badgeFace({ result: 'candidate' } as Award, 'en')).toBe('C');
  });
});

describe('awardsGridHtml', () => {
  it('has a row per entrant (governments first), a column per year with a result, and a badge per result', () => {
    const page = doc(awardsGridHtml(awards, { lang: 'en' }));
    const years = [...page.querySelectorAll('thead th .visually-hidden')].map((th) => th.textContent);
    expect(years).toEqual(['2020', '2023', '2025']);
    expect([...page.querySelectorAll('thead th [aria-hidden]')].map((s) => s.textContent)).toEqual(['’20', '’23', '’25']);
    const rows = [...page.querySelectorAll('tbody tr:not(.awards-group)')].map((tr) => [
      tr.querySelector('th')!.textContent,
      ...[...tr.querySelectorAll('td')].map((td) => [...td.querySelectorAll('.award-badge [aria-hidden]')].map((b) => b.textContent).join(' ')),
    ]);
    expect(rows).toEqual([
      ['Contoh', 'F', '', ''],
      ['Alpha', '', '3', '1'],
      ['PT Contoh', '', 'N', ''],
    ]);
    expect([...page.querySelectorAll('.awards-group th')].map((th) => th.textContent)).toEqual(['Provincial government', 'Regency/city government', 'Company']);
    // Each badge says its round and result in words for screen readers, and marks its round for the eye.
    const alpha2025 = page.querySelector('[data-award="a1"]')!;
    expect(alpha2025.querySelector('.visually-hidden')!.textContent).toBe('Bali province: 1st place');
    expect(alpha2025.getAttribute('data-level')).toBe('provincial');
    // The legend explains only the rounds and letters used.
    const legend = [...page.querySelectorAll('.awards-legend li')].map((li) => [li.querySelector('.award-badge')!.textContent, li.lastChild!.textContent]);
    expect(legend).toEqual([
      ['', 'National'],
      ['', 'Bali province'],
      ['F', 'Finalist'],
      ['N', 'Nominee'],
    ]);
  });

  it('escapes names from the data', () => {
    const html = awardsGridHtml([{ ...awards[0]!, entity: '<img src=x onerror=alert(1)>' }], { lang: 'id' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('awardsHtml', () => {
  it('follows the grid with the full table in a closed disclosure', () => {
    const page = doc(awardsHtml(awards, { lang: 'id', cite: (id) => `<sup>${id}</sup>` }));
    expect(page.querySelector('[data-testid=awards-grid]')).not.toBeNull();
    const details = page.querySelector('details.awards-details')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelectorAll('[data-testid=awards-table] tr[data-award]')).toHaveLength(awards.length);
  });
});
